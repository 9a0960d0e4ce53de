"""What a chat chose, applied by the fan-out and the digests: mutes, quiet hours, previews."""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime

from redis.asyncio import Redis

from bot.article import Article
from bot.deliver.digest import DigestScheduler
from bot.deliver.fanout import FanOut, FanOutOptions, FanOutParts
from bot.deliver.outbox_alert import OutboxAlert
from bot.keys import Keys
from bot.settings import DeliverySettings
from bot.store.alert_cards import AlertCards, alert_card_token, card_token
from bot.store.chats import ChatStore
from bot.store.mutes import DAY, Mutes
from bot.store.subscriptions import Subscriptions

# 2026-03-01 23:30 in Riyadh (UTC+3): inside quiet hours 23-7 there.
NIGHT = datetime(2026, 3, 1, 20, 30, tzinfo=UTC).timestamp()
MORNING = datetime(2026, 3, 2, 4, 0, tzinfo=UTC).timestamp()  # 07:00 in Riyadh
_numbers = itertools.count(1)
OPTIONS = FanOutOptions(default_zone="Asia/Riyadh")


def article(title: str) -> Article:
    number = next(_numbers)
    return Article(id=f"opt-{number}", feed_id="feed-w", feed_name="وكالة",
                   link=f"https://w.example/{number}", title=title, summary="")  # fmt: skip


class Room:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        self.redis, self.keys = redis, keys
        self.parts = FanOutParts.build(redis, keys, DeliverySettings(), "Asia/Riyadh")
        self.fanout = FanOut(redis, keys, self.parts, asyncio.Event(), OPTIONS)
        self.chats = ChatStore(redis, keys)

    async def reader(self, chat_id: int, *terms: str) -> None:
        await self.chats.ensure(chat_id, "private", "قارئ", "ar")
        for term in terms:
            await Subscriptions(self.redis, self.keys).add(chat_id, term, 100)

    async def publish(self, news: Article, now: float) -> list[OutboxAlert]:
        await self.parts.index.refresh()
        await self.fanout.handle(news, now)
        alerts = await self.parts.outbox.waiting()
        await self.redis.delete(self.keys.outbox())
        return alerts


async def test_a_muted_term_is_left_out_until_the_mute_ends(redis: Redis, keys: Keys) -> None:
    room = Room(redis, keys)
    await room.parts.index.load()
    await room.reader(1, "روسيا", "أوكرانيا")
    await room.reader(2, "روسيا")
    await Mutes(redis, keys).mute(1, "روسيا", NIGHT + DAY, NIGHT)
    alerts = await room.publish(article("روسيا وأوكرانيا تتبادلان الأسرى"), NIGHT + 60)
    assert {a.chat_id for a in alerts} == {1, 2}
    first = next(a for a in alerts if a.chat_id == 1)
    card = await AlertCards(redis, keys).get(first.buttons[0][1].split(":")[2])
    assert card is not None and card.terms == ("أوكرانيا",)  # the muted term is not offered
    only_muted = await room.publish(article("روسيا ترفع أسعار الغاز"), NIGHT + 120)
    assert [a.chat_id for a in only_muted] == [2]
    after = await room.publish(article("روسيا تستضيف قمة"), NIGHT + DAY)
    assert sorted(a.chat_id for a in after) == [1, 2]


async def test_alerts_carry_buttons_quiet_hours_silence_and_the_preview_choice(
    redis: Redis, keys: Keys
) -> None:
    room = Room(redis, keys)
    await room.parts.index.load()
    await room.reader(1, "الأسد")
    await room.reader(2, "الأسد")
    await room.chats.set_quiet(1, "23-7")
    await room.chats.set_preview(2, True)
    news = article("حديقة الأسد الإفريقي تستقبل زوارًا")
    alerts = {a.chat_id: a for a in await room.publish(news, NIGHT)}
    assert (alerts[1].silent, alerts[1].preview) == (True, "")
    assert (alerts[2].silent, alerts[2].preview) == (False, news.link)
    token = alert_card_token(news.id, ["الأسد"])
    assert alerts[2].buttons[0][1] == f"ac:mute:{token}"  # one card for every chat alike
    assert alerts[1].buttons == (
        ("🔕 كتم", f"ac:mute:{token}"),
        ("👎 ليس عن هذا", f"ac:no:{token}"),
    )
    card = await AlertCards(redis, keys).get(token)
    assert card is not None
    assert (card.article_id, card.terms) == (news.id, ("الأسد",))
    assert card.narrowing(0) == ('الأسد -"الأسد الإفريقي"', "")
    by_day = {a.chat_id: a for a in await room.publish(article("الأسد يصدر مرسومًا"), MORNING)}
    assert not by_day[1].silent


async def test_quiet_hours_that_hold_keep_alerts_for_one_digest_at_their_end(
    redis: Redis, keys: Keys
) -> None:
    room = Room(redis, keys)
    await room.parts.index.load()
    await room.reader(1, "تونس")
    await room.chats.set_quiet(1, "23-7", hold=True)
    assert await room.publish(article("تونس تعلن موعد الانتخابات"), NIGHT) == []
    assert await redis.zscore(keys.digest_due(), "1") == MORNING
    scheduler = DigestScheduler(redis, keys, room.chats, room.parts.outbox, "Asia/Riyadh")
    assert await scheduler.run_once(MORNING) == 1


async def test_a_digest_in_quiet_hours_is_silent_or_waits_for_their_end(
    redis: Redis, keys: Keys
) -> None:
    room = Room(redis, keys)
    await room.parts.index.load()
    await room.reader(1, "الأردن")
    await room.chats.set_mode(1, "hourly")
    await room.chats.set_quiet(1, "23-7")
    await room.publish(article("الأردن يفتتح معرضًا"), NIGHT - 600)
    scheduler = DigestScheduler(redis, keys, room.chats, room.parts.outbox, "Asia/Riyadh")
    assert await scheduler.run_once(NIGHT + 1800) == 1
    (digest,) = await room.publish(article("لا شيء هنا"), NIGHT + 1800)  # reads the outbox
    assert digest.kind == "digest" and digest.silent
    assert [label for label, _ in digest.buttons] == ["🔕 كتم"]
    card = await AlertCards(redis, keys).get(card_token(digest.id))
    assert card is not None and card.terms == ("الأردن",) and card.article_id == ""

    await room.chats.set_quiet(1, "23-7", hold=True)
    await room.publish(article("الأردن يوقع اتفاقية"), NIGHT + 2000)
    assert await scheduler.run_once(NIGHT + 3600 + 1800) == 0  # due at the hour, held
    assert await redis.zscore(keys.digest_due(), "1") == MORNING
