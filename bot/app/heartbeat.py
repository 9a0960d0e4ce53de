"""A heartbeat file that says the process is alive and can reach Redis.

A file, not a Redis key, because the container healthcheck asks about this
one process, and must answer even when Redis is what is down.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from pathlib import Path

from redis.asyncio import Redis
from redis.exceptions import RedisError

HEARTBEAT_FILE = "heartbeat"
log = logging.getLogger(__name__)


def heartbeat_path(data_dir: Path) -> Path:
    """Return where the heartbeat of a data folder lives."""
    return data_dir / HEARTBEAT_FILE


async def beat(redis: Redis, path: Path, stop: asyncio.Event, every: float = 15.0) -> None:
    """Touch the heartbeat file after each successful Redis PING, until stopped."""
    path.parent.mkdir(parents=True, exist_ok=True)
    while not stop.is_set():
        try:
            await redis.ping()
            await asyncio.to_thread(path.touch)
        except RedisError as exc:
            log.warning("heartbeat: Redis does not answer: %s", exc)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)
    await asyncio.to_thread(path.unlink, missing_ok=True)


def age(path: Path, now: float | None = None) -> float | None:
    """Return seconds since the last beat, or None if there is none."""
    try:
        mtime = path.stat().st_mtime
    except FileNotFoundError:
        return None
    return (time.time() if now is None else now) - mtime
