"""What around a stemmed phrase makes it another name: the longer names that veto it.

A longer place name the phrase is inside (bot.match.reading), the grammar that
makes a place's name a common noun (bot.match.described), the words that make
a person's name a place's or a child's (bot.match.named_after).
"""

from __future__ import annotations

from functools import lru_cache

from bot.match.compiled import Longer
from bot.match.described import common_noun_readings
from bot.match.named_after import is_person_term, naming_words
from bot.match.places import place_names
from bot.match.query import Phrase
from bot.match.reading import longer_places
from bot.match.stemmer import term_keys
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
    return longer_names_of(tuple(word.text for word in phrase.words))


def longer_names_of(words: tuple[str, ...]) -> Longer:
    """Compile what around a stemmed phrase makes it another name: longer places, the
    grammar of a common noun (bot.match.described), what a person's name names
    (bot.match.named_after)."""
    return _longer_places_of(words) + common_noun_readings(words) + _named_after(words)


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
