"""Feed bytes to Articles; feedparser's structures never leave this module.

feeds.decoding turns the bytes into clean UTF-8 text before feedparser sees them, and
every problem is worded here, so that what an admin reads is Rasd's own, whatever
feedparser version is installed.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import re
import time
import xml.sax
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from bot.article import Article, cap_body
from feeds.canonical import canonical_link
from feeds.decoding import (
    XML_DECLARATION,
    Document,
    declares_entities,
    decode_document,
)
from feeds.errors import Reason
from feeds.feed import Feed
from feeds.text import html_to_text


@dataclass(frozen=True, slots=True)
class Entry:
    """An article plus the identity the seen-cache needs."""

    article: Article
    guid: str


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """What a feed document yielded, and what was wrong with it, if anything."""

    entries: tuple[Entry, ...]
    problem: Reason | None
    ttl_minutes: int | None


# A <ttl> above a week is nearly always a mistake (seconds written for minutes, or a
# "never" sentinel); obeying it would silence the feed, so it is ignored instead.
MAX_TTL_MINUTES = 7 * 24 * 60

# Start and end tags of an RSS item or Atom entry, with or without a namespace prefix.
_ENTRY_OPEN = re.compile(r"<(?:[\w.-]+:)?(?:item|entry)[\s>/]")
_ENTRY_CLOSE = re.compile(r"</(?:[\w.-]+:)?(?:item|entry)\s*>")

_SOURCE_SPACES = re.compile(r"\s+")
_HTML_MIME_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)

# feedparser flags these even when every entry decoded fine: they only say that the
# HTTP Content-Type was not an XML type, or that the declared charset was wrong and
# another one worked. Neither loses an item, so neither is worth a warning. (Rasd hands
# feedparser UTF-8 labelled as such, so they should not arise; this keeps it that way.)
_HARMLESS_BOZO = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)

# expat's words for the failures that reach an admin most often, made plainer.
_PLAIN_ERRORS = {
    "no element found": "the document ends before its tags are closed; it may be cut off",
    "unclosed token": "the document ends inside a tag; it may be cut off",
    "not well-formed (invalid token)": "invalid character or markup",
    "junk after document element": "text after the end of the feed",
}


def _run_feedparser(document: Document) -> Any:
    # Bytes go in as a stream: given bytes, feedparser first tries them as a file name
    # and would read a local file whose path a server sent as the response body.
    data = io.BytesIO(document.text.encode("utf-8", errors="replace"))
    headers = {"content-type": "application/xml; charset=utf-8"}
    return feedparser.parse(data, response_headers=headers, sanitize_html=True)


def _published(entry: Mapping[str, Any]) -> datetime | None:
    parsed: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _summary_markup(entry: Mapping[str, Any]) -> str:
    summary = entry.get("summary")
    if summary:
        return str(summary)
    for content in entry.get("content") or ():
        if content.get("value"):
            return str(content["value"])
    return ""


def _body(entry: Mapping[str, Any], summary: str) -> str:
    """Return the text of the entry's full content (RSS content:encoded, Atom <content>).

    Empty when there is none or it only repeats the summary (which then came from it).
    """
    for content in entry.get("content") or ():
        if content.get("value"):
            # Line breaks in HTML source are spaces; only block tags break lines.
            markup = _SOURCE_SPACES.sub(" ", str(content["value"]))
            text = cap_body(html_to_text(markup))
            return "" if text == summary else text
    return ""


def _link(feed: Feed, raw: Mapping[str, Any]) -> str:
    """Return the entry's absolute web link, or "" when it has none worth sending."""
    href = str(raw.get("link") or "").strip()
    if not href:
        return ""
    # feedparser turns a GUID into the link when the item has none; a GUID like "item-7"
    # is no address, so only an absolute one is taken.
    if raw.get("guidislink") and not urlsplit(href).scheme:
        return ""
    absolute = urljoin(feed.url, href) if feed.url.startswith(("http:", "https:")) else href
    if urlsplit(absolute).scheme.lower() not in ("http", "https"):
        return ""
    return canonical_link(absolute)


def _entry(feed: Feed, raw: Mapping[str, Any]) -> Entry | None:
    link = _link(feed, raw)
    title = html_to_text(str(raw.get("title") or ""))
    if not (title or link):
        return None
    guid = str(raw.get("id") or "").strip() or link or title
    article_id = hashlib.sha256(f"{feed.id}\0{guid}".encode()).hexdigest()[:20]
    summary = html_to_text(_summary_markup(raw))
    article = Article(
        id=article_id,
        feed_id=feed.id,
        feed_name=feed.name,
        link=link,
        title=title,
        summary=summary,
        published=_published(raw),
        body=_body(raw, summary),
    )
    return Entry(article=article, guid=guid)


def _entries(feed: Feed, raws: Iterable[Mapping[str, Any]]) -> tuple[Entry, ...]:
    """Return the usable entries, each GUID once, in document order."""
    kept: dict[str, Entry] = {}
    for raw in raws:
        entry = _entry(feed, raw)
        if entry is not None and entry.guid not in kept:
            kept[entry.guid] = entry
    return tuple(kept.values())


def _error_detail(error: object, lines_dropped: int) -> str:
    if isinstance(error, xml.sax.SAXParseException):
        message = error.getMessage()
        message = _PLAIN_ERRORS.get(message, message)
        line = error.getLineNumber()
        return f"line {line + lines_dropped}: {message}" if line and line > 0 else message
    return str(error) or type(error).__name__


def _parse_error(parsed: Any) -> object | None:
    """Return what stopped the strict parser, unless it cost nothing."""
    error = parsed.get("bozo_exception")
    if not parsed.get("bozo") or isinstance(error, _HARMLESS_BOZO):
        return None
    return error if error is not None else "malformed document"


def _broken(error: object, entry_count: int, lines_dropped: int) -> Reason:
    detail = _error_detail(error, lines_dropped)
    if entry_count:
        return Reason.of("partly_broken", detail=detail, count=entry_count)
    return Reason.of("broken", detail=detail)


def _last_entry_unfinished(text: str) -> bool:
    """Tell whether the document stops inside its last item (a cut-off download)."""
    closes = [match.end() for match in _ENTRY_CLOSE.finditer(text)]
    return _ENTRY_OPEN.search(text, closes[-1] if closes else 0) is not None


def _not_a_feed(document: Document, parsed: Any) -> Reason:
    if document.blank:
        return Reason.of("empty_document")
    body = document.text.removeprefix(XML_DECLARATION).lstrip()
    if is_html(document):
        return Reason.of("html_page")
    if body.startswith(("{", "[")):
        return Reason.of("json")
    if body.startswith("<"):
        error = parsed.get("bozo_exception")
        detail = f" ({_error_detail(error, document.lines_dropped)})" if error else ""
        return Reason.of("xml_not_feed", detail=detail)
    return Reason.of("not_text")


def is_html(document: Document) -> bool:
    """Tell whether a document is a web page: by its type, or by how it starts."""
    body = document.text.removeprefix(XML_DECLARATION).lstrip()
    return document.mime_type in _HTML_MIME_TYPES or _HTML_START.search(body, 0, 4096) is not None


def _ttl(parsed: Any) -> int | None:
    value = str(parsed.get("feed", {}).get("ttl") or "").strip()
    if not value.isdecimal():
        return None
    minutes = int(value)
    return minutes if 0 < minutes <= MAX_TTL_MINUTES else None


def _parse(feed: Feed, content: bytes, content_type: str | None) -> ParsedFeed:
    document = decode_document(content, content_type)
    if declares_entities(document.text):
        return ParsedFeed(entries=(), problem=Reason.of("entities"), ttl_minutes=None)
    parsed = _run_feedparser(document)
    if not parsed.get("version"):
        return ParsedFeed(entries=(), problem=_not_a_feed(document, parsed), ttl_minutes=None)
    raws = list(parsed.get("entries", ()))
    error = _parse_error(parsed)
    if error is None:
        return ParsedFeed(entries=_entries(feed, raws), problem=None, ttl_minutes=_ttl(parsed))
    if _last_entry_unfinished(document.text):
        # Its title may be cut mid-word and its link missing; the next poll gets it whole.
        raws = raws[:-1]
    entries = _entries(feed, raws)
    problem = _broken(error, len(entries), document.lines_dropped)
    return ParsedFeed(entries=entries, problem=problem, ttl_minutes=_ttl(parsed))


def parse_feed(feed: Feed, content: bytes, content_type: str | None = None) -> ParsedFeed:
    """Parse a fetched document; never raises, never lets feedparser fetch or open anything."""
    try:
        return _parse(feed, content, content_type)
    # The document is hostile input to a third-party parser: whatever breaks in there
    # must become a problem on this one feed, not a crash of the poll loop.
    except Exception as error:
        detail = f"{type(error).__name__}: {error}"[:250]
        problem = Reason.of("unreadable", detail=detail)
        return ParsedFeed(entries=(), problem=problem, ttl_minutes=None)
