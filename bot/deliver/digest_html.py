"""A digest as Telegram HTML messages: kept alerts grouped by term, split to fit.

Pure: no network, no Redis, no clock. The digest opens with a heading that
counts the articles («ملخص رصد — 12 خبرًا» / "Rasd digest — 12 articles");
then one group per term, in the order the terms first appear, each item on
one line: the title with the matched words bold, the source, the time in the
chat's zone and the link. An item that matched several terms sits under the
first and names the others. An article kept twice (an alert handled again
after a crash) is shown once.

Each message is at most 4096 UTF-16 units of markup, so at most that once
Telegram has parsed it. Messages are cut between items, never inside one or
inside a tag; a group that goes on in the next message repeats its heading,
and each message of a digest in several parts says which part it is. Each item is
bounded (title, source and terms clipped, links capped by safe_link), so any
one item always fits in a message with its headings.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from bot.article import Article
from bot.count_phrase import ARTICLE, count_phrase
from bot.deliver.alert_html import (
    MAX_MESSAGE,
    RLM,
    bold,
    escape,
    format_time,
    marked,
    one_line,
    safe_link,
    utf16_len,
)
from bot.lang import Lang
from bot.match.highlight import clip_around
from bot.match.matcher import Hit

__all__ = ["DigestItem", "render_digest"]

TITLE_CHARS = 200
SHORT_TITLE = 60
SOURCE_CHARS = 60
TERM_CHARS = 60
ALSO_CHARS = 120
MAX_TERMS = 10
MAX_LINK = 2000
SHORT_TIME = "%m-%d %H:%M"
# A short line is at most: title 62 characters, each escaped to at most 5 units,
# plus a <b></b> per two characters (527); source 60 x 5; time; an href of at
# most 1500 and its tag; separators: under 2500. A term heading is at most
# 60 x 5 + tags. So one item and its headings always fit in a message.
MAX_LINE = 2500

LABELS: dict[Lang, dict[str, str]] = {
    "ar": {
        "heading": "📋 ملخص رصد — {count}",
        "part": " ({part}/{parts})",
        "term": "🔔 {term}",
        "also": "وأيضًا: {terms}",
        "read": "اقرأ",
    },
    "en": {
        "heading": "📋 Rasd digest — {count}",
        "part": " ({part}/{parts})",
        "term": "🔔 {term}",
        "also": "also: {terms}",
        "read": "Read",
    },
}


@dataclass(frozen=True, slots=True)
class DigestItem:
    """An alert kept for a digest: only what its line shows, already clipped."""

    article_id: str
    terms: tuple[str, ...]
    title: str
    title_spans: tuple[tuple[int, int], ...]  # matched words, offsets into title
    feed_name: str
    link: str
    published: str = ""  # ISO 8601, empty if the feed gave no time
    story: str = ""  # the article's story (bot.deliver.stories)
    # Another outlet's article of a story the chat already has: shown as one more source
    # on the story's line when that line is in the same digest, else left out.
    repeat: bool = False

    @classmethod
    def of(
        cls, article: Article, hits: Sequence[Hit], story: str = "", *, repeat: bool = False
    ) -> DigestItem:
        """Keep what a digest line needs of an article and the chat's hits."""
        spans = [(s.start, s.end) for hit in hits for s in hit.spans if s.field == "title"]
        title, kept = clip_around(one_line(article.title), spans, TITLE_CHARS)
        link = article.link.strip()
        return cls(
            article_id=article.id,
            terms=tuple(one_line(hit.term)[:TERM_CHARS] for hit in hits[:MAX_TERMS]),
            title=title,
            title_spans=tuple(kept),
            feed_name=one_line(article.feed_name)[:SOURCE_CHARS],
            link=link if len(link) <= MAX_LINK else "",
            published=article.published.isoformat() if article.published else "",
            story=story,
            repeat=repeat,
        )

    def to_dict(self) -> dict[str, object]:
        """Return the item as plain JSON data."""
        return {
            "article_id": self.article_id,
            "terms": list(self.terms),
            "title": self.title,
            "spans": [list(span) for span in self.title_spans],
            "feed_name": self.feed_name,
            "link": self.link,
            "published": self.published,
            "story": self.story,
            "repeat": self.repeat,
        }

    def to_json(self) -> str:
        """Return the stored form."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> DigestItem:
        """Rebuild an item from `to_dict`'s output; bad values become empty."""
        terms = data.get("terms")
        spans = data.get("spans")
        return cls(
            article_id=str(data.get("article_id", "")),
            terms=tuple(str(t) for t in terms) if isinstance(terms, list) else (),
            title=str(data.get("title", "")),
            title_spans=tuple(
                (int(span[0]), int(span[1]))
                for span in (spans if isinstance(spans, list) else [])
                if isinstance(span, list) and len(span) == 2
            ),
            feed_name=str(data.get("feed_name", "")),
            link=str(data.get("link", "")),
            published=str(data.get("published") or ""),
            story=str(data.get("story") or ""),
            repeat=data.get("repeat") is True,
        )

    @classmethod
    def from_json(cls, raw: str | bytes) -> DigestItem:
        """Rebuild an item from `to_json`'s output."""
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("a digest item is a JSON object")
        return cls.from_dict(data)


def _time(published: str, zone: tzinfo) -> str:
    try:
        return format_time(datetime.fromisoformat(published), zone, SHORT_TIME)
    except ValueError:
        return ""


@dataclass(slots=True)
class _Entry:
    """A digest line: its item, its other terms, and the other outlets of its story."""

    item: DigestItem
    others: list[str]
    outlets: list[tuple[str, str]] = field(default_factory=list)  # name, link


def _line(entry: _Entry, lang: Lang, zone: tzinfo, short: bool) -> str:
    """Return one item's line; `short` clips the title further and leaves the other terms out."""
    labels, item, others = LABELS[lang], entry.item, entry.others
    title = marked(item.title, item.title_spans, SHORT_TITLE if short else TITLE_CHARS + 2)
    meta: list[str] = []
    sources = [escape(item.feed_name.strip())] if item.feed_name.strip() else []
    for name, link in entry.outlets:
        href = None if short else safe_link(link)
        sources.append(f'<a href="{href}">{escape(name)}</a>' if href else escape(name))
    if sources:
        meta.append("، ".join(sources) if lang == "ar" else ", ".join(sources))
    when = _time(item.published, zone) if item.published else ""
    if when:
        meta.append(escape(when))
    href = safe_link(item.link)
    if href is not None:
        meta.append(f'<a href="{href}">{labels["read"]}</a>')
    if others and not short:
        also = clip_around(labels["also"].format(terms="، ".join(others)), (), ALSO_CHARS)[0]
        meta.append(escape(also))
    return " — ".join([f"• {title or '…'}", *([" · ".join(meta)] if meta else [])])


def item_line(entry: _Entry, lang: Lang, zone: tzinfo) -> str:
    """Return an item's line, at most MAX_LINE UTF-16 units whatever its text."""
    line = _line(entry, lang, zone, short=False)
    if utf16_len(line) > MAX_LINE:
        line = _line(entry, lang, zone, short=True)
    if utf16_len(line) > MAX_LINE:
        line = _line(_Entry(entry.item, entry.others), lang, zone, short=True)
    return line


def _groups(items: Sequence[DigestItem]) -> dict[str, list[_Entry]]:
    """Group items under their first term, each article and each story once, in order.

    A repeat (another outlet of a story already listed) adds its outlet to the
    story's line; a repeat whose story is not in this digest was told before
    and is left out.
    """
    groups: dict[str, list[_Entry]] = {}
    seen: set[str] = set()
    stories: dict[str, _Entry] = {}
    for item in items:
        if item.article_id in seen:
            continue
        seen.add(item.article_id)
        listed = stories.get(item.story) if item.story else None
        if listed is not None:
            names = {listed.item.feed_name, *(name for name, _ in listed.outlets)}
            if item.feed_name not in names:
                listed.outlets.append((item.feed_name, item.link))
            continue
        if item.repeat:
            continue
        first = item.terms[0] if item.terms else ""
        entry = _Entry(item, list(item.terms[1:]))
        groups.setdefault(first, []).append(entry)
        if item.story:
            stories[item.story] = entry
    return groups


def render_digest(items: Sequence[DigestItem], *, lang: Lang, zone: tzinfo) -> list[str]:
    """Return the digest of the items as one or more Telegram HTML messages (none if no items)."""
    groups = _groups(items)
    total = sum(len(group) for group in groups.values())
    if not total:
        return []
    labels = LABELS[lang]
    prefix = RLM if lang == "ar" else ""
    heading = prefix + labels["heading"].format(count=count_phrase(total, ARTICLE, lang))
    # Room for the part number, whatever it turns out to be.
    room = MAX_MESSAGE - utf16_len(heading + labels["part"].format(part=9999, parts=9999))
    bodies: list[list[str]] = [[]]
    used = 0
    for term, members in groups.items():
        head = prefix + bold(escape(labels["term"].format(term=term or "—")))
        for index, entry in enumerate(members):
            line = prefix + item_line(entry, lang, zone)
            # A blank line before each group; a group that goes on repeats its heading.
            block = ["", head, line] if index == 0 else [line]
            size = sum(utf16_len(piece) + 1 for piece in block)
            if used + size > room and bodies[-1]:
                bodies.append([])
                used = 0
                if index:
                    block = ["", head, line]
                    size = sum(utf16_len(piece) + 1 for piece in block)
            bodies[-1].extend(block)
            used += size
    messages: list[str] = []
    for number, body in enumerate(bodies, start=1):
        top = heading
        if len(bodies) > 1:
            top += labels["part"].format(part=number, parts=len(bodies))
        messages.append("\n".join([top, *body]))
    return messages
