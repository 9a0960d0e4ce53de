"""One poll of one feed: fetch, parse, keep only the items never seen."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from bot.article import Article
from feeds.feed import Feed
from feeds.fetcher import FetchPolicy, fetch
from feeds.parser import parse_feed
from feeds.sample import SAMPLE_FEED, sample_bytes
from feeds.seen import SeenCache


@dataclass(frozen=True, slots=True)
class PollResult:
    """New articles from one poll, and what was wrong with the document, if anything."""

    new: tuple[Article, ...]
    problem: str | None


class FeedPoller:
    """Turns a feed into its new articles; raises FetchError when it cannot be read."""

    def __init__(self, seen: SeenCache, policy: FetchPolicy) -> None:
        self._seen = seen
        self._policy = policy

    async def _read(self, client: httpx.AsyncClient, feed: Feed) -> tuple[bytes, str | None]:
        if feed == SAMPLE_FEED:
            return sample_bytes(), "application/rss+xml"
        fetched = await fetch(client, feed.url, self._policy)
        return fetched.content, fetched.content_type

    async def poll(self, client: httpx.AsyncClient, feed: Feed) -> PollResult:
        """Fetch and parse a feed, and return the articles not seen before."""
        content, content_type = await self._read(client, feed)
        parsed = parse_feed(feed, content, content_type)
        new = await self._seen.claim_new(feed.id, parsed.entries)
        return PollResult(new=tuple(entry.article for entry in new), problem=parsed.problem)
