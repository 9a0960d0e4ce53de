"""/dead and /replay: admins see undelivered alerts and put them back in the outbox."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.deliver.dead_letters import DeadLetters
from bot.deliver.outbox_alert import OutboxAlert
from handlers.dead_letters import first_line
from tests.handlers.bot_rig import ADMIN, BotRig

MEMBER = 6161
FAILED_AT = datetime(2026, 3, 1, 9, 30, tzinfo=UTC).timestamp()


async def seed(rig: BotRig, count: int) -> DeadLetters:
    """Add `count` dead letters, the last added the newest."""
    letters = DeadLetters(rig.redis, rig.keys)
    for n in range(count):
        alert = OutboxAlert(
            id=f"art{n}:{-1000 - n}", chat_id=-1000 - n,
            text=f"\n<b>خبر رقم {n} &amp; &lt;تفاصيل&gt;</b>\n<a href='https://x.example/{n}'>المصدر</a>",
            feed_id="feed1", article_id=f"art{n}",
        )  # fmt: skip
        await letters.add(alert, f"Forbidden: bot was blocked <{n}>", FAILED_AT + n * 60)
    return letters


async def outbox_length(rig: BotRig) -> int:
    return await rig.redis.xlen(rig.keys.outbox())


async def test_dead_shows_the_count_and_the_ten_newest_escaped(rig: BotRig) -> None:
    empty = await rig.says(ADMIN, "/dead")
    assert "لا تنبيهات متعذّرة التسليم" in empty.text
    await seed(rig, 12)
    arabic = await rig.says(ADMIN, "/dead")
    assert "تعذّر تسليم <b>12 تنبيهًا</b>. أحدثها (10):" in arabic.text
    await rig.says(ADMIN, "/lang en")
    shown = await rig.says(ADMIN, "/dead")
    assert "<b>12 alerts</b> could not be delivered. The newest (10):" in shown.text
    assert shown.text.index("<code>-1011</code>") < shown.text.index("<code>-1010</code>")
    assert "<code>-1002</code>" in shown.text and "<code>-1001</code>" not in shown.text
    assert "Reason: Forbidden: bot was blocked &lt;11&gt;" in shown.text
    assert "خبر رقم 11 &amp; &lt;تفاصيل&gt;" in shown.text  # plain text of the alert, escaped
    assert "<b>خبر" not in shown.text and "href" not in shown.text
    assert "2026-03-01 09:41" in shown.text  # failed_at in the admin chat's zone (UTC here)
    assert "/replay" in shown.text and len(shown.text) < 4096


async def test_replay_requeues_some_then_all(rig: BotRig) -> None:
    letters = await seed(rig, 5)
    some = await rig.says(ADMIN, "/replay 2")
    assert "أعدتُ تنبيهين إلى طابور الإرسال" in some.text and "المتبقي متعذّر التسليم: 3" in some.text
    assert await letters.count() == 3 and await outbox_length(rig) == 2
    assert [letter.alert.chat_id for letter in await letters.recent()] == [-1004, -1003, -1002]
    rest = await rig.says(ADMIN, "/replay")
    assert "أعدتُ 3 تنبيهات إلى طابور الإرسال" in rest.text
    assert "المتبقي متعذّر التسليم: 0" in rest.text
    assert await letters.count() == 0 and await outbox_length(rig) == 5
    await rig.says(ADMIN, "/lang en")
    nothing = await rig.says(ADMIN, "/replay")
    assert "Nothing to send again" in nothing.text


async def test_replay_refuses_what_is_not_a_count(rig: BotRig) -> None:
    letters = await seed(rig, 2)
    for typed in ("0", "-3", "all", "2 3", "1.5"):
        bad = await rig.says(ADMIN, f"/replay {typed}")
        assert "<code>/replay 5</code>" in bad.text and "لم يتغير شيء" in bad.text, typed
    assert await letters.count() == 2 and await outbox_length(rig) == 0


async def test_non_admins_and_groups_are_refused(rig: BotRig) -> None:
    letters = await seed(rig, 3)
    for command in ("/dead", "/replay", "/replay 1"):
        refused = await rig.says(MEMBER, command)
        assert "لمشرفي رصد فقط" in refused.text, command
        assert "خبر" not in refused.text
    rig.api.add_group(-1001, "فريق الأخبار", admins=(ADMIN,))
    in_group = await rig.says(ADMIN, "/replay", chat_id=-1001)
    assert "المحادثة الخاصة" in in_group.text
    assert await letters.count() == 3 and await outbox_length(rig) == 0


async def test_admins_see_the_commands_in_help_and_their_menu(rig: BotRig) -> None:
    helped = await rig.says(ADMIN, "/help")
    assert "/dead" in helped.text and "/replay" in helped.text
    member = await rig.says(MEMBER, "/help")
    assert "/dead" not in member.text and "/mode" in member.text
    menu = [c["command"] for c in rig.api.commands("en", "chat", ADMIN)]
    assert {"dead", "replay", "mode", "timezone"} <= set(menu)
    private = [c["command"] for c in rig.api.commands("ar", "all_private_chats")]
    group = [c["command"] for c in rig.api.commands("en", "all_group_chats")]
    assert {"mode", "timezone"} <= set(private) & set(group)
    assert "dead" not in private and "replay" not in group


def test_first_line_is_plain_text_of_the_alert() -> None:
    assert first_line("\n\n<b>عاجل: &quot;سيول&quot;</b> في <i>جدة</i>\nالتفاصيل") == (
        'عاجل: "سيول" في جدة'
    )
    assert first_line("<b></b>") == ""
    assert first_line("x" * 300, limit=10) == "x" * 9 + "…"
