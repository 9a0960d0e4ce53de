"""Terms a chat muted for a while: their alerts are not sent until the mute ends.

A mute is a field of the chat's record (``mute:{term}`` = the Unix time it
ends), so the fan-out, which reads every matched chat's record anyway, learns
the mutes without another round trip (bot.store.chats.Chat.mutes). An ended
mute is ignored, and dropped when the chat mutes again or unwatches the term.
"""

from __future__ import annotations

from typing import cast

from redis.asyncio import Redis

from bot.keys import Keys

DAY = 86_400.0
FIELD = "mute:"  # prefix of a mute's field in the chat's record


class Mutes:
    """Per chat, muted terms and when each mute ends; times come from the caller."""

    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis = redis
        self._keys = keys

    async def mute(self, chat_id: int, term: str, until: float, now: float) -> None:
        """Mute a term until `until` (Unix time); mutes that ended by `now` are dropped."""
        key = self._keys.chat(chat_id)
        ended = [FIELD + t for t, end in (await self.of(chat_id)).items() if end <= now]
        async with self._redis.pipeline(transaction=True) as pipe:
            if ended:
                pipe.hdel(key, *ended)
            pipe.hset(key, FIELD + term, f"{until:.0f}")
            await pipe.execute()

    async def unmute(self, chat_id: int, term: str) -> None:
        """End a term's mute now (it was removed, or muted by mistake)."""
        await self._redis.hdel(self._keys.chat(chat_id), FIELD + term)

    async def of(self, chat_id: int) -> dict[str, float]:
        """Return every mute recorded for a chat, ended ones included (term -> end)."""
        fields = cast(dict[str, str], await self._redis.hgetall(self._keys.chat(chat_id)))
        return mutes_in(fields)


def mutes_in(fields: dict[str, str]) -> dict[str, float]:
    """Return the mutes among a chat record's fields (term -> Unix time the mute ends)."""
    found: dict[str, float] = {}
    for name, value in fields.items():
        if name.startswith(FIELD):
            try:
                found[name.removeprefix(FIELD)] = float(value)
            except ValueError:
                continue  # unreadable: no mute
    return found
