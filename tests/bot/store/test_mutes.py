"""Mutes: a term silenced in a chat until a time the caller gives."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.keys import Keys
from bot.store.mutes import DAY, Mutes

NOW = 1_780_000_000.0


async def test_a_mute_holds_until_its_end_and_only_in_its_chat(redis: Redis, keys: Keys) -> None:
    mutes = Mutes(redis, keys)
    await mutes.mute(1, "روسيا", NOW + DAY, NOW)
    assert await mutes.active([1, 2], NOW + 60) == {1: {"روسيا": NOW + DAY}}
    assert await mutes.active([1, 2], NOW + DAY) == {}
    await mutes.mute(1, "إيران", NOW + 2 * DAY, NOW + DAY + 1)  # drops the ended mute
    assert await redis.hkeys(keys.mutes(1)) == ["إيران"]
    await mutes.unmute(1, "إيران")
    assert await mutes.active([1], NOW + DAY + 2) == {}
