"""The feed health table, as plain text columns: pure formatting, no I/O."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from feeds.intervals import items_per_day
from feeds.state import FeedState
from feeds.store import FeedRecord

HEADERS = (
    "ID", "NAME", "STATUS", "EVERY", "NEXT", "LAST OK", "FAILS", "ITEMS", "PER DAY", "NOTE",
)  # fmt: skip
_NOTE_WIDTH = 90


@dataclass(frozen=True, slots=True)
class FeedRow:
    """One feed with its state, as the table shows it."""

    record: FeedRecord
    state: FeedState
    due: float | None = None  # next poll time; None when not scheduled


def status(state: FeedState) -> str:
    """Name the feed's condition in one word."""
    if state.disabled:
        return "disabled"
    if state.failures:
        return "failing"
    if state.last_success is None:
        return "new"
    return "warning" if state.problem else "ok"


def duration(seconds: float) -> str:
    """Return a short human duration: 45s, 12m, 3h, 2d."""
    # Truncated, so 59 min 59 s reads 59m, never a rounded-up 60m.
    for size, unit in ((86_400, "d"), (3600, "h"), (60, "m")):
        if seconds >= size:
            return f"{int(seconds // size)}{unit}"
    return f"{int(seconds)}s"


def _ago(moment: float | None, now: float) -> str:
    return "never" if moment is None else f"{duration(max(now - moment, 0))} ago"


def _every(seconds: float | None) -> str:
    return duration(seconds) if seconds else "-"


def _next(row: FeedRow, now: float) -> str:
    if row.state.disabled or row.due is None:
        return "off" if row.state.disabled else "-"
    return "now" if row.due <= now else f"in {duration(row.due - now)}"


def _pages(state: FeedState) -> str:
    """Say how a full-text feed's item pages fared, when some failed."""
    if not state.pages_failed:
        return ""
    total = state.pages_read + state.pages_failed
    return f"pages: {state.pages_failed} of {total} failed, last: {state.page_error or '?'}"


def _note(state: FeedState) -> str:
    if state.disabled:
        note = f"switched off: {state.disabled}"
    elif state.failures:
        note = str(state.last_error or "")
    else:
        note = "; ".join(part for part in (str(state.problem or ""), _pages(state)) if part)
    note = _one_line(note)
    return note if len(note) <= _NOTE_WIDTH else note[: _NOTE_WIDTH - 1] + "…"


def _one_line(text: str) -> str:
    """Collapse newlines and tabs, which would break the row, into single spaces."""
    return " ".join(text.split())


def row_cells(row: FeedRow, now: float) -> tuple[str, ...]:
    """Return one table row's cells."""
    state, feed = row.state, row.record.feed
    rate = items_per_day(state.items_new, state.primed, now)
    return (
        feed.id,
        _one_line(feed.name) + (" [full text]" if feed.full_text else ""),
        status(state),
        _every(state.interval or feed.interval),
        _next(row, now),
        _ago(state.last_success, now),
        str(state.failures),
        str(state.items_seen),
        "-" if rate is None else f"{rate:.1f}",
        _note(state),
    )


def screen_width(text: str) -> int:
    """Return how many terminal cells the text takes.

    Combining marks (Arabic harakat) and format characters (direction marks) take
    none, wide characters (emoji, CJK) two, so columns line up on screen, not in len().
    """
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _pad(cell: str, width: int) -> str:
    return cell + " " * (width - screen_width(cell))


def render_table(rows: Sequence[FeedRow], now: float) -> str:
    """Return the health table with aligned columns."""
    cells = [HEADERS, *(row_cells(row, now) for row in rows)]
    widths = [max(screen_width(line[column]) for line in cells) for column in range(len(HEADERS))]
    lines = [
        "  ".join(_pad(cell, width) for cell, width in zip(line, widths, strict=True))
        for line in cells
    ]
    return "\n".join(line.rstrip() for line in lines)
