"""config.yaml's feed settings turned into the feeds/ parts that every role shares."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.config import Config
from bot.keys import Keys
from feeds.feed import Feed
from feeds.fetcher import Fetcher, FetchPolicy
from feeds.intervals import IntervalRules
from feeds.page_reader import Pacing, PageReader
from feeds.poll_loop import LoopOptions
from feeds.state import FeedStates


def configured_feeds(config: Config) -> tuple[Feed, ...]:
    """Return the feeds declared in config.yaml."""
    return tuple(
        Feed.from_url(f.url, f.name, f.interval, full_text=f.full_text)
        for f in config.settings.feeds
    )


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


def page_reader(config: Config, fetcher: Fetcher) -> PageReader:
    """Return the reader of item pages for full-text feeds, over the feeds' fetcher."""
    return PageReader(fetcher, Pacing(config.settings.polling.page_gap))


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
