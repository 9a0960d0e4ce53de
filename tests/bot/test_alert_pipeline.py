"""The alert pipeline end to end: articles in the stream, real PTB, a local Bot API server.

Nothing here waits a while to see that nothing happened: where a chat must get
nothing, a later article to another chat is awaited instead; the pipeline
handles articles in stream order, so the earlier one was handled by then.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from redis.asyncio import Redis
from telegram import Bot

from bot import alert_stream
from bot.alert_pipeline import AlertOptions, ensure_alert_group, run_alerts
from bot.alert_sender import SendPolicy
from bot.alert_stream import GROUP
from bot.article import Article
from bot.chats import ChatStore
from bot.daily_stats import DailyStats
from bot.keys import Keys
from bot.subscriptions import Subscriptions
from tests.feed_documents import items, rss20
from tests.http_server import LocalHTTPServer, Response
from tests.ports import closed_port
from tests.rasd_process import rasd_running
from tests.telegram_api import FakeBotAPI, SentMessage

RIYADH = ZoneInfo("Asia/Riyadh")
FAST = AlertOptions(
    block_ms=100, retry_wait=0.05, max_retry_wait=0.2, send=SendPolicy(backoff=0.01)
)
_numbers = itertools.count(1)


def article(title: str, summary: str = "") -> Article:
    number = next(_numbers)
    return Article(
        id=f"article-{number}", feed_id="feed-sahafa", feed_name="صحيفة الرصد",
        link=f"https://news.example/{number}", title=title, summary=summary,
        published=datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
    )  # fmt: skip


async def publish(redis: Redis, keys: Keys, item: Article) -> None:
    """Append an article as the poller's seen-cache script does."""
    await redis.xadd(keys.articles(), {"article": item.to_json()})


async def subscribe(redis: Redis, keys: Keys, chat_id: int, *terms: str) -> None:
    subs = Subscriptions(redis, keys)
    for term in terms:
        assert await subs.add(chat_id, term, 100) == "added"


async def pending(redis: Redis, keys: Keys) -> int:
    info = await redis.xpending(keys.articles(), GROUP)
    return int(info["pending"])


async def sent(bot_api: FakeBotAPI, chat_id: int, containing: str = "") -> SentMessage:
    """Wait, off the event loop, for a message to a chat containing a text; return it."""
    return await asyncio.to_thread(bot_api.wait_for, chat_id, lambda m: containing in m.text)


@pytest.fixture
async def bot(bot_api: FakeBotAPI) -> AsyncIterator[Bot]:
    client = Bot(bot_api.state.token, base_url=f"{bot_api.base_url}/bot")
    async with client:
        yield client


@asynccontextmanager
async def pipeline(
    bot: Bot, redis: Redis, keys: Keys, options: AlertOptions = FAST
) -> AsyncIterator[asyncio.Task[None]]:
    """Run the pipeline as a task; stop it and wait for it on the way out."""
    await ensure_alert_group(redis, keys)  # as the poller role does when it starts
    stop = asyncio.Event()
    task = asyncio.create_task(run_alerts(bot, redis, keys, RIYADH, stop, options))
    try:
        yield task
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)


async def test_a_subscriber_gets_the_alert_once(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    await ChatStore(redis, keys).ensure(101, "private", "قارئ", "ar")
    await subscribe(redis, keys, 101, "كوريا الشمالية")
    await ensure_alert_group(redis, keys)  # the poller's start
    news = article("القوات الكورية الشمالية تعبر الحدود")
    await publish(redis, keys, news)  # before the bot runs: still delivered
    async with pipeline(bot, redis, keys):
        message = await sent(bot_api, 101)
        await publish(redis, keys, article("كوريا الشمالية تطلق صاروخا جديدا"))
        await sent(bot_api, 101, "صاروخا")
    assert message.parse_mode == "HTML"
    assert "<b>الكورية الشمالية</b>" in message.text
    assert {"type": "text_link", "url": news.link} in [
        {k: e[k] for k in ("type", "url") if k in e} for e in message.entities
    ]
    assert message.params["link_preview_options"] == {"is_disabled": True}
    assert message.thread_id is None
    assert len(bot_api.messages_to(101)) == 2
    assert await pending(redis, keys) == 0
    assert await redis.smembers(keys.delivered(news.id)) == {"101"}
    assert 0 < await redis.ttl(keys.delivered(news.id)) <= 7 * 86_400
    counters = await DailyStats(redis, keys).day(datetime.now(UTC))
    assert counters == {"alerts_sent": 2, "send_errors": 0}


async def test_a_paused_chat_gets_nothing(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    chats = ChatStore(redis, keys)
    await chats.ensure(201, "private", "قارئ", "ar")
    await chats.set_paused(201, True)
    await subscribe(redis, keys, 201, "روسيا")
    await subscribe(redis, keys, 202, "الصين")
    async with pipeline(bot, redis, keys):
        await publish(redis, keys, article("وفد من روسيا يزور القاهرة"))
        await publish(redis, keys, article("وفد من الصين يزور القاهرة"))
        await sent(bot_api, 202)
    assert bot_api.attempts_to(201) == 0
    assert await pending(redis, keys) == 0


async def test_two_chats_with_the_same_term_each_get_one(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    bot_api.add_group(-100301, "فريق الأخبار", is_forum=True)
    topic = bot_api.add_topic(-100301, "تنبيهات")
    chats = ChatStore(redis, keys)
    await chats.ensure(301, "private", "قارئ", "ar")
    await chats.ensure(-100301, "supergroup", "فريق الأخبار", "en")
    await chats.set_thread(-100301, topic)
    await subscribe(redis, keys, 301, "كوريا الشمالية")
    await subscribe(redis, keys, -100301, "كوريا الشمالية", "روسيا")
    async with pipeline(bot, redis, keys):
        await publish(redis, keys, article("روسيا وكوريا الشمالية توقعان اتفاقا"))
        await publish(redis, keys, article("مطر في الرياض"))
        await publish(redis, keys, article("كوريا الشمالية مجددا"))
        await sent(bot_api, 301, "مجددا")
        await sent(bot_api, -100301, "مجددا")
    private, _ = bot_api.messages_to(301)
    team, _ = bot_api.messages_to(-100301)
    assert "🔔 تنبيه: كوريا الشمالية\n" in private.text
    assert team.text.startswith("🔔 Alert: روسيا · كوريا الشمالية\n")  # English, article order
    assert team.thread_id == topic


async def test_a_term_added_while_running_is_picked_up(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    await subscribe(redis, keys, 401, "روسيا")
    async with pipeline(bot, redis, keys):
        await publish(redis, keys, article("روسيا تعلن"))
        await sent(bot_api, 401)
        await subscribe(redis, keys, 401, "الجزائر")
        await publish(redis, keys, article("فيضانات في الجزائر"))
        flood = await sent(bot_api, 401, "فيضانات")
    assert "<b>الجزائر</b>" in flood.text


async def test_a_user_who_blocked_the_bot_is_marked_inactive_and_left_alone(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    chats = ChatStore(redis, keys)
    await chats.ensure(601, "private", "قارئ", "ar")
    await subscribe(redis, keys, 601, "روسيا")
    await subscribe(redis, keys, 602, "روسيا")
    bot_api.user_blocks(601)
    async with pipeline(bot, redis, keys):
        await publish(redis, keys, article("روسيا تعلن الأولى"))
        await publish(redis, keys, article("روسيا تعلن الثانية"))
        await sent(bot_api, 602, "الثانية")
    assert bot_api.attempts_to(601) == 1
    assert bot_api.messages_to(601) == []
    record = await chats.get(601)
    assert record is not None and record.inactive == "blocked"
    assert await Subscriptions(redis, keys).terms(601) == ["روسيا"]  # kept for a return
    assert await pending(redis, keys) == 0
    counters = await DailyStats(redis, keys).day(datetime.now(UTC))
    assert counters == {"alerts_sent": 2, "send_errors": 1}


async def test_a_chat_telegram_does_not_know_is_marked_inactive(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    await subscribe(redis, keys, -100611, "روسيا")  # a group the bot was never in
    await subscribe(redis, keys, 612, "الصين")
    async with pipeline(bot, redis, keys):
        await publish(redis, keys, article("روسيا تعلن"))
        await publish(redis, keys, article("الصين تعلن"))
        await sent(bot_api, 612)
    record = await ChatStore(redis, keys).get(-100611)
    assert record is not None and record.inactive == "not found"


async def test_a_migrated_group_keeps_its_terms_under_the_new_id(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    bot_api.add_group(-701, "مجموعة المتابعة", kind="group")
    await ChatStore(redis, keys).ensure(-701, "group", "مجموعة المتابعة", "ar")
    await subscribe(redis, keys, -701, "كوريا الشمالية")
    bot_api.migrate_group(-701, -100701)
    async with pipeline(bot, redis, keys):
        await publish(redis, keys, article("كوريا الشمالية تطلق صاروخا"))
        first = await sent(bot_api, -100701)
        await publish(redis, keys, article("كوريا الشمالية مرة أخرى"))
        await sent(bot_api, -100701, "مرة أخرى")
    assert "صاروخا" in first.text
    subs = Subscriptions(redis, keys)
    assert await subs.terms(-100701) == ["كوريا الشمالية"]
    assert await subs.terms(-701) == []
    assert bot_api.attempts_to(-701) == 1  # the second alert went straight to the new id
    assert len(bot_api.messages_to(-100701)) == 2


async def test_a_flood_wait_is_waited_out_and_the_alert_sent_once(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PTB 22 warns when a RetryAfter is built with integer seconds unless this opts in.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    await subscribe(redis, keys, 801, "روسيا")
    bot_api.fail_next(
        "sendMessage", 429, "Too Many Requests: retry after 1",
        parameters={"retry_after": 1}, chat_id=801,
    )  # fmt: skip
    async with pipeline(bot, redis, keys):
        await publish(redis, keys, article("روسيا تعلن"))
        await sent(bot_api, 801)
    assert bot_api.attempts_to(801) == 2
    assert len(bot_api.messages_to(801)) == 1
    assert await pending(redis, keys) == 0


async def test_html_telegram_refuses_is_resent_as_plain_text(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    await subscribe(redis, keys, 901, "كوريا الشمالية")
    bot_api.fail_next(
        "sendMessage", 400,
        "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0",
        chat_id=901,
    )  # fmt: skip
    news = article("القوات الكورية الشمالية & حلفاؤها")
    async with pipeline(bot, redis, keys):
        await publish(redis, keys, news)
        message = await sent(bot_api, 901)
    assert message.parse_mode is None
    assert "<b>" not in message.text
    assert "القوات الكورية الشمالية & حلفاؤها" in message.text
    assert f"اقرأ الخبر: {news.link}" in message.text
    assert len(bot_api.messages_to(901)) == 1


async def test_a_deleted_topic_sends_to_the_main_chat(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    bot_api.add_group(-100951, "غرفة الأخبار", is_forum=True)
    chats = ChatStore(redis, keys)
    await chats.ensure(-100951, "supergroup", "غرفة الأخبار", "ar")
    await chats.set_thread(-100951, 9999)  # no such topic (any more)
    await subscribe(redis, keys, -100951, "روسيا")
    async with pipeline(bot, redis, keys):
        await publish(redis, keys, article("روسيا تعلن"))
        message = await sent(bot_api, -100951)
    assert message.thread_id is None
    assert bot_api.attempts_to(-100951) == 2


async def test_a_failing_send_leaves_the_article_pending_and_resends_only_that_chat(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    await subscribe(redis, keys, 1001, "موسكو")
    await subscribe(redis, keys, 1002, "القاهرة")
    # More failures than one round retries (3): the article must wait for a later round.
    bot_api.fail_next("sendMessage", 502, "Bad Gateway", chat_id=1002, times=5)
    async with pipeline(bot, redis, keys):
        await publish(redis, keys, article("وفد من موسكو في القاهرة"))
        await sent(bot_api, 1002)
    assert bot_api.attempts_to(1002) == 6
    assert len(bot_api.messages_to(1001)) == 1  # sent in the first round only
    assert await pending(redis, keys) == 0
    counters = await DailyStats(redis, keys).day(datetime.now(UTC))
    assert counters["alerts_sent"] == 2
    assert counters["send_errors"] >= 1


class Crash(BaseException):
    """The process dying: nothing in the pipeline catches it."""


async def test_a_restart_after_a_crash_before_the_ack_sends_nothing_twice(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot_api.add_group(-100502, "فريق", kind="supergroup")
    await subscribe(redis, keys, 501, "كوريا الشمالية")
    await subscribe(redis, keys, -100502, "كوريا الشمالية")

    async def crash(self: alert_stream.ArticleQueue, entry_id: str) -> None:
        raise Crash

    with monkeypatch.context() as patch:
        patch.setattr(alert_stream.ArticleQueue, "ack", crash)
        await ensure_alert_group(redis, keys)
        await publish(redis, keys, article("كوريا الشمالية تطلق صاروخا"))
        task = asyncio.create_task(run_alerts(bot, redis, keys, RIYADH, asyncio.Event(), FAST))
        with pytest.raises(Crash):
            await asyncio.wait_for(task, 30)
    assert len(bot_api.messages_to(501)) == 1
    assert len(bot_api.messages_to(-100502)) == 1
    assert await pending(redis, keys) == 1  # sent to both, never acknowledged

    async with pipeline(bot, redis, keys):
        await publish(redis, keys, article("كوريا الشمالية في الأمم المتحدة"))
        await sent(bot_api, 501, "الأمم المتحدة")
        await sent(bot_api, -100502, "الأمم المتحدة")
    assert len(bot_api.messages_to(501)) == 2
    assert len(bot_api.messages_to(-100502)) == 2
    assert await pending(redis, keys) == 0


async def test_articles_left_pending_by_another_consumer_are_taken_over(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    await subscribe(redis, keys, 1101, "روسيا")
    await ensure_alert_group(redis, keys)
    await publish(redis, keys, article("روسيا تعلن"))
    # A bot on another host read it and died before handling it.
    await redis.xreadgroup(GROUP, "bot@gone", {keys.articles(): ">"}, count=10)
    assert await pending(redis, keys) == 1
    options = AlertOptions(
        consumer="bot@here", block_ms=100, claim_idle_ms=0, send=SendPolicy(backoff=0.01)
    )
    async with pipeline(bot, redis, keys, options):
        await sent(bot_api, 1101)
    assert len(bot_api.messages_to(1101)) == 1
    assert await pending(redis, keys) == 0


async def test_redis_out_of_reach_is_waited_out_not_fatal(
    bot: Bot, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    unreachable = Redis.from_url(f"redis://127.0.0.1:{closed_port()}", decode_responses=True)
    stop = asyncio.Event()
    task = asyncio.create_task(run_alerts(bot, unreachable, keys, RIYADH, stop, FAST))
    try:
        for _ in range(400):
            if "Redis did not answer" in caplog.text or task.done():
                break
            await asyncio.sleep(0.05)
        assert not task.done()
        assert "Redis did not answer" in caplog.text
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
        await unreachable.aclose()


async def test_rasd_run_alerts_a_subscriber_to_a_new_article(
    tmp_path: Path,
    keys: Keys,
    redis: Redis,
    subprocess_env: dict[str, str],
    bot_api: FakeBotAPI,
    http_server: LocalHTTPServer,
) -> None:
    url = http_server.serve("/rss", Response(rss20(items("rasd", 2))))
    settings = {
        "feeds": [{"name": "صحيفة الاختبار", "url": url, "interval": 1}],
        "allow_private_feeds": True,
        "polling": {"backfill": 2},
        "data_dir": str(tmp_path / "data"),
        "key_prefix": keys.prefix,
    }
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    await subscribe(redis, keys, 4242, "كوريا الشمالية")
    env = {**subprocess_env, **bot_api.env(), "RASD_CONFIG": str(config)}
    with rasd_running(env):
        message = await asyncio.to_thread(bot_api.wait_for, 4242, timeout=60)
    assert "<b>الكورية الشمالية</b>" in message.text
    assert "صحيفة الاختبار" in message.text
    assert len(bot_api.messages_to(4242)) == 1
