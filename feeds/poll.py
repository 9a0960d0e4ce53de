"""One poll of one feed: fetch, parse, keep only the items never seen."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.article import Article
from feeds.errors import Reason
from feeds.feed import Feed
from feeds.fetcher import Fetched, Fetcher, NotModified, Validators
from feeds.parser import Entry, ParsedFeed, parse_feed
from feeds.sample import SAMPLE_FEED, sample_bytes
from feeds.seen import SeenCache

_OLDEST = datetime.min.replace(tzinfo=UTC)


async def fetch_feed(fetcher: Fetcher, feed: Feed, validators: Validators) -> Fetched | NotModified:
    """Fetch a feed's bytes; raises FetchError when it cannot be fetched."""
    if feed == SAMPLE_FEED:
        return Fetched(feed.url, sample_bytes(), "application/rss+xml", Validators(), None)
    return await fetcher.fetch(feed.url, validators)


def body_digest(content: bytes) -> str:
    """Return a fingerprint of a feed body, to notice one that has not changed."""
    return hashlib.blake2b(content, digest_size=16).hexdigest()


async def parse_fetched(feed: Feed, fetched: Fetched) -> ParsedFeed:
    """Parse fetched bytes."""
    # Parsing a big document takes a while; a thread keeps other fetches' timers honest.
    return await asyncio.to_thread(parse_feed, feed, fetched.content, fetched.content_type)


def newest_first(entries: tuple[Entry, ...]) -> list[Entry]:
    """Order entries newest first; undated ones keep their document order, last."""
    return sorted(entries, key=lambda entry: entry.article.published or _OLDEST, reverse=True)


@dataclass(frozen=True, slots=True)
class PollResult:
    """New articles from one poll, and what was wrong with the document, if anything."""

    new: tuple[Article, ...]
    problem: Reason | None


class PreviewPoller:
    """Polls for console previews: no schedule, no conditional GET, no stream."""

    def __init__(self, fetcher: Fetcher, seen: SeenCache) -> None:
        self._fetcher = fetcher
        self._seen = seen

    async def poll(self, feed: Feed) -> PollResult:
        """Fetch and parse a feed, and return the articles not seen before."""
        fetched = await fetch_feed(self._fetcher, feed, Validators())
        if isinstance(fetched, NotModified):
            return PollResult(new=(), problem=None)
        parsed = await parse_fetched(feed, fetched)
        new = await self._seen.claim_new(feed.id, newest_first(parsed.entries))
        return PollResult(new=tuple(entry.article for entry in new), problem=parsed.problem)
