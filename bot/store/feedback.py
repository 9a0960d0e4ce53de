""" "Not about this": which term fired wrongly on which article, in which chat."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

from redis.asyncio import Redis

from bot.keys import Keys
from bot.store.daily_stats import KEEP_SECONDS, day_of

STREAM_LENGTH = 100_000  # about; the stream is trimmed lazily beyond this


class Feedback:
    """Records each 👎 for the team's quality figures, and counts them per day for /stats."""

    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis = redis
        self._keys = keys

    async def record(self, term: str, article_id: str, chat_id: int, feed_id: str,
                     now: float) -> None:  # fmt: skip
        """Keep one piece of feedback."""
        day = self._keys.feedback_day(day_of(datetime.fromtimestamp(now, UTC)))
        fields = {"term": term, "article": article_id, "chat": str(chat_id), "feed": feed_id}
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.xadd(self._keys.feedback(), fields, maxlen=STREAM_LENGTH, approximate=True)  # type: ignore[arg-type]
            pipe.hincrby(day, term, 1)
            pipe.expire(day, KEEP_SECONDS)
            await pipe.execute()

    async def day(self, now: datetime) -> dict[str, int]:
        """Return the day's counts per term, most first."""
        raw = cast(dict[str, str], await self._redis.hgetall(self._keys.feedback_day(day_of(now))))
        counts = {term: int(count) for term, count in raw.items()}
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
