"""The long-running roles of `rasd run`, supervised in one TaskGroup."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from typing import Literal

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.keys import Keys
from bot.settings import Config
from bot.telegram_app import build_application
from feeds.errors import FetchError
from feeds.feed import Feed
from feeds.fetcher import FetchPolicy, new_client
from feeds.poll import FeedPoller
from feeds.seen import SeenCache

Role = Literal["bot", "poller", "sender"]
log = logging.getLogger(__name__)


def configured_feeds(config: Config) -> tuple[Feed, ...]:
    """Return the feeds declared in config.yaml."""
    return tuple(Feed.from_url(f.url, f.name, f.interval) for f in config.settings.feeds)


def fetch_policy(config: Config) -> FetchPolicy:
    """Return the fetch limits the settings ask for."""
    return FetchPolicy(allow_private=config.settings.allow_private_feeds)


async def run_bot(config: Config, stop: asyncio.Event) -> None:
    """Answer Telegram updates until stopped."""
    app = build_application(config)
    async with app:
        await app.start()
        if app.updater is None:
            raise RuntimeError("the Application was built without an updater")
        await app.updater.start_polling()
        log.info("bot role: polling Telegram at %s", config.env.telegram_api_base_url)
        await stop.wait()
        await app.updater.stop()
        await app.stop()


async def run_poller(config: Config, redis: Redis, stop: asyncio.Event) -> None:
    """Poll every configured feed each interval and record what is new."""
    poller = FeedPoller(
        SeenCache(redis, Keys(config.settings.key_prefix).seen), fetch_policy(config)
    )
    feeds = configured_feeds(config)
    async with new_client(fetch_policy(config)) as client:
        while not stop.is_set():
            for feed in feeds:
                try:
                    result = await poller.poll(client, feed)
                except (FetchError, RedisError) as exc:
                    log.warning("feed=%s url=%s failed: %s", feed.id, feed.url, exc)
                    continue
                log.info("feed=%s new=%d problem=%s", feed.id, len(result.new), result.problem)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), config.settings.poll_interval)


async def run_roles(
    config: Config, redis: Redis, roles: Sequence[Role], stop: asyncio.Event
) -> None:
    """Run the chosen roles side by side; one failing stops the others."""
    async with asyncio.TaskGroup() as group:
        if "bot" in roles:
            group.create_task(run_bot(config, stop))
        if "poller" in roles:
            group.create_task(run_poller(config, redis, stop))
