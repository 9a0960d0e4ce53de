"""A watch term as a user typed it, cleaned and checked before it is stored."""

from __future__ import annotations

import unicodedata

from bot.match.query import Limits, parse, too_long

# Format characters (Cf) are invisible: bidi overrides and isolates can make a
# stored term display as something else in /list, zero-width joiners, the
# Arabic letter mark and tag characters show nothing at all. Normalization
# ignores them for matching anyway, so dropping them loses nothing. Lone
# surrogates (Cs) cannot even be written to Redis as UTF-8.
_DROPPED = frozenset({"Cf", "Cs"})


def clean_term(raw: str, max_length: int) -> str:
    """Return the term to store, invisible controls dropped; raise TermError if unusable."""
    if len(raw) > max_length * 4:
        # Refuse a huge paste before doing any work on it.
        raise too_long(len(raw), max_length)
    printable = "".join(c for c in raw if _kept(c))
    # NFC: the same letters typed precomposed or with combining marks are stored alike.
    term = " ".join(unicodedata.normalize("NFC", printable).split())
    if len(term) > max_length:
        raise too_long(len(term), max_length)
    parse(term, Limits(max_length=max_length))
    return term


def _kept(char: str) -> bool:
    category = unicodedata.category(char)
    if category == "Cc":
        return char.isspace()  # tabs and newlines become single spaces below
    return category not in _DROPPED
