"""The poller role: polls the stored feeds, due ones first, until stopped."""

from __future__ import annotations

import asyncio
import logging

from redis.asyncio import Redis

from bot.config import Config
from bot.store.feed_config import (
    configured_feeds,
    feed_states,
    fetch_policy,
    interval_rules,
    loop_options,
    page_reader,
)
from bot.store.keyspace import keys_for
from feeds.fetcher import Fetcher
from feeds.notices import Notices
from feeds.poll_loop import PollLoop
from feeds.scheduled_poll import PollParts, ScheduledPoller
from feeds.seen import SeenCache, SeenKeys, SeenPolicy
from feeds.store import FeedStore

log = logging.getLogger(__name__)


async def run_poller(config: Config, redis: Redis, stop: asyncio.Event) -> None:
    """Poll the feeds in the store, due ones first, until stopped."""
    keys = keys_for(redis, config.settings.key_prefix)
    store = FeedStore(redis, keys)
    report = await store.sync_config(configured_feeds(config))
    log.info(
        "poller: config feeds added=%d updated=%d removed=%d",
        len(report.added), len(report.updated), len(report.removed),
    )  # fmt: skip
    seen = SeenCache(
        redis,
        SeenKeys(
            seen=keys.seen,
            state=keys.feed_state,
            stream=keys.articles(),
            handoff=keys.seen_handoff,
        ),
        SeenPolicy(ttl=config.settings.polling.seen_ttl, backfill=config.settings.polling.backfill),
    )
    async with Fetcher(fetch_policy(config)) as fetcher:
        parts = PollParts(
            fetcher,
            store,
            feed_states(redis, keys),
            seen,
            Notices(redis, keys.notices()),
            page_reader(config, fetcher),
        )
        poller = ScheduledPoller(parts, interval_rules(config))
        await PollLoop(poller, store.schedule, loop_options(config)).run(stop)
