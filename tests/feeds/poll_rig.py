"""A scheduled poller wired to the test Redis, for the poll and loop tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from redis.asyncio import Redis

from bot.article import Article
from bot.keys import Keys
from feeds.article_stream import ArticleStream
from feeds.fetcher import Fetcher, FetchPolicy
from feeds.intervals import IntervalRules
from feeds.notices import Notices
from feeds.page_reader import Pacing, PageReader
from feeds.scheduled_poll import PollParts, ScheduledPoller
from feeds.seen import SeenCache, SeenKeys, SeenPolicy
from feeds.state import FeedState, FeedStates
from feeds.store import FeedStore

RULES = IntervalRules(default=60, max_interval=3600, max_backoff=1800, disable_after=3600)
POLICY = FetchPolicy(allow_private=True, max_bytes=1_000_000, timeout=2.0)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@dataclass
class Rig:
    """Everything a poll test looks at."""

    poller: ScheduledPoller
    parts: PollParts
    redis: Redis
    keys: Keys
    clock: Clock

    async def state(self, feed_id: str) -> FeedState:
        """Return a feed's stored state."""
        return await self.parts.states.load(feed_id)

    async def streamed(self) -> list[Article]:
        """Return every article handed on so far, oldest first."""
        return await ArticleStream(self.redis, self.keys.articles()).recent()


@asynccontextmanager
async def rig(
    redis: Redis,
    keys: Keys,
    rules: IntervalRules = RULES,
    policy: FetchPolicy = POLICY,
    clock: Clock | None = None,
) -> AsyncIterator[Rig]:
    """Yield a poller over the test Redis with its own fetcher."""
    clock = clock or Clock()
    seen = SeenCache(
        redis,
        SeenKeys(
            seen=keys.seen, state=keys.feed_state, stream=keys.articles(), handoff=keys.seen_handoff
        ),
        SeenPolicy(),
    )
    async with Fetcher(policy) as fetcher:
        parts = PollParts(
            fetcher=fetcher,
            store=FeedStore(redis, keys),
            states=FeedStates(redis, keys.feed_state),
            seen=seen,
            notices=Notices(redis, keys.notices()),
            pages=PageReader(fetcher, Pacing(0)),
        )
        yield Rig(ScheduledPoller(parts, rules, clock), parts, redis, keys, clock)
