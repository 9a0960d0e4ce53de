"""Feed bytes to Articles; feedparser's structures never leave this module."""

from __future__ import annotations

import calendar
import hashlib
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser

from bot.article import Article
from feeds.canonical import canonical_link
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
    problem: str | None
    ttl_minutes: int | None


def _published(entry: Mapping[str, Any]) -> datetime | None:
    parsed: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)


def _summary_markup(entry: Mapping[str, Any]) -> str:
    summary = entry.get("summary")
    if summary:
        return str(summary)
    for content in entry.get("content") or ():
        if content.get("value"):
            return str(content["value"])
    return ""


def _entry(feed: Feed, raw: Mapping[str, Any]) -> Entry | None:
    link = canonical_link(str(raw.get("link") or ""))
    title = html_to_text(str(raw.get("title") or ""))
    guid = str(raw.get("id") or link or title).strip()
    if not guid or not (title or link):
        return None
    article_id = hashlib.sha256(f"{feed.id}\0{guid}".encode()).hexdigest()[:20]
    article = Article(
        id=article_id,
        feed_id=feed.id,
        feed_name=feed.name,
        link=link,
        title=title,
        summary=html_to_text(_summary_markup(raw)),
        published=_published(raw),
    )
    return Entry(article=article, guid=guid)


def _problem(parsed: Any, entry_count: int) -> str | None:
    if not parsed.get("bozo"):
        return None
    reason = str(parsed.get("bozo_exception") or "malformed document")
    if entry_count == 0 and not parsed.get("version"):
        return f"not an RSS or Atom feed ({reason})"
    return f"feed is partly broken, kept {entry_count} readable item(s): {reason}"


def _ttl(parsed: Any) -> int | None:
    value = str(parsed.get("feed", {}).get("ttl") or "").strip()
    return int(value) if value.isdigit() else None


def parse_feed(feed: Feed, content: bytes, content_type: str | None = None) -> ParsedFeed:
    """Parse a fetched document; never lets feedparser fetch anything itself."""
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(content, response_headers=headers, sanitize_html=True)
    entries = tuple(e for raw in parsed.get("entries", ()) if (e := _entry(feed, raw)) is not None)
    return ParsedFeed(
        entries=entries, problem=_problem(parsed, len(entries)), ttl_minutes=_ttl(parsed)
    )
