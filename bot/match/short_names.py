"""The short name of a body named with its city: «أتلتيكو» for «أتلتيكو مدريد».

Clubs and companies named with their city are called by the rest of the name
once the city is plain (أتلتيكو, سان جيرمان). The city is one of CLDR's
time-zone cities that names no territory (bot.match.places): a body named with
its country («طالبان باكستان») is a branch of the body its other words name
alone. The rest must look like a foreign name of its own (no article, no Arabic
ending, five letters or more, and not a word that is common with the article,
bot.match.common_words), since an Arabic word or a short one alone names too
much («ريال» is also the currency, «منتخب تشيلي» is Chile's team, not every
«المنتخب»).
"""

from __future__ import annotations

from bot.match.common_words import arabic_word
from bot.match.key_marks import ARABIC_ENDINGS, ARTICLE
from bot.match.places import place_names

__all__ = ["short_name", "short_name_shape"]

_MIN_SHORT_NAME = 5
# Arabic endings but ‑ان, which ends many foreign names too (سان جيرمان): whether
# such a word is Arabic is the word list's to say (short_name).
_ENDINGS = tuple(ending for ending in ARABIC_ENDINGS if ending != "ان")
_MAX_NAME_WORDS = 2


def short_name(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return the words of a term's name without its city, or None if it has no such name."""
    rest = short_name_shape(words)
    # An Arabic word or a land's name is no foreign name (bot.match.common_words).
    return None if rest is None or any(map(arabic_word, rest)) else rest


def short_name_shape(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return what short_name returns before asking how common its words are.

    Loading a whole index asks only this (bot.match.terms.triggers), so the
    word list is read when a term is compiled, not for every term loaded.
    """
    places = place_names()
    # Most terms have no one-word place at either end: one set lookup each tells.
    if len(words) < 2 or (words[0] not in places.single and words[-1] not in places.single):
        return None
    names = places.names
    # A place's own name is no body's: «بيساو» alone is the capital, not «غينيا بيساو».
    if words in names:
        return None
    # A city's: a body named with its country («طالبان باكستان») is a branch of the body
    # its other words name alone (Afghanistan's Taliban).
    for city, rest in ((words[0], words[1:]), (words[-1], words[:-1])):
        if city in places.cities and _foreign_name(rest):
            return rest
    return None


def _foreign_name(words: tuple[str, ...]) -> bool:
    """Tell whether words look like a foreign name that may stand alone."""
    return (
        len(words) <= _MAX_NAME_WORDS
        and sum(map(len, words)) >= _MIN_SHORT_NAME
        and words not in place_names().names
        and not any(w.startswith(ARTICLE) or w.endswith(_ENDINGS) for w in words)
    )
