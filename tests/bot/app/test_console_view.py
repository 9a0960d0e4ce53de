"""How console mode prints an alert."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.app.console_view import SUMMARY_CHARS, ConsoleStyle, render_alert
from bot.article import Article
from bot.match.matcher import Hit, MatchIndex

PLAIN = ConsoleStyle(color=False, timezone=ZoneInfo("Asia/Riyadh"))


def article(summary: str) -> Article:
    return Article(
        id="a1", feed_id="f", feed_name="فرانس 24", link="https://x.example/1",
        title="مباحثات روسية تركية في أنقرة", summary=summary,
        published=datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
    )  # fmt: skip


def hits_for(item: Article, *terms: str) -> list[Hit]:
    index = MatchIndex()
    for term in terms:
        index.add(term)
    return index.match(item)


def test_alert_shows_terms_highlights_source_time_and_link() -> None:
    item = article("التقى الوزيران وبحثا ملف الحبوب.")
    text = render_alert(item, hits_for(item, "روسيا"), PLAIN)
    lines = text.splitlines()
    assert lines[1] == "🔔 روسيا"
    assert lines[2] == "مباحثات **روسية** تركية في أنقرة"
    assert lines[3] == "التقى الوزيران وبحثا ملف الحبوب."
    assert lines[4] == "📰 فرانس 24 · 2026-03-01 12:00 +03"
    assert lines[5] == "🔗 https://x.example/1"


def test_long_summary_is_clipped_around_the_match() -> None:
    filler = "كلام عام لا يخص الموضوع. " * 40
    item = article(filler + "وقالت موسكو إن الرئيس الروسي سيزور الصين." + filler)
    text = render_alert(item, hits_for(item, "روسيا"), PLAIN)
    summary = text.splitlines()[3]
    assert "**الروسي**" in summary
    assert summary.startswith("…")
    assert summary.endswith("…")
    assert len(summary) <= SUMMARY_CHARS + 2 + 4  # two ellipses, one pair of **


def test_tty_style_uses_ansi_bold() -> None:
    item = article("")
    style = ConsoleStyle(color=True, timezone=ZoneInfo("UTC"))
    assert "\033[1mروسية\033[0m" in render_alert(item, hits_for(item, "روسيا"), style)
