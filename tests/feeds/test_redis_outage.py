"""Redis restarted under a running poller: it waits, reconnects, and loses nothing."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest
from redis.asyncio import Redis

from bot.app.embedded_redis import EmbeddedRedis
from bot.keys import Keys
from feeds.feed import Feed
from feeds.intervals import IntervalRules
from feeds.poll_loop import LoopOptions, PollLoop
from feeds.store import FeedStore
from tests.feed_documents import items, rss20
from tests.feeds.poll_rig import rig
from tests.http_server import LocalHTTPServer, Response

T = TypeVar("T")
RULES = IntervalRules(default=1, max_interval=60, max_backoff=2, disable_after=3600)


async def test_a_redis_restart_mid_run_loses_and_doubles_nothing(
    own_redis: EmbeddedRedis, http_server: LocalHTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    keys = Keys("rasd-outage")
    redis = Redis.from_url(own_redis.url, decode_responses=True)
    url = http_server.serve("/rss", Response(rss20(items("outage", 3))))
    feed = Feed.from_url(url, "مصدر", interval=1)
    await FeedStore(redis, keys).add(feed)
    stop = asyncio.Event()
    try:
        async with rig(redis, keys, rules=RULES) as r:
            loop = PollLoop(r.poller, r.parts.store.schedule, LoopOptions(lease=3))
            running = asyncio.create_task(loop.run(stop))
            await _until(lambda: r.state(feed.id), lambda s: s.primed is not None)
            await asyncio.to_thread(own_redis.stop)  # Redis goes away
            http_server.serve("/rss", Response(rss20(items("outage", 5))))
            await asyncio.sleep(2)  # polls fail meanwhile; the loop must not die
            assert not running.done()
            await asyncio.to_thread(own_redis.start)
            await _until(r.streamed, lambda articles: len(articles) >= 2, seconds=40)
            await asyncio.sleep(2)  # more rounds: nothing may come twice
            stop.set()
            await running
            titles = [article.title for article in await r.streamed()]
    finally:
        await redis.aclose()
    assert "Redis did not answer" in caplog.text  # the outage was real and was survived
    assert sorted(titles) == sorted(item.title for item in items("outage", 5)[:2])


async def _until(
    read: Callable[[], Awaitable[T]], ok: Callable[[T], bool], seconds: float = 20
) -> None:
    """Wait until `ok(await read())` holds, treating a failing read as not yet."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if ok(await read()):
                return
        except Exception:
            pass
        await asyncio.sleep(0.2)
    raise AssertionError("timed out")
