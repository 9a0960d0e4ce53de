"""An alert as a Telegram HTML message: the headline and excerpt with the matches in bold.

Pure: no network, no Redis, no clock. Every piece of article text is escaped;
the only tags produced are <b> and <a href>, so the message always parses.
Arabic messages start each line with a right-to-left mark so Telegram lays
them out right to left even when a line starts with an emoji or a Latin word.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, tzinfo
from html.parser import HTMLParser
from urllib.parse import urlsplit

from bot.article import Article
from bot.highlight import clip_around, mark
from bot.lang import Lang
from bot.matcher import Hit

MAX_MESSAGE = 4096
RLM = "\u200f"
MAX_HREF = 1500  # escaped; a longer link is left out rather than crowd out the text

# Control characters would break the layout (a newline in a title starts a
# line with no RLM); each is replaced by one space, so match offsets still hold.
_BLANKS = {code: " " for code in (*range(0x00, 0x20), 0x7F, 0x2028, 0x2029)}

LABELS: dict[Lang, dict[str, str]] = {
    "ar": {
        "terms": "🔔 تنبيه: {terms}",
        "more": "و{count} غيرها",
        "source": "📰 المصدر: {name}",
        "time": "🕒 {time}",
        "link": "🔗 {link}",
        "read": "اقرأ الخبر",
    },
    "en": {
        "terms": "🔔 Alert: {terms}",
        "more": "and {count} more",
        "source": "📰 Source: {name}",
        "time": "🕒 {time}",
        "link": "🔗 {link}",
        "read": "Read the article",
    },
}


@dataclass(frozen=True, slots=True)
class Budget:
    """How many characters of each piece of text an alert keeps."""

    title: int
    summary: int
    terms: int
    source: int


# Tried in order until the message fits; the last always fits, whatever the text.
BUDGETS = (
    Budget(title=300, summary=400, terms=400, source=100),
    Budget(title=150, summary=200, terms=150, source=60),
    Budget(title=60, summary=0, terms=40, source=40),
)


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def _bold(text: str) -> str:
    return f"<b>{text}</b>"


def safe_link(link: str) -> str | None:
    """Return the link's href, escaped, if it is an http(s) URL short enough to send."""
    link = link.strip()
    try:
        parts = urlsplit(link)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ord(c) < 0x20 or c.isspace() for c in link):
        return None
    href = html.escape(link, quote=True)
    return href if len(href) <= MAX_HREF else None


def _field_spans(hits: Sequence[Hit], field: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for hit in hits for s in hit.spans if s.field == field]


def _marked(text: str, spans: list[tuple[int, int]], limit: int) -> str:
    clipped, kept = clip_around(text.translate(_BLANKS), spans, limit)
    return mark(clipped, kept, _bold, _escape)


def _terms(hits: Sequence[Hit], budget: int, lang: Lang) -> str:
    shown: list[str] = []
    used = 0
    for hit in hits:
        term = hit.term.translate(_BLANKS)
        if shown and used + len(term) > budget:
            break
        shown.append(_escape(term[:budget]))
        used += len(term) + 3
    text = " · ".join(shown)
    if len(shown) < len(hits):
        text += " " + LABELS[lang]["more"].format(count=len(hits) - len(shown))
    return text


def _render(article: Article, hits: Sequence[Hit], lang: Lang, zone: tzinfo, cap: Budget) -> str:
    labels = LABELS[lang]
    lines = [labels["terms"].format(terms=_terms(hits, cap.terms, lang))]
    title = _marked(article.title, _field_spans(hits, "title"), cap.title)
    if title.strip():
        lines.append(title)
    summary = _marked(article.summary, _field_spans(hits, "summary"), cap.summary)
    if summary.strip():
        lines.append(summary)
    name = clip_around(article.feed_name.translate(_BLANKS), (), cap.source)[0]
    if name.strip():
        lines.append(labels["source"].format(name=_escape(name)))
    if article.published is not None:
        published = article.published
        if published.tzinfo is None:
            published = published.replace(tzinfo=UTC)
        when = published.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z").strip()
        lines.append(labels["time"].format(time=_escape(when)))
    href = safe_link(article.link)
    if href is not None:
        lines.append(labels["link"].format(link=f'<a href="{href}">{labels["read"]}</a>'))
    if lang == "ar":
        lines = [RLM + line for line in lines]
    return "\n".join(lines)


def utf16_len(text: str) -> int:
    """Return the length of text in UTF-16 code units, the unit Telegram's limit counts."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def render_alert(article: Article, hits: Sequence[Hit], *, lang: Lang, zone: tzinfo) -> str:
    """Return the alert for an article and the chat's hits, as Telegram HTML of at most 4096.

    The markup itself is kept within the limit, counted in UTF-16 like Telegram
    counts, so the text left once Telegram has parsed it is shorter still.
    """
    message = ""
    for cap in BUDGETS:
        message = _render(article, hits, lang, zone, cap)
        if utf16_len(message) <= MAX_MESSAGE:
            break
    return message


class _TextOnly(HTMLParser):
    """Collects the text of HTML, with each link's address after its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hrefs: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._hrefs.append(dict(attrs).get("href"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._hrefs:
            href = self._hrefs.pop()
            if href:
                self.parts.append(f": {href}")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Return Telegram HTML as plain text: tags dropped, entities decoded, links spelled out."""
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)
