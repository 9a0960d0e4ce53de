"""A noun counted by a number from 11 to 99 is read without its tanween: «68 نائبا» is «نائب».

Arabic counts eleven to ninety-nine things (and any larger number that ends
in them: 311) with a singular noun in the indefinite accusative, its tanween
written as a final alef: «16 متهما», «19 مقعدا», «44 حكما». The text side reads
that alef off long words only (bot.match.inflection: «صاروخا»), since a short
word may end in an alef of its own («سيولا»); right after such a number the
alef is the tanween, whatever the word's length. A year (1900 to 2100) counts
nothing: «2018 روسيا» keeps its alef. Numbers in digits only: the news writes
counts so, and a number in words is two or three words of its own.
"""

from __future__ import annotations

import re

from bot.match.key_marks import MIN_STEM, is_arabic
from bot.match.normalize import Token

__all__ = ["counted_nouns"]

# A number in digits (any script's: \d is Unicode) and the Arabic word after it: one
# C-level search over the text, where most texts have none.
_NUMBER_THEN_WORD = re.compile(r"(\d+)\s+(?=[\u0621-\u064a])")
_TANWEEN = "ا"
_COUNTED = range(11, 100)  # the last two digits that take the accusative singular
_YEARS = range(1900, 2101)


def counted_nouns(text: str, tokens: list[Token]) -> list[Token]:
    """Return a text's tokens with the tanween alef read off each noun counted by 11 to 99."""
    counted = [found.end() for found in _NUMBER_THEN_WORD.finditer(text) if _counts(found[1])]
    if not counted:
        return tokens
    at_start = {token.start: at for at, token in enumerate(tokens)}
    read = list(tokens)
    for start in counted:
        at = at_start.get(start)
        if at is None or not tokens[at].text.endswith(_TANWEEN):
            continue
        token = tokens[at]
        stem = token.text[: -len(_TANWEEN)]
        if len(stem) >= MIN_STEM and is_arabic(stem) and not stem.endswith(_TANWEEN):
            read[at] = Token(stem, token.start, token.end)
    return read


def _counts(digits: str) -> bool:
    """Tell whether a number counts its noun in the accusative singular (not a year)."""
    number = int(digits)
    return number % 100 in _COUNTED and number not in _YEARS
