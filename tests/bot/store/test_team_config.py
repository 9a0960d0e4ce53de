"""Team chats declared in config.yaml are created and kept equal to the file."""

from __future__ import annotations

from typing import Any

from redis.asyncio import Redis

from bot.keys import Keys
from bot.settings import Settings
from bot.settings_validation import parse_settings
from bot.store.chats import Chat, ChatStore
from bot.store.subscriptions import Subscriptions
from bot.store.team_config import apply_teams

NEWSROOM = -1001234
SMALL_GROUP = -5678


def settings_with(*teams: dict[str, Any]) -> Settings:
    return parse_settings({"teams": list(teams)}, "config.yaml")


async def record(chats: ChatStore, chat_id: int) -> Chat:
    chat = await chats.get(chat_id)
    assert chat is not None
    return chat


async def test_teams_are_created_with_their_language_topic_and_terms(
    redis: Redis, keys: Keys
) -> None:
    chats, subs = ChatStore(redis, keys), Subscriptions(redis, keys)
    settings = settings_with(
        {"chat_id": NEWSROOM, "terms": ["السودان", "ليبيا"], "thread_id": 12, "lang": "en"},
        {"chat_id": SMALL_GROUP, "terms": ["اليمن"]},
    )
    await apply_teams(settings, chats, subs)

    newsroom = await record(chats, NEWSROOM)
    assert (newsroom.kind, newsroom.lang, newsroom.thread) == ("supergroup", "en", 12)
    small = await record(chats, SMALL_GROUP)
    assert (small.kind, small.lang, small.thread) == ("group", "ar", None)
    assert await subs.terms(NEWSROOM) == ["السودان", "ليبيا"]
    assert await subs.terms(SMALL_GROUP) == ["اليمن"]
    assert await subs.remove(NEWSROOM, "ليبيا") == "config"
    assert set(await chats.all_ids()) == {NEWSROOM, SMALL_GROUP}


async def test_reapplying_after_a_term_is_dropped_from_the_file_removes_it(
    redis: Redis, keys: Keys
) -> None:
    chats, subs = ChatStore(redis, keys), Subscriptions(redis, keys)
    await apply_teams(
        settings_with({"chat_id": NEWSROOM, "terms": ["السودان", "ليبيا"]}), chats, subs
    )
    await subs.add(NEWSROOM, "تونس", 100)  # added in the group with /watch
    await apply_teams(settings_with({"chat_id": NEWSROOM, "terms": ["السودان"]}), chats, subs)
    assert await subs.terms(NEWSROOM) == ["السودان", "تونس"]


async def test_the_file_sets_the_language_it_declares_and_keeps_the_groups_topic_and_title(
    redis: Redis, keys: Keys
) -> None:
    chats, subs = ChatStore(redis, keys), Subscriptions(redis, keys)
    await chats.ensure(NEWSROOM, "supergroup", "غرفة الأخبار", "ar")
    await chats.set_thread(NEWSROOM, 3)
    await apply_teams(
        settings_with({"chat_id": NEWSROOM, "terms": ["السودان"], "lang": "en"}), chats, subs
    )
    newsroom = await record(chats, NEWSROOM)
    assert (newsroom.title, newsroom.lang, newsroom.thread) == ("غرفة الأخبار", "en", 3)


async def test_terms_are_stored_as_a_user_would_have_typed_them(redis: Redis, keys: Keys) -> None:
    chats, subs = ChatStore(redis, keys), Subscriptions(redis, keys)
    settings = settings_with({"chat_id": NEWSROOM, "terms": ["كوريا   الشمالية\u200f"]})
    await apply_teams(settings, chats, subs)
    assert await subs.terms(NEWSROOM) == ["كوريا الشمالية"]
    assert await subs.add(NEWSROOM, "كوريا الشمالية", 100) == "present"
