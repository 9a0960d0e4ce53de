"""/mode and /timezone: instant alerts or digests, at an hour of the chat's own zone."""

from __future__ import annotations

import time

from bot.article import Article
from bot.deliver.digest_html import DigestItem
from bot.store.chats import Chat
from handlers.delivery import find_zone, parse_hour
from tests.handlers.bot_rig import BotRig, buttons, eventually

USER = 5151
GROUP = -100500600
OWNER, MEMBER = 21, 22
CHANNEL = -100700800


async def stored(rig: BotRig, chat_id: int) -> Chat:
    chat = await rig.services.chats.get(chat_id)
    assert chat is not None
    return chat


async def test_mode_buttons_switch_to_hourly_then_daily_at_a_chosen_hour(rig: BotRig) -> None:
    shown = await rig.says(USER, "/mode")
    assert "الآن: <b>⚡ فوري</b>" in shown.text
    assert [label for label, _ in buttons(shown)] == ["✓ ⚡ فوري", "🕐 كل ساعة", "📰 يومي"]
    await rig.presses(USER, shown, buttons(shown)[1][1])
    await eventually(lambda: "ملخص واحد كل ساعة" in rig.api.current(shown).text)
    assert "مجمّعة حسب العبارة" in rig.api.current(shown).text
    assert "يستمر جمع الملخص" in rig.api.current(shown).text  # what /pause does to a digest
    assert (await stored(rig, USER)).mode == "hourly"

    again = await rig.says(USER, "/mode")
    assert "<b>🕐 كل ساعة</b>" in again.text and buttons(again)[1][0] == "✓ 🕐 كل ساعة"
    await rig.presses(USER, again, buttons(again)[2][1])
    await eventually(lambda: "في أي ساعة" in rig.api.current(again).text)
    hours = buttons(rig.api.current(again))
    assert [label for label, _ in hours] == [
        "06:00", "07:00", "08:00", "09:00", "12:00", "18:00", "20:00", "22:00",
    ]  # fmt: skip
    assert (await stored(rig, USER)).mode == "hourly"  # nothing changes before the hour
    await rig.presses(USER, rig.api.current(again), hours[6][1])
    await eventually(lambda: "الساعة 20:00 بتوقيت UTC" in rig.api.current(again).text)
    chat = await stored(rig, USER)
    assert (chat.mode, chat.digest_hour) == ("daily", 20)
    assert "<b>📰 يومي الساعة 20:00</b>" in (await rig.says(USER, "/mode")).text


async def test_mode_can_be_typed_in_english_or_arabic(rig: BotRig) -> None:
    daily = await rig.says(USER, "/mode daily 7", language_code="en")
    assert "one digest a day at 07:00, UTC time" in daily.text
    assert "keeps collecting and is sent after /resume" in daily.text
    assert ((await stored(rig, USER)).mode, (await stored(rig, USER)).digest_hour) == ("daily", 7)
    instant = await rig.says(USER, "/mode instant")
    assert "as soon as the article is found" in instant.text
    assert "instant alerts are not kept" in instant.text
    chat = await stored(rig, USER)
    assert (chat.mode, chat.digest_hour) == ("instant", 7)  # the hour is remembered
    await rig.says(USER, "/mode كل ساعة")
    assert (await stored(rig, USER)).mode == "hourly"
    await rig.says(USER, "/mode يومي ٩")  # Arabic-Indic digits
    chat = await stored(rig, USER)
    assert (chat.mode, chat.digest_hour) == ("daily", 9)
    await rig.says(USER, "/mode DAILY 18:00")
    assert (await stored(rig, USER)).digest_hour == 18
    ask = await rig.says(USER, "/mode daily")
    assert "At what hour" in ask.text and len(buttons(ask)) == 8


async def test_typed_mistakes_are_explained_and_change_nothing(rig: BotRig) -> None:
    await rig.says(USER, "/mode daily 8")
    for typed in ("24", "-1", "8:30", "eight", "8 pm"):
        bad = await rig.says(USER, f"/mode daily {typed}")
        assert "من 0 إلى 23" in bad.text, typed
    weekly = await rig.says(USER, "/mode weekly <b>")
    assert "لا أعرف الطريقة «weekly &lt;b&gt;»" in weekly.text
    extra = await rig.says(USER, "/mode hourly 5")
    assert "/mode daily 8" in extra.text
    chat = await stored(rig, USER)
    assert (chat.mode, chat.digest_hour) == ("daily", 8)


async def test_group_admins_set_the_mode_and_members_are_refused(rig: BotRig) -> None:
    rig.api.add_group(GROUP, "غرفة الأخبار", creator=OWNER, members=(MEMBER,))
    refused = await rig.says(MEMBER, "/mode hourly", chat_id=GROUP)
    assert "مشرفو هذه المجموعة وحدهم" in refused.text
    refused = await rig.says(MEMBER, "/mode", chat_id=GROUP)
    assert "مشرفو هذه المجموعة وحدهم" in refused.text
    assert (await stored(rig, GROUP)).mode == "instant"
    shown = await rig.says(OWNER, "/mode", chat_id=GROUP)
    answer = await rig.presses(MEMBER, shown, buttons(shown)[1][1])  # a member's press
    assert "وحدهم" in answer["text"]  # is refused on the button, not in the group
    assert (await stored(rig, GROUP)).mode == "instant"
    done = await rig.says(OWNER, "/mode daily 6", chat_id=GROUP)
    assert "سيصل إلى هذه المحادثة ملخص واحد كل يوم الساعة 06:00" in done.text
    assert (await stored(rig, GROUP)).mode == "daily"
    assert await rig.services.chats.get(OWNER) is None  # the owner's own chat is untouched


async def test_a_managed_channel_gets_the_mode_set_from_a_private_chat(rig: BotRig) -> None:
    rig.api.add_channel(CHANNEL, "rasd_mode", "قناة الملخص", admins=(OWNER,), bot_is_admin=True)
    await rig.says(OWNER, "/channel @rasd_mode")
    done = await rig.says(OWNER, "/mode hourly")
    assert "«قناة الملخص»" in done.text
    assert (await stored(rig, CHANNEL)).mode == "hourly"
    assert (await stored(rig, OWNER)).mode == "instant"


async def test_timezone_shows_sets_and_resets_the_chats_zone(rig: BotRig) -> None:
    shown = await rig.says(USER, "/timezone", language_code="en")
    assert "Times in this chat are in <b>UTC</b>" in shown.text
    assert "This is Rasd's default." in shown.text and "/timezone Africa/Cairo" in shown.text
    done = await rig.says(USER, "/timezone Africa/Cairo")
    assert "now in <b>Africa/Cairo</b>" in done.text
    assert (await stored(rig, USER)).timezone == "Africa/Cairo"
    now = await rig.says(USER, "/timezone")
    assert "<b>Africa/Cairo</b>" in now.text and "Rasd's default is UTC" in now.text
    await rig.says(USER, "/mode daily 7")
    riyadh = await rig.says(USER, "/timezone asia/riyadh")  # any letter case
    assert "<b>Asia/Riyadh</b>" in riyadh.text and "daily digest goes out at 07:00" in riyadh.text
    assert (await stored(rig, USER)).timezone == "Asia/Riyadh"
    back = await rig.says(USER, "/timezone default")
    assert "back to the default, <b>UTC</b>" in back.text
    assert (await stored(rig, USER)).timezone == ""


async def test_unknown_zones_are_refused_with_an_example(rig: BotRig) -> None:
    await rig.says(USER, "/timezone Asia/Riyadh")
    for typed in ("Mars/Olympus", "../../etc/passwd", "+03:00", "x" * 100):
        bad = await rig.says(USER, f"/timezone {typed}")
        assert "لا أعرف المنطقة الزمنية" in bad.text and "Africa/Cairo" in bad.text, typed
    near = await rig.says(USER, "/timezone Riyad")
    assert "هل تقصد: <code>Asia/Riyadh</code>" in near.text
    assert (await stored(rig, USER)).timezone == "Asia/Riyadh"
    rig.api.add_group(GROUP, "غرفة الأخبار", creator=OWNER, members=(MEMBER,))
    refused = await rig.says(MEMBER, "/timezone Africa/Cairo", chat_id=GROUP)
    assert "وحدهم" in refused.text
    readable = await rig.says(MEMBER, "/timezone", chat_id=GROUP)  # reading is open
    assert "<b>UTC</b>" in readable.text


def test_hours_and_zones_are_read_forgivingly_but_strictly() -> None:
    assert [parse_hour(v) for v in ("0", "08", "23", "٧", "9:00", "9:٠٠")] == [0, 8, 23, 7, 9, 9]
    assert [parse_hour(v) for v in ("24", "", "9:15", "100", "1.5", "٫")] == [None] * 6
    assert find_zone("Cairo") == "Africa/Cairo"
    assert find_zone("new york") == "America/New_York"
    assert find_zone("UTC") == "UTC"
    assert find_zone("Africa") is None and find_zone("/etc/passwd") is None
    assert find_zone("localtime") is None and find_zone("Factory") is None


async def test_switching_back_to_instant_sends_the_kept_digest_at_once(rig: BotRig) -> None:
    await rig.says(USER, "/mode daily 20")
    chat = await stored(rig, USER)
    item = DigestItem.of(
        Article(id="a1", feed_id="f", feed_name="وكالة", link="https://n.example/1",
                title="خبر عن الذهب", summary=""),
        [],
    )  # fmt: skip
    now = time.time()
    await rig.services.digests.add(chat, item, now)
    due = await rig.redis.zscore(rig.keys.digest_due(), str(USER))
    assert due is not None and due > now
    await rig.says(USER, "/mode instant")
    due = await rig.redis.zscore(rig.keys.digest_due(), str(USER))
    assert due is not None and due <= time.time()  # the scheduler sends it on its next look


async def test_stories_shows_and_sets_one_alert_per_story_or_every_outlet(rig: BotRig) -> None:
    shown = await rig.says(USER, "/stories")
    assert "<b>مرة واحدة</b>" in shown.text and "/stories all" in shown.text
    assert (await stored(rig, USER)).stories == "one"  # the default
    done = await rig.says(USER, "/stories all")
    assert "<b>تنبيه من كل مصدر</b>" in done.text
    assert (await stored(rig, USER)).stories == "all"
    bad = await rig.says(USER, "/stories twice")
    assert "لا أعرف «twice»، ولم يتغير شيء" in bad.text
    assert (await stored(rig, USER)).stories == "all"
    back = await rig.says(USER, "/stories واحد")
    assert "<b>مرة واحدة</b>" in back.text
    assert (await stored(rig, USER)).stories == "one"


async def test_stories_speaks_english_too(rig: BotRig) -> None:
    shown = await rig.says(OWNER, "/stories", language_code="en")
    assert "arrives <b>once</b>" in shown.text
    bad = await rig.says(OWNER, "/stories twice", language_code="en")
    assert "I don't know «twice»; nothing was changed" in bad.text
    assert "/stories" in (await rig.says(OWNER, "/help", language_code="en")).text
