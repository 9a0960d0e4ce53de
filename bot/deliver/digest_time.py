"""When a chat's next digest is due. Pure: the caller passes the clock.

Hourly digests go out at every full hour of the chat's zone (a zone half an
hour off UTC gets them at :30 UTC). Daily digests go out at ``hour``:00 of the
chat's zone, whatever its daylight saving time does:

- a day whose ``hour``:00 does not exist (the clock jumps over it in spring)
  gets its digest when the jump lands, the first instant after the gap;
- a day whose ``hour``:00 happens twice (the clock goes back in autumn) gets
  it once, at the first of the two.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, tzinfo
from typing import Literal

__all__ = ["next_digest_at"]

Mode = Literal["instant", "hourly", "daily"]


def _next_full_hour(zone: tzinfo, now: float) -> float:
    local = datetime.fromtimestamp(now, zone)
    # Flooring keeps the wall clock's fold, so the floor has the offset `now` has.
    floor = local.replace(minute=0, second=0, microsecond=0)
    return floor.timestamp() + 3600


def _next_daily(hour: int, zone: tzinfo, now: float) -> float:
    today = datetime.fromtimestamp(now, zone).date()
    for days in range(3):
        # fold=0: the first of a repeated hour; for a skipped one, the offset before
        # the jump, which lands just after the gap.
        due = datetime.combine(today + timedelta(days=days), time(hour), tzinfo=zone).timestamp()
        if due > now:
            return due
    raise AssertionError("unreachable: some day within three has the hour ahead")


def next_digest_at(mode: Mode, hour: int, zone: tzinfo, now: float) -> float:
    """Return the Unix time when the next digest of this mode is due: strictly after now.

    `hour` (0-23) matters only for daily digests. Instant mode has no schedule:
    whatever is kept is due at once, so for it the answer is now itself.
    """
    if mode == "instant":
        return now
    if mode == "hourly":
        return _next_full_hour(zone, now)
    if not 0 <= hour <= 23:
        raise ValueError(f"digest hour must be 0-23, not {hour}")
    return _next_daily(hour, zone, now)
