"""Quiet hours: a chat's nightly window, read in its zone. Pure: the caller passes the clock.

A window is two whole hours, ``start-end`` (``23-7``: from 23:00 to 07:00 the
next morning; ``13-15``: within one day). It is stored as that text on the
chat's record; an empty or unreadable one means no quiet hours.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, tzinfo
from typing import NamedTuple

__all__ = ["QuietHours", "parse_quiet"]


class QuietHours(NamedTuple):
    """From start:00 up to (not including) end:00, in the chat's zone."""

    start: int
    end: int

    def __str__(self) -> str:
        """Return the stored and shown form, ``23-7``."""
        return f"{self.start}-{self.end}"

    def covers(self, zone: tzinfo, now: float) -> bool:
        """Tell whether `now` falls in the window."""
        hour = datetime.fromtimestamp(now, zone).hour
        if self.start < self.end:
            return self.start <= hour < self.end
        return hour >= self.start or hour < self.end

    def ends_after(self, zone: tzinfo, now: float) -> float:
        """Return the first end:00 of the chat's zone strictly after `now` (Unix time)."""
        today = datetime.fromtimestamp(now, zone).date()
        for days in range(3):
            end = datetime.combine(today + timedelta(days=days), time(self.end), tzinfo=zone)
            if end.timestamp() > now:
                return end.timestamp()
        raise AssertionError("unreachable: some day within three has the hour ahead")


def parse_quiet(value: str | None) -> QuietHours | None:
    """Return the window typed or stored as ``23-7`` (also ``23:00-07:00``); None otherwise."""
    if not value:
        return None
    start, dash, end = value.strip().replace("–", "-").partition("-")
    hours = [_hour(start), _hour(end)]
    if not dash or hours[0] is None or hours[1] is None or hours[0] == hours[1]:
        return None
    return QuietHours(hours[0], hours[1])


def _hour(value: str) -> int | None:
    hour, _, minutes = value.strip().partition(":")
    if not hour.isdecimal() or len(hour) > 2 or (minutes and minutes.strip("0")):
        return None
    number = int(hour)
    return number if 0 <= number <= 23 else None
