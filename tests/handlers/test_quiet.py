"""/quiet and /preview as a user types them: shown, set, refused with the reason."""

from __future__ import annotations

from tests.handlers.bot_rig import BotRig

USER = 4_201
GROUP, GROUP_ADMIN, MEMBER = -100_4201, 4_202, 4_203


async def test_quiet_shows_sets_and_switches_off_in_the_chat_s_zone(rig: BotRig) -> None:
    shown = await rig.says(USER, "/quiet")
    assert "ساعات الهدوء في هذه المحادثة: لا توجد" in shown.plain
    assert "(UTC)" in shown.plain
    await rig.says(USER, "/timezone Asia/Riyadh")
    set_ = await rig.says(USER, "/quiet 23-7")
    assert set_.plain == (
        "🌙 ساعات الهدوء في هذه المحادثة: من 23:00 إلى 07:00، بلا صوت (Asia/Riyadh)."
    )
    chat = await rig.services.chats.get(USER)
    assert chat is not None and (chat.quiet, chat.quiet_hold) == ("23-7", False)
    held = await rig.says(USER, "/quiet 22:00-06:00 digest")
    assert "من 22:00 إلى 06:00، تُجمع في ملخص عند 06:00" in held.plain
    off = await rig.says(USER, "/quiet off")
    assert off.plain.startswith("🔔 لا ساعات هدوء في هذه المحادثة بعد الآن")
    chat = await rig.services.chats.get(USER)
    assert chat is not None and chat.quiet == ""


async def test_quiet_refuses_what_it_cannot_read_and_keeps_the_setting(rig: BotRig) -> None:
    await rig.says(USER, "/quiet 23-7")
    for typed in ("/quiet 25-7", "/quiet 7-7", "/quiet tonight", "/quiet 23-7 loud", "/quiet 23"):
        refused = await rig.says(USER, typed)
        assert "لم أفهم" in refused.plain and "/quiet 23-7" in refused.plain, typed
    chat = await rig.services.chats.get(USER)
    assert chat is not None and chat.quiet == "23-7"


async def test_in_a_group_only_admins_set_quiet_hours_and_previews(rig: BotRig) -> None:
    rig.api.add_group(GROUP, "غرفة", admins=[GROUP_ADMIN], members=[MEMBER])
    refused = await rig.says(MEMBER, "/quiet 23-7", chat_id=GROUP)
    assert "مشرف" in refused.plain
    refused = await rig.says(MEMBER, "/preview on", chat_id=GROUP)
    assert "مشرف" in refused.plain
    chat = await rig.services.chats.get(GROUP)
    assert chat is not None and (chat.quiet, chat.preview) == ("", False)
    await rig.says(GROUP_ADMIN, "/preview on", chat_id=GROUP)
    chat = await rig.services.chats.get(GROUP)
    assert chat is not None and chat.preview


async def test_preview_shows_and_switches(rig: BotRig) -> None:
    shown = await rig.says(USER, "/preview", language_code="en")
    assert "Link previews in this chat: off" in shown.plain
    on = await rig.says(USER, "/preview on")
    assert on.plain == (
        "🖼 Each alert to this chat will show a small preview of the article below its text."
    )
    shown = await rig.says(USER, "/preview")
    assert "Link previews in this chat: on" in shown.plain
    await rig.says(USER, "/preview off")
    chat = await rig.services.chats.get(USER)
    assert chat is not None and not chat.preview
