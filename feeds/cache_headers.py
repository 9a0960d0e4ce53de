"""Read the HTTP headers that say when to ask a site again: Retry-After and Cache-Control."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Return the seconds a Retry-After value asks for (delay or HTTP-date), or None if unusable.

    `now` must be timezone-aware; a date already past means "now", so 0.0.
    """
    if value is None:
        return None
    text = value.strip()
    if _is_number(text):
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        # RFC 9110 dates are always GMT; email.utils returns a naive datetime for "-0000".
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def parse_max_age(value: str | None) -> int | None:
    """Return Cache-Control's max-age in seconds, or None when absent or malformed."""
    if value is None:
        return None
    for directive in value.split(","):
        name, _, argument = directive.partition("=")
        if name.strip().lower() != "max-age":
            continue
        seconds = argument.strip().strip('"')
        # The first max-age decides; a malformed one means the site's intent is unknown.
        return int(seconds) if _is_number(seconds) else None
    return None


def _is_number(text: str) -> bool:
    # str.isdigit alone accepts "²" and other Unicode digits that int() refuses or misreads.
    return text.isascii() and text.isdigit()
