"""Which key names a Redis client gets: hash-tagged ones on a cluster (see bot.keys)."""

from __future__ import annotations

from redis.asyncio.cluster import RedisCluster

from bot.keys import Keys


def keys_for(redis: object, prefix: str) -> Keys:
    """Return the key builder for a client: hash-tagged keys when it is a cluster client."""
    return Keys(prefix, cluster=isinstance(redis, RedisCluster))
