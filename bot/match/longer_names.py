"""What around a stemmed phrase makes it another name: the longer names that veto it.

A longer place name the phrase is inside (bot.match.reading), the grammar that
makes a place's name a common noun (bot.match.described), the words that make
a person's name a place's or a child's (bot.match.named_after).
"""

from __future__ import annotations

from functools import lru_cache

from bot.match.acronyms import longer_acronyms
from bot.match.clitics import proclitic_forms
from bot.match.common_words import very_common
from bot.match.compiled import Longer
from bot.match.compounds import THEOPHORIC
from bot.match.described import common_noun_readings
from bot.match.given_names import given_names
from bot.match.key_marks import ARTICLE, EXACT, NO_ARTICLE
from bot.match.named_after import is_person_term, naming_words
from bot.match.nisba import is_place
from bot.match.phrase_words import head_word_keys
from bot.match.places import DIRECTIONS, place_names
from bot.match.query import Phrase
from bot.match.reading import longer_places
from bot.match.stemmer import term_keys
from bot.match.times_of_day import time_of_day_vetoes
from bot.match.word_keys import WORD_CACHE

__all__ = ["longer_names", "longer_names_of"]


@lru_cache(maxsize=WORD_CACHE)
def _in_a_place_name(text: str) -> bool:
    """Tell whether some known place name has this word."""
    places = place_names()
    return (text,) in places.names or bool(places.containing((text,)))


def longer_names(phrase: Phrase) -> Longer:
    """Compile the longer place names around a stemmed phrase (none for exact words)."""
    if any(word.exact for word in phrase.words):
        return ()
    return longer_names_of(tuple(word.text for word in phrase.words), phrase.words[0].raw)


def longer_names_of(words: tuple[str, ...], typed: str = "") -> Longer:
    """Compile what around a stemmed phrase makes it another name: longer places, the
    grammar of a common noun (bot.match.described), what a person's name names
    (bot.match.named_after), a longer acronym (bot.match.acronyms), a day after a
    time of day (bot.match.times_of_day), a minister before the field.

    typed is the first word as the user wrote it, when these are the words typed.
    """
    return (
        _longer_places_of(words)
        + common_noun_readings(words, typed)
        + _named_after(words)
        + _compound_first(words, typed)
        + longer_acronyms(words)
        + _compound_direction(words)
        + time_of_day_vetoes(words)
        + _office_of(words)
        + _article_kept_name(words, typed)
    )


# What a name typed with its article meets bare: another word.
_BARE: Longer = ((0, (frozenset({NO_ARTICLE}),)),)


def _article_kept_name(words: tuple[str, ...], typed: str) -> Longer:
    """Compile a family's name in ‑ي typed with its article as never met bare when the bare
    word is a given name: «مهدي المشاط» is a first name, not «المهدي» (a clitic that
    swallowed the article, «للمهدي», still reads it).

    A word in ‑ي typed with the article is a family's, a club's or a group's name
    (bot.match.stemmer.single_word_keys); a final ى typed is no such ‑ي («المرضى»).
    """
    if len(words) != 1 or not typed.endswith("ي"):
        return ()
    word = words[0]
    if not word.startswith(ARTICLE) or word[len(ARTICLE) :] not in given_names():
        return ()
    return _BARE


# A direction right before a phrase headed by another makes a compound one: «شمال شرق
# سوريا» (the north-east) is not «شرق سوريا», nor is «بجنوب شرق تركيا» «شرق تركيا»: the
# first direction as written, or behind a proclitic, never with the article.
_DIRECTION_KEYS = frozenset(EXACT + form for word in DIRECTIONS for form in proclitic_forms(word))


def _compound_direction(words: tuple[str, ...]) -> Longer:
    """Compile the direction before a phrase headed by a direction that makes another part."""
    if len(words) < 2 or words[0] not in DIRECTIONS:
        return ()
    # The head's keys, with its form in ‑ي («شمال شرقي سوريا»).
    return ((1, (_DIRECTION_KEYS, head_word_keys(words[0]), *map(term_keys, words[1:]))),)


def _compound_first(words: tuple[str, ...], typed: str = "") -> Longer:
    """Compile the theophoric half after a phrase that makes its last word a compound name's.

    «فتح الله غولن» is no «فتح», «حسن نصر الله» no «نصر»: a word before «الله»
    is the first half of a name or a fixed phrase (عبد الله, حزب الله, بيت الله).
    Before «الدين» only a given name is (صلاح الدين, نور الدين): common nouns
    head constructs with it («حرية الدين»).
    """
    last = words[-1]
    given = last in given_names()
    # A given name, or an everyday word without the article ending the term as typed
    # («فتح», «حركة فتح» before «فتح الله غولن»; not the halves of a split spelling, typed
    # empty: «غرين لاند»); a rarer word opens no such name: most terms skip the check
    # (and its cost).
    everyday = (
        (len(words) == 1 or bool(typed)) and not last.startswith(ARTICLE) and very_common(last)
    )
    if last in THEOPHORIC or not (given or everyday):
        return ()
    allah, din = THEOPHORIC
    seconds = {EXACT + allah, EXACT + din} if given else {EXACT + allah}
    return ((0, (*map(term_keys, words), frozenset(seconds))),)


# A minister's title heads a construct with a field and its adjective: «وزير الاقتصاد
# التركي» is the Turkish minister, not the Turkish economy. Only where the adjective is
# masculine, as the minister is: in «وزير الخارجية الأمريكية» it agrees with the field,
# which the text then names. The office nouns, written bare (the construct's head)
# behind any proclitic, are a closed class; with the article the title stands beside a
# name instead («الوزير محمد»).
_OFFICES = ("وزير", "وزيرا", "وزيري", "وزراء")
_OFFICE_KEYS = frozenset(EXACT + form for office in _OFFICES for form in proclitic_forms(office))
_FEMININE = "ه"  # ة, normalized


def _office_of(words: tuple[str, ...]) -> Longer:
    """Compile a minister's title before a field and its masculine relative adjective."""
    last = words[-1]
    if len(words) < 2 or not last.startswith(ARTICLE) or not last.endswith(("ي", "يه")):
        return ()
    if any(is_place(word.removeprefix(ARTICLE)) for word in words):
        return ()
    masculine = EXACT + last.removesuffix(_FEMININE)
    return ((1, (_OFFICE_KEYS, *map(term_keys, words[:-1]), frozenset({masculine}))),)


def _named_after(words: tuple[str, ...]) -> Longer:
    """Compile the words that, right before a person's name, make it a place's or a child's."""
    if not is_person_term(words):
        return ()
    return ((1, (naming_words(), *map(term_keys, words))),)


def _longer_places_of(words: tuple[str, ...]) -> Longer:
    """Compile the longer place names around a stemmed phrase's normalized words."""
    # longer_places looks among the names that hold the first word; most words are
    # in none, and skipping them keeps its per-phrase cache for the phrases that are.
    if not _in_a_place_name(words[0]):
        return ()
    found = longer_places(words)
    return tuple((start, tuple(term_keys(word) for word in name)) for name, start in found)
