"""Other forms of a term's words that the stemmer does not derive, each asked of the word list.

A place in ‑ي whose adjective is its own letters (تشيلي → «التشيلي»), a foreign
name's adjective (ويلز → «الويلزي»), a party's members (الحزب الجمهوري →
«الجمهوريون»), the أفعال plural of a phrase's short head (الرقم القياسي →
«الأرقام القياسية»), the stems a feminine plural must not meet (المستوطنات
is not «المستوطنون»), and a noun with its relative adjective as the noun's
construct with the adjective's noun, and back (النمو الاقتصادي → «نمو الاقتصاد»).
Loading an index asks only their shapes (bot.match.terms triggers); compiling a
term asks wordfreq (bot.match.common_words) or Faker's given names whether the
form is another word.
"""

from __future__ import annotations

from bot.match.common_words import common_noun, foreign_name, very_common, zipf
from bot.match.compiled import Compiled, WordKeys
from bot.match.inflection import SOUND_FEMININE_PLURAL
from bot.match.key_marks import ARTICLE, FOLLOWERS, LONG_VOWELS, MIN_STEM, is_arabic
from bot.match.nisba import is_place, own_letters_adjective, place_adjective
from bot.match.normalize import normalize
from bot.match.patterns import afal_shape
from bot.match.phrase_words import faeel_noun, phrase_word_keys
from bot.match.stemmer import term_primary
from bot.match.word_keys import head_keys, inner_keys

__all__ = [
    "afal_plural",
    "feminine_plural_stem",
    "feminine_title_forms",
    "foreign_nisba_forms",
    "foreign_nisba_key",
    "head_adjective",
    "head_adjective_forms",
    "members_forms",
    "members_word",
    "own_letters_forms",
    "own_letters_keys",
    "plural_forms",
    "relative_construct_forms",
    "without_masculine_stems",
]

# The party, a closed class of one noun: its members are called by its adjective.
_PARTY = normalize("الحزب")
_MIN_MEMBERS_ADJECTIVE = 5  # article + three letters + ي


def members_word(words: tuple[str, ...]) -> str | None:
    """Return the adjective of a party named by one («الحزب الجمهوري»), or None."""
    if len(words) != 2 or words[0] != _PARTY:
        return None
    adjective = words[1]
    if len(adjective) < _MIN_MEMBERS_ADJECTIVE or not adjective.startswith(ARTICLE):
        return None
    return adjective if adjective.endswith("ي") else None


def members_forms(words: tuple[str, ...]) -> list[Compiled]:
    """Compile a party's members: its adjective in the plural (الجمهوريون, ديمقراطيين).

    Only the sound plural, people: the singular is also any noun's adjective
    («قرار جمهوري», a decree of the republic).
    """
    adjective = members_word(words)
    if adjective is None:
        return []
    return [Compiled((frozenset({FOLLOWERS + adjective.removeprefix(ARTICLE)}),))]


def afal_plural(first: str) -> str | None:
    """Return the أفعال plural of a phrase's three-letter head noun (الرقم → ارقام), or None.

    Alone it would meet another word (علم/إعلام); after it the adjective in the
    feminine, as a plural of things takes it, vouches (plural_forms).
    """
    base = term_primary(first).removeprefix(ARTICLE)
    return afal_shape(base) if len(base) == MIN_STEM and is_arabic(base) else None


def head_adjective(first: str) -> str | None:
    """Return the relative adjective of a definite phrase head (اليمين → اليميني), or None."""
    if not first.startswith(ARTICLE):
        return None
    stem = first.removeprefix(ARTICLE).removesuffix("ه")
    if len(stem) < MIN_STEM + 1 or stem.endswith(tuple(LONG_VOWELS)) or not is_arabic(stem):
        return None
    return ARTICLE + stem + "ي"


def head_adjective_forms(words: tuple[str, ...]) -> list[Compiled]:
    """Compile a definite noun + adjective phrase with the noun's own adjective in its place.

    «اليمين المتطرف» is also «اليميني المتطرف», «الأحزاب اليمينية المتطرفة»; «الحكومة
    السورية» «القوات الحكومية السورية»: the head's relative adjective, agreeing with
    the same second word, names what belongs to it.
    """
    if len(words) != 2 or not words[1].startswith(ARTICLE):
        return []
    adjective = head_adjective(words[0])
    if adjective is None:
        return []
    # The adjective agrees with what the head's adjective describes: either gender.
    # Definite, as the term is: «هيئة حكومية إسرائيلية» is some governmental body.
    second = words[1]
    agreeing = phrase_word_keys(second) | phrase_word_keys(second.removesuffix("ه") + "ه")
    return [Compiled((frozenset({adjective}), agreeing))]


# The endings after which an adjective's feminine is no longer + ة: ‑ي is read by
# phrase_word_keys already, ‑ة is feminine, a long vowel ends another pattern.
_NO_FEMININE_ENDINGS = ("ي", "ه", *LONG_VOWELS)


def feminine_title_forms(words: tuple[str, ...]) -> list[Compiled]:
    """Compile a person's title, a فعيل noun and its adjective, both in the feminine.

    «الأمينة العامة» for «الأمين العام», «الرئيسة السابقة» for «الرئيس السابق»:
    the head names a woman with ة (bot.match.stemmer.head_word_keys) and its
    adjective agrees. An adjective in ‑ي has its feminine among its keys already.
    """
    if len(words) != 2 or not all(word.startswith(ARTICLE) for word in words):
        return []
    head, adjective = (word.removeprefix(ARTICLE) for word in words)
    if (
        not faeel_noun(head)
        or len(adjective) < MIN_STEM
        or adjective.endswith(_NO_FEMININE_ENDINGS)
    ):
        return []
    return [Compiled((frozenset({head + "ه"}), frozenset({adjective + "ه"})))]


# Words ending in these take no feminine ة of their own: a relative adjective's is
# read elsewhere, a feminine has one, an elative in ى or ا takes another form.
_NO_FEMININE = ("ي", "ه", "ا", "ى", "ء", "و")


def definite_feminine(adjective: str) -> str | None:
    """Return a typed definite adjective's feminine as written (الحاكم → الحاكمه), or None.

    With the article: a plural of things takes it, and «خاصة» alone is "especially".
    """
    base = adjective.removeprefix(ARTICLE)
    if (
        base == adjective
        or len(base) < MIN_STEM
        or base.endswith(_NO_FEMININE)
        or not is_arabic(base)
    ):
        return None
    return adjective + "ه"


def plural_forms(words: tuple[str, ...]) -> list[Compiled]:
    """Compile a two-word phrase whose head takes the أفعال plural.

    A noun and its adjective: «الأرقام القياسية» for «الرقم القياسي», the adjective
    in the feminine («الإعلام الرسمي» is media, not flags). A construct, its head
    without the article and its owner with it: «أسعار الفائدة» for «سعر الفائدة»;
    the owner is unchanged, so only it vouches (known cost: «علم الدولة», a flag,
    also finds «إعلام الدولة», media, which normalization spells the same).
    """
    if len(words) != 2:
        return []
    plural = afal_plural(words[0])
    if plural is None:
        return []
    head, owner = words
    if not head.startswith(ARTICLE) and owner.startswith(ARTICLE):
        return [Compiled((frozenset({plural}), inner_keys(owner)))]
    if owner.endswith("ي"):
        return [Compiled((frozenset({plural}), frozenset({owner.removeprefix(ARTICLE) + "ه"})))]
    # Any other adjective, definite like its noun: «الأحزاب الحاكمة» for «الحزب الحاكم».
    feminine = definite_feminine(owner) if head.startswith(ARTICLE) else None
    return [] if feminine is None else [Compiled((frozenset({plural}), frozenset({feminine})))]


_MIN_FOREIGN_NISBA = 4
_VOWEL_ENDINGS = ("ا", "و", "ي", "ه")


def foreign_nisba_key(word: str) -> str | None:
    """Return the relative adjective of a one-word name that ends in a consonant, or None.

    Asked by shape only (triggers); foreign_nisba_forms asks the word list.
    """
    if len(word) < _MIN_FOREIGN_NISBA or word.startswith(ARTICLE) or not is_arabic(word):
        return None
    return None if word.endswith(_VOWEL_ENDINGS) else word + "ي"


def foreign_nisba_forms(words: tuple[str, ...]) -> list[Compiled]:
    """Compile the adjective of a foreign name: ويلز → «الويلزي», هوليوود → «الهوليوودية».

    CLDR names the lands whose adjectives bot.match.nisba derives; a foreign name
    outside it takes its ‑ي the same way. An Arabic word does not: its ‑ي makes
    another word (حماس → حماسي, enthusiastic; bot.match.common_words).
    """
    if len(words) != 1 or (key := foreign_nisba_key(words[0])) is None:
        return []
    return [Compiled((frozenset({key}),))] if foreign_name(words[0]) else []


def without_masculine_stems(words: tuple[str, ...], keys: WordKeys) -> WordKeys:
    """Drop the masculine keys of the phrase's feminine words.

    The bare stem of a word in ‑ات whose singular is feminine (المستوطنات) is
    the masculine's, and so are its sound plurals: «مستوطنون» are settlers, not
    settlements; «المساعدين» assistants, not aid. The singular is the feminine
    when, by wordfreq, it is the commoner word of the two (مستوطنة, مساعدة); a
    masculine singular («احتجاج», «انتخاب») stays a form. And an adjective in
    ‑ية after a feminine singular noun agrees with it: written masculine, it
    describes another word («وزير الخارجية الروسي» is the minister, not
    «الخارجية الروسية»).
    """
    dropped = [
        {stem} if stem is not None and zipf(stem + "ه") > zipf(stem) else set()
        for stem in map(feminine_plural_stem, words)
    ]
    for index in range(1, len(words)):
        masculine = _masculine_of_agreeing(words[index - 1], words[index])
        if masculine is not None:
            dropped[index] |= {masculine, ARTICLE + masculine}
    if not any(dropped):
        return keys
    return tuple(
        word_keys - stems if stems else word_keys
        for word_keys, stems in zip(keys, dropped, strict=True)
    )


# A feminine singular noun ends in ة; أفعلة (أسلحة, أنظمة) is a plural, whose
# singular is masculine («السلاح النووي» for «الأسلحة النووية»).
_AFILA = 5


def _masculine_of_agreeing(noun: str, adjective: str) -> str | None:
    """Return the masculine of an adjective in ‑ية after a feminine singular noun, or None."""
    head = term_primary(noun).removeprefix(ARTICLE)
    base = term_primary(adjective).removeprefix(ARTICLE)
    if not (head.endswith("ه") and base.endswith("يه")) or len(base) <= MIN_STEM:
        return None
    if len(head) == _AFILA and head.startswith("ا"):
        return None
    return base[:-1]


def feminine_plural_stem(word: str) -> str | None:
    """Return the stem of a word in the sound feminine plural (مستوطنات → مستوطن), or None."""
    base = term_primary(word).removeprefix(ARTICLE)
    stem = base.removesuffix(SOUND_FEMININE_PLURAL)
    return stem if stem != base and len(stem) >= MIN_STEM else None


def own_letters_forms(words: tuple[str, ...]) -> list[Compiled]:
    """Compile the adjective of a place in ‑ي, its own letters inflected (تشيلي → «التشيلي»,
    «تشيلية», «التشيليين»), unless with the article it is an everyday word («المالي»)."""
    if len(words) != 1 or not own_letters_adjective(word := words[0]):
        return []
    if very_common(ARTICLE + word):
        return []
    return [Compiled((own_letters_keys(word),))]


def own_letters_keys(word: str) -> frozenset[str]:
    """Return the keys of a place's own-letters adjective: with the article, and inflected."""
    return frozenset({ARTICLE + word, word})


# A relative adjective's ending, after normalization (‑ي, ‑ية).
_RELATIVE = "ي"
# Nouns for a council, party or other organised body: a closed class. Such a body's name
# in the construct names another body: «مجلس الأمن» is no «المجلس الأمني», «حزب
# الجمهورية» no «الحزب الجمهوري».
_BODY_HEADS = frozenset(
    normalize(word)
    for word in (
        "مجلس", "حزب", "منظمة", "هيئة", "لجنة", "جبهة", "حركة", "جماعة", "تنظيم", "اتحاد",
        "محكمة", "رابطة", "جمعية",
    )
)  # fmt: skip
_MIN_OWNER = 2  # الجو: the shortest noun with a relative adjective in use (جوي)


def relative_construct_forms(words: tuple[str, ...]) -> list[Compiled]:
    """Compile a noun + relative adjective phrase as the noun's construct with the
    adjective's own noun, and back: «النمو الاقتصادي» is «نمو الاقتصاد», «السفن
    الحربية» «سفن الحرب», «سلاح الجو» «السلاح الجوي».

    The adjective's noun must be a common one by the word list, and no place (a
    place's adjective has its own forms); the head no word for a body.
    """
    if len(words) != 2 or not words[1].startswith(ARTICLE):
        return []
    head = words[0].removeprefix(ARTICLE)
    stem = words[1].removeprefix(ARTICLE).removesuffix("ه")
    if len(head) < MIN_STEM or not is_arabic(head) or head in _BODY_HEADS:
        return []
    if not stem.endswith(_RELATIVE):
        return _adjective_form(words[0], stem)
    noun = stem.removesuffix(_RELATIVE)
    if place_adjective(stem):
        return []  # a place's adjective: «الخارجية الروسية» is no «خارجية الروس»
    return [
        # The head's keys as typed (the pending triggers cover them), which read it bare too.
        Compiled((head_keys(words[0]), inner_keys(ARTICLE + owner)))
        for owner in (noun, noun + "ه")
        if len(noun) >= _MIN_OWNER and common_noun(owner) and not is_place(owner)
    ]


def _adjective_form(head: str, owner: str) -> list[Compiled]:
    """Compile a bare noun's construct with a common noun as the noun and the owner's
    relative adjective, when the word list has it: «السلاح الجوي» for «سلاح الجو»."""
    if head.startswith(ARTICLE) or len(owner) < _MIN_OWNER or is_place(owner):
        return []
    adjective = owner + _RELATIVE
    if not (common_noun(adjective) or common_noun(adjective + "ه")) or place_adjective(adjective):
        return []
    return [Compiled((head_keys(head), inner_keys(ARTICLE + adjective)))]
