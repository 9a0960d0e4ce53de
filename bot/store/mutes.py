"""Terms a chat muted for a while: their alerts are not sent until the mute ends."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from redis.asyncio import Redis

from bot.keys import Keys

DAY = 86_400.0


class Mutes:
    """Per chat, muted terms and when each mute ends; times come from the caller."""

    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis = redis
        self._keys = keys

    async def mute(self, chat_id: int, term: str, until: float, now: float) -> None:
        """Mute a term until `until` (Unix time); mutes that ended by `now` are dropped."""
        key = self._keys.mutes(chat_id)
        ended = [t for t, end in (await self._all(chat_id)).items() if end <= now]
        async with self._redis.pipeline(transaction=True) as pipe:
            if ended:
                pipe.hdel(key, *ended)
            pipe.hset(key, term, f"{until:.0f}")
            # Relative to the caller's clock, which may not be Redis's: kept while any mute lasts.
            pipe.expire(key, int(max(until - now, 0)) + 1, gt=True)
            pipe.expire(key, int(max(until - now, 0)) + 1, nx=True)
            await pipe.execute()

    async def unmute(self, chat_id: int, term: str) -> None:
        """End a term's mute now (it was removed, or muted by mistake)."""
        await self._redis.hdel(self._keys.mutes(chat_id), term)

    async def active(self, chat_ids: Iterable[int], now: float) -> dict[int, dict[str, float]]:
        """Return, for the chats that have any, their terms muted at `now` and until when."""
        ids = list(chat_ids)
        async with self._redis.pipeline(transaction=False) as pipe:
            for chat_id in ids:
                pipe.hgetall(self._keys.mutes(chat_id))
            found = cast(list[dict[str, str]], await pipe.execute())
        muted: dict[int, dict[str, float]] = {}
        for chat_id, fields in zip(ids, found, strict=True):
            live = {term: float(end) for term, end in fields.items() if float(end) > now}
            if live:
                muted[chat_id] = live
        return muted

    async def _all(self, chat_id: int) -> dict[str, float]:
        fields = cast(dict[str, str], await self._redis.hgetall(self._keys.mutes(chat_id)))
        return {term: float(end) for term, end in fields.items()}
