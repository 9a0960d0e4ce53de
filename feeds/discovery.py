"""The feeds a web page names: its <link rel="alternate"> to RSS or Atom (RSS autodiscovery).

Pure: the page's text in, absolute URLs out. Fetching them is the caller's job, through
the guarded fetcher like any feed.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

# The media types the RSS Advisory Board's autodiscovery spec and RFC 4287 name for feeds.
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml"})
MOST_LINKS = 10  # a page naming more is not worth trying them all


@dataclass(frozen=True, slots=True)
class FeedLink:
    """A feed a page links to: its absolute URL and the title the page gives it."""

    url: str
    title: str


class _LinkCollector(HTMLParser):
    def __init__(self, base_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base_url
        self.links: list[FeedLink] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "base" and values.get("href"):
            self.base = urljoin(self.base, values["href"].strip())
        if tag != "link" or "alternate" not in values.get("rel", "").lower().split():
            return
        kind = values.get("type", "").split(";")[0].strip().lower()
        href = values.get("href", "").strip()
        if kind not in FEED_TYPES or not href:
            return
        url = urljoin(self.base, href)
        if urlsplit(url).scheme.lower() in ("http", "https"):
            self.links.append(FeedLink(url, " ".join(values.get("title", "").split())))


def feed_links(page: str, page_url: str) -> list[FeedLink]:
    """Return the RSS and Atom feeds the page names, each URL once, in page order."""
    collector = _LinkCollector(page_url)
    collector.feed(page)
    collector.close()
    unique: dict[str, FeedLink] = {}
    for link in collector.links:
        unique.setdefault(link.url, link)
    return list(unique.values())[:MOST_LINKS]
