"""Where Redis is: REDIS_URL when set, else a private embedded server.

A REDIS_URL naming a node of a Redis Cluster is recognised at connect time
(``INFO cluster`` says ``cluster_enabled:1``) and answered with redis-py's
cluster client, which follows the cluster's slot map and retries through
MOVED redirections and failovers; `bot.store.keyspace.keys_for` then gives
hash-tagged keys. The embedded server is always a single server.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import cast
from urllib.parse import urlsplit, urlunsplit

from redis.asyncio import Redis
from redis.asyncio.cluster import RedisCluster
from redis.exceptions import RedisError

from bot.app.embedded_redis import EmbeddedRedis
from bot.config import Config
from bot.keys import Keys

log = logging.getLogger(__name__)


def redact(url: str) -> str:
    """Return the URL with any password replaced, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    user = f"{parts.username}:" if parts.username else ":"
    return urlunsplit(parts._replace(netloc=f"{user}***@{host}"))


@contextlib.contextmanager
def redis_endpoint(config: Config) -> Iterator[str]:
    """Yield a Redis URL for the lifetime of the block."""
    if config.env.redis_url is not None:
        yield config.env.redis_url.get_secret_value()
        return
    server = EmbeddedRedis(config.settings.data_dir, keys=Keys(config.settings.key_prefix))
    url = server.start()
    how = "shared with another Rasd" if server.joined else "started"
    log.info("embedded redis-server at %s, %s (data in %s)", url, how, config.settings.data_dir)
    try:
        yield url
    finally:
        server.stop()


class RedisUnreachableError(Exception):
    """Redis did not answer at start-up; the text says what to do."""


async def connect(redis_url: str) -> Redis:
    """Return a client that has answered a PING, or raise RedisUnreachableError.

    On a cluster node, the client is a RedisCluster. It speaks the same commands
    (keys in one slot per script or transaction, see bot.keys), so the rest of
    Rasd takes it as a Redis; the end-to-end tests run on a real cluster.
    """
    redis = Redis.from_url(redis_url, decode_responses=True)
    try:
        await redis.ping()
        if not await is_cluster(redis):
            return redis
        await redis.aclose()
        cluster = RedisCluster.from_url(redis_url, decode_responses=True)
        await cluster.initialize()
        log.info("Redis at %s is a cluster node: using the cluster client", redact(redis_url))
        return cast(Redis, cluster)
    except RedisError as exc:
        await redis.aclose()
        raise RedisUnreachableError(
            f"cannot reach Redis at {redact(redis_url)}: {exc}; start it, correct "
            "REDIS_URL, or unset REDIS_URL to let Rasd run its own"
        ) from None


async def is_cluster(redis: Redis) -> bool:
    """Tell whether a server is a node of a Redis Cluster."""
    info = await redis.info("cluster")
    return str(info.get("cluster_enabled", 0)) == "1"
