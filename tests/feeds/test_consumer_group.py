"""The one consumer-group reader of the articles, outbox and notices streams."""

from __future__ import annotations

import asyncio

from redis.asyncio import Redis

from bot.keys import Keys
from feeds.consumer_group import ConsumerGroup, GroupOptions
from feeds.notices import FeedDisabled, Notices

GROUP = "readers"


def reader(redis: Redis, keys: Keys, consumer: str, **options: float) -> ConsumerGroup:
    settings = GroupOptions(
        claim_after_ms=int(options.get("claim_after_ms", 300)),
        claim_every=options.get("claim_every", 0.05),
        forget_after=options.get("forget_after", 3600.0),
    )
    return ConsumerGroup(redis, keys.outbox(), GROUP, consumer, settings)


async def test_an_entry_left_pending_is_taken_over_once_idle_for_claim_after(
    redis: Redis, keys: Keys
) -> None:
    dead, alive = reader(redis, keys, "dead"), reader(redis, keys, "alive")
    await dead.ensure()
    await redis.xadd(keys.outbox(), {"alert": "one"})
    [(entry_id, _)] = await dead.read(10, 10)  # read, never acknowledged: the process died
    assert await alive.read(10, 10) == []  # not idle long enough yet
    await asyncio.sleep(0.4)
    assert [e for e, _ in await alive.read(10, 10)] == [entry_id]
    await alive.ack(entry_id)
    assert (await redis.xpending(keys.outbox(), GROUP))["pending"] == 0


async def test_stale_entries_are_looked_for_on_every_read_after_claim_every(
    redis: Redis, keys: Keys
) -> None:
    dead, alive = reader(redis, keys, "dead"), reader(redis, keys, "alive")
    await dead.ensure()
    assert await alive.read(10, 10) == []  # looked once: nothing stale
    await redis.xadd(keys.outbox(), {"alert": "one"})
    await dead.read(10, 10)
    await asyncio.sleep(0.4)  # now stale; the next look must find it without a long wait
    assert len(await alive.read(10, 10)) == 1


async def test_own_pending_entries_come_back_when_asked_for(redis: Redis, keys: Keys) -> None:
    mine = reader(redis, keys, "mine", claim_after_ms=60_000)
    await mine.ensure()
    await redis.xadd(keys.outbox(), {"alert": "one"})
    [first] = await mine.read(10, 10)
    assert await mine.read(10, 10) == []
    assert await mine.read(10, 10, own_pending=True) == [first]


async def test_a_vanished_group_is_created_again_from_the_start(redis: Redis, keys: Keys) -> None:
    await redis.xadd(keys.outbox(), {"alert": "queued before any reader"})
    entries = await reader(redis, keys, "first").read(10, 10)
    assert [fields for _, fields in entries] == [{"alert": "queued before any reader"}]


async def test_finished_consumers_are_forgotten(redis: Redis, keys: Keys) -> None:
    finished, busy = reader(redis, keys, "finished"), reader(redis, keys, "busy")
    sweeper = reader(redis, keys, "sweeper", forget_after=0.0)
    await finished.ensure()
    await redis.xadd(keys.outbox(), {"alert": "one"})
    await redis.xadd(keys.outbox(), {"alert": "two"})
    [(done, _)] = await finished.read(1, 10)
    await finished.ack(done)
    await busy.read(1, 10)  # keeps its entry pending
    await asyncio.sleep(0.01)
    await sweeper.read(1, 10)  # a read forgets the other consumers with nothing pending
    consumers = await redis.xinfo_consumers(keys.outbox(), GROUP)
    names = [c["name"] for c in consumers]
    assert "busy" in names and "finished" not in names


async def test_a_notice_read_by_a_dead_process_reaches_another_after_claim_after(
    redis: Redis, keys: Keys
) -> None:
    notices = Notices(redis, keys.notices(), claim_after_ms=300)
    await notices.publish(FeedDisabled("f1", "وكالة", "https://w.example/f", "HTTP 404", 1.0))
    [held] = await notices.read("host:111", block_ms=10)  # then the process was killed
    assert await notices.read("host:222", block_ms=10) == []
    await asyncio.sleep(1.1)  # past claim_after and the next look (once a second)
    [taken] = await notices.read("host:222", block_ms=10)
    assert taken == held
