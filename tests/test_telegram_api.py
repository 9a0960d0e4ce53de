"""The fake Telegram behaves like Telegram, as seen through python-telegram-bot itself."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from datetime import timedelta

import pytest
import telegram
from telegram import (
    ChatMemberAdministrator,
    ChatMemberBanned,
    ChatMemberLeft,
    ChatMemberMember,
    ChatMemberOwner,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MessageOriginChannel,
)
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter

from tests.telegram_api import BOT_ID, BOT_USERNAME, Button, FakeBotAPI, FloodLimits
from tests.telegram_html import HTMLParseError, parse_html, tidy, utf16_len

Factory = Callable[..., FakeBotAPI]


@pytest.fixture(autouse=True)
def _direct_to_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    # PTB's httpx honours HTTP(S)_PROXY; the fake is on this machine.
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.setenv("no_proxy", "127.0.0.1")


@pytest.fixture
def make_api() -> Iterator[Factory]:
    """Build started servers with options; for tests that call what the fake must refuse."""
    servers: list[FakeBotAPI] = []

    def make(**options: object) -> FakeBotAPI:
        server = FakeBotAPI(**options)  # type: ignore[arg-type]
        server.start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


def bot_for(api: FakeBotAPI) -> telegram.Bot:
    return telegram.Bot(api.state.token, base_url=f"{api.base_url}/bot")


@pytest.fixture
async def bot(bot_api: FakeBotAPI) -> AsyncIterator[telegram.Bot]:
    async with bot_for(bot_api) as client:
        yield client


class ManualClock:
    """A clock for FloodLimits that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# -- sending -------------------------------------------------------------------
async def test_send_message_returns_what_telegram_made_of_the_html(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    sent = await bot.send_message(42, "<b>رصد</b> يرى &lt;كل&gt; شيء 🚀", parse_mode="HTML")
    assert sent.text == "رصد يرى <كل> شيء 🚀"
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [("bold", 0, 3)]
    assert sent.from_user is not None and sent.from_user.username == BOT_USERNAME
    assert sent.chat.id == 42 and sent.chat.type == "private"
    recorded = bot_api.wait_for_message(42)
    assert recorded.text == "<b>رصد</b> يرى &lt;كل&gt; شيء 🚀"
    assert recorded.message_id == sent.message_id and recorded.parse_mode == "HTML"


async def test_plain_text_is_taken_literally_and_trimmed(bot: telegram.Bot) -> None:
    sent = await bot.send_message(42, "\n  <b>not bold</b> &amp;  \n")
    assert sent.text == "<b>not bold</b> &amp;"
    assert sent.entities == ()


async def test_unknown_chat_is_not_found(bot: telegram.Bot) -> None:
    with pytest.raises(BadRequest, match=r"^Chat not found$"):
        await bot.send_message(-100123, "x")
    with pytest.raises(BadRequest, match=r"^Chat not found$"):
        await bot.send_message("@nobody_here", "x")


async def test_strict_users_must_have_started_the_bot(make_api: Factory) -> None:
    api = make_api(strict_users=True)
    api.add_group(-1001, "مجموعة", members=[7])
    async with bot_for(api) as bot:
        with pytest.raises(BadRequest, match=r"^Chat not found$"):
            await bot.send_message(5, "x")
        with pytest.raises(Forbidden, match="bot can't initiate conversation with a user"):
            await bot.send_message(7, "x")
        api.user_says(5, "/start")
        assert (await bot.send_message(5, "أهلًا")).chat.id == 5
    assert api.state.unknown_methods == []


async def test_blocked_user_gets_nothing_and_the_bot_is_told(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    await bot.send_message(42, "قبل الحظر")
    bot_api.user_blocks(42)
    with pytest.raises(Forbidden, match=r"^Forbidden: bot was blocked by the user$"):
        await bot.send_message(42, "بعد الحظر")
    assert bot_api.attempts_to(42) == 2
    assert [m.text for m in bot_api.messages_to(42)] == ["قبل الحظر"]
    [update] = await bot.get_updates()
    change = update.my_chat_member
    assert change is not None and change.chat.id == 42
    assert (change.old_chat_member.status, change.new_chat_member.status) == ("member", "kicked")
    assert change.new_chat_member.user.id == BOT_ID
    bot_api.user_unblocks(42)
    await bot.send_message(42, "عاد")


async def test_bot_removed_from_groups_is_forbidden_with_telegrams_words(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    bot_api.add_group(-1001, "كبيرة", creator=1)
    bot_api.add_group(-2, "صغيرة", kind="group", creator=1)
    bot_api.bot_removed(-1001)
    bot_api.bot_removed(-2)
    with pytest.raises(Forbidden, match=r"^Forbidden: bot was kicked from the supergroup chat$"):
        await bot.send_message(-1001, "x")
    with pytest.raises(Forbidden, match=r"^Forbidden: bot was kicked from the group chat$"):
        await bot.send_message(-2, "x")
    updates = await bot.get_updates()
    assert [u.my_chat_member.chat.id for u in updates if u.my_chat_member] == [-1001, -2]
    assert all(u.my_chat_member and u.my_chat_member.from_user.id == 1 for u in updates)


async def test_migrated_group_points_to_its_supergroup(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    bot_api.add_group(-5, "أخبار الحي", kind="group", creator=9, admins=[10])
    bot_api.migrate_group(-5, -1005)
    with pytest.raises(ChatMigrated) as refused:
        await bot.send_message(-5, "x")
    assert refused.value.new_chat_id == -1005
    old, new = await bot.get_updates()
    assert old.message is not None and old.message.migrate_to_chat_id == -1005
    assert new.message is not None and new.message.migrate_from_chat_id == -5
    assert new.message.chat.type == "supergroup"
    assert (await bot.send_message(-1005, "هنا")).chat.id == -1005
    assert isinstance(await bot.get_chat_member(-1005, 10), ChatMemberAdministrator)


async def test_reply_to_a_missing_message_is_refused(bot: telegram.Bot) -> None:
    first = await bot.send_message(42, "أول")
    await bot.send_message(42, "رد", reply_to_message_id=first.message_id)
    with pytest.raises(BadRequest, match=r"^Message to be replied not found$"):
        await bot.send_message(42, "رد", reply_to_message_id=999)


# -- injected errors and flood limits -------------------------------------------
async def test_injected_429_reaches_ptb_as_retry_after(
    bot: telegram.Bot, bot_api: FakeBotAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # PTB 22 otherwise warns on int retry_after
    bot_api.fail_next(
        "sendMessage", 429, "Too Many Requests: retry after 3",
        parameters={"retry_after": 3}, chat_id=42,
    )  # fmt: skip
    await bot.send_message(43, "another chat is not affected")
    with pytest.raises(RetryAfter) as refused:
        await bot.send_message(42, "x")
    assert refused.value.retry_after == timedelta(seconds=3)
    await bot.send_message(42, "x")  # only the next one failed
    assert bot_api.attempts_to(42) == 2


async def test_injected_server_errors_repeat_as_asked(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    bot_api.fail_next("sendMessage", 502, "Bad Gateway", times=2)
    for _ in range(2):
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.send_message(42, "x")
    await bot.send_message(42, "x")


async def test_flood_limits_a_private_chat_to_one_message_a_second(
    make_api: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    clock = ManualClock()
    api = make_api(limits=FloodLimits(clock=clock))
    async with bot_for(api) as bot:
        await bot.send_message(42, "1")
        await bot.send_message(43, "another chat has its own window")
        clock.now += 0.25
        with pytest.raises(RetryAfter) as refused:
            await bot.send_message(42, "2")
        assert refused.value.retry_after == timedelta(seconds=1)
        clock.now += 0.75
        await bot.send_message(42, "2")
    assert api.state.flood_429s == 1
    assert api.attempts_to(42) == 3 and len(api.messages_to(42)) == 2


async def test_flood_limits_groups_per_minute_and_everyone_per_second(
    make_api: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    clock = ManualClock()
    api = make_api(limits=FloodLimits(clock=clock))
    api.add_group(-1001, "مجموعة")
    async with bot_for(api) as bot:
        for i in range(20):
            await bot.send_message(-1001, str(i))
            clock.now += 1
        with pytest.raises(RetryAfter) as refused:
            await bot.send_message(-1001, "21st in a minute")
        assert refused.value.retry_after == timedelta(seconds=40)
        for user_id in range(100, 130):
            await bot.send_message(user_id, "broadcast")
        with pytest.raises(RetryAfter) as refused:
            await bot.send_message(200, "31st in a second")
        assert refused.value.retry_after == timedelta(seconds=1)
    assert api.state.flood_429s == 2


# -- text rules ------------------------------------------------------------------
async def test_bad_html_is_refused_with_telegrams_words(bot: telegram.Bot) -> None:
    cases = {
        "خبر <foo>x</foo>": 'unsupported start tag "foo" at byte offset 7',
        "<b>عاجل": 'can\'t find end tag corresponding to start tag "b"',
        "عاجل</b>": "unexpected end tag at byte offset 8",
        "<b>x</i>": 'unmatched end tag at byte offset 4, expected "</b>", found "</i>"',
        "5 < 6": 'unsupported start tag "" at byte offset 2',
    }
    for markup, reason in cases.items():
        with pytest.raises(BadRequest) as refused:
            await bot.send_message(42, markup, parse_mode="HTML")
        # PTB strips "Bad Request: " and capitalizes the rest, lowering tdlib's capitals.
        assert refused.value.message == f"Can't parse entities: {reason}", markup


async def test_length_counts_parsed_text_in_utf16_units(bot: telegram.Bot) -> None:
    escaped = "&lt;" * 150 + "ا" * 3850  # 4,450 characters sent, 4,000 after parsing
    parsed = await bot.send_message(42, escaped, parse_mode="HTML")
    assert parsed.text is not None and len(parsed.text) == 4000
    await bot.send_message(42, "ع" * 4096)
    await bot.send_message(42, "😀" * 2048)  # each emoji is two UTF-16 units
    for too_long in ("x" * 4097, "😀" * 2048 + "!", "<b>" + "ع" * 4097 + "</b>"):
        with pytest.raises(BadRequest, match=r"^Message is too long$"):
            await bot.send_message(42, too_long, parse_mode="HTML")


async def test_empty_texts_and_unknown_parse_modes_are_refused(bot: telegram.Bot) -> None:
    with pytest.raises(BadRequest, match=r"^Message text is empty$"):
        await bot.send_message(42, "")
    with pytest.raises(BadRequest, match=r"^Text must be non-empty$"):
        await bot.send_message(42, " \n ")
    with pytest.raises(BadRequest, match=r"^Text must be non-empty$"):
        await bot.send_message(42, "<b> </b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"^Unsupported parse_mode$"):
        await bot.send_message(42, "x", parse_mode="BBCode")


async def test_unimplemented_things_fail_loudly(make_api: Factory) -> None:
    api = make_api()
    async with bot_for(api) as bot:
        with pytest.raises(NetworkError, match="does not implement madeUpMethod"):
            await bot.do_api_request("madeUpMethod")
        with pytest.raises(NetworkError, match="does not implement"):
            await bot.send_message(42, "*x*", parse_mode="MarkdownV2")
    assert api.state.unknown_methods == ["madeUpMethod", "sendMessage (parse_mode=MarkdownV2)"]


# -- chats and members -------------------------------------------------------------
async def test_get_chat_member_has_the_shape_of_each_status(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    bot_api.add_group(-1001, "مجموعة", creator=1, admins=[2], members=[3])
    bot_api.set_member(-1001, 4, "kicked")
    kinds = {
        1: ChatMemberOwner, 2: ChatMemberAdministrator, 3: ChatMemberMember,
        4: ChatMemberBanned, 5: ChatMemberLeft, BOT_ID: ChatMemberMember,
    }  # fmt: skip
    for user_id, kind in kinds.items():
        member = await bot.get_chat_member(-1001, user_id)
        assert type(member) is kind and member.user.id == user_id
    admin = await bot.get_chat_member(-1001, 2)
    assert isinstance(admin, ChatMemberAdministrator)
    assert admin.can_manage_topics and admin.can_post_messages is None
    banned = await bot.get_chat_member(-1001, 4)
    assert isinstance(banned, ChatMemberBanned)
    with pytest.raises(BadRequest, match=r"^Chat not found$"):
        await bot.get_chat_member(-1009, 1)


async def test_channels_by_username_and_their_administrators(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    bot_api.add_channel(-1002, "akhbar", "أخبار", creator=1, admins=[2])
    bot_api.add_channel(-1003, "other", "قناة أخرى", bot_is_admin=False)
    admin = await bot.get_chat_member("@akhbar", 2)
    assert isinstance(admin, ChatMemberAdministrator) and admin.can_post_messages
    assert isinstance(await bot.get_chat_member("@akhbar", BOT_ID), ChatMemberAdministrator)
    owners = await bot.get_chat_administrators(-1002)
    assert {m.user.id for m in owners} == {1, 2, BOT_ID}
    info = await bot.get_chat("@akhbar")
    assert (info.id, info.type, info.title, info.username) == (-1002, "channel", "أخبار", "akhbar")
    with pytest.raises(BadRequest, match=r"^Member list is inaccessible$"):
        await bot.get_chat_member(-1003, 1)
    with pytest.raises(Forbidden, match="bot is not a member of the channel chat"):
        await bot.send_message("@other", "x")
    sent = await bot.send_message("@akhbar", "منشور")
    assert sent.chat.id == -1002 and sent.sender_chat is not None and sent.from_user is None
    assert bot_api.attempts_to(-1002) == 1 and bot_api.attempts_to("@akhbar") == 1


async def test_get_chat_gives_full_info_or_not_found(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    bot_api.add_group(-1001, "منتدى", is_forum=True, username="forum_ar")
    info = await bot.get_chat(-1001)
    assert (info.type, info.title, info.is_forum, info.max_reaction_count) == (
        "supergroup", "منتدى", True, 11,
    )  # fmt: skip
    bot_api.user_says(42, "مرحبا", first_name="سلمى")
    assert (await bot.get_chat(42)).first_name == "سلمى"
    with pytest.raises(BadRequest, match=r"^Chat not found$"):
        await bot.get_chat("@missing")


async def test_forum_topics_take_message_thread_id_and_other_groups_ignore_it(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    bot_api.add_group(-1001, "منتدى", is_forum=True)
    bot_api.add_group(-1002, "عادية")
    topic = bot_api.add_topic(-1001, "رياضة")
    sent = await bot.send_message(-1001, "هدف", message_thread_id=topic)
    assert sent.message_thread_id == topic and sent.is_topic_message
    assert bot_api.wait_for_message(-1001).thread_id == topic
    for missing in (topic + 100, 1):  # 1 is the General topic, which takes no thread id
        with pytest.raises(BadRequest, match=r"^Message thread not found$"):
            await bot.send_message(-1001, "x", message_thread_id=missing)
    bot_api.user_says(7, "/here", chat_id=-1001, thread_id=77)  # a topic users write in exists
    assert (await bot.send_message(-1001, "x", message_thread_id=77)).message_thread_id == 77
    plain = await bot.send_message(-1002, "x", message_thread_id=77)
    assert plain.message_thread_id is None and not plain.is_topic_message


# -- edits, buttons, commands -------------------------------------------------------
async def test_edits_are_recorded_and_unchanged_edits_refused(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("إيقاف", callback_data="stop")]])
    sent = await bot.send_message(42, "<b>1</b>", parse_mode="HTML", reply_markup=keyboard)
    edited = await bot.edit_message_text(
        "<b>2</b>", 42, sent.message_id, parse_mode="HTML", reply_markup=keyboard
    )
    assert isinstance(edited, telegram.Message) and edited.text == "2"
    assert edited.edit_date is not None
    with pytest.raises(BadRequest, match=r"^Message is not modified: specified new message"):
        await bot.edit_message_text(
            "<b>2</b>", 42, sent.message_id, parse_mode="HTML", reply_markup=keyboard
        )
    await bot.edit_message_text("<b>2</b>", 42, sent.message_id, parse_mode="HTML")
    current = bot_api.wait_for_edit(42, sent.message_id, after_version=1)
    assert current is bot_api.current(bot_api.wait_for_message(42))
    assert current.version == 2 and current.reply_markup is None  # no markup drops the keyboard
    assert [v.plain for v in current.history] == ["1", "2"]
    with pytest.raises(BadRequest, match=r"^Message to edit not found$"):
        await bot.edit_message_text("x", 42, 999)
    said = bot_api.user_says(42, "رسالة المستخدم")
    with pytest.raises(BadRequest, match=r"^Message can't be edited$"):
        await bot.edit_message_text("x", 42, said)


async def test_buttons_alone_are_edited_and_an_unchanged_keyboard_refused(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    first = InlineKeyboardMarkup([[InlineKeyboardButton("🔕", callback_data="mute")]])
    second = InlineKeyboardMarkup([[InlineKeyboardButton("↩", callback_data="back")]])
    sent = await bot.send_message(42, "<b>تنبيه</b>", parse_mode="HTML", reply_markup=first)
    edited = await bot.edit_message_reply_markup(42, sent.message_id, reply_markup=second)
    assert isinstance(edited, telegram.Message) and edited.text == "تنبيه"
    current = bot_api.wait_for_edit(42, sent.message_id)
    assert current.buttons() == [Button("↩", "back", None)] and current.plain == "تنبيه"
    with pytest.raises(BadRequest, match=r"^Message is not modified: specified new message"):
        await bot.edit_message_reply_markup(42, sent.message_id, reply_markup=second)
    with pytest.raises(BadRequest, match=r"^Message to edit not found$"):
        await bot.edit_message_reply_markup(42, 999, reply_markup=first)
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 65)]])
    with pytest.raises(BadRequest, match=r"^Button_data_invalid$"):
        await bot.edit_message_reply_markup(42, sent.message_id, reply_markup=too_long)


async def test_an_answer_over_200_characters_is_refused(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("نعم", callback_data="yes")]])
    await bot.send_message(42, "متأكد؟", reply_markup=keyboard)
    query_id = bot_api.user_presses(42, bot_api.wait_for_message(42), "yes")
    with pytest.raises(BadRequest, match=r"^Message_too_long$"):
        await bot.answer_callback_query(query_id, text="ا" * 201, show_alert=True)
    await bot.answer_callback_query(query_id, text="ا" * 200, show_alert=True)
    assert bot_api.wait_for_answer(query_id)["text"] == "ا" * 200


async def test_button_presses_are_answered_once(bot: telegram.Bot, bot_api: FakeBotAPI) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("نعم", callback_data="yes")]])
    await bot.send_message(42, "متأكد؟", reply_markup=keyboard)
    message = bot_api.wait_for_message(42)
    assert message.buttons() == [Button("نعم", "yes", None)]
    query_id = bot_api.user_presses(42, message, "yes")
    [update] = await bot.get_updates()
    assert update.callback_query is not None and update.callback_query.data == "yes"
    assert update.callback_query.message is not None
    assert update.callback_query.message.message_id == message.message_id
    await bot.answer_callback_query(query_id, text="تم", show_alert=True)
    answer = bot_api.wait_for_answer(query_id)
    assert (answer["text"], answer["show_alert"]) == ("تم", True)
    assert bot_api.answers() == [answer]
    expired = "^Query is too old and response timeout expired or query id is invalid$"
    with pytest.raises(BadRequest, match=expired):
        await bot.answer_callback_query(query_id)
    with pytest.raises(BadRequest, match=expired):
        await bot.answer_callback_query("12345")


async def test_pressing_a_button_that_is_not_there_fails_the_test(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("نعم", callback_data="yes")]])
    sent = await bot.send_message(42, "متأكد؟", reply_markup=keyboard)
    await bot.edit_message_text("انتهى", 42, sent.message_id)
    with pytest.raises(AssertionError, match="has no button 'yes'"):
        bot_api.user_presses(42, bot_api.wait_for_message(42), "yes")
    with pytest.raises(BadRequest, match=r"^Button_data_invalid$"):
        too_long = InlineKeyboardButton("x", callback_data="x" * 65)
        await bot.send_message(42, "x", reply_markup=InlineKeyboardMarkup([[too_long]]))


async def test_commands_are_kept_per_scope_and_language(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    await bot.set_my_commands([("start", "ابدأ"), ("/help", "مساعدة ")], language_code="ar")
    await bot.set_my_commands([("start", "Start")])
    arabic = await bot.get_my_commands(language_code="ar")
    assert [(c.command, c.description) for c in arabic] == [("start", "ابدأ"), ("help", "مساعدة")]
    assert [c.description for c in await bot.get_my_commands()] == ["Start"]
    assert bot_api.commands("ar") == [
        {"command": "start", "description": "ابدأ"}, {"command": "help", "description": "مساعدة"},
    ]  # fmt: skip
    assert bot_api.commands("en") == []
    await bot.delete_my_commands(language_code="ar")
    assert await bot.get_my_commands(language_code="ar") == ()
    refusals = {
        "Bot_command_invalid": [("Start", "x")],
        "Command length must not exceed 32": [("a" * 33, "x")],
        "Command description must be non-empty": [("start", " ")],
        "Bot_commands_too_much": [(f"c{i}", "x") for i in range(101)],
    }
    for reason, commands in refusals.items():
        with pytest.raises(BadRequest, match=rf"^{reason}$"):
            await bot.set_my_commands(commands)
    with pytest.raises(BadRequest, match=r"^Invalid language code specified$"):
        await bot.set_my_commands([("start", "x")], language_code="arabic")


# -- acting as users ------------------------------------------------------------------
async def test_user_messages_arrive_as_telegram_shapes_them(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    bot_api.add_channel(-1002, "akhbar", "أخبار")
    bot_api.add_group(-1001, "منتدى", is_forum=True)
    topic = bot_api.add_topic(-1001, "عام")
    bot_api.user_says(42, "💬 /watch <b>قمة</b> a/b")  # neither </b nor a/b is a command
    bot_api.user_says(42, "منشور محوَّل", forward_from_chat=-1002)
    bot_api.user_says(7, f"/start@{BOT_USERNAME}", chat_id=-1001, thread_id=topic)
    bot_api.user_says(7, "كلام عادي لا يراه بوت في وضع الخصوصية", chat_id=-1001)
    command, forwarded, in_topic = [u.message for u in await bot.get_updates()]
    assert command is not None and command.chat.type == "private"
    assert command.parse_entities() == {command.entities[0]: "/watch"}
    assert command.entities[0].offset == 3  # the emoji before it is two UTF-16 units
    assert len(command.entities) == 1
    assert forwarded is not None and isinstance(forwarded.forward_origin, MessageOriginChannel)
    assert forwarded.forward_origin.chat.username == "akhbar"
    assert in_topic is not None and in_topic.message_thread_id == topic
    assert in_topic.is_topic_message and in_topic.chat.is_forum
    assert in_topic.entities[0].length == len(f"/start@{BOT_USERNAME}")


async def test_waiting_for_the_next_reply_and_failing_clearly(
    bot: telegram.Bot, bot_api: FakeBotAPI
) -> None:
    await bot.send_message(42, "الأول")
    after = bot_api.sent_count()
    await bot.send_message(42, "الثاني")
    assert bot_api.wait_for(42, after=after).text == "الثاني"
    assert bot_api.wait_for(42, lambda m: "ثاني" in m.text).text == "الثاني"
    with pytest.raises(AssertionError) as missing:
        bot_api.wait_for(42, lambda m: "ثالث" in m.text, timeout=0.05)
    assert "to chat 42" in str(missing.value) and "الثاني" in str(missing.value)


# -- the HTML parser on its own ---------------------------------------------------------
def test_parser_nests_tags_and_counts_utf16() -> None:
    text, entities = parse_html("🚀 <b>عاجل <i>جدًا</i></b> <u>x</u><s>y</s>")
    assert text == "🚀 عاجل جدًا xy"
    assert [(e["type"], e["offset"], e["length"]) for e in entities] == [
        ("bold", 3, 9), ("italic", 8, 4), ("underline", 13, 1), ("strikethrough", 14, 1),
    ]  # fmt: skip


def test_parser_decodes_only_telegrams_entities() -> None:
    text, _ = parse_html("&lt;&gt;&amp;&quot; &#1585;&#x635;&#x62F; &nbsp; & &copy; &lt")
    assert text == '<>&" رصد &nbsp; & &copy; <'


def test_parser_errors_give_utf8_byte_offsets() -> None:
    cases = {
        "مرحبا <foo>": 'Unsupported start tag "foo" at byte offset 11',
        "مرحبا <b>x</i>": 'Unmatched end tag at byte offset 15, expected "</b>", found "</i>"',
        "أ & ب < ج": 'Unsupported start tag "" at byte offset 8',
        "<span>x</span>": 'Tag "span" must have class "tg-spoiler" at byte offset 0',
        'x <a href="y': "Unclosed start tag at byte offset 2",
        "x <b": "Unclosed start tag at byte offset 2",
    }
    for markup, error in cases.items():
        with pytest.raises(HTMLParseError) as refused:
            parse_html(markup)
        assert str(refused.value) == error, markup


def test_parser_reads_links_code_and_quotes() -> None:
    markup = (
        '<a href="https://x.example/?a=1&amp;b=2">رابط</a> <a href=x.example>y</a> '
        '<pre><code class="language-python">print(1)</code></pre> <code>c</code> '
        '<blockquote expandable>q</blockquote> <span class="tg-spoiler">s</span> '
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>'
    )
    text, entities = parse_html(markup)
    assert text == "رابط y print(1) c q s 👍"
    assert entities == [
        {"type": "text_link", "url": "https://x.example/?a=1&b=2", "offset": 0, "length": 4},
        {"type": "text_link", "url": "http://x.example/", "offset": 5, "length": 1},
        {"type": "pre", "offset": 7, "length": 8, "language": "python"},
        {"type": "code", "offset": 16, "length": 1},
        {"type": "expandable_blockquote", "offset": 18, "length": 1},
        {"type": "spoiler", "offset": 20, "length": 1},
        {"type": "custom_emoji", "offset": 22, "length": 2,
         "custom_emoji_id": "5368324170671202286"},
    ]  # fmt: skip


def test_tidy_drops_entities_inside_code_and_trims() -> None:
    text, entities = tidy(*parse_html("\n <pre><code><b>x</b></code></pre> <i>y</i> \n"))
    assert text == "x y"
    assert [(e["type"], e["offset"]) for e in entities] == [("pre", 0), ("italic", 2)]
    assert utf16_len("😀ع") == 3
