"""The feed health table that `rasd feeds list` prints: statuses, durations, columns."""

from __future__ import annotations

import pytest

from bot.store.feed_table import (
    HEADERS,
    FeedRow,
    duration,
    render_table,
    row_cells,
    screen_width,
    status,
)
from feeds.errors import Reason, short_url
from feeds.feed import Feed
from feeds.state import FeedState
from feeds.store import FeedRecord

NOW = 1_780_000_000.0
HOUR = 3600.0
DAY = 86_400.0


def state(**fields: object) -> FeedState:
    """Build a state as it would be read back from its Redis hash."""
    return FeedState.from_hash({name: str(value) for name, value in fields.items()})


def row(name: str, url: str, due: float | None = None, **fields: object) -> FeedRow:
    record = FeedRecord(feed=Feed.from_url(url, name), origin="added", added_at=NOW - DAY)
    return FeedRow(record, state(**fields), due)


def cell(table_row: FeedRow, header: str) -> str:
    return row_cells(table_row, NOW)[HEADERS.index(header)]


@pytest.mark.parametrize(
    ("text", "width"),
    [("رصد", 3), ("كُتِبَ", 3), ("\u200fرصد", 3), ("🔔 خبر", 6), ("abc", 3), ("", 0)],
)
def test_screen_width_counts_what_the_terminal_shows(text: str, width: int) -> None:
    assert screen_width(text) == width


def column_starts(line: str, *cells: str) -> list[int]:
    """Screen column at which each given cell starts in a table line, left to right."""
    starts, position = [], 0
    for text in cells:
        position = line.index(text, position)
        starts.append(screen_width(line[:position]))
        position += len(text)
    return starts


# --- status -----------------------------------------------------------------


def test_a_feed_never_polled_is_new() -> None:
    assert status(state()) == "new"


def test_a_good_last_poll_is_ok() -> None:
    assert status(state(last_success=NOW - 60)) == "ok"


def test_a_good_poll_with_a_problem_is_a_warning() -> None:
    fields = {"last_success": NOW - 60, "problem": "الموجز غير صالح في السطر 12"}
    assert status(state(**fields)) == "warning"


def test_failures_in_a_row_make_it_failing_even_after_earlier_success() -> None:
    assert status(state(failures=3, last_success=NOW - DAY, last_error="انتهت المهلة")) == (
        "failing"
    )
    assert status(state(failures=1)) == "failing"


def test_a_switched_off_feed_is_disabled_whatever_else_it_says() -> None:
    fields = {"disabled": "فشل لمدة يومين", "failures": 40, "last_success": NOW - 3 * DAY}
    assert status(state(**fields)) == "disabled"


def test_a_success_after_failures_is_ok_again() -> None:
    # FeedStates.success deletes `failures`; what is left reads as a healthy feed.
    assert status(state(last_success=NOW, last_error="رفض الاتصال", failures=0)) == "ok"


# --- durations ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "0s"),
        (45, "45s"),
        (59, "59s"),
        (60, "1m"),
        (12 * 60, "12m"),
        (HOUR, "1h"),
        (3 * HOUR, "3h"),
        (DAY, "1d"),
        (2 * DAY, "2d"),
        (30 * DAY, "30d"),
    ],
)
def test_duration_uses_the_largest_whole_unit(seconds: float, shown: str) -> None:
    assert duration(seconds) == shown


def test_row_shows_interval_last_success_and_counts() -> None:
    fields = {"interval": 900, "last_success": NOW - 2 * HOUR, "items_seen": 57}
    ok = row("الجزيرة", "https://aljazeera.example/rss", **fields)
    assert cell(ok, "EVERY") == "15m"
    assert cell(ok, "LAST OK") == "2h ago"
    assert cell(ok, "FAILS") == "0"
    assert cell(ok, "ITEMS") == "57"
    assert cell(ok, "ID") == ok.record.feed.id
    assert cell(ok, "NAME") == "الجزيرة"


def test_row_of_a_new_feed_says_never_and_no_interval() -> None:
    fresh = row("العربية", "https://alarabiya.example/rss")
    assert cell(fresh, "STATUS") == "new"
    assert cell(fresh, "EVERY") == "-"
    assert cell(fresh, "LAST OK") == "never"
    assert cell(fresh, "NOTE") == ""


# --- next poll ------------------------------------------------------------------


def test_next_poll_is_now_when_due_and_counts_down_otherwise() -> None:
    url = "https://aljazeera.example/rss"
    assert cell(row("الجزيرة", url, due=NOW - 5), "NEXT") == "now"
    assert cell(row("الجزيرة", url, due=NOW), "NEXT") == "now"
    assert cell(row("الجزيرة", url, due=NOW + 300), "NEXT") == "in 5m"
    assert cell(row("الجزيرة", url, due=NOW + 2 * HOUR), "NEXT") == "in 2h"


def test_next_poll_of_a_disabled_feed_is_off_and_of_an_unscheduled_one_a_dash() -> None:
    url = "https://aljazeera.example/rss"
    assert cell(row("الجزيرة", url, due=None, disabled="لا يرد"), "NEXT") == "off"
    assert cell(row("الجزيرة", url, due=NOW + 60, disabled="لا يرد"), "NEXT") == "off"
    assert cell(row("الجزيرة", url, due=None), "NEXT") == "-"


# --- items per day -------------------------------------------------------------


def test_items_per_day_is_a_dash_before_the_first_poll() -> None:
    assert cell(row("سكاي نيوز عربية", "https://sky.example/rss"), "PER DAY") == "-"


def test_items_per_day_is_a_dash_within_the_first_hour() -> None:
    young = row("سكاي نيوز عربية", "https://sky.example/rss", primed=NOW - 59 * 60, items_new=40)
    assert cell(young, "PER DAY") == "-"


def test_items_per_day_counts_new_items_since_the_first_poll() -> None:
    week = row("بي بي سي عربي", "https://bbc.example/rss", primed=NOW - 2 * DAY, items_new=31)
    assert cell(week, "PER DAY") == "15.5"
    hour = row("بي بي سي عربي", "https://bbc.example/rss", primed=NOW - HOUR, items_new=2)
    assert cell(hour, "PER DAY") == "48.0"


# --- notes ------------------------------------------------------------------------


def test_note_of_a_disabled_feed_gives_the_reason() -> None:
    off = row("الشرق", "https://asharq.example/rss", disabled="المضيف لا يرد منذ يومين")
    assert cell(off, "NOTE") == "switched off: المضيف لا يرد منذ يومين"


def test_note_of_a_failing_feed_is_the_last_error() -> None:
    failing = row("الشرق", "https://asharq.example/rss", failures=2, last_error="رمز 503 من الخادم")
    assert cell(failing, "NOTE") == "رمز 503 من الخادم"


def test_note_of_a_warning_is_the_problem() -> None:
    warned = row("الشرق", "https://asharq.example/rss", last_success=NOW, problem="ترميز غير معلن")
    assert cell(warned, "NOTE") == "ترميز غير معلن"


def test_long_note_is_cut_with_an_ellipsis() -> None:
    error = "تعذر تحليل الموجز لأن الخادم أعاد صفحة خطأ بدلا من ملف آر إس إس " * 4
    failing = row("الشرق", "https://asharq.example/rss", failures=1, last_error=error)
    note = cell(failing, "NOTE")
    assert len(error) > 90
    assert len(note) == 90
    assert note.endswith("…")
    assert error.startswith(note[:-1])


def test_a_note_cut_to_fit_still_says_why_a_redirect_failed() -> None:
    long_url = "https://news.example/" + "tracking-" * 20
    blocked = Reason.of("private_resolved", host="news.example", address="10.0.0.7")
    error = Reason.of("redirected", blocked, url=short_url(long_url))
    failing = row("الشرق", "https://asharq.example/rss", failures=1, last_error=error)
    assert cell(failing, "NOTE").startswith("private or local address: news.example resolves to")


def test_note_of_exactly_the_limit_is_kept_whole() -> None:
    error = ("خطأ " * 30)[:90]
    failing = row("الشرق", "https://asharq.example/rss", failures=1, last_error=error)
    assert cell(failing, "NOTE") == error


# --- the whole table -----------------------------------------------------------------


def test_table_has_a_header_and_one_line_per_feed_in_order() -> None:
    rows = [
        row("الجزيرة", "https://aljazeera.example/rss", last_success=NOW - 60),
        row("فرانس 24", "https://france24.example/rss"),
    ]
    lines = render_table(rows, NOW).splitlines()
    assert len(lines) == 3
    assert " ".join(lines[0].split()) == (
        "ID NAME STATUS EVERY NEXT LAST OK FAILS ITEMS PER DAY NOTE"
    )
    assert "الجزيرة" in lines[1]
    assert "ok" in lines[1]
    assert "فرانس 24" in lines[2]
    assert "new" in lines[2]
    assert all(line == line.rstrip() for line in lines)


def test_columns_line_up_with_arabic_names_of_different_lengths() -> None:
    rows = [
        row("ق", "https://q.example/rss", NOW + 240, last_success=NOW - 60, interval=300),
        row(
            "سكاي نيوز عربية - عاجل",
            "https://sky.example/rss",
            NOW + 3 * HOUR,
            failures=12,
            last_error="انتهت المهلة",
            interval=86_400,
        ),
        row("الشرق الأوسط", "https://aawsat.example/rss", disabled="لا يرد"),
    ]
    lines = render_table(rows, NOW).splitlines()
    header = column_starts(lines[0], "NAME", "STATUS", "EVERY", "NEXT", "LAST OK", "FAILS", "NOTE")
    starts = [
        column_starts(lines[1], "ق", "ok", "5m", "in 4m", "1m ago", "0"),
        column_starts(lines[2], "سكاي نيوز عربية - عاجل", "failing", "1d", "in 3h", "never", "12"),
        column_starts(lines[3], "الشرق الأوسط", "disabled", "-", "off", "never", "0"),
    ]
    for line_starts in starts:
        assert line_starts == header[:6]
    assert column_starts(lines[2], "انتهت المهلة") == [header[6]]
    assert column_starts(lines[3], "switched off: لا يرد") == [header[6]]


def test_columns_line_up_when_names_carry_diacritics_and_direction_marks() -> None:
    """Harakat and the right-to-left mark take no room on screen; padding must not count them."""
    rows = [
        row("الجَزِيرَة مُبَاشِر", "https://aljazeera.example/live", last_success=NOW - 60),
        row("\u200fالعربية", "https://alarabiya.example/rss"),
        row("الحدث", "https://alhadath.example/rss", failures=1, last_error="رفض"),
        row("📰 عاجل", "https://breaking.example/rss", disabled="لا يرد"),
    ]
    lines = render_table(rows, NOW).splitlines()
    header = column_starts(lines[0], "NAME", "STATUS", "EVERY")
    assert column_starts(lines[1], "الجَزِيرَة مُبَاشِر", "ok", "-") == header
    assert column_starts(lines[2], "\u200fالعربية", "new", "-") == header
    assert column_starts(lines[3], "الحدث", "failing", "-") == header
    assert column_starts(lines[4], "📰 عاجل", "disabled", "-") == header


def test_an_empty_table_is_just_the_header() -> None:
    assert render_table([], NOW) == "  ".join(HEADERS)


def test_a_name_or_note_spanning_lines_stays_on_its_row() -> None:
    rows = [
        row("أخبار\nعاجلة", "https://breaking.example/rss", failures=1, last_error="سطر\n\tثان"),
        row("الحدث", "https://alhadath.example/rss"),
    ]
    lines = render_table(rows, NOW).splitlines()
    assert len(lines) == 3
    assert cell(rows[0], "NAME") == "أخبار عاجلة"
    assert lines[1].endswith("سطر ثان")
    header = column_starts(lines[0], "NAME", "STATUS")
    assert column_starts(lines[1], "أخبار عاجلة", "failing") == header
    assert column_starts(lines[2], "الحدث", "new") == header


def test_a_full_text_feed_is_marked_and_its_failing_pages_noted() -> None:
    record = FeedRecord(
        feed=Feed.from_url("https://a.example/rss", "صحيفة", full_text=True),
        origin="added",
        added_at=NOW - DAY,
    )
    fine = FeedRow(record, state(last_success=NOW - 60, pages_read=9))
    assert cell(fine, "NAME") == "صحيفة [full text]"
    assert cell(fine, "NOTE") == ""
    failing = FeedRow(
        record,
        state(
            last_success=NOW - 60, pages_read=8, pages_failed=2,
            page_error=Reason.of("page_http", status=404),
        ),
    )  # fmt: skip
    assert cell(failing, "NOTE") == "pages: 2 of 10 failed, last: the page answered HTTP 404"
    assert status(failing.state) == "ok"  # the feed itself is fine; its items went on
