"""The fan-out: one alert per story per chat, into the outbox or the chat's digest."""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

import pytest
from redis.asyncio import Redis

from bot.article import Article
from bot.deliver.alert_stream import GROUP, ensure_alert_group
from bot.deliver.digest_html import DigestItem, render_digest
from bot.deliver.fanout import FanOut, FanOutOptions, FanOutParts
from bot.deliver.outbox import Outbox
from bot.deliver.outbox_alert import OutboxAlert
from bot.keys import Keys
from bot.settings import DeliverySettings
from bot.store.chats import ChatStore
from bot.store.subscriptions import Subscriptions
from tests.ports import closed_port

FAST = FanOutOptions(block_ms=100, retry_wait=0.05, max_retry_wait=0.2, default_zone="UTC")
_numbers = itertools.count(1)


def article(title: str, summary: str = "", *, feed: str = "sahafa", link: str = "") -> Article:
    number = next(_numbers)
    return Article(
        id=f"article-{number}", feed_id=f"feed-{feed}", feed_name=f"صحيفة {feed}",
        link=link or f"https://{feed}.example/{number}", title=title, summary=summary,
        published=datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
    )  # fmt: skip


async def subscribe(redis: Redis, keys: Keys, chat_id: int, *terms: str) -> None:
    await ChatStore(redis, keys).ensure(chat_id, "private", "قارئ", "ar")
    for term in terms:
        assert await Subscriptions(redis, keys).add(chat_id, term, 100) == "added"


async def outbox(redis: Redis, keys: Keys) -> list[OutboxAlert]:
    return await Outbox(redis, keys, claim_after_ms=60_000).waiting()


def parts(redis: Redis, keys: Keys) -> FanOutParts:
    return FanOutParts.build(redis, keys, DeliverySettings(), "UTC")


async def handled(redis: Redis, keys: Keys, *articles: Article) -> list[OutboxAlert]:
    """Fan the articles out directly and return the whole outbox."""
    fanout = FanOut(redis, keys, parts(redis, keys), asyncio.Event(), FAST)
    await fanout._parts.index.load()
    for item in articles:
        await fanout.handle(item, 1_780_000_000.0)
    return await outbox(redis, keys)


async def test_a_subscriber_gets_one_alert_with_the_match_in_bold(redis: Redis, keys: Keys) -> None:
    await subscribe(redis, keys, 101, "كوريا الشمالية")
    [alert] = await handled(
        redis, keys, article("القوات الكورية الشمالية تعبر الحدود"), article("كوريا الجنوبية")
    )
    assert alert.chat_id == 101 and alert.kind == "alert"
    assert "<b>الكورية الشمالية</b>" in alert.text
    assert alert.feed_id == "feed-sahafa"


async def test_one_alert_per_chat_lists_every_term_that_matched(redis: Redis, keys: Keys) -> None:
    await subscribe(redis, keys, 101, "روسيا", "إيران")
    await subscribe(redis, keys, 102, "روسيا")
    alerts = await handled(redis, keys, article("محادثات روسية إيرانية في موسكو"))
    by_chat = {alert.chat_id: alert for alert in alerts}
    assert sorted(by_chat) == [101, 102]
    assert "روسيا" in by_chat[101].text and "إيران" in by_chat[101].text
    assert "إيران" not in by_chat[102].text.split("\n")[0]


async def test_the_same_story_from_another_feed_is_not_sent_again(redis: Redis, keys: Keys) -> None:
    await subscribe(redis, keys, 101, "مرفأ بيروت")
    first = article("انفجار ضخم في مرفأ بيروت يهز العاصمة", feed="one")
    relinked = article("عاجل من مرفأ بيروت", feed="two", link=first.link + "?utm_source=x")
    retitled = article("انفجار ضخم في مرفأ بيروت يهز العاصمة - صور", feed="three")
    other = article("إعادة فتح مرفأ بيروت أمام السفن", feed="two")
    queued = await handled(redis, keys, first, relinked, retitled, other)
    alerts = [alert for alert in queued if alert.kind == "alert"]
    assert [alert.article_id for alert in alerts] == [first.id, other.id]
    # The alert already sent is edited to name the other outlets, one edit per new outlet.
    edits = [alert for alert in queued if alert.kind == "edit"]
    assert [edit.article_id for edit in edits] == [relinked.id, retitled.id]
    assert {edit.edits for edit in edits} == {alerts[0].id}
    source = next(line for line in edits[-1].text.split("\n") if "📰" in line)
    assert "صحيفة one" in source and "وأيضًا" in source
    assert "صحيفة two" in source and "صحيفة three" in source
    assert f'href="{retitled.link}"' in source


async def test_the_same_outlet_again_edits_nothing(redis: Redis, keys: Keys) -> None:
    await subscribe(redis, keys, 101, "مرفأ بيروت")
    first = article("انفجار ضخم في مرفأ بيروت يهز العاصمة", feed="one")
    again = article("انفجار ضخم في مرفأ بيروت يهز العاصمة", feed="one")
    queued = await handled(redis, keys, first, again)
    assert [(alert.kind, alert.article_id) for alert in queued] == [("alert", first.id)]


async def test_a_chat_that_wants_every_version_gets_each_outlet(redis: Redis, keys: Keys) -> None:
    await subscribe(redis, keys, 101, "مرفأ بيروت")
    await subscribe(redis, keys, 102, "مرفأ بيروت")
    await ChatStore(redis, keys).set_stories(102, "all")
    first = article("انفجار ضخم في مرفأ بيروت يهز العاصمة", feed="one")
    retitled = article("انفجار ضخم في مرفأ بيروت يهز العاصمة - صور", feed="three")
    queued = await handled(redis, keys, first, retitled)
    assert [(a.chat_id, a.kind, a.article_id) for a in queued] == [
        (101, "alert", first.id), (102, "alert", first.id),
        (102, "alert", retitled.id), (101, "edit", retitled.id),
    ]  # fmt: skip


async def test_a_digest_lists_a_story_once_with_its_outlets(redis: Redis, keys: Keys) -> None:
    await subscribe(redis, keys, 101, "مرفأ بيروت")
    await ChatStore(redis, keys).set_mode(101, "hourly")
    first = article("انفجار ضخم في مرفأ بيروت يهز العاصمة", feed="one")
    retitled = article("انفجار ضخم في مرفأ بيروت يهز العاصمة - صور", feed="three")
    assert await handled(redis, keys, first, retitled) == []
    kept = [DigestItem.from_json(raw) for raw in await redis.lrange(keys.digest(101), 0, -1)]
    [message] = render_digest(kept, lang="ar", zone=UTC)
    lines = [line for line in message.split("\n") if "•" in line]
    assert len(lines) == 1
    assert "صحيفة one" in lines[0] and f'<a href="{retitled.link}">صحيفة three</a>' in lines[0]


async def test_paused_chats_get_nothing_and_digest_chats_keep_it(redis: Redis, keys: Keys) -> None:
    chats = ChatStore(redis, keys)
    await subscribe(redis, keys, 101, "النفط")
    await subscribe(redis, keys, 102, "النفط")
    await subscribe(redis, keys, 103, "النفط")
    await subscribe(redis, keys, 104, "النفط")
    await chats.set_paused(101, True)
    await chats.set_mode(102, "hourly")
    await chats.set_mode(103, "daily", 7)
    await chats.set_paused(103, True)
    await chats.mark_inactive(104, "blocked")
    alerts = await handled(redis, keys, article("ارتفاع أسعار النفط بعد قرار أوبك"))
    assert alerts == []
    assert await redis.llen(keys.digest(102)) == 1
    assert await redis.llen(keys.digest(103)) == 1  # paused, but a digest keeps what it gets
    assert await redis.zscore(keys.digest_due(), "102") is not None


async def test_an_article_handled_twice_queues_the_same_alert_ids(redis: Redis, keys: Keys) -> None:
    await subscribe(redis, keys, 101, "سيول")
    news = article("سيول تستضيف قمة اقتصادية")
    alerts = await handled(redis, keys, news, news)
    assert len(alerts) == 2 and alerts[0].id == alerts[1].id  # the sender sends it once


@asynccontextmanager
async def running(redis: Redis, keys: Keys) -> AsyncIterator[None]:
    await ensure_alert_group(redis, keys)
    stop = asyncio.Event()
    task = asyncio.create_task(FanOut(redis, keys, parts(redis, keys), stop, FAST).run())
    try:
        yield
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)


async def until_outbox(redis: Redis, keys: Keys, count: int) -> list[OutboxAlert]:
    for _ in range(400):
        alerts = await outbox(redis, keys)
        if len(alerts) >= count:
            return alerts
        await asyncio.sleep(0.05)
    raise AssertionError(f"the outbox never held {count} alert(s)")


async def test_running_fan_out_acks_articles_and_picks_up_new_terms(
    redis: Redis, keys: Keys
) -> None:
    await subscribe(redis, keys, 101, "سيول")
    async with running(redis, keys):
        news = article("وفد من سيول يزور القاهرة")
        await redis.xadd(keys.articles(), {"article": news.to_json()})
        await until_outbox(redis, keys, 1)
        await Subscriptions(redis, keys).add(101, "الذهب", 100)  # while it runs
        await redis.xadd(keys.articles(), {"article": article("الذهب يرتفع").to_json()})
        alerts = await until_outbox(redis, keys, 2)
    assert "<b>الذهب</b>" in alerts[1].text
    pending = await redis.xpending(keys.articles(), GROUP)
    assert pending["pending"] == 0


async def test_unreachable_redis_is_logged_and_survived(
    keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    unreachable = Redis(port=closed_port(), decode_responses=True)
    stop = asyncio.Event()
    task = asyncio.create_task(
        FanOut(unreachable, keys, parts(unreachable, keys), stop, FAST).run()
    )
    for _ in range(100):
        if "Redis did not answer" in caplog.text:
            break
        await asyncio.sleep(0.05)
    stop.set()
    await asyncio.wait_for(task, 10)
    await unreachable.aclose()
    assert "fan-out: Redis did not answer" in caplog.text


async def test_a_story_for_more_chats_than_one_script_call_holds_reaches_and_edits_each(
    redis: Redis, keys: Keys
) -> None:
    chats = ChatStore(redis, keys)
    everyone = range(1, 1202)  # more than READ_CHUNK, REMEMBER_CHUNK and PUT_CHUNK
    for chat_id in everyone:
        await subscribe(redis, keys, chat_id, "مرفأ بيروت")
    await chats.set_lang(7, "en")
    await chats.set_paused(8, True)
    await chats.set_mode(9, "daily")
    first = article("انفجار ضخم في مرفأ بيروت يهز العاصمة", feed="one")
    relinked = article("عاجل من مرفأ بيروت", feed="two", link=first.link + "?utm_source=x")
    # The first article twice, as after a crash: the same alerts again, which the
    # sender's sent record keeps from going out twice.
    queued = await handled(redis, keys, first, first, relinked)
    instant = [chat_id for chat_id in everyone if chat_id not in (8, 9)]
    once, again = queued[: len(instant)], queued[len(instant) : 2 * len(instant)]
    assert [alert.id for alert in again] == [alert.id for alert in once]
    queued = queued[len(instant) :]
    alerts = [alert for alert in queued if alert.kind == "alert"]
    assert sorted(alert.chat_id for alert in alerts) == instant  # once each
    assert {alert.id for alert in alerts} == {f"{first.id}:{chat_id}" for chat_id in instant}
    edits = {alert.chat_id: alert for alert in queued if alert.kind == "edit"}
    assert sorted(edits) == instant
    assert all(edit.edits == f"{first.id}:{chat_id}" for chat_id, edit in edits.items())
    assert all("صحيفة two" in edit.text for edit in edits.values())
    assert edits[7].text != edits[1].text  # in the chat's own language
    assert edits[1].text == edits[1200].text
