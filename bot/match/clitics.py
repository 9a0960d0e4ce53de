"""Proclitics and the article: the readings of a word with them taken off.

A text word may carry و/ف (and), ب/ك/ل (with, like, for) and the article; a
reading takes them off, but never below MIN_STEM letters, and keeps the
article where taking it off would make another word (bot.match.vetoes,
bot.match.nisba). All input is normalized (see bot.match.normalize).
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.match.key_marks import ARTICLE, MIN_STEM, is_arabic
from bot.match.nisba import article_places, bare_places
from bot.match.vetoes import AL_COLLISIONS, BI_COLLISIONS

__all__ = [
    "CLITIC_LETTERS",
    "DEFINITE_PREFIXES",
    "definite",
    "proclitic_forms",
    "proclitic_readings",
    "short_head_forms",
    "text_bases",
]

# ك is a rare proclitic and ك + 3 letters is usually a word of its own (كمال, كلام).
MIN_K_STEM = 4

_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ك", "ل")
_ARTICLE_FORMS = ("ال", "لل")  # لل is ل + ال with the alef dropped

_PLAIN_PREFIXES: tuple[str, ...] = tuple(
    c + p for c in _CONJUNCTIONS for p in _PREPOSITIONS if c + p
)
# ك left out: as a prefix of a short word it is mostly a letter of another word.
_PREFIXES_BUT_K = tuple(prefix for prefix in _PLAIN_PREFIXES if "ك" not in prefix)
DEFINITE_PREFIXES: tuple[str, ...] = tuple(
    sorted(
        {c + p + ARTICLE for c in _CONJUNCTIONS for p in ("", "ب", "ك")}
        | {c + "لل" for c in _CONJUNCTIONS}
    )
)


def definite(stem: str) -> str:
    """Key for a stem that carried the article; keeps ال where it changes the word."""
    keeps = stem in AL_COLLISIONS or stem in article_places() or stem in bare_places()
    return ARTICLE + stem if keeps else stem


def short_head_forms(word: str) -> frozenset[str]:
    """Return a short phrase head with each proclitic on: تل → وتل, بتل (وتل أبيب).

    The text side never reads a clitic off below MIN_STEM letters, since alone
    such a remainder is any word; the first word of a phrase has the phrase's
    other words to vouch for it, so it carries those forms itself. (ك is left
    out: as a prefix of a short word it is mostly a letter of another word.)
    """
    if len(word) >= MIN_STEM or not is_arabic(word):
        return frozenset()
    return frozenset(prefix + word for prefix in _PREFIXES_BUT_K)


def proclitic_forms(word: str) -> frozenset[str]:
    """Return a word as written alone and behind each proclitic but ك: وزير, ووزير, لوزير…"""
    return frozenset((word, *(prefix + word for prefix in _PREFIXES_BUT_K)))


def text_bases(token: str) -> Iterator[str]:
    """Yield the token and every reading with its proclitics removed."""
    yield token
    for prefix in _PLAIN_PREFIXES:
        minimum = MIN_K_STEM if "ك" in prefix else MIN_STEM
        if token.startswith(prefix) and len(token) - len(prefix) >= minimum:
            stem = token[len(prefix) :]
            if not (prefix.endswith("ب") and stem in BI_COLLISIONS):
                yield stem
    for prefix in DEFINITE_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= MIN_STEM:
            yield definite(token[len(prefix) :])


# The letters a proclitic starts with: most words start with none, and are done with one test.
CLITIC_LETTERS = frozenset(
    prefix[0] for prefix in (*_PLAIN_PREFIXES, *DEFINITE_PREFIXES) if prefix != ARTICLE
)


def proclitic_readings(word: str) -> Iterator[str]:
    """Yield the word without its proclitics, article kept: بالصين → الصين, وروسيا → روسيا."""
    if not word or word[0] not in CLITIC_LETTERS or not is_arabic(word):
        return
    for prefix in _PLAIN_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            yield word[len(prefix) :]
    for prefix in DEFINITE_PREFIXES:
        if prefix != ARTICLE and word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            yield ARTICLE + word[len(prefix) :]
