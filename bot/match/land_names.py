"""A land's everyday name that CLDR does not give, read off its currency's adjective.

CLDR names «الولايات المتحدة» and its currency «دولار أمريكي»; the news says
«أمريكا» as often. The adjective of a land of more than one word
(bot.match.places.land_adjectives), without its ‑ي, with ‑ا or ‑يا, is that
land's short name when wordfreq's Arabic list has it, and commoner than the
adjective's feminine (أمريكي → أمريكا; «سعوديا» is an adjective's accusative,
rarer than «سعودية»), and «إماراتي» is the first word's own (الإمارات,
bot.match.places.short_land_adjectives). The short name and CLDR's are then
one land's two names: a term for one meets the other, and its adjective.
"""

from __future__ import annotations

from functools import cache

from bot.match.common_words import zipf
from bot.match.key_marks import ARTICLE, LONG_VOWELS
from bot.match.places import land_adjectives, short_land_adjectives

__all__ = ["land_adjective_owners", "land_name_adjectives", "short_land_names"]

_ENDINGS = ("ا", "يا")  # أمريكا, مقدونيا
_FEMININE = "يه"  # the adjective's feminine, ة normalized


@cache
def short_land_names() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Map a land's short name to its CLDR name, and back (normalized words)."""
    names: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for land, adjective in land_adjectives().items():
        if land[0] in short_land_adjectives():
            continue  # the first word's own adjective: that word is the short name
        stem = adjective[:-1]
        for short in (stem + ending for ending in _ENDINGS):
            # An adjective's accusative (سعوديا, أمريكيا) is rarer than its feminine.
            if zipf(short) > zipf(stem + _FEMININE):
                names[(short,)] = (land,)
                names[land] = (*names.get(land, ()), (short,))
    return names


@cache
def land_adjective_owners() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Map the adjective of a land with a short name to both its names (أمريكي → أمريكا,
    «الولايات المتحدة»): what a noun with the adjective heads a construct with."""
    short = short_land_names()
    return {
        adjective: (land, *short[land])
        for land, adjective in land_adjectives().items()
        if land in short
    }


_VOWELS = str.maketrans(dict.fromkeys(LONG_VOWELS))
# The letters of its land's word that an adjective starts with (سعودي: السعودية).
_SHARED_LETTERS = 3


@cache
def land_name_adjectives() -> frozenset[str]:
    """Return the adjectives of lands of more than one word that are made from one of its
    words («سعودي»: المملكة العربية السعودية) or from its short name (أمريكي): a place's
    adjectives. Not a currency's own word (إسترليني, for the pound)."""
    found = set(land_adjective_owners())
    for land, adjective in land_adjectives().items():
        letters = adjective[:-1].translate(_VOWELS)[:_SHARED_LETTERS]
        if any(word.removeprefix(ARTICLE).translate(_VOWELS).startswith(letters) for word in land):
            found.add(adjective)
    return frozenset(found)
