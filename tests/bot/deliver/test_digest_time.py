"""When the next digest is due: full hours, a daily hour in the chat's zone, DST days."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.deliver.digest_time import next_digest_at

RIYADH = ZoneInfo("Asia/Riyadh")
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")


def ts(
    year: int, month: int, day: int, hour: int, minute: int = 0, zone: ZoneInfo = RIYADH
) -> float:
    return datetime(year, month, day, hour, minute, tzinfo=zone).timestamp()


def local(stamp: float, zone: ZoneInfo) -> str:
    return datetime.fromtimestamp(stamp, zone).strftime("%Y-%m-%d %H:%M %z")


def test_hourly_is_the_next_full_hour() -> None:
    now = ts(2026, 3, 1, 9, 17)
    assert next_digest_at("hourly", 8, RIYADH, now) == ts(2026, 3, 1, 10)


def test_hourly_on_the_hour_is_the_hour_after() -> None:
    assert next_digest_at("hourly", 8, RIYADH, ts(2026, 3, 1, 10)) == ts(2026, 3, 1, 11)


def test_hourly_follows_a_half_hour_zone() -> None:
    now = datetime(2026, 3, 1, 4, 0, tzinfo=UTC).timestamp()  # 09:30 in Kolkata
    assert local(next_digest_at("hourly", 8, KOLKATA, now), KOLKATA) == "2026-03-01 10:00 +0530"


def test_daily_in_riyadh_today_or_tomorrow() -> None:
    assert next_digest_at("daily", 8, RIYADH, ts(2026, 3, 1, 7, 59)) == ts(2026, 3, 1, 8)
    assert next_digest_at("daily", 8, RIYADH, ts(2026, 3, 1, 8)) == ts(2026, 3, 2, 8)
    assert next_digest_at("daily", 8, RIYADH, ts(2026, 3, 1, 23, 30)) == ts(2026, 3, 2, 8)
    # 08:00 in Riyadh is 05:00 UTC, whatever the server's clock zone is.
    due = next_digest_at("daily", 8, RIYADH, ts(2026, 3, 1, 9))
    assert datetime.fromtimestamp(due, UTC).hour == 5


def test_daily_across_the_spring_change_in_berlin() -> None:
    # 2026-03-29: clocks jump from 02:00 to 03:00. Eight o'clock stays eight o'clock.
    day_before = next_digest_at("daily", 8, BERLIN, ts(2026, 3, 28, 9, zone=BERLIN))
    assert local(day_before, BERLIN) == "2026-03-29 08:00 +0200"
    after = next_digest_at("daily", 8, BERLIN, day_before)
    assert local(after, BERLIN) == "2026-03-30 08:00 +0200"
    assert after - day_before == 86_400
    assert day_before - ts(2026, 3, 28, 8, zone=BERLIN) == 23 * 3600


def test_daily_at_an_hour_the_spring_change_skips() -> None:
    due = next_digest_at("daily", 2, BERLIN, ts(2026, 3, 28, 12, zone=BERLIN))
    assert local(due, BERLIN) == "2026-03-29 03:00 +0200"  # the first instant after the gap
    assert local(next_digest_at("daily", 2, BERLIN, due), BERLIN) == "2026-03-30 02:00 +0200"


def test_daily_at_an_hour_the_autumn_change_repeats_comes_once() -> None:
    # 2026-11-01 in New York: 01:00-02:00 happens twice (EDT, then EST).
    first = next_digest_at("daily", 1, NEW_YORK, ts(2026, 10, 31, 12, zone=NEW_YORK))
    assert local(first, NEW_YORK) == "2026-11-01 01:00 -0400"
    again = next_digest_at("daily", 1, NEW_YORK, first)
    assert local(again, NEW_YORK) == "2026-11-02 01:00 -0500"
    assert again - first == 25 * 3600


def test_hourly_through_the_repeated_hour_every_3600_seconds() -> None:
    now = ts(2026, 10, 31, 23, 30, zone=NEW_YORK)
    times = []
    for _ in range(5):
        now = next_digest_at("hourly", 0, NEW_YORK, now)
        times.append(now)
    assert [b - a for a, b in pairwise(times)] == [3600.0] * 4
    assert [local(t, NEW_YORK)[11:] for t in times] == [
        "00:00 -0400", "01:00 -0400", "01:00 -0500", "02:00 -0500", "03:00 -0500",
    ]  # fmt: skip


def test_instant_is_due_at_once() -> None:
    assert next_digest_at("instant", 8, RIYADH, 1000.5) == 1000.5


def test_a_bad_hour_is_refused() -> None:
    with pytest.raises(ValueError, match="0-23"):
        next_digest_at("daily", 24, RIYADH, 0.0)


@given(
    st.floats(min_value=1.6e9, max_value=2.2e9),
    st.integers(0, 23),
    st.sampled_from([RIYADH, BERLIN, NEW_YORK, KOLKATA]),
)
def test_daily_is_within_a_day_and_at_the_hour(now: float, hour: int, zone: ZoneInfo) -> None:
    due = next_digest_at("daily", hour, zone, now)
    assert now < due <= now + 25 * 3600
    when = datetime.fromtimestamp(due, zone)
    assert when.minute == 0 and when.second == 0
    assert when.hour == hour or (when.hour == hour + 1 and zone is not RIYADH)  # a skipped hour
    hourly = next_digest_at("hourly", 0, zone, now)
    assert now < hourly <= now + 3600
    assert datetime.fromtimestamp(hourly, zone).minute == 0
