"""The feeds every poller polls, kept in Redis so the CLI, the bot and pollers share them."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from redis.asyncio import Redis

from bot.keys import Keys
from feeds.feed import Feed
from feeds.schedule import Schedule

Origin = Literal["config", "added"]


@dataclass(frozen=True, slots=True)
class FeedRecord:
    """A stored feed and where it came from."""

    feed: Feed
    origin: Origin
    added_at: float

    def to_json(self) -> str:
        """Return the stored form."""
        feed = self.feed
        return json.dumps(
            {
                "url": feed.url,
                "name": feed.name,
                "interval": feed.interval,
                "full_text": feed.full_text,
                "origin": self.origin,
                "added_at": self.added_at,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, feed_id: str, raw: str | bytes) -> FeedRecord:
        """Rebuild a record from its stored form."""
        data = json.loads(raw)
        feed = Feed(
            id=feed_id,
            url=data["url"],
            name=data["name"],
            interval=data["interval"],
            full_text=bool(data.get("full_text", False)),
        )
        origin: Origin = "config" if data.get("origin") == "config" else "added"
        return cls(feed=feed, origin=origin, added_at=float(data.get("added_at", 0)))


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What syncing with config.yaml changed."""

    added: tuple[Feed, ...]
    updated: tuple[Feed, ...]
    removed: tuple[Feed, ...]


class FeedStore:
    """Adds, lists and removes feeds; a new feed is due at once."""

    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis = redis
        self._keys = keys
        self.schedule = Schedule(redis, keys.schedule())

    async def add(self, feed: Feed, origin: Origin = "added") -> bool:
        """Store a feed and schedule it now; False when its URL is already there."""
        record = FeedRecord(feed=feed, origin=origin, added_at=time.time())
        created = await self._redis.hsetnx(self._keys.feeds(), feed.id, record.to_json())
        if created:
            await self.schedule.add(feed.id, time.time())
        return bool(created)

    async def get(self, feed_id: str) -> FeedRecord | None:
        """Return one stored feed."""
        raw = await self._redis.hget(self._keys.feeds(), feed_id)
        return None if raw is None else FeedRecord.from_json(feed_id, raw)

    async def all(self) -> list[FeedRecord]:
        """Return every stored feed, sorted by name."""
        raw = await self._redis.hgetall(self._keys.feeds())
        records = [FeedRecord.from_json(_text(key), value) for key, value in raw.items()]
        return sorted(records, key=lambda record: (record.feed.name, record.feed.url))

    async def find(self, ref: str) -> FeedRecord | None:
        """Return the feed whose id, URL or name is `ref`."""
        ref = ref.strip()
        direct = await self.get(ref)
        if direct is not None:
            return direct
        for record in await self.all():
            if ref in (record.feed.url, record.feed.name):
                return record
        return None

    async def set_full_text(self, feed_id: str, on: bool) -> FeedRecord | None:
        """Switch page fetching on or off for a stored feed; None when there is none."""
        record = await self.get(feed_id)
        if record is None:
            return None
        changed = replace(record, feed=replace(record.feed, full_text=on))
        await self._redis.hset(self._keys.feeds(), feed_id, changed.to_json())
        return changed

    async def remove(self, feed_id: str) -> FeedRecord | None:
        """Forget a feed entirely: record, schedule, state and seen-cache."""
        record = await self.get(feed_id)
        if record is None:
            return None
        # Two transactions, one per hash slot on a cluster (the feed list, the feed's
        # own keys): unlisted first, so no poller takes it up while its state goes.
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hdel(self._keys.feeds(), feed_id)
            pipe.zrem(self._keys.schedule(), feed_id)
            await pipe.execute()
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(
                self._keys.feed_state(feed_id), self._keys.seen(feed_id),
                self._keys.seen_handoff(feed_id),
            )  # fmt: skip
            await pipe.execute()
        return record

    async def sync_config(self, declared: Sequence[Feed]) -> SyncReport:
        """Make the config-declared feeds match config.yaml; admin-added ones are kept."""
        stored = {record.feed.id: record for record in await self.all()}
        wanted = {feed.id: feed for feed in declared}
        added = [feed for feed in declared if feed.id not in stored]
        updated = [
            feed
            for feed in declared
            if feed.id in stored and _changed(stored[feed.id], feed, "config")
        ]
        removed = [
            record.feed
            for record in stored.values()
            if record.origin == "config" and record.feed.id not in wanted
        ]
        for feed in added:
            await self.add(feed, origin="config")
        await self._overwrite(updated)
        for feed in removed:
            await self.remove(feed.id)
        return SyncReport(tuple(added), tuple(updated), tuple(removed))

    async def _overwrite(self, feeds: Iterable[Feed]) -> None:
        for feed in feeds:
            record = FeedRecord(feed=feed, origin="config", added_at=time.time())
            await self._redis.hset(self._keys.feeds(), feed.id, record.to_json())


def _changed(record: FeedRecord, feed: Feed, origin: Origin) -> bool:
    return record.feed != feed or record.origin != origin


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value
