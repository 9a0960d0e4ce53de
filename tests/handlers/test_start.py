"""/start, /help, /lang and the command menus."""

from __future__ import annotations

from tests.handlers.bot_rig import ADMIN, BotRig, buttons, eventually

USER = 8181


async def test_start_welcomes_with_an_example_in_the_users_language(rig: BotRig) -> None:
    arabic = await rig.says(USER, "/start")
    assert "أهلًا بك في <b>رصد</b>" in arabic.text and "/watch كوريا الشمالية" in arabic.text
    english = await rig.says(USER + 1, "/start", language_code="en")
    assert "Welcome to <b>Rasd</b>" in english.text


async def test_help_shows_admin_commands_only_to_admins(rig: BotRig) -> None:
    member = await rig.says(USER, "/help")
    assert "/watch" in member.text and "/addfeed" not in member.text
    admin = await rig.says(ADMIN, "/help")
    assert "/addfeed" in admin.text and "/stats" in admin.text


async def test_help_says_what_pausing_keeps_in_both_languages(rig: BotRig) -> None:
    arabic = await rig.says(USER, "/help")
    assert "يستمر جمع الملخص أثناء الإيقاف" in arabic.text
    await rig.says(USER, "/lang en")
    english = await rig.says(USER, "/help")
    assert "get them again" not in english.text
    assert "a digest keeps collecting meanwhile; instant alerts are not kept" in english.text


async def test_lang_switches_and_is_remembered(rig: BotRig) -> None:
    switched = await rig.says(USER, "/lang en")
    assert switched.text == "OK, I will speak English here."
    later = await rig.says(USER, "/watch روسيا")
    assert "I will alert this chat" in later.text
    bad = await rig.says(USER, "/lang fr")
    assert "I don't know the language «fr»" in bad.text
    choice = await rig.says(USER, "/lang")
    assert [label for label, _ in buttons(choice)] == ["العربية", "English"]
    await rig.presses(USER, choice, buttons(choice)[0][1])
    await eventually(lambda: rig.api.current(choice).text == "حسنًا، سأكلمك بالعربية.")
    chat = await rig.services.chats.get(USER)
    assert chat is not None and chat.lang == "ar"


async def test_menus_are_set_in_arabic_and_english(rig: BotRig) -> None:
    arabic = rig.api.commands("ar", "all_private_chats")
    english = rig.api.commands("en", "all_private_chats")
    default = rig.api.commands("", "all_private_chats")
    assert [c["command"] for c in arabic][:3] == ["start", "watch", "unwatch"]
    assert {"command": "watch", "description": "Watch a term"} in english
    assert default == arabic
    group = [c["command"] for c in rig.api.commands("en", "all_group_chats")]
    assert "here" in group and "addfeed" not in group


async def test_unknown_commands_point_to_help(rig: BotRig) -> None:
    reply = await rig.says(USER, "/frobnicate now")
    assert "لا أعرف الأمر /frobnicate" in reply.text and "/help" in reply.text
