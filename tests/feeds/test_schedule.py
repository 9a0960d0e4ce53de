"""The due-feed schedule shared by pollers: atomic claims, leases, removal."""

from __future__ import annotations

import asyncio

from redis.asyncio import Redis

from bot.keys import Keys
from feeds.schedule import Schedule
from tests.redis_cluster import ON_SINGLE_AND_CLUSTER

pytestmark = ON_SINGLE_AND_CLUSTER


async def test_only_due_feeds_are_claimed_and_each_once(redis: Redis, keys: Keys) -> None:
    schedule = Schedule(redis, keys.schedule())
    for number in range(10):
        await schedule.add(f"f{number}", 100.0 + number)
    first = await schedule.claim_due(now=104.0, limit=3, lease=60)
    second = await schedule.claim_due(now=104.0, limit=10, lease=60)
    assert first == ["f0", "f1", "f2"]
    assert second == ["f3", "f4"]
    assert await schedule.due_at("f0") == 164.0


async def test_concurrent_claims_never_share_a_feed(redis: Redis, keys: Keys) -> None:
    schedule = Schedule(redis, keys.schedule())
    for number in range(200):
        await schedule.add(f"f{number}", 0.0)
    claims = await asyncio.gather(*(schedule.claim_due(1.0, 7, 60) for _ in range(40)))
    taken = [feed for claim in claims for feed in claim]
    assert sorted(taken) == sorted(f"f{number}" for number in range(200))


async def test_a_lapsed_lease_makes_the_feed_due_again(redis: Redis, keys: Keys) -> None:
    schedule = Schedule(redis, keys.schedule())
    await schedule.add("f1", 0.0)
    assert await schedule.claim_due(10.0, 5, lease=30) == ["f1"]
    assert await schedule.claim_due(39.0, 5, lease=30) == []
    assert await schedule.claim_due(40.0, 5, lease=30) == ["f1"]


async def test_reschedule_does_not_bring_back_a_removed_feed(redis: Redis, keys: Keys) -> None:
    schedule = Schedule(redis, keys.schedule())
    await schedule.add("f1", 0.0)
    await schedule.claim_due(1.0, 5, 30)
    await schedule.remove("f1")
    await schedule.reschedule("f1", 50.0)
    assert await schedule.due_at("f1") is None
    assert await schedule.next_due() is None


async def test_add_keeps_an_existing_time(redis: Redis, keys: Keys) -> None:
    schedule = Schedule(redis, keys.schedule())
    await schedule.add("f1", 500.0)
    await schedule.add("f1", 0.0)
    assert await schedule.next_due() == 500.0


async def test_renewal_extends_only_leases_still_held(redis: Redis, keys: Keys) -> None:
    schedule = Schedule(redis, keys.schedule())
    await schedule.add("held", 0.0)
    await schedule.add("done", 0.0)
    await schedule.claim_due(1.0, 5, lease=10)
    await schedule.reschedule("done", 5.0)  # its poll finished and put it back
    renewed = await schedule.renew({"held": 11.0, "done": 11.0, "gone": 11.0}, until=20.0)
    assert renewed == ["held"]
    assert (await schedule.due_at("held"), await schedule.due_at("done")) == (20.0, 5.0)
