"""Real `rasd run --role poller` processes sharing one Redis: once per interval, once each."""

from __future__ import annotations

import asyncio
import itertools
import signal
import sys
import threading
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import yaml
from redis.asyncio import Redis

from bot.article import Article
from bot.keys import Keys
from feeds.article_stream import ArticleStream
from feeds.feed import feed_id_for
from tests.feed_documents import items, rss20
from tests.http_server import LocalHTTPServer


class FeedFarm:
    """Many feeds on one local server; records when each was fetched."""

    def __init__(self, server: LocalHTTPServer, count: int, delay: float = 0.0) -> None:
        self.paths = [f"/farm/{number}.xml" for number in range(count)]
        self.urls = [server.url(path) for path in self.paths]
        self.fetched: dict[str, list[float]] = defaultdict(list)
        self.in_flight_after_publish = threading.Event()
        self._published = False
        self._size = 3
        self._lock = threading.Lock()
        self._delay = delay
        for path in self.paths:
            server.serve(path, self._handler(path))

    def _handler(self, path: str) -> Callable[[BaseHTTPRequestHandler], None]:
        def serve(handler: BaseHTTPRequestHandler) -> None:
            with self._lock:
                self.fetched[path].append(time.monotonic())
                body = rss20(items(path, self._size))
                if self._published:
                    self.in_flight_after_publish.set()
            time.sleep(self._delay)
            handler.send_response(200)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)

        return serve

    def publish(self, extra: int) -> list[str]:
        """Add `extra` new items to every feed; return their titles."""
        with self._lock:
            self._size += extra
            self._published = True
        return [item.title for path in self.paths for item in items(path, self._size)[:extra]]


def write_config(tmp_path: Path, farm: FeedFarm, keys: Keys) -> Path:
    config = tmp_path / "config.yaml"
    settings = {
        "feeds": [
            {"name": f"مصدر {n}", "url": url, "interval": 1} for n, url in enumerate(farm.urls)
        ],
        "allow_private_feeds": True,
        "key_prefix": keys.prefix,
        "data_dir": str(tmp_path / "data"),
        "polling": {"per_host": 20, "timeout": 10},
    }
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    return config


@asynccontextmanager
async def poller(
    env: dict[str, str], config: Path, log: Path
) -> AsyncIterator[asyncio.subprocess.Process]:
    """Run one poller process; stop it with SIGTERM unless the test killed it."""
    with log.open("wb") as sink:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--role", "poller", "--config", str(config),
            env=env, stdout=sink, stderr=sink,
        )  # fmt: skip
        try:
            yield process
        finally:
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
            code = await asyncio.wait_for(process.wait(), 30)
            output = await asyncio.to_thread(log.read_text, encoding="utf-8")
            assert code in (0, -signal.SIGKILL), output


async def wait_for(check: Callable[[], Awaitable[bool]], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if await check():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


async def streamed(redis: Redis, keys: Keys) -> list[Article]:
    return await ArticleStream(redis, keys.articles()).recent()


async def all_primed(redis: Redis, keys: Keys, farm: FeedFarm) -> bool:
    for url in farm.urls:
        if not await redis.hexists(keys.feed_state(feed_id_for(url)), "primed"):
            return False
    return True


async def test_two_pollers_fetch_each_feed_once_per_interval_and_emit_each_item_once(
    tmp_path: Path,
    subprocess_env: dict[str, str],
    http_server: LocalHTTPServer,
    redis: Redis,
    keys: Keys,
) -> None:
    farm = FeedFarm(http_server, 50)
    config = write_config(tmp_path, farm, keys)
    async with (
        poller(subprocess_env, config, tmp_path / "a.log"),
        poller(subprocess_env, config, tmp_path / "b.log"),
    ):
        await wait_for(lambda: all_primed(redis, keys, farm), 60, "every feed's first poll")
        titles = farm.publish(2)
        await wait_for(
            lambda: _count_at_least(redis, keys, len(titles)), 60, "the new items in the stream"
        )
        await asyncio.sleep(3)  # several more intervals: nothing may be emitted again
    articles = await streamed(redis, keys)
    assert sorted(a.title for a in articles) == sorted(titles)
    assert len({a.id for a in articles}) == len(articles) == 100
    for path, moments in farm.fetched.items():
        gaps = [later - earlier for earlier, later in itertools.pairwise(moments)]
        assert len(moments) >= 4, path
        assert min(gaps) >= 0.95, f"{path} fetched twice within one interval: {gaps}"


async def _count_at_least(redis: Redis, keys: Keys, count: int) -> bool:
    return bool(await redis.xlen(keys.articles()) >= count)


async def test_a_poller_killed_mid_poll_loses_nothing_and_doubles_nothing(
    tmp_path: Path,
    subprocess_env: dict[str, str],
    http_server: LocalHTTPServer,
    redis: Redis,
    keys: Keys,
) -> None:
    farm = FeedFarm(http_server, 20, delay=1.0)
    config = write_config(tmp_path, farm, keys)
    async with poller(subprocess_env, config, tmp_path / "first.log") as first:
        await wait_for(lambda: all_primed(redis, keys, farm), 60, "every feed's first poll")
        titles = farm.publish(2)
        await asyncio.to_thread(farm.in_flight_after_publish.wait, 30)
        first.send_signal(signal.SIGKILL)  # while fetches of the new items are in flight
        await first.wait()
    before_restart = await redis.xlen(keys.articles())
    async with poller(subprocess_env, config, tmp_path / "second.log"):
        await wait_for(
            lambda: _count_at_least(redis, keys, len(titles)), 60, "every new item after restart"
        )
        await asyncio.sleep(2.5)
    articles = await streamed(redis, keys)
    assert before_restart < len(titles)  # the kill really interrupted the work
    assert sorted(a.title for a in articles) == sorted(titles)
    assert len({a.id for a in articles}) == len(articles) == 40
