"""Arabic light stemming: which comparison keys a normalized word produces.

A text token and a watch-term word match when their key sets intersect. Text
tokens get every plausible reading (clitics off, article off, plural and nisba
endings off); term words get their own reading plus the forms it implies
(the country's adjective, known spelling variants). All input is normalized
(see bot.match.normalize): ة is already ه, ى and ئ are ي, hamza carriers are ا.
The readings come from bot.match.clitics (proclitics, the article),
bot.match.inflection (endings) and bot.match.nisba (relative adjectives); the
marks some keys carry are in bot.match.key_marks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from bot.match.aliases import ALIASES, PEOPLE_ADJECTIVES, PHRASE_ALIASES
from bot.match.clitics import DEFINITE_PREFIXES, definite, short_head_forms, text_bases
from bot.match.common_words import common_noun, foreign_name, zipf
from bot.match.compounds import (
    compound_part,
    joined_forms,
    saint_forms,
    split_forms,
    split_in_phrase,
)
from bot.match.inflection import MASCULINE_PLURALS, followers_of, inflection_stems
from bot.match.key_marks import (
    ARTICLE,
    BARE,
    DEFINITE,
    DEFINITE_FEMININE,
    DESCRIBING,
    EXACT,
    FOLLOWERS,
    LONG_VOWELS,
    MIN_INFLECTED_STEM,
    MIN_STEM,
    MIN_TANWEEN_STEM,
    NO_ARTICLE,
    RELATIVE_PRONOUNS,
    is_arabic,
)
from bot.match.land_names import short_land_names
from bot.match.nisba import (
    is_place,
    nisba_forms,
    place_adjective,
    short_land_nisba,
    with_nisba_spellings,
)
from bot.match.particles import opens_particle, particle_variants
from bot.match.patterns import (
    FEMININE_PATTERN_LENGTH,
    broken_plurals,
    faeel_shape,
    feminine_pattern_numbers,
)
from bot.match.places import place_names

__all__ = [
    "DIRECTIONS",
    "coordinated_keys",
    "faeel_noun",
    "fuzzy_forms",
    "head_word_keys",
    "inner_word_keys",
    "is_place_term",
    "phrase_variants",
    "phrase_word_keys",
    "single_word_keys",
    "single_word_shape_keys",
    "term_keys",
    "term_primary",
    "text_keys",
]

# Shorter feminine adjectives are mostly native words (عربيه), not foreign names.
MIN_FUZZY_NISBA = 6


@lru_cache(maxsize=200_000)
def text_keys(token: str) -> frozenset[str]:
    """Return every key a normalized text token can be compared by."""
    if not token or not is_arabic(token):
        return frozenset((token,))
    keys: set[str] = set()
    if not token.startswith(DEFINITE_PREFIXES):
        keys.add(NO_ARTICLE)
    else:
        keys.add(DEFINITE)
        if token.endswith("ه"):
            keys.add(DEFINITE_FEMININE)
        if token.startswith(ARTICLE) and token not in RELATIVE_PRONOUNS:
            keys.add(DESCRIBING)
    for base in text_bases(token):
        keys.add(base)
        keys.add(BARE + base)  # the word as written, no ending read off: what a name meets
        if not base.endswith("ي") and followers_of(base):
            keys.add(FOLLOWERS + base[:-2])
        keys.update(inflection_stems(base))
    return frozenset(with_nisba_spellings(keys))


def fuzzy_forms(token: str) -> tuple[str, ...]:
    """Return the readings of a text token worth a fuzzy lookup.

    Suffixes stay on, except the ending of a nisba (الأميركية → أميركي): term
    keys hold the masculine nisba, and without this a variant spelling would be
    found in the masculine adjective only.
    """
    if not token or not is_arabic(token):
        return (token,)
    bases = list(dict.fromkeys(text_bases(token)))
    # The feminine ه and the accusative ا of a nisba come off (الباليستية, بالستيا).
    nisba = [
        base[:-1] for base in bases if base.endswith(("يه", "يا")) and len(base) > MIN_FUZZY_NISBA
    ]
    return tuple(dict.fromkeys(bases + nisba))


def term_primary(word: str) -> str:
    """Return the main key of a normalized term word: its form without the article."""
    if not is_arabic(word) or not word.startswith(ARTICLE):
        return word
    stem = word[len(ARTICLE) :]
    # Country names in -يا never take the article: ألمانيا, ألبانيا start with أل.
    if len(stem) < MIN_STEM or word.endswith("يا"):
        return word
    return definite(stem)


def is_place_term(word: str) -> bool:
    """Tell whether a normalized one-word term names a place (CLDR, or by ‑ستان)."""
    return bool(word) and is_arabic(word) and is_place(term_primary(word))


@lru_cache(maxsize=200_000)
def term_keys(word: str) -> frozenset[str]:
    """Return the keys of a normalized watch-term word (stemmed mode).

    A place is a name: it takes no plural or dual ending (البحرين is not the
    plural of البحر), only its relative adjective. A word typed without the
    article keeps its sound-plural ending (سليمان is not سليم + ان).
    """
    if not word or not is_arabic(word):
        return frozenset((word,))
    base = term_primary(word)
    inflected = () if is_place(base) else inflection_stems(base, word.startswith(ARTICLE))
    keys = {base, *inflected, *nisba_forms(base), *short_land_nisba(word), *ALIASES.get(base, ())}
    return frozenset(with_nisba_spellings(keys))


def _bare_name(word: str) -> bool:
    """Tell whether a one-word term is a foreign name: it takes no ending, only proclitics.

    «بولت» is not «بولتون» (Bolton) read as a plural, nor «جونس» «جونسون».
    """
    return (
        is_arabic(word)
        and not word.startswith(ARTICLE)
        and not word.endswith("ي")
        and len(word) >= MIN_STEM
        and not is_place(word)
        and foreign_name(word)
        and word not in ALIASES
    )


@lru_cache(maxsize=200_000)
def single_word_keys(word: str) -> frozenset[str]:
    """Return the keys of a one-word term: a name in ‑ي is not read with endings.

    «مالي» (Mali) does not meet «مالية» (financial), nor «روحاني» «روحانية»,
    nor «ليلى» «ليلية»: a name takes no feminine, plural or accusative ending.
    The adjectives of places (روسي, which «الروسية» is) keep their endings.
    A word in ‑ي typed with the article is a family's, a club's or a group's
    name (الأهلي, الحريري, الحوثي): its feminine is another word (الأهلية
    eligibility, الحريرية silken), and only the sound plural, its people
    (الحوثيين), is still the name. A foreign name typed bare takes no ending
    at all, only its land's adjective if it has one (_bare_name).
    """
    if _bare_name(word):
        adjectives = {*nisba_forms(word), *short_land_nisba(word)}
        return frozenset({BARE + word, *with_nisba_spellings(adjectives)})
    return _single_word_keys(word, _feminine_pattern_singulars)


@lru_cache(maxsize=200_000)
def single_word_shape_keys(word: str) -> frozenset[str]:
    """Return what single_word_keys returns and more, without asking the word list.

    Loading terms (bot.match.terms.trigger_keys) asks only this, as it asks
    family_names.family_name_shape: the word list is read when a term is compiled.
    """
    # A foreign name's bare key (single_word_keys) is not asked for: a text token that
    # has BARE + word has the word too (text_keys), so the word's key covers it.
    return _single_word_keys(word, _feminine_singular_shapes)


def _single_word_keys(word: str, singulars: Callable[[str], Iterable[str]]) -> frozenset[str]:
    """Return the keys of a one-word term, its plural's singulars given by singulars."""
    keys = term_keys(word)
    if not word or not is_arabic(word):
        return keys
    base = term_primary(word)
    if not base.endswith("ي") or len(base) < MIN_INFLECTED_STEM:
        # A plural of a closed feminine pattern names the same things in the singular
        # («ضريبة» for «الضرائب»).
        numbers = frozenset(singulars(base))
        return keys | numbers if numbers else keys
    if is_place(base) or not (word.startswith(ARTICLE) or place_adjective(base)):
        return frozenset({BARE + base, *ALIASES.get(base, ())})
    if not place_adjective(base):
        return frozenset({BARE + base, FOLLOWERS + base, *ALIASES.get(base, ())})
    return keys


def _feminine_pattern_singulars(base: str) -> tuple[str, ...]:
    """Return the singular of a one-word plural term in a closed feminine pattern, or nothing.

    Not the plural of a singular: a singular typed with the article may be a name
    («القاعدة» is al-Qaeda, and «قواعد» bases, never it), a plural never is. The
    singular must be a word in use whose masculine is none: «جوانب» is the plural
    of «جانب», and «جانبه» "his side"; «التعادل» is no plural. Nor a place's, nor
    a place. A plural read back to two singulars (رهائن: رهينة, رهانة "a bet")
    takes the commoner.
    """
    singulars = [
        singular
        for singular in _feminine_singular_shapes(base)
        if _in_use(singular) and not _in_use(singular[: -len(_FEMININE_ENDING)])
    ]
    return (max(singulars, key=zipf),) if singulars else ()


def _feminine_singular_shapes(base: str) -> tuple[str, ...]:
    """Return the singulars a one-word plural term may have by its letters (see above)."""
    if len(base) != FEMININE_PATTERN_LENGTH or is_place(base):
        return ()  # most words: a length is cheaper to ask than the patterns
    return tuple(
        singular
        for singular in feminine_pattern_numbers(base)
        if singular.endswith(_FEMININE_ENDING) and not is_place(singular)
    )


def _in_use(word: str) -> bool:
    """Tell whether a normalized word is in the word list, bare or with the article."""
    return bool(zipf(word)) or common_noun(word)


_FEMININE_ENDING = "ه"  # ة, normalized: what a singular of these patterns ends in


def phrase_variants(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Return other ways to write a normalized phrase.

    Listed names, the other name CLDR gives the same territory (bot.match.places),
    joined and split halves, and its privative particle written each other way
    (bot.match.particles).
    """
    aliases = _phrase_aliases().get(words, ())
    if len(words) == 1:  # nothing to join, no Saint or particle before another word
        return (*aliases, *split_forms(words[0]))
    # Most phrases: no word of theirs opens a Saint, a particle or a compound, so
    # only the pair's join (a foreign name in two parts) is left to ask.
    inert = all(map(_inert, words))
    if inert and len(words) > 2 and not aliases:
        return ()  # and longer phrases join the closed class only (joined_forms)
    variants = [*aliases, *joined_forms(words)]
    if not inert:
        variants.extend(saint_forms(words))
        variants.extend(particle_variants(words))
        variants.extend(split_in_phrase(words))
    return tuple(variants)


def _inert(word: str) -> bool:
    """Tell whether a word of a longer phrase gives it no other spelling (see phrase_variants)."""
    return not (compound_part(word) or opens_particle(word))


@cache
def _phrase_aliases() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Return the listed phrase aliases, CLDR's other names of one territory, and lands'
    short names (bot.match.land_names), together."""
    merged = dict(place_names().aliases)
    for table in (PHRASE_ALIASES, short_land_names()):
        for words, others in table.items():
            merged[words] = (*merged.get(words, ()), *others)
    return merged


def coordinated_keys(word: str) -> frozenset[str]:
    """Return the keys of a phrase's last word joined to another by و (والشمالية, وبرلمانية)."""
    return frozenset("و" + key for key in (word, *phrase_word_keys(word)) if is_arabic(key))


# The alef of tanween is written after neither ة (ه), ا nor ي (a nisba's ‑يا is
# read off by the text side), nor after a hamza.
_NO_TANWEEN_ALEF = ("ه", "ا", "ي", "ء")


_ALEF_TA = "اه"  # ‑اة, normalized
_MIN_ALEF_TA = 5  # فتاة, قناة take other plurals (فتيات, قنوات)


@lru_cache(maxsize=200_000)
def phrase_word_keys(word: str) -> frozenset[str]:
    """Return the keys of a word inside a phrase: its term keys and its other number."""
    keys = term_keys(word)
    base = term_primary(word).removeprefix(ARTICLE)
    extra = {plural for plural in broken_plurals(base) if len(plural) >= MIN_STEM}
    extra.update(PEOPLE_ADJECTIVES.get(base, ()))
    # A relative adjective agrees with its noun: a plural of things takes the
    # feminine («الدفاعات الجوية» for «الدفاع الجوي»). Longer ones already have
    # both genders (term_keys); a short one («جوي») only in a phrase, whose noun vouches.
    if base.endswith("ي") and len(base) >= MIN_STEM:
        extra.add(base + "ه")
        if len(base) < MIN_TANWEEN_STEM:
            extra.add(base + "ا")  # a short adjective's accusative: «مديرا فنيا»
    elif base.endswith("يه") and len(base) - 1 >= MIN_STEM:
        extra.add(base[:-1])
    elif base.endswith(_ALEF_TA) and len(base) >= _MIN_ALEF_TA:
        # A noun in ‑اة takes ‑يات in the plural (مباراة → مباريات, مبارياته).
        extra.add(base[: -len(_ALEF_TA)] + "يات")
    elif word.startswith(ARTICLE) and len(base) >= MIN_STEM and not base.endswith(_NO_TANWEEN_ALEF):
        # A definite owner may be «its» or «their» instead: «وزير دفاعها» for «وزير الدفاع».
        # Not «his»: after normalization ‑ه is also ة, another noun (عمله/عملة).
        extra.update(base + pronoun for pronoun in _ITS_THEIR)
    return keys | extra if extra else keys


@lru_cache(maxsize=200_000)
def inner_word_keys(word: str) -> frozenset[str]:
    """Return the keys of a later word of a phrase: its phrase keys, and a sound plural's
    forms that own a word or a pronoun themselves.

    A definite sound plural drops its ن to head a construct or take a pronoun:
    «بيانات مستخدمي فيسبوك», «بيانات مستخدميها» for «بيانات المستخدمين» (the text
    side reads the pronoun off), when the word list has its singular. Not a first
    word: there the form heads the phrase with other words than the term's («طرد
    دبلوماسييها من روسيا»).
    """
    keys = phrase_word_keys(word)
    base = term_primary(word).removeprefix(ARTICLE)
    if base and is_arabic(base) and _short_tanween(base):
        # A short later word's indefinite accusative, as the head's: «غازا مسيلا للدموع».
        keys = keys | {base + "ا"}
    stem = base[: -len(MASCULINE_PLURALS[0])]  # both endings (and a dual's ‑ين) are two letters
    if (
        not word.startswith(ARTICLE)
        or not base.endswith(MASCULINE_PLURALS)
        or len(stem) < MIN_STEM
        or is_place(base)
    ):
        return keys
    # A singular in use makes the ending a plural's: not «القانون» (قان), «العيون».
    return keys | {stem + "ي", stem + "و"} if _in_use(stem) else keys


def _short_tanween(form: str) -> bool:
    """Tell whether a word is too short for the text side to read its tanween alef off."""
    return MIN_STEM <= len(form) < MIN_TANWEEN_STEM and not form.endswith(_NO_TANWEEN_ALEF)


# Possessive pronouns a definite word may take instead of the article: a phrase's later
# word «its» or «their» (‑ه is also ة there), its head «his», «her», «their» or «our»
# («عالمنا العربي»).
_ITS_THEIR = ("ها", "هم")
_HEAD_POSSESSIVES = ("ه", "ها", "هم", "نا")
# The four directions, a closed class: as a phrase's head, their form in ‑ي names the
# same part («شرقي سوريا» for «شرق سوريا»).
DIRECTIONS = frozenset(("شرق", "غرب", "شمال", "جنوب"))


@lru_cache(maxsize=200_000)
def head_word_keys(word: str) -> frozenset[str]:
    """Return the keys of the first word of a phrase: its phrase keys, tanween and pronouns.

    The indefinite accusative writes an alef after the word (رسوما جمركية for
    الرسوم الجمركية). A text word loses that alef only from MIN_TANWEEN_STEM
    letters on, since shorter words end in ا of their own (سيولا); inside a
    phrase the other words vouch for the reading, so the head's short forms
    carry their tanween form as a key (and a later word's, inner_word_keys; its
    broken plurals are left out there: most later words are adjectives).
    """
    keys = phrase_word_keys(word)
    base = term_primary(word).removeprefix(ARTICLE)
    if not base or not is_arabic(base):
        return keys
    if base == word and (short := short_head_forms(base)):
        return keys | short  # a two-letter head: وتل أبيب
    extra = {form + "ا" for form in (base, *broken_plurals(base)) if _short_tanween(form)}
    if word.startswith(ARTICLE) and not base.endswith(_NO_TANWEEN_ALEF):
        # Definite, the head may be «his», «her», «their» or «our» instead (مديره الفني for
        # المدير الفني); a noun in ة takes them on its ت, which the text side reads off.
        extra.update(base + pronoun for pronoun in _HEAD_POSSESSIVES)
    if base == word and base in DIRECTIONS:
        extra.add(EXACT + base + "ي")  # as written: «الشرقية» is an adjective of the word before
    if faeel_noun(base):
        # A فعيل noun of a person names a woman with ة (رئيسة الوزراء, وزيرة الدفاع); other
        # فعيل words give no word with the phrase's other words after it.
        extra.add(base + "ه")
    return keys | extra if extra else keys


def faeel_noun(word: str) -> bool:
    """Tell whether a word has the shape فعيل: four letters, ي third, consonants around it.

    The second letter may be ي, a hamza's seat after normalization (رئيس → رييس).
    """
    return faeel_shape(word) and (word[1] == "ي" or word[1] not in LONG_VOWELS)
