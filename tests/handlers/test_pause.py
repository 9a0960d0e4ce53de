"""/pause and /resume."""

from __future__ import annotations

from tests.handlers.bot_rig import BotRig

USER = 7171


async def test_pause_keeps_terms_and_resume_turns_alerts_back_on(rig: BotRig) -> None:
    await rig.says(USER, "/watch روسيا")
    paused = await rig.says(USER, "/pause")
    assert "أوقفتُ التنبيهات" in paused.text and "/resume" in paused.text
    chat = await rig.services.chats.get(USER)
    assert chat is not None and chat.paused
    listing = await rig.says(USER, "/list")
    assert "متوقفة مؤقتًا" in listing.text
    added = await rig.says(USER, "/watch إيران")
    assert "/resume" in added.text
    resumed = await rig.says(USER, "/resume")
    assert "عادت التنبيهات" in resumed.text
    chat = await rig.services.chats.get(USER)
    assert chat is not None and not chat.paused
    assert await rig.services.subscriptions.terms(USER) == ["روسيا", "إيران"]
