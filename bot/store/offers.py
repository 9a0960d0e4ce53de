"""Terms offered from a plain message, kept until the user presses confirm."""

from __future__ import annotations

import hashlib

from redis.asyncio import Redis

from bot.keys import Keys

OFFER_TTL = 24 * 3600


def digest(term: str) -> str:
    """Return a short stable id for a term, small enough for a button's callback data."""
    return hashlib.blake2b(term.encode("utf-8"), digest_size=6).hexdigest()


class Offers:
    """Pending offers per chat; a button carries only the digest (callback data is 64 bytes)."""

    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis = redis
        self._keys = keys

    async def put(self, chat_id: int, term: str) -> str:
        """Keep an offered term for a day; return its digest."""
        key = digest(term)
        await self._redis.set(self._keys.offer(chat_id, key), term, ex=OFFER_TTL)
        return key

    async def take(self, chat_id: int, key: str) -> str | None:
        """Return and forget an offered term; None if it expired or was taken."""
        term = await self._redis.getdel(self._keys.offer(chat_id, key))
        return None if term is None else str(term)
