"""Groups, forum topics and channels: managed by their own administrators only."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.keys import Keys
from bot.store.chats import Chat
from tests.handlers.bot_rig import ADMIN, BotRig, buttons, eventually, running_bot
from tests.telegram_api import BOT_USERNAME, FakeBotAPI

GROUP = -100200300
OWNER, MODERATOR, MEMBER = 11, 12, 13
CHANNEL = -100900800


async def test_group_admins_manage_terms_and_members_cannot(rig: BotRig) -> None:
    rig.api.add_group(GROUP, "غرفة الأخبار", creator=OWNER, admins=(MODERATOR,), members=(MEMBER,))
    added = await rig.says(MODERATOR, "/watch روسيا", chat_id=GROUP)
    assert "سأنبه هذه المحادثة" in added.text
    refused = await rig.says(MEMBER, "/watch إيران", chat_id=GROUP)
    assert "مشرفو هذه المجموعة وحدهم" in refused.text
    refused = await rig.says(MEMBER, "/pause", chat_id=GROUP)
    assert "مشرفو هذه المجموعة وحدهم" in refused.text
    listing = await rig.says(MEMBER, "/list", chat_id=GROUP)  # reading is open to members
    assert "\u2068روسيا\u2069" in listing.text
    assert await rig.services.subscriptions.terms(GROUP) == ["روسيا"]
    assert await rig.services.subscriptions.terms(MEMBER) == []
    chat = await rig.services.chats.get(GROUP)
    assert chat is not None and chat.kind == "supergroup" and not chat.paused


async def test_a_members_tap_on_an_admins_button_is_answered_on_the_button_only(
    rig: BotRig,
) -> None:
    rig.api.add_group(GROUP, "غرفة الأخبار", creator=OWNER, members=(MEMBER,))
    await rig.says(OWNER, "/watch روسيا", chat_id=GROUP)
    listing = await rig.says(MEMBER, "/list", chat_id=GROUP)
    modes = await rig.says(OWNER, "/mode", chat_id=GROUP)
    langs = await rig.says(OWNER, "/lang", chat_id=GROUP)
    posted = len(rig.api.messages_to(GROUP))
    taps = [
        (listing, buttons(listing)[0][1]),  # remove «روسيا»
        (modes, buttons(modes)[1][1]),  # hourly
        (langs, buttons(langs)[1][1]),  # English
    ]
    for message, data in taps:
        answer = await rig.presses(MEMBER, message, data)
        assert "مشرفو هذه المجموعة وحدهم" in answer["text"], data
        assert answer.get("show_alert") is True and len(answer["text"]) <= 200
        assert "<" not in answer["text"] and "&" not in answer["text"]
    await rig.says(OWNER, "/list", chat_id=GROUP)  # every tap above was handled before this
    assert len(rig.api.messages_to(GROUP)) == posted + 1  # no refusal was posted to the group
    assert await rig.services.subscriptions.terms(GROUP) == ["روسيا"]
    chat = await rig.services.chats.get(GROUP)
    assert chat is not None and chat.mode == "instant" and chat.lang == "ar"
    allowed = await rig.presses(OWNER, modes, buttons(modes)[1][1])
    assert "text" not in allowed
    await eventually(lambda: "كل ساعة" in rig.api.current(modes).text)


async def test_group_start_and_help_speak_of_the_group(rig: BotRig) -> None:
    rig.api.add_group(GROUP, "غرفة الأخبار", creator=OWNER, members=(MEMBER,))
    started = await rig.says(MEMBER, "/start", chat_id=GROUP)
    assert "مشرفو المجموعة" in started.text and "أرسل لي" not in started.text
    helped = await rig.says(MEMBER, "/help", chat_id=GROUP)
    assert "رصد في هذه المجموعة" in helped.text and "/here" in helped.text
    assert "أو أرسلها وحدها في رسالة" not in helped.text and "/channel" not in helped.text
    assert "محادثة خاصة" in helped.text
    admin_help = await rig.says(ADMIN, "/help", chat_id=GROUP)
    assert "/addfeed" not in admin_help.text  # admin commands work in a private chat only
    await rig.says(OWNER, "/lang en", chat_id=GROUP)
    english = await rig.says(MEMBER, "/help", chat_id=GROUP)
    assert "Rasd in this group" in english.text and "private chat" in english.text
    private = await rig.says(MEMBER, "/start")
    assert "أرسل لي ما تريد متابعته" in private.text
    group_menu = {c["command"]: c["description"] for c in rig.api.commands("ar", "all_group_chats")}
    own_menu = {c["command"]: c["description"] for c in rig.api.commands("ar", "all_private_chats")}
    assert (group_menu["list"], own_menu["list"]) == ("عبارات المجموعة", "عباراتك")


async def test_commands_addressed_to_this_bot_work_and_others_are_ignored(rig: BotRig) -> None:
    rig.api.add_group(GROUP, "غرفة الأخبار", creator=OWNER)
    reply = await rig.says(OWNER, f"/watch@{BOTNAME} سيول", chat_id=GROUP)
    assert "سأنبه" in reply.text
    await rig.says_nothing_back(OWNER, "/watch@other_bot النفط", chat_id=GROUP)
    await rig.says_nothing_back(OWNER, "/frobnicate@other_bot", chat_id=GROUP)
    assert await rig.services.subscriptions.terms(GROUP) == ["سيول"]


async def test_here_in_a_forum_topic_sends_alerts_there(rig: BotRig) -> None:
    rig.api.add_group(GROUP, "منتدى", creator=OWNER, is_forum=True)
    reply = await rig.says(OWNER, "/here", chat_id=GROUP, thread_id=77)
    assert "هذا الموضوع" in reply.text
    assert reply.params.get("message_thread_id") == 77
    chat = await rig.services.chats.get(GROUP)
    assert chat is not None and chat.thread == 77
    main = await rig.says(OWNER, "/here", chat_id=GROUP)
    assert "المحادثة الرئيسية" in main.text
    chat = await rig.services.chats.get(GROUP)
    assert chat is not None and chat.thread is None
    private = await rig.says(OWNER, "/here")
    assert "يُستخدم في مجموعة" in private.text


async def test_migration_moves_the_groups_terms_to_the_supergroup(rig: BotRig) -> None:
    old, new = -4455, -1004455
    rig.api.add_group(old, "مجموعة صغيرة", kind="group", creator=OWNER)
    await rig.says(OWNER, "/watch روسيا", chat_id=old)
    after = rig.api.sent_count()
    rig.api.migrate_group(old, new)
    notice = await rig.next_message(new, after)
    assert "نُقلت عبارات هذه المجموعة" in notice.text
    assert await rig.services.subscriptions.terms(new) == ["روسيا"]
    assert await rig.services.subscriptions.terms(old) == []
    assert await rig.services.chats.get(old) is None


async def test_a_blocked_bot_marks_the_chat_inactive_and_start_brings_it_back(
    rig: BotRig,
) -> None:
    await rig.says(OWNER, "/watch روسيا")
    rig.api.user_blocks(OWNER)
    chat = await eventually(_inactive(rig, OWNER))
    assert chat.inactive == "blocked"
    rig.api.user_unblocks(OWNER)
    back = await rig.says(OWNER, "/start")
    assert "عدتَ إلى" in back.text
    chat = await rig.services.chats.get(OWNER)
    assert chat is not None and chat.inactive == ""
    assert await rig.services.subscriptions.terms(OWNER) == ["روسيا"]


def _inactive(rig: BotRig, chat_id: int) -> Callable[[], Awaitable[Chat | None]]:
    async def check() -> Chat | None:
        chat = await rig.services.chats.get(chat_id)
        return chat if chat is not None and chat.inactive else None

    return check


async def test_channel_admin_links_a_channel_and_manages_its_terms(rig: BotRig) -> None:
    rig.api.add_channel(CHANNEL, "rasd_news", "قناة الرصد", admins=(OWNER,), bot_is_admin=True)
    linked = await rig.says(OWNER, "/channel @rasd_news")
    assert "تدير الآن القناة «قناة الرصد»" in linked.text
    added = await rig.says(OWNER, "/watch كوريا الشمالية")
    assert "«قناة الرصد»" in added.text
    assert await rig.services.subscriptions.terms(CHANNEL) == ["كوريا الشمالية"]
    assert await rig.services.subscriptions.terms(OWNER) == []
    back = await rig.says(OWNER, "/channel off")
    assert "عدتَ إلى إدارة عباراتك" in back.text
    await rig.says(OWNER, "/watch روسيا")
    assert await rig.services.subscriptions.terms(OWNER) == ["روسيا"]
    choose = await rig.says(OWNER, "/channel")
    assert [label for label, _ in buttons(choose)] == ["📢 قناة الرصد", "عباراتي أنا"]


async def test_a_forwarded_post_links_its_channel(rig: BotRig) -> None:
    rig.api.add_channel(CHANNEL, "rasd_news", "قناة الرصد", admins=(OWNER,), bot_is_admin=True)
    linked = await rig.says(OWNER, "منشور من القناة", forward_from_chat=CHANNEL)
    assert "تدير الآن القناة" in linked.text


async def test_channel_links_are_refused_without_both_sides_rights(rig: BotRig) -> None:
    rig.api.add_channel(CHANNEL, "rasd_news", "قناة الرصد", admins=(OWNER,), bot_is_admin=False)
    rig.api.add_channel(CHANNEL - 1, "other_news", "قناة أخرى", admins=(OWNER,), bot_is_admin=True)
    rig.api.add_group(GROUP, "مجموعة", creator=OWNER)
    assert "لست مشرفًا" in (await rig.says(OWNER, "/channel @rasd_news")).text
    assert "وحدهم" in (await rig.says(MEMBER, "/channel @other_news")).text
    assert "لم أجد القناة" in (await rig.says(OWNER, "/channel @nowhere_at_all")).text
    assert "ليست قناة" in (await rig.says(OWNER, f"/channel {GROUP}")).text
    chat = await rig.services.chats.get(MEMBER)
    assert chat is not None and chat.managing is None


async def test_losing_channel_rights_sends_the_user_back_to_their_own_terms(
    bot_api: FakeBotAPI, redis_url: str, keys: Keys
) -> None:
    async with running_bot(bot_api, redis_url, keys) as rig:
        bot_api.add_channel(CHANNEL, "rasd_news", "قناة", admins=(OWNER,), bot_is_admin=True)
        await rig.says(OWNER, "/channel @rasd_news")
        bot_api.set_member(CHANNEL, OWNER, "member")
        lost = await rig.says(OWNER, "/watch روسيا")
        assert "لم تعد مشرفًا" in lost.text
        assert await rig.services.subscriptions.terms(CHANNEL) == []


async def test_team_chats_declared_in_config_get_their_terms(
    bot_api: FakeBotAPI, redis_url: str, keys: Keys
) -> None:
    teams = [{"chat_id": GROUP, "terms": ["روسيا", "إيران"], "thread_id": 5, "lang": "en"}]
    async with running_bot(bot_api, redis_url, keys, {"teams": teams}) as rig:
        assert await rig.services.subscriptions.terms(GROUP) == ["روسيا", "إيران"]
        chat = await rig.services.chats.get(GROUP)
        assert chat is not None and chat.thread == 5 and chat.lang == "en"
        rig.api.add_group(GROUP, "فريق", creator=OWNER)
        refused = await rig.says(OWNER, "/unwatch روسيا", chat_id=GROUP)
        assert "declared in config.yaml" in refused.text


BOTNAME = BOT_USERNAME


async def test_added_to_a_group_the_bot_says_hello_and_removed_it_stops(rig: BotRig) -> None:
    after = rig.api.sent_count()
    rig.api.add_group(GROUP, "غرفة الأخبار", creator=OWNER, added_by=OWNER)
    hello = await rig.next_message(GROUP, after)
    assert "يضيف مشرفو المجموعة عبارات للمتابعة" in hello.text
    await rig.says(OWNER, "/watch روسيا", chat_id=GROUP)
    rig.api.bot_removed(GROUP, by=OWNER)
    chat = await eventually(_inactive(rig, GROUP))
    assert chat.inactive == "removed"
    assert await rig.services.subscriptions.terms(GROUP) == ["روسيا"]
