"""Redis memory per feed, seen item, article, chat, term and story: the capacity model's inputs.

Each figure comes from the code path that writes it in production (FeedStore,
FeedStates, Schedule, SeenCache, ChatStore, Subscriptions, Stories), run at two
sizes on a fresh key prefix. The figure is the difference in ``MEMORY USAGE``
over the prefix's keys divided by the difference in items, so the fixed cost of
each key drops out. Beside it, the baseline of the same run: the raw bytes of
what is stored (the UTF-8 of the ids, links, terms and JSON), and the ratio.

Articles come from ``../shared/corpus/ant_dev_2018_03_04`` (titles, abstracts,
links and times of real Arabic news; see SOURCES.md). Keys live under a random
``rasdmem-*`` prefix of ``$REDIS_URL`` (default redis://127.0.0.1:6379/0; a
cluster node works too) and are deleted at the end.

Usage: ``.venv/bin/python -m benchmarks.redis_memory [--small N] [--large N]``
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import sys
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from redis.asyncio import Redis

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.story_corpus import Timed, load_timed
from benchmarks.story_quality import drop_prefix
from bot.app.redis_endpoint import connect
from bot.article import Article
from bot.deliver.stories import Stories
from bot.keys import Keys
from bot.settings import DeliverySettings
from bot.store.chats import ChatStore
from bot.store.keyspace import keys_for
from bot.store.subscriptions import Subscriptions
from feeds.feed import Feed
from feeds.parser import Entry
from feeds.schedule import Schedule
from feeds.seen import SeenCache, SeenKeys, SeenPolicy
from feeds.state import FeedStates
from feeds.store import FeedStore

ITEMS_PER_FEED = 50  # a seen-cache holds about this many items of a busy feed
TERM_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class Figure:
    """Marginal Redis bytes per item, beside the raw bytes of what was stored."""

    name: str
    redis_bytes: float
    raw_bytes: float

    def line(self) -> str:
        ratio = self.redis_bytes / self.raw_bytes if self.raw_bytes else float("nan")
        return (
            f"  {self.name:<34} {self.redis_bytes:>8,.0f} B in Redis   "
            f"raw {self.raw_bytes:>7,.0f} B   ratio {ratio:.2f}x"
        )


async def usage(redis: Redis, keys: Keys) -> int:
    """Sum MEMORY USAGE over every key of the prefix (every primary on a cluster)."""
    total = 0
    async for key in redis.scan_iter(match=keys.pattern(), count=1000):
        total += int(await redis.memory_usage(key, samples=0) or 0)
    return total


Fill = Callable[[Redis, Keys, int], Awaitable[float]]


async def marginal(redis: Redis, name: str, fill: Fill, sizes: tuple[int, int]) -> Figure:
    """Fill a fresh prefix at both sizes; return the bytes each extra item added."""
    used: list[int] = []
    raw: list[float] = []
    for size in sizes:
        keys = keys_for(redis, f"rasdmem-{uuid.uuid4().hex[:10]}")
        try:
            raw.append(await fill(redis, keys, size))
            used.append(await usage(redis, keys))
        finally:
            await drop_prefix(redis, keys)
    extra = sizes[1] - sizes[0]
    return Figure(name, (used[1] - used[0]) / extra, (raw[1] - raw[0]) / extra)


def feed_of(number: int) -> Feed:
    return Feed(
        id=f"feed-{number:06d}", url=f"https://news{number}.example/ar/rss.xml",
        name=f"أخبار المصدر {number}", interval=300,
    )  # fmt: skip


async def feeds(redis: Redis, keys: Keys, count: int) -> float:
    """A feed as an admin adds it and one good poll leaves it: record, state, schedule."""
    store, states = FeedStore(redis, keys), FeedStates(redis, keys.feed_state)
    schedule = Schedule(redis, keys.schedule())
    raw = 0
    for number in range(count):
        feed = feed_of(number)
        await store.add(feed)
        await states.success(feed.id, 1.7e9, None, None, uuid.uuid4().hex)
        await schedule.add(feed.id, 1.7e9 + number)
        raw += len(feed.id) + len(feed.url.encode()) + len(feed.name.encode())
    return raw


def entries(items: Sequence[Timed], feed_id: str, start: int, count: int) -> list[Entry]:
    chosen = [items[(start + i) % len(items)] for i in range(count)]
    return [
        Entry(
            Article(
                id=f"{start + i}", feed_id=feed_id, feed_name=feed_id,
                link=f"{item.link}?n={start + i}", title=item.title, summary=item.abstract,
                published=item.published,
            ),
            guid=f"{item.link}?n={start + i}",
        )
        for i, item in enumerate(chosen)
    ]  # fmt: skip


def seen_items(items: Sequence[Timed]) -> Fill:
    """Items in a feed's seen-cache (its guid and its canonical link)."""

    async def fill(redis: Redis, keys: Keys, count: int) -> float:
        cache = SeenCache(redis, SeenKeys(seen=keys.seen), SeenPolicy())
        raw = 0
        for start in range(0, count, ITEMS_PER_FEED):
            feed_id = f"feed-{start // ITEMS_PER_FEED:06d}"
            batch = entries(items, feed_id, start, min(ITEMS_PER_FEED, count - start))
            await cache.claim_new(feed_id, batch, now=1.7e9)
            raw += sum(len(e.guid.encode()) + len(e.article.link.encode()) for e in batch)
        return raw

    return fill


def queued_articles(items: Sequence[Timed]) -> Fill:
    """New articles as the poller hands them on: the seen-cache and the article stream."""

    async def fill(redis: Redis, keys: Keys, count: int) -> float:
        where = SeenKeys(seen=keys.seen, stream=keys.articles(), handoff=keys.seen_handoff)
        cache = SeenCache(redis, where, SeenPolicy())
        raw = 0
        for start in range(0, count, ITEMS_PER_FEED):
            feed_id = f"feed-{start // ITEMS_PER_FEED:06d}"
            batch = entries(items, feed_id, start, min(ITEMS_PER_FEED, count - start))
            await cache.claim_new(feed_id, batch, now=1.7e9)
            raw += sum(len(e.article.to_json().encode()) for e in batch)
        return raw

    return fill


def terms_of(items: Sequence[Timed]) -> list[str]:
    """Distinct two-word watch terms taken from corpus titles, as users type them."""
    found: dict[str, None] = {}
    for item in items:
        words = [w for w in item.title.split() if len(w) > 3]
        for first, second in itertools.pairwise(words):
            found.setdefault(f"{first} {second}")
    return list(found)


async def chats(redis: Redis, keys: Keys, count: int) -> float:
    """A private chat that said /start."""
    store = ChatStore(redis, keys)
    for number in range(count):
        await store.ensure(1_000_000 + number, "private", "", "ar")
    return count * len(str(1_000_000))


def terms(words: Sequence[str]) -> Fill:
    """Watch terms, ten per chat: the chat's term set and the change log entry."""

    async def fill(redis: Redis, keys: Keys, count: int) -> float:
        subscriptions = Subscriptions(redis, keys)
        raw = 0
        for number in range(count):
            term = words[number % len(words)]
            await subscriptions.add(1_000_000 + number // 10, term, TERM_LIMIT)
            raw += len(term.encode())
        return raw

    return fill


def stories(items: Sequence[Timed]) -> Fill:
    """Articles in the story window (48 h) and the word counts they add."""

    async def fill(redis: Redis, keys: Keys, count: int) -> float:
        grouping = Stories(redis, keys, DeliverySettings())
        raw = 0
        for number in range(count):
            item = items[number % len(items)]
            article = Article(
                id=f"{number}:{item.path}", feed_id=item.outlet, feed_name=item.outlet,
                link=f"{item.link}?n={number}", title=item.title, summary=item.abstract,
                published=item.published,
            )  # fmt: skip
            await grouping.story_of(replace(article), 1.7e9 + number * 0.3)
            raw += len(article.to_json().encode())
        return raw

    return fill


async def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=1000, metavar="N")
    parser.add_argument("--large", type=int, default=5000, metavar="N")
    args = parser.parse_args(argv)
    sizes = (args.small, args.large)
    items = load_timed()
    words = terms_of(items)
    redis = await connect(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    try:
        kind = "a cluster" if keys_for(redis, "x").cluster else "one server"
        print(f"Redis memory per item ({kind}; marginal between {sizes[0]:,} and {sizes[1]:,}):")
        runs: list[tuple[str, Fill]] = [
            ("feed (record, state, schedule)", feeds),
            ("seen item (guid + link)", seen_items(items)),
            ("new article (seen + stream)", queued_articles(items)),
            ("chat (after /start)", chats),
            ("watch term (set + change log)", terms(words)),
            ("story window article", stories(items)),
        ]
        for name, fill in runs:
            print((await marginal(redis, name, fill, sizes)).line(), flush=True)
    finally:
        await redis.aclose()
    print("raw: the UTF-8 bytes of the ids, links, names, terms or article JSON stored")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
