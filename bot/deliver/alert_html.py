"""An alert as a Telegram HTML message: the headline and excerpt with the matches in bold.

The message: the terms that matched; the title with the matched words bold;
one or two whole sentences of the summary, or of the body when only the body
shows them, around the matches the title does not show (the summary's first
sentences when only the title matched; a first sentence that repeats the title
is skipped), chosen so each term shows where the length allows, with the
matches bold; the source; the publication time in the chat's zone; the link.

Pure: no network, no Redis, no clock. Every piece of article text is escaped;
the only tags produced are <b> and <a href>, so the message always parses.
Arabic messages start each line with a right-to-left mark so Telegram lays
them out right to left even when a line starts with an emoji or a Latin word.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from html.parser import HTMLParser
from urllib.parse import urlsplit

from bot.article import Article
from bot.lang import Lang
from bot.match.highlight import clip_around, mark
from bot.match.matcher import Hit
from bot.match.normalize import tokenize
from bot.match.sentences import Excerpt, excerpt_showing, sentences

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
        "also": "وأيضًا: {outlets}",
        "comma": "، ",
    },
    "en": {
        "terms": "🔔 Alert: {terms}",
        "more": "and {count} more",
        "source": "📰 Source: {name}",
        "time": "🕒 {time}",
        "link": "🔗 {link}",
        "read": "Read the article",
        "also": "also: {outlets}",
        "comma": ", ",
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


def escape(text: str) -> str:
    """Escape text for Telegram HTML (quotes need no escaping outside attributes)."""
    return html.escape(text, quote=False)


def one_line(text: str) -> str:
    """Replace line breaks and other control characters by spaces, one for one."""
    return text.translate(_BLANKS)


def bold(text: str) -> str:
    """Wrap already escaped text in <b>."""
    return f"<b>{text}</b>"


def format_time(published: datetime, zone: tzinfo, pattern: str = "%Y-%m-%d %H:%M %Z") -> str:
    """Return a publication time as the chat reads it: in its zone; a naive time is UTC."""
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    return published.astimezone(zone).strftime(pattern).strip()


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


def marked(text: str, spans: Sequence[tuple[int, int]], limit: int) -> str:
    """Return one line of text, clipped around its first span to `limit`, spans bold, escaped."""
    clipped, kept = clip_around(one_line(text), spans, limit)
    return mark(clipped, kept, bold, escape)


def _summary_begin(title: str, summary: str) -> int:
    """Return where the summary's news starts: after a first sentence that repeats the title."""
    found = sentences(summary)
    if not found:
        return 0
    first = found[0]
    words = [token.text for token in tokenize(summary[first.start : first.end])]
    return first.end if words and words == [token.text for token in tokenize(title)] else 0


def _excerpt(article: Article, hits: Sequence[Hit], limit: int) -> str:
    """Return the sentences around the matches, from the teaser or the body, bold, escaped.

    The terms the title does not show come first: the teaser's or the body's
    sentences that show most of them win, the teaser on a tie. With every term
    in the title, the teaser's first sentences (or the body's, without a teaser).
    """
    if limit <= 0:
        return ""
    shown_in_title = [any(span.field == "title" for span in hit.spans) for hit in hits]
    order = sorted(range(len(hits)), key=shown_in_title.__getitem__)
    needed = shown_in_title.count(False)
    best: tuple[Excerpt, int] | None = None
    for field, text in (("summary", article.summary), ("body", article.body)):
        if not text.strip():
            continue
        groups = [[(s.start, s.end) for s in hits[i].spans if s.field == field] for i in order]
        begin = _summary_begin(article.title, text)
        found = excerpt_showing(text, groups, limit, begin=begin, needed=needed)
        if best is None or found[1] > best[1]:
            best = found
    if best is None:
        return ""
    text, kept = best[0]
    return mark(one_line(text), kept, bold, escape)


def _terms(hits: Sequence[Hit], budget: int, lang: Lang) -> str:
    shown: list[str] = []
    used = 0
    for hit in hits:
        term = hit.term.translate(_BLANKS)
        if shown and used + len(term) > budget:
            break
        shown.append(escape(term[:budget]))
        used += len(term) + 3
    text = " · ".join(shown)
    if len(shown) < len(hits):
        text += " " + LABELS[lang]["more"].format(count=len(hits) - len(shown))
    return text


def _render(article: Article, hits: Sequence[Hit], lang: Lang, zone: tzinfo, cap: Budget) -> str:
    labels = LABELS[lang]
    lines = [labels["terms"].format(terms=_terms(hits, cap.terms, lang))]
    title = marked(article.title, _field_spans(hits, "title"), cap.title)
    if title.strip():
        lines.append(title)
    summary = _excerpt(article, hits, cap.summary)
    if summary.strip():
        lines.append(summary)
    name = clip_around(one_line(article.feed_name), (), cap.source)[0]
    if name.strip():
        lines.append(labels["source"].format(name=escape(name)))
    if article.published is not None:
        when = format_time(article.published, zone)
        lines.append(labels["time"].format(time=escape(when)))
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


def with_outlets(text: str, outlets: Sequence[tuple[str, str]], *, lang: Lang) -> str:
    """Return a sent alert with the other outlets that carry its story added to its source line.

    «📰 المصدر: BBC عربي · وأيضًا: سكاي نيوز عربية، فرانس 24», each outlet a link
    to its article (just its name when the link is not a safe http(s) URL). An
    alert without a source line gets the outlets on a line of their own. Kept
    within Telegram's limit: links are dropped first, then names, from the last.
    """
    labels = LABELS[lang]
    lines = text.split("\n")
    source_start = labels["source"].split("{", 1)[0]
    at = next(
        (i for i in range(len(lines) - 1, -1, -1) if lines[i].lstrip(RLM).startswith(source_start)),
        None,
    )
    for linked, count in [(True, len(outlets)), *((False, n) for n in range(len(outlets), 0, -1))]:
        names = [_outlet(name, link if linked else "") for name, link in outlets[:count]]
        also = labels["also"].format(outlets=labels["comma"].join(names))
        if count < len(outlets):
            also += " " + labels["more"].format(count=len(outlets) - count)
        edited = list(lines)
        if at is None:
            edited.append(("📰 " if lang == "en" else RLM + "📰 ") + also)
        else:
            edited[at] = f"{lines[at]} · {also}"
        message = "\n".join(edited)
        if utf16_len(message) <= MAX_MESSAGE:
            return message
    return text


def _outlet(name: str, link: str) -> str:
    shown = escape(clip_around(one_line(name), (), 60)[0])
    href = safe_link(link)
    return f'<a href="{href}">{shown}</a>' if href else shown


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
