"""Read a feed once before it is added; for a web page, find the feeds it names.

Everything goes through the caller's guarded Fetcher, the discovered feeds too, so a
page cannot point Rasd into a private network the settings do not allow.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from feeds.decoding import decode_document
from feeds.discovery import FeedLink, feed_links
from feeds.errors import FetchError, Reason, short_url
from feeds.feed import Feed
from feeds.fetcher import Fetched, Fetcher
from feeds.parser import ParsedFeed, parse_feed

TRIED_LINKS = 3  # the feeds of a page that are read; most pages name one to three


@dataclass(frozen=True, slots=True)
class ReadFeed:
    """A feed that was read: how many items it holds now, and what was wrong, if anything."""

    url: str
    title: str
    items: int
    problem: Reason | None


@dataclass(frozen=True, slots=True)
class WebPage:
    """A web page, not a feed, and the feeds it names that could be read."""

    feeds: tuple[ReadFeed, ...]


async def _read(fetcher: Fetcher, url: str) -> tuple[Fetched, ParsedFeed]:
    fetched = await fetcher.fetch(url)
    assert isinstance(fetched, Fetched)  # no validators were sent, so no 304
    feed = Feed.from_url(url, url)
    parsed = await asyncio.to_thread(parse_feed, feed, fetched.content, fetched.content_type)
    return fetched, parsed


def _usable(parsed: ParsedFeed) -> bool:
    return parsed.problem is None or bool(parsed.entries)


async def try_feed(fetcher: Fetcher, url: str) -> ReadFeed | WebPage:
    """Fetch and parse the URL once; raise FetchError saying why it is no feed.

    An HTML page that names feeds gives the ones that could be read; one that names
    none, or none that works, is refused with the reason.
    """
    fetched, parsed = await _read(fetcher, url)
    if _usable(parsed):
        return ReadFeed(url, "", len(parsed.entries), parsed.problem)
    assert parsed.problem is not None
    if parsed.problem.key != "html_page":
        raise FetchError(parsed.problem)
    page = decode_document(fetched.content, fetched.content_type).text
    # Relative links resolve against where the page was found, after any redirect.
    links = await asyncio.to_thread(feed_links, page, fetched.url)
    found: list[ReadFeed] = []
    first_error: Reason | None = None
    for link in links[:TRIED_LINKS]:
        try:
            found.append(await _try_link(fetcher, link))
        except FetchError as error:
            first_error = first_error or Reason.of(
                "linked_feed", error.reason, url=short_url(link.url)
            )
    if found:
        return WebPage(tuple(found))
    raise FetchError(first_error or parsed.problem)


async def _try_link(fetcher: Fetcher, link: FeedLink) -> ReadFeed:
    _, parsed = await _read(fetcher, link.url)
    if not _usable(parsed):
        assert parsed.problem is not None
        raise FetchError(parsed.problem)
    return ReadFeed(link.url, link.title, len(parsed.entries), parsed.problem)
