"""`rasd run` as a real subprocess against the local Bot API server, Redis and feeds."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from redis import Redis as SyncRedis

from bot.keys import Keys
from feeds.feed import feed_id_for
from tests.config_files import write_config
from tests.feed_documents import BASE_TIME, Item, rss20
from tests.http_server import LocalHTTPServer, Response
from tests.rasd_process import rasd_running
from tests.redis_cluster import sync_client
from tests.telegram_api import FakeBotAPI, SentMessage

ADMIN = 900
WAIT = 30.0
QUIET = [Item("old-1", "افتتاح معرض الرياض الدولي للكتاب", "https://w.example/1",
              "يشارك ناشرون من ثلاثين دولة.", BASE_TIME)]  # fmt: skip


def story(guid: str, title: str, summary: str = "", minutes: int = 10) -> Item:
    """Return a feed item written for a test."""
    published = BASE_TIME + timedelta(minutes=minutes)
    return Item(guid, title, f"https://w.example/{guid}", summary, published)


@dataclass
class Deployment:
    """A running Rasd with its feed, its Telegram and its store."""

    api: FakeBotAPI
    feeds: LocalHTTPServer
    redis: SyncRedis
    keys: Keys
    feed_path: str = "/wire.xml"

    def publish(self, *items: Item) -> None:
        """Make the wire feed list these items (newest first) from now on."""
        self.feeds.serve(self.feed_path, Response(rss20([*items, *QUIET])))

    def says(self, user_id: int, text: str, *, chat_id: int | None = None) -> SentMessage:
        """Act as a user and return the bot's next message to that chat."""
        after = self.api.sent_count()
        self.api.user_says(user_id, text, chat_id=chat_id)
        return self.api.wait_for(chat_id or user_id, None, timeout=WAIT, after=after)

    def wait_primed(self, url: str) -> None:
        """Wait until a feed's first poll is recorded, so later items count as new."""
        key = self.keys.feed_state(feed_id_for(url))
        deadline = time.monotonic() + WAIT
        while not self.redis.hget(key, "primed"):
            assert time.monotonic() < deadline, f"{url} was never polled"
            time.sleep(0.1)


@contextmanager
def deployment(
    tmp_path: Path,
    keys: Keys,
    api: FakeBotAPI,
    feeds: LocalHTTPServer,
    env: dict[str, str],
    redis_url: str,
) -> Iterator[Deployment]:
    """Run Rasd polling one wire feed every second, with admin 900, until the block ends."""
    redis = sync_client(redis_url)
    running = Deployment(api, feeds, redis, keys)
    running.publish()
    url = feeds.url(running.feed_path)
    config = write_config(
        tmp_path, keys, [("وكالة الاختبار", url)],
        admins=[ADMIN], allow_private_feeds=True, poll_interval=1,
    )  # fmt: skip
    try:
        with rasd_running({**env, **api.env(), "RASD_CONFIG": str(config)}):
            running.wait_primed(url)
            yield running
    finally:
        redis.close()
