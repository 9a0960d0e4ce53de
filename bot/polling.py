"""The poller role's wiring: config.yaml's settings turned into the feeds/ parts."""

from __future__ import annotations

import asyncio
import logging

from redis.asyncio import Redis

from bot.keys import Keys
from bot.settings import Config
from feeds.feed import Feed
from feeds.fetcher import Fetcher, FetchPolicy
from feeds.intervals import IntervalRules
from feeds.notices import Notices
from feeds.poll_loop import LoopOptions, PollLoop
from feeds.scheduled_poll import PollParts, ScheduledPoller
from feeds.seen import SeenCache, SeenKeys, SeenPolicy
from feeds.state import FeedStates
from feeds.store import FeedStore

log = logging.getLogger(__name__)


def configured_feeds(config: Config) -> tuple[Feed, ...]:
    """Return the feeds declared in config.yaml."""
    return tuple(Feed.from_url(f.url, f.name, f.interval) for f in config.settings.feeds)


def fetch_policy(config: Config) -> FetchPolicy:
    """Return the fetch limits the settings ask for."""
    polling = config.settings.polling
    return FetchPolicy(
        allow_private=config.settings.allow_private_feeds,
        allowed_networks=tuple(polling.private_networks),
        max_bytes=polling.max_bytes,
        max_redirects=polling.max_redirects,
        timeout=polling.timeout,
        max_connections=polling.concurrency,
        max_per_host=polling.per_host,
    )


def interval_rules(config: Config) -> IntervalRules:
    """Return the timing rules the settings ask for."""
    polling = config.settings.polling
    return IntervalRules(
        default=config.settings.poll_interval,
        max_interval=polling.max_interval,
        max_backoff=polling.max_backoff,
        disable_after=polling.disable_after,
    )


def loop_options(config: Config) -> LoopOptions:
    """Return the poll loop's limits."""
    return LoopOptions(concurrency=config.settings.polling.concurrency)


def feed_states(redis: Redis, keys: Keys) -> FeedStates:
    """Return the per-feed state store."""
    return FeedStates(redis, keys.feed_state)


async def run_poller(config: Config, redis: Redis, stop: asyncio.Event) -> None:
    """Poll the feeds in the store, due ones first, until stopped."""
    keys = Keys(config.settings.key_prefix)
    store = FeedStore(redis, keys)
    report = await store.sync_config(configured_feeds(config))
    log.info(
        "poller: config feeds added=%d updated=%d removed=%d",
        len(report.added), len(report.updated), len(report.removed),
    )  # fmt: skip
    seen = SeenCache(
        redis,
        SeenKeys(seen=keys.seen, state=keys.feed_state, stream=keys.articles()),
        SeenPolicy(ttl=config.settings.polling.seen_ttl, backfill=config.settings.polling.backfill),
    )
    async with Fetcher(fetch_policy(config)) as fetcher:
        parts = PollParts(
            fetcher, store, feed_states(redis, keys), seen, Notices(redis, keys.notices())
        )
        poller = ScheduledPoller(parts, interval_rules(config))
        await PollLoop(poller, store.schedule, loop_options(config)).run(stop)
