"""How console mode shows an alert in a terminal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.article import Article
from bot.match.highlight import clip_around, mark
from bot.match.matcher import Hit

SUMMARY_CHARS = 220
RULE = "─" * 60


@dataclass(frozen=True, slots=True)
class ConsoleStyle:
    """Terminal presentation: ANSI bold on a TTY, **stars** elsewhere.

    Not «»: Arabic news text uses guillemets for quotations itself.
    """

    color: bool
    timezone: ZoneInfo

    def strong(self, text: str) -> str:
        """Emphasize a matched stretch of text."""
        return f"\033[1m{text}\033[0m" if self.color else f"**{text}**"


def _field_spans(hits: Sequence[Hit], field: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for hit in hits for s in hit.spans if s.field == field]


def render_alert(article: Article, hits: Sequence[Hit], style: ConsoleStyle) -> str:
    """Return the lines console mode prints for one article."""
    terms = " · ".join(hit.term for hit in hits)
    summary, spans = clip_around(article.summary, _field_spans(hits, "summary"), SUMMARY_CHARS)
    lines = [
        RULE,
        f"🔔 {terms}",
        mark(article.title, _field_spans(hits, "title"), style.strong),
    ]
    if summary:
        lines.append(mark(summary, spans, style.strong))
    when = ""
    if article.published is not None:
        when = " · " + article.published.astimezone(style.timezone).strftime("%Y-%m-%d %H:%M %Z")
    lines.append(f"📰 {article.feed_name}{when}")
    if article.link:
        lines.append(f"🔗 {article.link}")
    return "\n".join(lines)
