"""Quiet hours: read as typed, and whether a moment falls in them, in the chat's zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.deliver.quiet_hours import QuietHours, parse_quiet

RIYADH = ZoneInfo("Asia/Riyadh")  # UTC+3, no daylight saving time
BERLIN = ZoneInfo("Europe/Berlin")


def at(zone: ZoneInfo, year: int, month: int, day: int, hour: int, minute: int) -> float:
    return datetime(year, month, day, hour, minute, tzinfo=zone).timestamp()


@pytest.mark.parametrize(
    ("typed", "window"),
    [("23-7", QuietHours(23, 7)), ("23:00-07:00", QuietHours(23, 7)), (" 0 - 6 ", QuietHours(0, 6)),
     ("13–15", QuietHours(13, 15)), ("٢٣-٧", QuietHours(23, 7))],
)  # fmt: skip
def test_windows_are_read_as_people_type_them(typed: str, window: QuietHours) -> None:
    assert parse_quiet(typed) == window
    assert parse_quiet(str(window)) == window  # the stored form reads back


@pytest.mark.parametrize("typed", ["", "23", "24-7", "7-7", "23-7-1", "23:30-7", "a-b", "-3-4"])
def test_anything_else_is_no_window(typed: str) -> None:
    assert parse_quiet(typed) is None


def test_a_window_over_midnight_covers_the_night_in_the_chat_s_zone() -> None:
    night = QuietHours(23, 7)
    assert night.covers(RIYADH, at(RIYADH, 2026, 3, 1, 23, 0))
    assert night.covers(RIYADH, at(RIYADH, 2026, 3, 2, 6, 59))
    assert not night.covers(RIYADH, at(RIYADH, 2026, 3, 2, 7, 0))
    assert not night.covers(RIYADH, at(RIYADH, 2026, 3, 1, 22, 59))
    # 23:30 in Riyadh is 20:30 UTC: the chat's zone decides, not UTC.
    assert not night.covers(ZoneInfo("UTC"), at(RIYADH, 2026, 3, 1, 23, 30))


def test_a_window_within_one_day() -> None:
    lunch = QuietHours(13, 15)
    assert lunch.covers(RIYADH, at(RIYADH, 2026, 3, 1, 14, 0))
    assert not lunch.covers(RIYADH, at(RIYADH, 2026, 3, 1, 15, 0))
    assert not lunch.covers(RIYADH, at(RIYADH, 2026, 3, 1, 2, 0))


def test_held_alerts_wait_for_the_next_end_of_the_window() -> None:
    night = QuietHours(23, 7)
    assert night.ends_after(RIYADH, at(RIYADH, 2026, 3, 1, 23, 30)) == at(RIYADH, 2026, 3, 2, 7, 0)
    assert night.ends_after(RIYADH, at(RIYADH, 2026, 3, 2, 3, 0)) == at(RIYADH, 2026, 3, 2, 7, 0)
    # The night the clocks go forward in Berlin (29 March 2026) still ends at 07:00 local.
    end = night.ends_after(BERLIN, at(BERLIN, 2026, 3, 29, 1, 30))
    assert datetime.fromtimestamp(end, BERLIN).hour == 7
