"""An alert you can act on, end to end: buttons, mute, 👎, quiet hours, previews.

The real handlers run in PTB against the local Bot API server; articles go
through the real fan-out (its clock is the test's: a mute for a day is over
when the test moves the clock, nobody sleeps) and the real sender, which sends
to the same server. The test reads what Telegram received: the buttons, the
answers to taps, disable_notification and link_preview_options.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import pytest
from redis.asyncio import Redis
from telegram import Bot

from bot.article import Article
from bot.deliver.dead_letters import DeadLetters
from bot.deliver.digest import DigestScheduler
from bot.deliver.fanout import FanOut, FanOutParts
from bot.deliver.flood_gate import FloodGate
from bot.deliver.sender import Sender
from bot.keys import Keys
from bot.settings import DeliverySettings
from bot.store.chats import ChatStore
from bot.store.daily_stats import DailyStats
from bot.store.subscriptions import Subscriptions
from handlers.services import attach
from tests.handlers.bot_rig import WAIT, BotRig, buttons, eventually, running_bot
from tests.telegram_api import FakeBotAPI, SentMessage

READER, OTHER = 501, 502
GROUP, GROUP_ADMIN, MEMBER = -100_777, 601, 602
DAY = 86_400.0
_ids = itertools.count(1)


@pytest.fixture(autouse=True)
def _no_proxy_for_local_servers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


def article(title: str, summary: str = "") -> Article:
    """Return a new article of the wire, written for these tests."""
    number = next(_ids)
    return Article(
        id=f"act-{number}", feed_id="wire", feed_name="وكالة الاختبار",
        link=f"https://news.example/{number}", title=title, summary=summary,
    )  # fmt: skip


@dataclass
class Newsroom:
    """The bot, a fan-out and a sender, and the clock the fan-out and the buttons read."""

    rig: BotRig
    fanout: FanOut
    parts: FanOutParts
    now: float

    @property
    def api(self) -> FakeBotAPI:
        return self.rig.api

    async def publish(self, news: Article) -> int:
        """Hand an article to the fan-out at the test's time; return how many chats get it."""
        await self.parts.index.refresh()
        return await self.fanout.handle(news, self.now)

    async def alert(self, chat_id: int, news: Article) -> SentMessage:
        """Wait for the alert of this article in a chat."""
        return await asyncio.to_thread(
            self.api.wait_for, chat_id, lambda m: news.link in m.text, timeout=WAIT
        )

    async def nothing_more_for(self, chat_id: int, *news: Article) -> None:
        """Check that none of these articles reached the chat, once the outbox is empty."""
        await outbox_settled(self.rig.redis, self.rig.keys)
        texts = [m.text for m in self.api.messages_to(chat_id)]
        assert [n.title for n in news if any(n.link in t for t in texts)] == []

    async def press(self, user_id: int, message: SentMessage, label: str) -> dict[str, object]:
        """Tap the button with this label (as it is now) and return the bot's answer."""
        current = self.api.current(message)
        data = dict(buttons(current)).get(label)
        assert data, f"no button {label!r}; buttons now: {buttons(current)}"
        return await self.rig.presses(user_id, current, data)

    async def buttons_become(self, message: SentMessage, version: int) -> list[str]:
        """Wait for the message's buttons to change past `version`; return their labels."""
        edited = await asyncio.to_thread(
            self.api.wait_for_edit, message.chat_id, message.message_id, version, timeout=WAIT
        )
        return [label for label, _data in buttons(edited)]


async def outbox_settled(redis: Redis, keys: Keys) -> None:
    async def empty() -> bool:
        async with redis.pipeline(transaction=False) as pipe:
            pipe.xlen(keys.outbox())
            pipe.zcard(keys.outbox_delayed())
            queued, delayed = await pipe.execute()
        return bool(queued + delayed == 0)

    await eventually(empty)
    await asyncio.sleep(0.3)  # a send taken just before the stream emptied lands


@pytest.fixture
async def newsroom(bot_api: FakeBotAPI, redis_url: str, keys: Keys) -> AsyncIterator[Newsroom]:
    for user in (READER, OTHER, GROUP_ADMIN, MEMBER):
        bot_api.add_user(user, started=True)
    bot_api.add_group(GROUP, "غرفة الأخبار", admins=[GROUP_ADMIN], members=[MEMBER])
    settings = DeliverySettings()
    async with running_bot(bot_api, redis_url, keys) as rig:
        redis = rig.redis
        parts = FanOutParts.build(redis, keys, settings, "UTC")
        await parts.index.load()
        room = Newsroom(rig, FanOut(redis, keys, parts, asyncio.Event()), parts, time.time())
        attach(rig.app.bot_data, replace(rig.services, clock=lambda: room.now))
        stop = asyncio.Event()
        bot = Bot(bot_api.state.token, base_url=f"{bot_api.base_url}/bot")
        async with bot:
            sender = Sender(
                bot, parts.outbox, FloodGate(redis, keys, settings), ChatStore(redis, keys),
                Subscriptions(redis, keys), DailyStats(redis, keys), DeadLetters(redis, keys),
                settings, stop, block_ms=100,
            )  # fmt: skip
            task = asyncio.create_task(sender.run("actions-sender"))
            try:
                yield room
            finally:
                stop.set()
                await asyncio.wait_for(task, 30)


async def test_an_alert_arrives_with_its_buttons_and_a_day_of_mute_silences_its_term_for_a_day(
    newsroom: Newsroom,
) -> None:
    await newsroom.rig.says(READER, "/watch روسيا")
    await newsroom.rig.says(READER, "/watch الصين")
    first = article("روسيا تعلن تدريبات بحرية في البحر الأسود")
    assert await newsroom.publish(first) == 1
    alert = await newsroom.alert(READER, first)
    assert [label for label, _ in buttons(alert)] == ["🔕 كتم", "👎 ليس عن هذا"]
    assert all(len(data.encode()) <= 64 for _, data in buttons(alert))

    opened = await newsroom.press(READER, alert, "🔕 كتم")
    assert "text" not in opened and "show_alert" not in opened  # nothing to say: no toast
    assert await newsroom.buttons_become(alert, 0) == ["🔕 ليوم", "🗑 نهائيًا", "↩ رجوع"]
    answer = await newsroom.press(READER, alert, "🔕 ليوم")
    until = datetime.fromtimestamp(newsroom.now + DAY, UTC).strftime("%m-%d %H:%M")
    assert answer["text"] == f"🔕 كُتمت \u2068روسيا\u2069 حتى {until}."
    assert not answer.get("show_alert")
    assert await newsroom.buttons_become(alert, 1) == ["🔕 كتم", "👎 ليس عن هذا"]

    newsroom.now += 3600  # an hour later: روسيا is muted, الصين is not
    muted = article("روسيا ترفع أسعار الغاز")
    other_term = article("الصين تطلق قمرًا صناعيًا")
    assert await newsroom.publish(muted) == 0
    await newsroom.publish(other_term)
    await newsroom.alert(READER, other_term)
    await newsroom.nothing_more_for(READER, muted)

    newsroom.now += DAY  # the day is over
    back = article("روسيا تستضيف قمة إقليمية")
    assert await newsroom.publish(back) == 1
    await newsroom.alert(READER, back)


async def test_an_alert_for_two_terms_asks_which_to_mute_and_for_good_unwatches_it(
    newsroom: Newsroom,
) -> None:
    await newsroom.rig.says(READER, "/watch روسيا")
    await newsroom.rig.says(READER, "/watch أوكرانيا")
    both = article("روسيا وأوكرانيا تتبادلان الأسرى")
    await newsroom.publish(both)
    alert = await newsroom.alert(READER, both)
    await newsroom.press(READER, alert, "🔕 كتم")
    assert await newsroom.buttons_become(alert, 0) == ["🔕 روسيا", "🔕 أوكرانيا", "↩ رجوع"]
    await newsroom.press(READER, alert, "🔕 أوكرانيا")
    assert await newsroom.buttons_become(alert, 1) == ["🔕 ليوم", "🗑 نهائيًا", "↩ رجوع"]
    answer = await newsroom.press(READER, alert, "🗑 نهائيًا")
    assert answer["text"] == "🗑 أُوقفت متابعة \u2068أوكرانيا\u2069."
    assert await newsroom.buttons_become(alert, 2) == ["🔕 كتم", "👎 ليس عن هذا"]
    assert await newsroom.rig.services.subscriptions.terms(READER) == ["روسيا"]
    listed = await newsroom.rig.says(READER, "/list")
    assert "أوكرانيا" not in listed.plain and "روسيا" in listed.plain

    # The same alert's button again: the term is gone, and the toast says so.
    await newsroom.press(READER, alert, "🔕 كتم")
    await newsroom.buttons_become(alert, 3)
    await newsroom.press(READER, alert, "🔕 أوكرانيا")
    await newsroom.buttons_become(alert, 4)
    stale = await newsroom.press(READER, alert, "🔕 ليوم")
    assert stale["show_alert"] is True
    assert stale["text"] == "لم تعد \u2068أوكرانيا\u2069 من العبارات المتابَعة هنا؛ لا شيء لتغييره."


async def test_not_about_this_records_it_and_the_offered_exclusion_drops_the_look_alike_only(
    newsroom: Newsroom,
) -> None:
    rig = newsroom.rig
    await rig.says(READER, "/watch الأسد")
    wrong = article("حديقة الأسد الإفريقي تستقبل زوارًا في العيد")
    await newsroom.publish(wrong)
    alert = await newsroom.alert(READER, wrong)

    answer = await newsroom.press(READER, alert, "👎 ليس عن هذا")
    offer = 'الأسد -"الأسد الإفريقي"'
    assert answer["show_alert"] is True
    assert offer in str(answer["text"]) and "اضغط ✅ تحت التنبيه" in str(answer["text"])
    feedback = await rig.redis.xrange(rig.keys.feedback())
    assert [fields for _id, fields in feedback or []] == [
        {"term": "الأسد", "article": wrong.id, "chat": str(READER), "feed": "wire"}
    ]
    assert await newsroom.buttons_become(alert, 0) == [f"✅ {offer}", "↩ رجوع"]
    assert await rig.services.subscriptions.terms(READER) == ["الأسد"]  # shown, not saved yet

    saved = await newsroom.press(READER, alert, f"✅ {offer}")
    assert saved["text"] == f"✅ حُفظت \u2068{offer}\u2069 بدل \u2068الأسد\u2069."
    assert await rig.services.subscriptions.terms(READER) == [offer]
    assert await newsroom.buttons_become(alert, 1) == ["🔕 كتم", "👎 ليس عن هذا"]

    look_alike = article("ولادة شبل من الأسد الإفريقي في حديقة الحيوان")
    real = article("الأسد يصدر مرسومًا بتعيين حكومة جديدة")
    assert await newsroom.publish(look_alike) == 0
    assert await newsroom.publish(real) == 1
    await newsroom.alert(READER, real)
    await newsroom.nothing_more_for(READER, look_alike)


async def test_quiet_hours_send_silently_then_with_sound_once_switched_off(
    newsroom: Newsroom,
) -> None:
    hour = datetime.fromtimestamp(newsroom.now, UTC).hour
    window = f"{hour}-{(hour + 2) % 24}"
    answer = await newsroom.rig.says(READER, f"/quiet {window}")
    assert f"من {hour:02d}:00 إلى {(hour + 2) % 24:02d}:00، بلا صوت" in answer.plain
    await newsroom.rig.says(READER, "/watch المغرب")
    night = article("المغرب يفتتح ميناء جديدًا")
    await newsroom.publish(night)
    assert (await newsroom.alert(READER, night)).params["disable_notification"] is True

    await newsroom.rig.says(READER, "/quiet off")
    day = article("المغرب يوقع اتفاقية تجارية")
    await newsroom.publish(day)
    assert "disable_notification" not in (await newsroom.alert(READER, day)).params


async def test_quiet_hours_that_hold_deliver_one_digest_when_they_end(
    newsroom: Newsroom,
) -> None:
    rig = newsroom.rig
    hour = datetime.fromtimestamp(newsroom.now, UTC).hour
    # Two hours from the start of this one: at least an hour of quiet is left, whatever
    # the minute the test runs at.
    await rig.says(READER, f"/quiet {hour}-{(hour + 2) % 24} ملخص")
    await rig.says(READER, "/watch تونس")
    held = [article("تونس تعلن موعد الانتخابات"), article("تونس تستقبل وفدًا أوروبيًا")]
    for news in held:
        assert await newsroom.publish(news) == 1
    await newsroom.nothing_more_for(READER, *held)

    scheduler = DigestScheduler(rig.redis, rig.keys, rig.services.chats, newsroom.parts.outbox,
                                "UTC")  # fmt: skip
    assert await scheduler.run_once(newsroom.now + 60) == 0  # still quiet: still held
    end = (int(newsroom.now) // 3600 + 2) * 3600
    assert await scheduler.run_once(end) == 1
    digest = await asyncio.to_thread(
        newsroom.api.wait_for, READER, lambda m: held[0].link in m.text, timeout=WAIT
    )
    assert digest.plain.startswith("\u200f📋 ملخص رصد — خبران")
    assert all(news.title in digest.plain for news in held)
    assert [label for label, _ in buttons(digest)] == ["🔕 كتم"]
    assert "disable_notification" not in digest.params
    await newsroom.press(READER, digest, "🔕 كتم")
    assert await newsroom.buttons_become(digest, 0) == ["🔕 ليوم", "🗑 نهائيًا", "↩ رجوع"]


async def test_link_previews_on_show_the_article_small_below_the_text_and_off_show_none(
    newsroom: Newsroom,
) -> None:
    await newsroom.rig.says(READER, "/watch السودان")
    answer = await newsroom.rig.says(READER, "/preview on")
    assert "معاينة صغيرة" in answer.plain
    shown = article("السودان يعيد فتح المطار")
    await newsroom.publish(shown)
    assert (await newsroom.alert(READER, shown)).params["link_preview_options"] == {
        "url": shown.link,
        "prefer_small_media": True,
        "show_above_text": False,
    }
    await newsroom.rig.says(READER, "/preview off")
    hidden = article("السودان يستأنف المحادثات")
    await newsroom.publish(hidden)
    assert (await newsroom.alert(READER, hidden)).params["link_preview_options"] == {
        "is_disabled": True
    }


async def test_in_a_group_a_member_s_tap_is_refused_with_a_toast_and_an_admin_s_works(
    newsroom: Newsroom,
) -> None:
    rig = newsroom.rig
    await rig.says(GROUP_ADMIN, "/watch السعودية", chat_id=GROUP)
    news = article("السعودية تطلق مشروعًا للطاقة الشمسية")
    await newsroom.publish(news)
    alert = await newsroom.alert(GROUP, news)

    refused = await newsroom.press(MEMBER, alert, "🔕 كتم")
    assert refused["show_alert"] is True
    assert refused["text"] == "أزرار التنبيه لمشرفي هذه المحادثة فقط."
    refused = await newsroom.press(MEMBER, alert, "👎 ليس عن هذا")
    assert refused["text"] == "أزرار التنبيه لمشرفي هذه المحادثة فقط."
    assert newsroom.api.current(alert).version == 0
    assert await rig.redis.xlen(rig.keys.feedback()) == 0

    await newsroom.press(GROUP_ADMIN, alert, "🔕 كتم")
    assert await newsroom.buttons_become(alert, 0) == ["🔕 ليوم", "🗑 نهائيًا", "↩ رجوع"]


async def test_an_expired_card_gets_a_clear_toast(newsroom: Newsroom) -> None:
    rig = newsroom.rig
    await rig.says(READER, "/watch الأردن")
    news = article("الأردن يفتتح معرضًا للكتاب")
    await newsroom.publish(news)
    alert = await newsroom.alert(READER, news)
    async for key in rig.redis.scan_iter(match=rig.keys.card("*")):
        await rig.redis.delete(key)
    answer = await newsroom.press(READER, alert, "🔕 كتم")
    assert answer["show_alert"] is True
    assert answer["text"] == "انتهت صلاحية أزرار هذا التنبيه. استعمل /list أو /unwatch."
    assert newsroom.api.current(alert).version == 0


async def test_taps_from_many_users_at_once_take_their_edits_through_the_flood_gate(
    newsroom: Newsroom,
) -> None:
    rig, readers = newsroom.rig, range(700_001, 700_021)
    for reader in readers:
        newsroom.api.add_user(reader, started=True)
        await rig.services.subscriptions.add(reader, "ليبيا", 100)
    news = article("ليبيا تعلن موعد الانتخابات")
    assert await newsroom.publish(news) == len(readers)
    alerts = [await newsroom.alert(reader, news) for reader in readers]

    # One reader's chat is held back, as after a 429: its tap is answered at once,
    # and its buttons change only once the gate lets a message to that chat go.
    held = readers[0]
    await rig.services.gate.hold(held, 3.0)
    taps = [
        asyncio.to_thread(newsroom.api.user_presses, reader, alert, dict(buttons(alert))["🔕 كتم"])
        for reader, alert in zip(readers, alerts, strict=True)
    ]
    queries = await asyncio.gather(*taps)
    for query in queries:
        await asyncio.to_thread(newsroom.api.wait_for_answer, query, timeout=WAIT)
    assert newsroom.api.current(alerts[0]).version == 0
    for alert in alerts:
        assert await newsroom.buttons_become(alert, 0) == ["🔕 ليوم", "🗑 نهائيًا", "↩ رجوع"]


async def test_in_a_channel_its_admin_s_tap_works_and_a_subscriber_s_is_refused(
    newsroom: Newsroom,
) -> None:
    channel, owner, reader = -100_888, 611, 612
    api, rig = newsroom.api, newsroom.rig
    api.add_user(owner, started=True)
    api.add_user(reader, started=True)
    api.add_channel(channel, "akhbar_test", "أخبار الاختبار", admins=[owner])
    await rig.services.chats.ensure(channel, "channel", "أخبار الاختبار", "ar")
    await rig.services.subscriptions.add(channel, "قطر", 100)
    news = article("قطر تستضيف مؤتمرًا للطاقة")
    await newsroom.publish(news)
    alert = await newsroom.alert(channel, news)

    refused = await newsroom.press(reader, alert, "🔕 كتم")
    assert refused["text"] == "أزرار التنبيه لمشرفي هذه المحادثة فقط."
    await newsroom.press(owner, alert, "🔕 كتم")
    assert await newsroom.buttons_become(alert, 0) == ["🔕 ليوم", "🗑 نهائيًا", "↩ رجوع"]


async def test_watching_a_muted_term_again_ends_its_mute(newsroom: Newsroom) -> None:
    rig = newsroom.rig
    await rig.says(READER, "/watch مصر")
    await rig.services.mutes.mute(READER, "مصر", newsroom.now + DAY, newsroom.now)
    assert await newsroom.publish(article("مصر تفتتح متحفًا")) == 0
    await rig.says(READER, "/unwatch مصر")
    await rig.says(READER, "/watch مصر")
    again = article("مصر تستضيف بطولة")
    assert await newsroom.publish(again) == 1
    await newsroom.alert(READER, again)


async def test_an_alert_edited_to_name_another_outlet_keeps_its_buttons_and_preview(
    newsroom: Newsroom,
) -> None:
    await newsroom.rig.says(READER, "/watch العراق")
    await newsroom.rig.says(READER, "/preview on")
    title = "العراق يعلن افتتاح أكبر محطة لتحلية المياه في البصرة"
    first = article(title)
    again = replace(article(title), feed_id="wire-2", feed_name="وكالة ثانية")
    await newsroom.publish(first)
    alert = await newsroom.alert(READER, first)
    await newsroom.publish(again)
    edited = await asyncio.to_thread(
        newsroom.api.wait_for_edit, READER, alert.message_id, 0, timeout=WAIT
    )
    assert "وكالة ثانية" in edited.plain
    assert buttons(edited) == buttons(alert)
    assert edited.params["link_preview_options"] == alert.params["link_preview_options"]
    await newsroom.press(READER, edited, "🔕 كتم")
    assert await newsroom.buttons_become(edited, 1) == ["🔕 ليوم", "🗑 نهائيًا", "↩ رجوع"]
