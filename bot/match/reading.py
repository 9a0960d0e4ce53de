"""How a typed term is read before it is compiled: clitics read off, longer place names around it.

A term typed with a clitic («وروسيا», «بالصين») is read as the bare place name
when that is a known place (bot.match.places): nobody watches "and Russia".
Other words are read as typed: «ولي» is a word, not و + لي.
"""

from __future__ import annotations

from functools import lru_cache

from bot.match.clitics import CLITIC_LETTERS, proclitic_readings
from bot.match.places import place_names
from bot.match.query import Phrase, Word

__all__ = ["bare_reading", "longer_places", "read_phrase"]


def bare_reading(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return the phrase with its first word's clitic read off, if that names a known place."""
    # Most first words start with no proclitic's letter: one set test, no cache call.
    if not words or words[0][:1] not in CLITIC_LETTERS:
        return None
    readings = _place_readings(words[0])
    if not readings:  # most words: no clitic reading is in any place name
        return None
    places = place_names()
    if words in places.names or words[0] in places.single:
        return None
    for reading in readings:
        candidate = (reading, *words[1:])
        if candidate in places.names:
            return candidate
    return None


def read_phrase(phrase: Phrase) -> Phrase:
    """Return the phrase as the matcher reads it (exact phrases as typed)."""
    if any(word.exact for word in phrase.words):
        return phrase
    bare = bare_reading(tuple(word.text for word in phrase.words))
    return phrase if bare is None else Phrase(tuple(Word(text) for text in bare))


@lru_cache(maxsize=200_000)
def _place_readings(word: str) -> tuple[str, ...]:
    """Return the clitic readings of a word that some place name has, once per word.

    Many terms share a first word, and most readings are in no place name.
    """
    places = place_names()
    return tuple(reading for reading in proclitic_readings(word) if places.has_word(reading))


@lru_cache(maxsize=50_000)
def longer_places(words: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], int], ...]:
    """Return the longer place names that make these normalized words another place.

    «غينيا» inside «غينيا الاستوائية», «كوريا» inside «كوريا الجنوبية»: when the
    words are a place's name themselves, or sit in several place names, a
    longer name around them is another place. A name found inside only one
    longer name is usually that place's short name (السعودية in المملكة العربية
    السعودية), so it is left alone.
    """
    places = place_names()
    # The land a half names is the one its whole names («البوسنة والهرسك»): no other place.
    wholes = places.halves.get(words, ())
    found = tuple((name, start) for name, start in places.containing(words) if name not in wholes)
    if words in places.regions:
        # A continent's parts are that continent: only countries and cities veto it.
        found = tuple((name, start) for name, start in found if name not in places.regions)
    if words in places.names or len(found) > 1:
        return found
    return ()
