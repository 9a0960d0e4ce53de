"""/feeds for a phone: one short block per feed, its health in words, in the admin's language.

Pure: rows and the time in, Telegram HTML out. The wide column table stays for the
terminal (`rasd feeds list`, bot/store/feed_table.py); both read the same FeedRow.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.count_phrase import (
    ARTICLE,
    ATTEMPT,
    DAY,
    FEED,
    HOUR,
    MINUTE,
    PAGE,
    SECOND,
    count_phrase,
)
from bot.lang import Lang
from bot.store.feed_table import FeedRow, status
from feeds.errors import Reason
from feeds.intervals import items_per_day
from handlers.texts import isolate, reason_words, text

MESSAGE_CHARS = 3800  # room under Telegram's 4,096 characters
REASON_CHARS = 300  # a reason leads with what went wrong, so its end can go
EMOJI = {"ok": "🟢", "new": "⚪", "warning": "🟡", "failing": "🔴", "disabled": "⛔"}
_UNITS = ((86_400, DAY), (3600, HOUR), (60, MINUTE), (1, SECOND))


def span(seconds: float, lang: Lang) -> str:
    """Return a duration in its largest whole unit, «5 دقائق», "2 hours" (after a preposition)."""
    # Truncated, so 59 min 59 s reads 59 minutes, never a rounded-up hour.
    seconds = max(seconds, 0)
    for size, noun in _UNITS:
        if seconds >= size or size == 1:
            return count_phrase(int(seconds // size), noun, lang, "oblique")
    raise AssertionError("the last unit takes any duration")  # pragma: no cover


def _reason(key: str, reason: Reason | None, lang: Lang) -> str | None:
    if reason is None:
        return None
    words = reason_words(reason, lang)
    if len(words) > REASON_CHARS:
        words = words[: REASON_CHARS - 1] + "…"
    return text(key, lang, reason=words)


def _condition(row: FeedRow, now: float, lang: Lang) -> str:
    state = row.state
    condition = status(state)
    if condition == "disabled":
        since = span(now - (state.disabled_at or now), lang)
        return text("feed_off", lang, since=since, feed_id=row.record.feed.id)
    if condition == "failing":
        since = span(now - (state.failing_since or now), lang)
        attempts = count_phrase(state.failures, ATTEMPT, lang)
        return text("feed_failing", lang, since=since, attempts=attempts)
    return text(f"feed_{condition}", lang)


def _timing(row: FeedRow, now: float, lang: Lang) -> list[str]:
    state, parts = row.state, []
    if state.last_success is not None:
        parts.append(text("feed_last_ok", lang, ago=span(now - state.last_success, lang)))
    elif state.last_attempt is not None:
        parts.append(text("feed_never_ok", lang))
    if not state.disabled and row.due is not None:
        wait = row.due - now
        next_read = text("feed_next", lang, wait=span(wait, lang)) if wait > 0 else None
        parts.append(next_read or text("feed_next_now", lang))
    rate = items_per_day(state.items_new, state.primed, now)
    if rate is not None:
        per_day = round(rate)
        parts.append(
            text("feed_rate", lang, articles=count_phrase(per_day, ARTICLE, lang, "oblique"))
            if per_day >= 1
            else text("feed_rate_low", lang)
        )
    return parts


def feed_card(row: FeedRow, now: float, lang: Lang) -> str:
    """Return one feed's block: status and name, its condition and timing, and why."""
    state, feed = row.state, row.record.feed
    head = text(
        "feed_card_head", lang,
        emoji=EMOJI[status(state)], name=isolate(" ".join(feed.name.split())), feed_id=feed.id,
    )  # fmt: skip
    lines = [head, " · ".join([_condition(row, now, lang), *_timing(row, now, lang)])]
    if state.disabled:
        why = _reason("feed_why", state.disabled, lang)
    elif state.failures:
        why = _reason("feed_why", state.last_error, lang)
    else:
        why = _reason("feed_note", state.problem, lang)
    if why:
        lines.append(why)
    if feed.full_text:
        lines.append(_pages(row, lang))
    return "\n".join(lines)


def _pages(row: FeedRow, lang: Lang) -> str:
    """A full-text feed's pages: how many were read, and why the last failure failed."""
    state = row.state
    total = state.pages_read + state.pages_failed
    if not total:
        return text("feed_pages_none", lang)
    if not state.pages_failed:
        return text("feed_pages_ok", lang, pages=count_phrase(total, PAGE, lang))
    reason = reason_words(state.page_error, lang) if state.page_error else "?"
    failed = count_phrase(state.pages_failed, PAGE, lang, "oblique")
    return text("feed_pages_failed", lang, failed=failed, total=total, reason=reason[:REASON_CHARS])


def feeds_head(rows: Sequence[FeedRow], lang: Lang) -> str:
    """Return the line above the cards: how many feeds, and how many in each condition."""
    conditions = [status(row.state) for row in rows]
    return text(
        "feeds_head", lang,
        feeds=count_phrase(len(rows), FEED, lang),
        ok=conditions.count("ok") + conditions.count("new"),
        warning=conditions.count("warning"),
        failing=conditions.count("failing"),
        off=conditions.count("disabled"),
    )  # fmt: skip


def messages(blocks: Iterable[str], limit: int = MESSAGE_CHARS) -> list[str]:
    """Join blocks with blank lines into as few messages under the limit as they fit."""
    out: list[str] = []
    for block in blocks:
        if out and len(out[-1]) + 2 + len(block) <= limit:
            out[-1] += "\n\n" + block
        else:
            out.append(block)
    return out


def feed_messages(rows: Sequence[FeedRow], now: float, lang: Lang) -> list[str]:
    """Return /feeds as messages: the summary line, then a block per feed, failing first."""
    order = {"disabled": 0, "failing": 1, "warning": 2, "new": 3, "ok": 4}
    ranked = sorted(rows, key=lambda row: order[status(row.state)])
    return messages([feeds_head(rows, lang), *(feed_card(row, now, lang) for row in ranked)])
