"""Mutes: a term silenced in a chat until a time the caller gives, read with the chat's record."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.keys import Keys
from bot.store.chats import ChatStore
from bot.store.mutes import DAY, Mutes
from tests.redis_cluster import ON_SINGLE_AND_CLUSTER

pytestmark = ON_SINGLE_AND_CLUSTER

NOW = 1_780_000_000.0


async def test_a_mute_holds_until_its_end_and_only_in_its_chat(redis: Redis, keys: Keys) -> None:
    mutes, chats = Mutes(redis, keys), ChatStore(redis, keys)
    for chat_id in (1, 2):
        await chats.ensure(chat_id, "private", "قارئ", "ar")
    await mutes.mute(1, "روسيا", NOW + DAY, NOW)
    records = await chats.many([1, 2])
    assert records[1].muted("روسيا", NOW + 60) and not records[1].muted("روسيا", NOW + DAY)
    assert not records[1].muted("إيران", NOW) and not records[2].muted("روسيا", NOW)
    await mutes.mute(1, "إيران", NOW + 2 * DAY, NOW + DAY + 1)  # drops the ended mute
    assert await mutes.of(1) == {"إيران": NOW + 2 * DAY}
    await mutes.unmute(1, "إيران")
    chat = await chats.get(1)
    assert chat is not None and dict(chat.mutes) == {} and chat.title == "قارئ"
