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

from bot.match.aliases import ALIASES, PHRASE_ALIASES
from bot.match.clitics import DEFINITE_PREFIXES, definite, text_bases
from bot.match.common_words import common_noun, foreign_name
from bot.match.compounds import (
    compound_part,
    joined_forms,
    particle_forms,
    split_forms,
    split_in_phrase,
)
from bot.match.given_names import given_names
from bot.match.inflection import followers_of, inflection_stems
from bot.match.key_marks import (
    ARTICLE,
    BARE,
    DEFINITE,
    DEFINITE_FEMININE,
    DESCRIBING,
    FOLLOWERS,
    FRENCH_NAME_ENDING,
    MIN_INFLECTED_STEM,
    MIN_STEM,
    NO_ARTICLE,
    OWNING,
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
from bot.match.noun_numbers import (
    noun_ending_stems,
    noun_endings,
    noun_number_shapes,
    noun_numbers,
    noun_singular_shapes,
    noun_singulars,
)
from bot.match.particles import opens_particle, particle_variants
from bot.match.patterns import verbal_noun_shape
from bot.match.places import place_names, short_land_adjectives

__all__ = [
    "fuzzy_forms",
    "is_place_term",
    "phrase_variants",
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
            if not _names_a_place(token):
                keys.add(OWNING)
    for base in text_bases(token):
        keys.add(base)
        keys.add(BARE + base)  # the word as written, no ending read off: what a name meets
        if not base.endswith("ي") and followers_of(base):
            keys.add(FOLLOWERS + base[:-2])
        keys.update(inflection_stems(base))
        keys.update(noun_ending_stems(base))
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
    # Country names in -يا never take the article: ألمانيا, ألبانيا start with أل. Other
    # words in ‑يا do (التكنولوجيا, المافيا).
    if len(stem) < MIN_STEM or (word.endswith("يا") and is_place(word)):
        return word
    return definite(stem)


def _names_a_place(token: str) -> bool:
    """Tell whether a token written with the article names a place, or a land by its
    adjective's feminine («السعودية»)."""
    stem = token.removeprefix(ARTICLE)
    # is_place asks the stem with its article too; not the token itself, whose ال would
    # make «البستان» (an orchard) a land in ‑ستان.
    if is_place(stem) or token in short_land_adjectives():
        return True
    return stem.endswith("يه") and place_adjective(stem[:-1])


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

    «بولت» is not «بولتون» (Bolton) read as a plural, nor «جونس» «جونسون». A word
    in ة is none, even one the word list does not know («مداهمة»: «المداهمات»,
    «إقالة»: «إقالته»): foreign names are not written with it (_written_feminine).
    Nor is a word shaped like a derived verb's verbal noun («تسريب»: «تسريبات»,
    «اقتحام»), which the word list may know too rarely with the article.
    """
    return (
        is_arabic(word)
        and not word.startswith(ARTICLE)
        and not word.endswith("ي")
        and len(word) >= MIN_STEM
        and not is_place(word)
        and foreign_name(word)
        and word not in ALIASES
        and not _written_feminine(word)
        and not verbal_noun_shape(word)
    )


def _written_feminine(word: str) -> bool:
    """Tell whether a normalized word of four letters or more ends as one written with ة."""
    return len(word) > MIN_STEM and word.endswith("ه") and not word.endswith(FRENCH_NAME_ENDING)


@lru_cache(maxsize=200_000)
def single_word_keys(word: str) -> frozenset[str]:
    """Return the keys of a one-word term: a name in ‑ي is not read with endings.

    «مالي» (Mali) does not meet «مالية» (financial), nor «روحاني» «روحانية»,
    nor «ليلى» «ليلية»: a name takes no feminine, plural or accusative ending.
    The adjectives of places (روسي, which «الروسية» is) keep their endings.
    A word in ‑ي typed with the article is a family's, a club's or a group's
    name (الأهلي, الحريري, الحوثي): its feminine is another word (الأهلية
    eligibility, الحريرية silken), and only the sound plural, its people
    (الحوثيين), is still the name. So is a common noun in ‑ي typed bare, no
    given name (شرطي, صحفي: «شرطيين», «الصحفيين»; _people_noun). A foreign name
    typed bare takes no ending at all, only its land's adjective if it has one
    (_bare_name).
    """
    if _bare_name(word):
        adjectives = {*nisba_forms(word), *short_land_nisba(word)}
        return frozenset({BARE + word, *with_nisba_spellings(adjectives)})
    keys = _single_word_keys(word, noun_singulars, noun_numbers, _people_noun)
    # A common noun's attached pronouns: not asked at load, where a text token's
    # ending keys reach the noun's own triggers (bot.match.pending.reaching_keys).
    endings = noun_endings(term_primary(word))
    return keys | frozenset(endings) if endings else keys


@lru_cache(maxsize=200_000)
def single_word_shape_keys(word: str) -> frozenset[str]:
    """Return what single_word_keys returns and more, without asking the word list.

    Loading terms (bot.match.terms.trigger_keys) asks only this, as it asks
    family_names.family_name_shape: the word list is read when a term is compiled.
    """
    # A foreign name's bare key (single_word_keys) is not asked for: a text token that
    # has BARE + word has the word too (text_keys), so the word's key covers it. Every
    # word in ‑ي is taken for a noun of people: its keys cover a name's.
    return _single_word_keys(word, noun_singular_shapes, noun_number_shapes, _any_word)


def _single_word_keys(
    word: str,
    singulars: Callable[[str], Iterable[str]],
    plurals: Callable[[str], Iterable[str]],
    people: Callable[[str], bool],
) -> frozenset[str]:
    """Return the keys of a one-word term, its plural's singulars given by singulars, a
    bare common noun's plurals by plurals, and by people whether a bare word in ‑ي names
    people, whose sound plural it keeps."""
    keys = term_keys(word)
    if not word or not is_arabic(word):
        return keys
    base = term_primary(word)
    if not base.endswith("ي") or len(base) < MIN_INFLECTED_STEM:
        # A plural of a closed feminine pattern names the same things in the singular
        # («ضريبة» for «الضرائب»); a bare common noun has its broken plural
        # (bot.match.noun_numbers).
        numbers = frozenset(singulars(base))
        if base == word:
            numbers |= frozenset(plurals(word))
        return keys | numbers if numbers else keys
    if is_place(base) or not (word.startswith(ARTICLE) or place_adjective(base) or people(base)):
        return frozenset({BARE + base, *ALIASES.get(base, ())})
    if not place_adjective(base):
        return frozenset({BARE + base, FOLLOWERS + base, *ALIASES.get(base, ())})
    return keys


def _people_noun(base: str) -> bool:
    """Tell whether a word in ‑ي is a common noun (common with the article), no given name."""
    return common_noun(base) and base not in given_names()


def _any_word(base: str) -> bool:
    """Take every word for a noun of people: loading asks no word list (single_word_shape_keys)."""
    return True


def phrase_variants(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Return other ways to write a normalized phrase.

    Listed names, the other name CLDR gives the same territory (bot.match.places),
    joined and split halves, two nouns joined by «و» in the other order, and its
    privative particle written each other way (bot.match.particles).
    """
    aliases = _phrase_aliases().get(words, ())
    if len(words) == 1:  # nothing to join, no Saint or particle before another word
        return (*aliases, *split_forms(words[0]))
    # Most phrases: no word of theirs opens a Saint, a particle or a compound, so
    # only the pair's join (a foreign name in two parts) is left to ask.
    inert = all(map(_inert, words))
    if inert and len(words) > 2 and not aliases:
        # Longer phrases join the closed class only (joined_forms).
        return _adjectives_swapped(words)
    variants = [*aliases, *joined_forms(words), *_swapped(words)]
    if not inert:
        variants.extend(particle_forms(words))
        variants.extend(particle_variants(words))
        variants.extend(split_in_phrase(words))
    return tuple(variants)


# «و» before a definite noun: the second of two nouns joined.
_AND_DEFINITE = "و" + ARTICLE


def _swapped(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Return two definite nouns joined by «و» in the other order: «الغاز والنفط» for
    «النفط والغاز», «الألومنيوم والصلب» for «الصلب والألومنيوم»."""
    if (
        len(words) != 2
        or not words[0].startswith(ARTICLE)
        or not words[1].startswith(_AND_DEFINITE)
    ):
        return ()
    return ((words[1][1:], "و" + words[0]),)


def _adjectives_swapped(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Return a definite noun's two definite adjectives in the other order: «المحكمة
    الأمريكية العليا» for «المحكمة العليا الأمريكية» (outlets put the land's first or last)."""
    if len(words) != 3 or not all(word.startswith(ARTICLE) for word in words):
        return ()
    return ((words[0], words[2], words[1]),)


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
