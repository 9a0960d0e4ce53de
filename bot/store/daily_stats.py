"""Per-day counters for /stats: alerts sent and send errors, kept for a week."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from redis.asyncio import Redis

from bot.keys import Keys

Counter = Literal["alerts_sent", "send_errors"]
KEEP_SECONDS = 8 * 86_400


def day_of(moment: datetime) -> str:
    """Return the UTC day a moment falls on, as the key uses it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d")


class DailyStats:
    """Counters of one deployment, one hash per UTC day."""

    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis = redis
        self._keys = keys

    async def incr(self, counter: Counter, now: datetime, amount: int = 1) -> None:
        """Add to a counter of the day `now` falls on."""
        key = self._keys.stats(day_of(now))
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hincrby(key, counter, amount)
            pipe.expire(key, KEEP_SECONDS)
            await pipe.execute()

    async def day(self, now: datetime) -> dict[Counter, int]:
        """Return the counters of the day `now` falls on (zero when unset)."""
        raw = await self._redis.hgetall(self._keys.stats(day_of(now)))
        return {
            "alerts_sent": int(raw.get("alerts_sent", 0)),
            "send_errors": int(raw.get("send_errors", 0)),
        }
