"""A time of day before a day's name is the time: «ليل الأحد» is Sunday night, not Lille.

A one-word term spelled like a noun of the time of day («ليل» for Lille, «صباح»,
«فجر») is that noun when the next word names a day: a weekday, by the Unicode
CLDR day names of the Arabic locale as shipped in Babel (a maintained source),
or a day counted from today (اليوم, أمس, غد). The nouns of the time of day are a
closed class of the language.
"""

from __future__ import annotations

from functools import cache

from babel import Locale

from bot.match.compiled import Longer
from bot.match.key_marks import ARTICLE, EXACT
from bot.match.normalize import normalize
from bot.match.stemmer import term_keys

__all__ = ["time_of_day_vetoes"]

_TIMES = frozenset(
    normalize(word)
    for word in ("ليل", "ليلة", "صباح", "مساء", "فجر", "ظهر", "عصر", "نهار", "ضحى", "منتصف")
)
# Days counted from today, with or without the article: a closed class too.
_COUNTED = ("اليوم", "أمس", "الأمس", "غد", "الغد", "البارحة")


@cache
def _day_keys() -> frozenset[str]:
    """Return the exact keys of the day names: CLDR's weekdays, with and without the article."""
    days = Locale.parse("ar").days
    names = {normalize(name) for name in days["format"]["wide"].values()}
    names |= {normalize(word) for word in _COUNTED}
    bare = {name.removeprefix(ARTICLE) for name in names}
    return frozenset(EXACT + name for name in names | bare | {ARTICLE + name for name in bare})


def time_of_day_vetoes(words: tuple[str, ...]) -> Longer:
    """Compile the day's name after a one-word term that is a noun of the time of day."""
    if len(words) != 1 or words[0] not in _TIMES:
        return ()
    return ((0, (term_keys(words[0]), _day_keys())),)
