"""A number written in words or in digits: «دور الستة عشر» is also «دور الـ16».

News writes a phrase's number either way («مجموعة العشرين» / «مجموعة الـ20»,
«دور الثمانية» / «دور الـ8»). A phrase term with a cardinal in words after its
first word also matches the same phrase with the digits in its place, with the
article before them or without: the text side reads «الـ16» as two words. The
cardinals are a closed class of the language: the units and their feminine,
the teens (two words), the tens, a hundred and a thousand, with or without the
article. Not a first word: a term is compiled when an article first holds its
first word (bot.match.pending); and not alone: a number by itself names nothing.
"""

from __future__ import annotations

from functools import cache

from bot.match.key_marks import ARTICLE
from bot.match.normalize import normalize

__all__ = ["digit_spellings"]

_UNITS = {
    1: ("واحد", "واحدة"),
    2: ("اثنان", "اثنين", "اثنتان", "اثنتين"),
    3: ("ثلاثة", "ثلاث"),
    4: ("أربعة", "أربع"),
    5: ("خمسة", "خمس"),
    6: ("ستة", "ست"),
    7: ("سبعة", "سبع"),
    8: ("ثمانية", "ثماني", "ثمان"),
    9: ("تسعة", "تسع"),
    10: ("عشرة", "عشر"),
}
# The first word of eleven and twelve; thirteen to nineteen take the unit's.
_TEEN_FIRSTS = {11: ("أحد", "إحدى"), 12: ("اثنا", "اثني", "اثنتا", "اثنتي")}
# The tens, a hundred and a thousand.
_ROUND = {
    20: ("عشرون", "عشرين"),
    30: ("ثلاثون", "ثلاثين"),
    40: ("أربعون", "أربعين"),
    50: ("خمسون", "خمسين"),
    60: ("ستون", "ستين"),
    70: ("سبعون", "سبعين"),
    80: ("ثمانون", "ثمانين"),
    90: ("تسعون", "تسعين"),
    100: ("مئة", "مائة"),
    1000: ("ألف",),
}


@cache
def _cardinals() -> dict[tuple[str, ...], str]:
    """Return the cardinals' normalized words, without the article, and their digits."""
    found: dict[tuple[str, ...], str] = {}
    for table in (_UNITS, _ROUND):
        for number, words in table.items():
            for word in words:
                found[(normalize(word),)] = str(number)
    teens = {**_TEEN_FIRSTS, **{unit + 10: _UNITS[unit] for unit in range(3, 10)}}
    for number, firsts in teens.items():
        for first in firsts:
            for ten in _UNITS[10]:
                found[(normalize(first), normalize(ten))] = str(number)
    return found


def digit_spellings(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return the phrase with its cardinal in words (not the first word) written in digits."""
    cardinals = _cardinals()
    for at in range(1, len(words)):
        for size in (2, 1):
            number = words[at : at + size]
            digits = cardinals.get((number[0].removeprefix(ARTICLE), *number[1:]))
            if len(number) == size and digits is not None:
                # «الـ16» is two words, the article and the number.
                before, after = words[:at], words[at + size :]
                return [(*before, digits, *after), (*before, ARTICLE, digits, *after)]
    return []
