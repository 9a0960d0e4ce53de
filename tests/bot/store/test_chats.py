"""Chat records: created on first contact, settings set and cleared, channels linked."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.keys import Keys
from bot.store.chats import Chat, ChatStore
from tests.redis_cluster import ON_SINGLE_AND_CLUSTER

pytestmark = ON_SINGLE_AND_CLUSTER

USER = 5001
GROUP = -4001
SUPERGROUP = -1004001
CHANNEL = -1009001


async def record(chats: ChatStore, chat_id: int) -> Chat:
    chat = await chats.get(chat_id)
    assert chat is not None
    return chat


async def test_ensure_creates_the_record_on_first_contact(redis: Redis, keys: Keys) -> None:
    chats = ChatStore(redis, keys)
    assert await chats.get(USER) is None
    chat = await chats.ensure(USER, "private", "سارة", "en")
    assert chat == Chat(id=USER, kind="private", title="سارة", lang="en")
    assert await chats.get(USER) == chat
    assert await chats.all_ids() == [USER]


async def test_ensure_keeps_the_first_language_and_updates_the_title(
    redis: Redis, keys: Keys
) -> None:
    chats = ChatStore(redis, keys)
    await chats.ensure(GROUP, "group", "أخبار الصباح", "ar")
    again = await chats.ensure(GROUP, "group", "أخبار المساء", "en")
    assert again.lang == "ar"
    assert again.title == "أخبار المساء"
    assert await chats.all_ids() == [GROUP]


async def test_a_chosen_language_survives_later_contact(redis: Redis, keys: Keys) -> None:
    chats = ChatStore(redis, keys)
    await chats.ensure(USER, "private", "سارة", "ar")
    await chats.set_lang(USER, "en")
    assert (await chats.ensure(USER, "private", "سارة", "ar")).lang == "en"


async def test_a_long_title_is_cut(redis: Redis, keys: Keys) -> None:
    chats = ChatStore(redis, keys)
    chat = await chats.ensure(GROUP, "group", "خبر" * 100, "ar")
    assert len(chat.title) == 128


async def test_all_ids_are_in_first_contact_order(redis: Redis, keys: Keys) -> None:
    chats = ChatStore(redis, keys)
    for chat_id in (CHANNEL, USER, GROUP):
        await chats.ensure(chat_id, "private" if chat_id > 0 else "group", "", "ar")
    assert await chats.all_ids() == [CHANNEL, USER, GROUP]


async def test_many_returns_known_chats_and_leaves_out_unknown_ones(
    redis: Redis, keys: Keys
) -> None:
    chats = ChatStore(redis, keys)
    user = await chats.ensure(USER, "private", "سارة", "ar")
    channel = await chats.ensure(CHANNEL, "channel", "قناة الأخبار", "en")
    assert await chats.many([USER, 777, CHANNEL]) == {USER: user, CHANNEL: channel}
    assert await chats.many([]) == {}


async def test_alike_groups_many_chats_by_their_settings(redis: Redis, keys: Keys) -> None:
    chats = ChatStore(redis, keys)
    ids = list(range(1, 2502))  # more than one read of READ_CHUNK records
    for chat_id in ids:
        await chats.ensure(chat_id, "private", f"مشترك {chat_id}", "ar")
    await chats.set_timezone(7, "Africa/Cairo")
    await chats.set_timezone(9, "Africa/Cairo")
    await chats.set_paused(2500, True)
    await chats.mark_inactive(GROUP, "removed")  # records without a kind
    await chats.mark_inactive(SUPERGROUP, "removed")
    groups = await chats.alike([*ids, 999_999, GROUP, SUPERGROUP])
    by_first = {chat.id: (chat, chat_ids) for chat, chat_ids in groups}
    assert sorted(by_first) == sorted([1, 7, 2500, GROUP, SUPERGROUP])
    every = sorted(chat_id for _chat, chat_ids in groups for chat_id in chat_ids)
    assert every == sorted([*ids, GROUP, SUPERGROUP])  # 999_999 has no record
    assert by_first[7] == (Chat(id=7, kind="private", timezone="Africa/Cairo"), [7, 9])
    assert by_first[2500] == (Chat(id=2500, kind="private", paused=True), [2500])
    assert by_first[1][0] == Chat(id=1, kind="private")  # no title: delivering never shows it
    assert len(by_first[1][1]) == 2501 - 3
    assert by_first[GROUP][0].kind == "group"
    assert by_first[SUPERGROUP][0].kind == "supergroup"
    assert by_first[1][0].with_id(8) == Chat(id=8, kind="private")


async def test_pause_and_resume(redis: Redis, keys: Keys) -> None:
    chats = ChatStore(redis, keys)
    await chats.ensure(USER, "private", "", "ar")
    await chats.set_paused(USER, True)
    assert (await record(chats, USER)).paused
    await chats.set_paused(USER, False)
    assert not (await record(chats, USER)).paused


async def test_topic_set_and_cleared(redis: Redis, keys: Keys) -> None:
    chats = ChatStore(redis, keys)
    await chats.ensure(SUPERGROUP, "supergroup", "", "ar")
    await chats.set_thread(SUPERGROUP, 42)
    assert (await record(chats, SUPERGROUP)).thread == 42
    await chats.set_thread(SUPERGROUP, None)
    assert (await record(chats, SUPERGROUP)).thread is None


async def test_managing_a_channel_changes_the_target(redis: Redis, keys: Keys) -> None:
    chats = ChatStore(redis, keys)
    chat = await chats.ensure(USER, "private", "", "ar")
    assert chat.managing is None
    assert chat.target == USER
    await chats.set_managing(USER, CHANNEL)
    managing = await record(chats, USER)
    assert managing.managing == CHANNEL
    assert managing.target == CHANNEL
    await chats.set_managing(USER, None)
    back = await record(chats, USER)
    assert back.managing is None
    assert back.target == USER


async def test_inactive_mark_and_reactivate(redis: Redis, keys: Keys) -> None:
    chats = ChatStore(redis, keys)
    await chats.ensure(USER, "private", "", "ar")
    assert await chats.reactivate(USER) is False  # never marked
    await chats.mark_inactive(USER, "blocked")
    assert (await record(chats, USER)).inactive == "blocked"
    assert await chats.reactivate(USER) is True
    assert (await record(chats, USER)).inactive == ""
    assert await chats.reactivate(USER) is False


async def test_an_inactive_mark_without_a_reason_still_marks(redis: Redis, keys: Keys) -> None:
    chats = ChatStore(redis, keys)
    await chats.ensure(USER, "private", "", "ar")
    await chats.mark_inactive(USER, "")
    assert (await record(chats, USER)).inactive == "unreachable"


async def test_a_group_marked_before_first_contact_is_not_taken_for_a_private_chat(
    redis: Redis, keys: Keys
) -> None:
    chats = ChatStore(redis, keys)
    await chats.mark_inactive(GROUP, "removed")
    await chats.mark_inactive(SUPERGROUP, "removed")
    found = await chats.many([GROUP, SUPERGROUP])
    assert found[GROUP].kind == "group"
    assert found[SUPERGROUP].kind == "supergroup"


async def test_linked_channels(redis: Redis, keys: Keys) -> None:
    chats = ChatStore(redis, keys)
    assert await chats.linked_channels(USER) == []
    await chats.link_channel(USER, CHANNEL)
    await chats.link_channel(USER, -1002)
    await chats.link_channel(USER, CHANNEL)
    assert await chats.linked_channels(USER) == [CHANNEL, -1002]
    assert await chats.linked_channels(USER + 1) == []
    await chats.unlink_channel(USER, CHANNEL)
    assert await chats.linked_channels(USER) == [-1002]
    await chats.unlink_channel(USER, CHANNEL)
    assert await chats.linked_channels(USER) == [-1002]


def test_target_is_the_chat_itself_unless_managing() -> None:
    assert Chat(id=USER, kind="private").target == USER
    assert Chat(id=USER, kind="private", managing=CHANNEL).target == CHANNEL
