"""A person's family name alone: «الحريري» in a headline names «سعد الحريري».

Headlines name a known person by the family name («الحريري يلتقي...», «محرز
يقود الفريق», «نادال يتأهل»). A term that starts with a given name
(bot.match.given_names), or a term of two or three words whose first ones
look like foreign given names (no article, no Arabic ending, no place nor a word
that opens one, «نورث», «لاس», and no Arabic word nor a verb's form, «سيجعل»,
«طردت», by wordfreq's frequencies: «رافائيل نادال», «خوان أنطونيو بيتزي»), is
a person's name, and its one last word, the family name, names the person
alone too, unless the text puts another given name right before it («رفيق
الحريري»: another member of the family) or a word for a place named after
people («مستشفى الحريري»). A family name typed with the article
must be written with it (or with a clitic that swallowed it, «للحريري»):
«سعيد» is "happy", not «السعيد».

A family name of two words opened by «أبو» or «بن» («محمد أبو تريكة», «أسامة
بن لادن») stands alone as those two words, unless its second is a given name:
«بن سلمان» is any son of Salman, «أبو محمد» anyone's father.

Left out, because alone they name too much: a family name that is itself a
given name («محمد علي»: «علي» is anyone), a place or its adjective, a
particle, an ordinal, an everyday word (bot.match.common_words), and words
under four letters. Known limit: a two-word club or paper named after a city
CLDR does not list reads as a person («مانشستر يونايتد»: «يونايتد» alone).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

from bot.match.common_words import (
    arabic_forms,
    arabic_word,
    common_noun,
    foreign_in_ending,
    readings,
    verb_form,
    very_common,
    zipf,
)
from bot.match.compounds import COMPOUND_FIRSTS, NAME_PARTICLES, SAINTS
from bot.match.given_names import COMPOUND_HEADS, given_name_length, given_names
from bot.match.inflection import SOUND_FEMININE_PLURAL, inflection_stems
from bot.match.key_marks import ARTICLE, EXACT, FRENCH_NAME_ENDING, MIN_STEM
from bot.match.named_after import naming_words
from bot.match.nisba import is_place, place_adjective
from bot.match.normalize import normalize
from bot.match.particles import AND, FUNCTION_WORDS
from bot.match.patterns import broken_plurals, verbal_noun_shape
from bot.match.phrase_words import construct_plural_stem
from bot.match.places import place_names

__all__ = [
    "family_name",
    "family_name_shape",
    "foreign_given_shape",
    "given_name_keys",
    "other_owner_keys",
]

_MIN_FAMILY = 4
_MIN_GIVEN = 3
# A foreign person goes by one or two given names (خوان أنطونيو بيتزي).
_MAX_FOREIGN_GIVEN = 2
# Endings of Arabic nouns (ة, sound plurals) that no foreign given name has; ‑ي and
# ‑ان end many (ستورمي, خوان).
_NOUN_ENDINGS = ("ه", "ات", "ين", "ون")
# ‑ين ends foreign given names too (كارين, جاستين, كيفين); whether it is a dual or a
# plural (مسلحين) the word lists say when the term compiles (family_name).
_IN_ENDING = "ين"
# Feminine and plural endings of an adjective in ‑ي (إيرانية, أمريكيون, مصريين, عربيات).
_ADJECTIVE_ENDINGS = ("ه", "ون", "ين", "ات")
# The ordinals first to tenth, masculine and feminine, without the article: a
# closed class. After a given name they are a monarch's or pope's number
# («محمد السادس»), not a family name.
_ORDINALS = frozenset(
    normalize(word)
    for word in (
        "أول", "أولى", "ثاني", "ثانية", "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة",
        "سادس", "سادسة", "سابع", "سابعة", "ثامن", "ثامنة", "تاسع", "تاسعة", "عاشر", "عاشرة",
    )
)  # fmt: skip


def family_name(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return a person term's family name as a one-word phrase, or None if it has none."""
    family = family_name_shape(words)
    if family is None or (family[0] != _HOUSE and _common_word(family[-1])):
        return None
    first = words[: len(words) - len(family)]
    if not given_name_length(words) and (
        any(map(_plural_in, first))
        or any(map(arabic_word, first))
        or any(map(arabic_forms, first))
        or any(map(verb_form, first))
        or any(map(verbal_noun_shape, first))
        or _body_word(family[-1], first)
    ):
        # Without a known given name, only a rare word is read as a family name.
        return None
    return family


def _plural_in(word: str) -> bool:
    """Tell whether a first word is a dual or plural, not a foreign given name: in ‑ين, or in
    the ‑ي of a construct's head («طالبي اللجوء») on a noun common with the article."""
    if word.endswith(_IN_ENDING):
        return not foreign_in_ending(word)
    return construct_plural_stem(word) is not None


def _body_word(family: str, first: tuple[str, ...]) -> bool:
    """Tell whether an everyday last word names a body rather than a person's family.

    The news calls a person by the family name, more often than by the given
    name (ترامب before دونالد, أوباما before باراك); a body named with an everyday
    word is called by its first words, the commoner (مانشستر before يونايتد,
    واشنطن before بوست).
    """
    return very_common(family) and zipf(family) <= max(map(zipf, first))


def family_name_shape(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return what family_name returns before asking how common the words are.

    Loading a whole index asks only this (bot.match.terms.triggers), so the
    word list is read when a term is compiled, not for every term loaded.
    """
    # Every way below opens with a given name, a compound's head or a foreign given name's
    # shape: most phrases loaded are none, and are passed over with three tests.
    first = words[0] if words else ""
    if not (first in given_names() or first in COMPOUND_HEADS or foreign_given_shape(first)):
        return None
    particled = _particled_family(words)
    if particled is not None:
        return particled
    given = given_name_length(words) or _foreign_given_length(words)
    if given and len(words) == given + 2 and words[given] in _FAMILY_OPENERS:
        # A family name of two words: «محمد أبو تريكة» is «أبو تريكة», «أسامة بن لادن» «بن لادن».
        return _two_word_family(words[given:])
    if given and len(words) == given + 2 and _middle_name(words[given]):
        given += 1  # a second or father's name between: «رجب طيب أردوغان»
    if not given or len(words) != given + 1:
        return None
    family = words[given]
    if (
        len(family) < _MIN_FAMILY
        or family in given_names()
        or family in FUNCTION_WORDS
        or (family,) in place_names().names
    ):
        return None
    return (family,)


# The particles that open a European family name (دي ميستورا, دي لا فوينتي, دل بوترو);
# Saint opens a place's.
_FAMILY_PARTICLES = NAME_PARTICLES.difference(SAINTS)


def _particled_family(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return a family name opened by particles after one or two given names, or None."""
    for at in range(1, min(len(words) - 1, _MAX_FOREIGN_GIVEN + 1)):
        given, family = words[:at], words[at:]
        if (
            family[0] in _FAMILY_PARTICLES
            and all(word in _FAMILY_PARTICLES for word in family[:-1])
            and family[-1] not in _FAMILY_PARTICLES
            and len(family[-1]) >= _MIN_FAMILY
            and (given_name_length(given) == at or all(map(foreign_given_shape, given)))
        ):
            return family
    return None


# The words that open a family name of two words (أبو تريكة, بن لادن, آل جابر): closed
# class. «آل», normalized, is written as the article.
_HOUSE = "ال"
_FAMILY_OPENERS = frozenset({"ابو", "بن", _HOUSE})


def _two_word_family(family: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return a two-word family name (opener, name), or None.

    After «بن» or «أبو» a given name is a father's or a child's (خالد بن سلمان and
    محمد بن سلمان are brothers; أبو محمد is anyone's): no family name. After «آل»
    any word is the house's name, an everyday one too (آل الشيخ).
    """
    name = family[1]
    if len(name) < _MIN_GIVEN or name in FUNCTION_WORDS:
        return None
    if family[0] == _HOUSE:
        return family  # «آل» names a house whatever follows: آل جابر, آل الشيخ
    if name.startswith(ARTICLE):
        return None
    return None if name in given_names() else family


# Name particles that are also Arabic words (no, if): closed class.
_ARABIC_PARTICLES = frozenset({"لا", "لو"})
# Words that open a name of their own («بن», «أبو», «عبد», and «بنت»; «آل» has the
# article's letters): no second given name.
_JOINING = COMPOUND_FIRSTS | {"بنت"}


def _middle_name(word: str) -> bool:
    """Tell whether a word between the given names and the family name is a name of its own."""
    return (
        len(word) >= _MIN_GIVEN
        and not word.startswith(ARTICLE)
        and word not in _JOINING
        and word not in FUNCTION_WORDS
        and word not in NAME_PARTICLES
    )


def _foreign_given_length(words: tuple[str, ...]) -> int:
    """Return how many first words are foreign given names (one or two), or 0.

    Words that name a place together («لوس أنجلوس غالاكسي») are a body named
    with its city, not a person.
    """
    given = len(words) - 1
    if not 1 <= given <= _MAX_FOREIGN_GIVEN or words[:-1] in place_names().names:
        return 0
    return given if all(map(foreign_given_shape, words[:-1])) else 0


# The English, Spanish and Portuguese words that open a place's name, as Arabic writes them:
# the compass points (نورث كارولينا, ساوث داكوتا), New, Port, Fort, Cape, Mount, Lake, Saint
# (سانتا, سانتو, ساو; سان and سانت are name particles) and the articles Las and Los (لاس
# فيغاس). A closed class: a name they open is a place, and its last word alone («كارولينا»
# in «كارولينا بليسكوفا») is not it.
_PLACE_OPENERS = frozenset(
    normalize(word)
    for word in (
        "نورث", "ساوث", "ويست", "إيست", "نيو", "بورت", "بورتو", "فورت", "كيب", "ماونت", "ليك",
        "سانتا", "سانتو", "ساو", "لاس", "لوس",
    )
)  # fmt: skip


@lru_cache(maxsize=200_000)  # loading asks it of most phrases' first word
def foreign_given_shape(word: str) -> bool:
    """Tell whether a first word outside Faker's Arabic list is shaped like a given name.

    Foreign given names («دونالد», «رافائيل») are in no list: a first word
    without the article, an Arabic ending or a place's name may be one, and
    family_name then asks that it be no Arabic word (common_words.arabic_word).
    """
    return (
        len(word) >= _MIN_GIVEN
        and not word.startswith(ARTICLE)
        and not _noun_ending(word)
        and word not in FUNCTION_WORDS
        and word not in NAME_PARTICLES
        and word not in _PLACE_OPENERS
        and not is_place(word)
    )


def _noun_ending(word: str) -> bool:
    """Tell whether a word ends in an Arabic noun ending after a stem («جون» is no plural).

    ‑يه ends French given names too (روجيه, جوزيه, أندريه): whether such a word
    is Arabic (قضية) is the word list's to say (family_name).
    """
    if not word.endswith(_NOUN_ENDINGS) or word.endswith((FRENCH_NAME_ENDING, _IN_ENDING)):
        return False  # most words: one C-level test each
    return any(
        word.endswith(ending) and len(word) - len(ending) >= MIN_STEM for ending in _NOUN_ENDINGS
    )


def _common_word(family: str) -> bool:
    """Tell whether a family name is also a word that names too much alone.

    An everyday word («السعيد», «اللاعب»), a noun common with the article
    («فريق»), an everyday noun inflected («صورتها»), a place or its adjective
    («الإيرانية», «الأمريكيون») or an ordinal («السادس»); so is such a word
    behind a proclitic («للقاء»), and a word common with one or a verb («قالت»).
    """
    return arabic_forms(family) or any(map(_everyday, readings(family)))


def _everyday(word: str) -> bool:
    """Tell whether one reading of a family name is an everyday word (see _common_word)."""
    bare = word.removeprefix(ARTICLE)
    if is_place(bare) or _place_adjective(bare) or any(map(very_common, _noun_stems(word))):
        return True
    if bare != word:
        return very_common(bare) or bare in _ORDINALS or _everyday_plural(bare)
    return common_noun(word)


def _everyday_plural(word: str) -> bool:
    """Tell whether a word is the broken plural of an everyday noun («الأرباح», profits):
    a plural of things, not a family's name. Read from the plural only: a name's own
    plural may be everyday («السعيد», «سعداء»)."""
    return any(very_common(one) for one in broken_plurals(word) if len(one) < len(word))


def _noun_stems(word: str) -> Iterator[str]:
    """Yield the nouns a word may inflect: «صورتها» → صورة, «المسلمين» → مسلم.

    A plural ending is read off only behind the article, and ‑ات never: it
    ends names (عرفات, بركات) as often as plurals.
    """
    bare = word.removeprefix(ARTICLE)
    if bare == word and word.endswith(SOUND_FEMININE_PLURAL):
        return
    yield from inflection_stems(bare, sound_plurals=bare != word)


def _place_adjective(word: str) -> bool:
    """Tell whether a word is a place's relative adjective, feminine or plural too."""
    stem = next((word.removesuffix(end) for end in _ADJECTIVE_ENDINGS if word.endswith(end)), word)
    return stem.endswith("ي") and place_adjective(stem)


@cache
def other_owner_keys() -> frozenset[str]:
    """Return the keys of a word that, right before a family name, makes it another's name.

    Another given name (with «و» or without: «ورفيق الحريري»), or a word for a
    place or body named after people, or «بن» (bot.match.named_after), or a
    particle that opens a European name («لولا دا سيلفا»: «دا سيلفا» is his).
    «لا» and «لو» are also "no" and "if", which may come before the name itself.
    """
    joined = (EXACT + AND + name for name in given_names())
    particles = (EXACT + word for word in NAME_PARTICLES - _ARABIC_PARTICLES)
    return frozenset((*given_name_keys(), *joined, *naming_words(), *particles))


@cache
def given_name_keys() -> frozenset[str]:
    """Return the exact keys of every Arabic given name (bot.match.given_names), one set."""
    return frozenset(EXACT + name for name in given_names())
