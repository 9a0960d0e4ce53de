"""Connecting: a cluster node is recognised by itself, and Rasd's keys follow."""

from __future__ import annotations

from redis.asyncio.cluster import RedisCluster

from bot.app.redis_endpoint import connect
from bot.store.keyspace import keys_for
from tests.redis_cluster import LocalCluster


async def test_a_single_server_gets_a_plain_client_and_the_names_it_always_had(
    single_redis_url: str,
) -> None:
    redis = await connect(single_redis_url)
    try:
        assert not isinstance(redis, RedisCluster)
        assert keys_for(redis, "rasd").seen("f1") == "rasd:seen:f1"
    finally:
        await redis.aclose()


async def test_any_node_of_a_cluster_gets_the_cluster_client_and_tagged_keys(
    redis_cluster: LocalCluster,
) -> None:
    for port in redis_cluster.live_ports()[:2]:  # a primary and a replica alike
        redis = await connect(f"redis://127.0.0.1:{port}/0")
        try:
            assert isinstance(redis, RedisCluster)
            keys = keys_for(redis, "rasdtest-endpoint")
            assert keys.seen("f1") == "rasdtest-endpoint:{feed:f1}:seen:f1"
            await redis.set(keys.sent("x"), "1", ex=10)  # a write reaches its slot's primary
            assert await redis.get(keys.sent("x")) == "1"
            await redis.delete(keys.sent("x"))
        finally:
            await redis.aclose()


async def test_a_keyspace_scan_visits_every_primary(redis_cluster: LocalCluster) -> None:
    redis = await connect(redis_cluster.url)
    keys = keys_for(redis, "rasdtest-scan")
    try:
        states = [keys.feed_state(f"feed-{n}") for n in range(60)]
        for key in states:
            await redis.hset(key, "primed", "1")
        primaries = {redis_cluster.primary_of(key) for key in states}
        assert len(primaries) == 3  # the keys really are spread
        found = {key async for key in redis.scan_iter(match=keys.pattern(), count=10)}
        assert found == set(states)
        await redis.delete(*states)
    finally:
        await redis.aclose()
