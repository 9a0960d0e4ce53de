"""A month's name in a date is the month: «19 نيسان/أبريل» is April, not Nissan.

Arabic outlets write a month by its Levantine name, its Gregorian one or both
(«نيسان/أبريل»), and several of those names are also a company's, a person's
or a place's («نيسان», «ماي» for Theresa May, «آب» beside the city «إب»,
«تموز»). The names come from a maintained source, the Unicode CLDR month names
of every Arabic locale as shipped in Babel, so the Maghreb's «ماي» and «جوان»
are there too. A name is a month when the text dates something with it: a
number right before it («في 19 نيسان») or a year right after, the word for
month before it («شهر تموز»), or another month's name beside it across a
slash («أبريل/نيسان»). Such a word alone is no match for a term; a longer
match that holds it («حرب تموز») is left to the term.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from operator import attrgetter

from babel import Locale
from babel.localedata import locale_identifiers

from bot.match.hits import Field, Hit, without_spans
from bot.match.normalize import Token, normalize

__all__ = ["date_months", "month_names", "without_date_months"]

_ARABIC = "ar"
_MONTH_WORDS = frozenset(normalize(word) for word in ("شهر", "شهري"))
_SLASH = "/"
_YEAR_DIGITS = 4
_TEXT = attrgetter("text")


@cache
def month_names() -> frozenset[str]:
    """Return the normalized one-word month names of every Arabic locale in CLDR."""
    names: set[str] = set()
    for identifier in locale_identifiers():
        if identifier.split("_")[0] != _ARABIC:
            continue
        months = Locale.parse(identifier).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names.update(months[context][width].values())
    return frozenset(
        word for name in names if len(words := normalize(name).split()) == 1 for word in words
    )


Dated = frozenset[tuple[int, int]]  # (start, end) of each word that is a date's month


def date_months(text: str, tokens: list[Token]) -> Dated:
    """Return where words name a month in a date; empty when there are none."""
    months = month_names()
    if months.isdisjoint(map(_TEXT, tokens)):
        return frozenset()
    dated: set[tuple[int, int]] = set()
    for before, after in pairwise(tokens):
        between = text[before.end : after.start]
        if after.text in months and _dates(before, between, months):
            dated.add((after.start, after.end))
        if before.text in months and _dated_by(after, between, months):
            dated.add((before.start, before.end))
    return frozenset(dated)


def _dates(before: Token, between: str, months: frozenset[str]) -> bool:
    """Tell whether the word before a month's name makes it a date's month."""
    if between.isspace():
        return before.text.isdigit() or before.text in _MONTH_WORDS
    return before.text in months and between.strip() == _SLASH


def _dated_by(after: Token, between: str, months: frozenset[str]) -> bool:
    """Tell whether the word after a month's name makes it a date's month."""
    if between.isspace():
        return after.text.isdigit() and len(after.text) == _YEAR_DIGITS
    return after.text in months and between.strip() == _SLASH


def without_date_months(hits: list[Hit], dated: dict[Field, Dated]) -> list[Hit]:
    """Drop the spans that are a date's month alone; a hit left with none goes."""
    return without_spans(hits, lambda span: (span.start, span.end) in dated.get(span.field, ()))
