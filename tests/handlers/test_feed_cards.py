"""The /feeds blocks: durations in words, and messages that stay under Telegram's limit."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.lang import Lang
from bot.store.feed_table import FeedRow
from feeds.errors import Reason
from feeds.feed import Feed
from feeds.state import FeedState
from feeds.store import FeedRecord
from handlers.feed_cards import feed_card, messages, span

NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    ("seconds", "lang", "expected"),
    [
        pytest.param(0, "ar", "0 ثانية", id="nothing"),
        pytest.param(1, "ar", "ثانية واحدة", id="one second"),
        pytest.param(45, "ar", "45 ثانية", id="seconds"),
        pytest.param(120, "ar", "دقيقتين", id="two minutes, after قبل or بعد"),
        pytest.param(300, "ar", "5 دقائق", id="five minutes"),
        pytest.param(3599, "ar", "59 دقيقة", id="cut down, never rounded up to an hour"),
        pytest.param(7200, "ar", "ساعتين", id="two hours"),
        pytest.param(11 * 86_400, "ar", "11 يومًا", id="eleven days"),
        pytest.param(-5, "ar", "0 ثانية", id="a clock step back"),
        pytest.param(3600, "en", "1 hour", id="english one"),
        pytest.param(3 * 86_400, "en", "3 days", id="english many"),
    ],
)
def test_span_names_the_largest_whole_unit(seconds: float, lang: Lang, expected: str) -> None:
    assert span(seconds, lang) == expected


def test_blocks_are_packed_into_messages_under_the_limit_and_never_split() -> None:
    blocks = [f"<b>مصدر {n}</b>\n" + "س" * 90 for n in range(100)]
    packed = messages(blocks, limit=1000)
    assert len(packed) > 1 and all(len(message) <= 1000 for message in packed)
    assert "\n\n".join(packed) == "\n\n".join(blocks)


def full_text_row(**fields: object) -> FeedRow:
    record = FeedRecord(
        feed=Feed.from_url("https://a.example/rss", "صحيفة", full_text=True),
        origin="added",
        added_at=NOW - 86_400,
    )
    base = FeedState.from_hash({"last_attempt": str(NOW - 60), "last_success": str(NOW - 60)})
    return FeedRow(record, replace(base, **fields))  # type: ignore[arg-type]


def test_a_full_text_feed_card_says_how_its_pages_went_in_the_admins_language() -> None:
    assert "📄 نص كامل: لم تُقرأ صفحة بعد" in feed_card(full_text_row(), NOW, "ar")
    fine = full_text_row(pages_read=10)
    assert "📄 نص كامل: قُرئت 10 صفحات دون خطأ" in feed_card(fine, NOW, "ar")
    assert "📄 Full text: 10 pages read, none failed" in feed_card(fine, NOW, "en")
    failing = full_text_row(
        pages_read=8, pages_failed=2, page_error=Reason.of("page_http", status=404)
    )
    assert (
        "📄 نص كامل: تعذّرت قراءة صفحتين من أصل 10، وآخر سبب: أجابت الصفحة بـ HTTP 404"
        in feed_card(failing, NOW, "ar")
    )
    assert (
        "📄 Full text: 2 pages of 10 could not be read; the last: the page answered HTTP 404"
        in feed_card(failing, NOW, "en")
    )


def test_a_plain_feed_card_says_nothing_of_pages() -> None:
    feed = Feed.from_url("https://b.example/rss", "أخرى")
    record = FeedRecord(feed=feed, origin="added", added_at=NOW - 86_400)
    plain = FeedRow(record, FeedState.from_hash({"last_success": str(NOW - 60)}))
    assert "📄" not in feed_card(plain, NOW, "ar")
