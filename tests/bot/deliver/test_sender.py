"""The sender end to end: the outbox on a real Redis, real PTB, a local Bot API server.

Where a message must not be sent, the test waits until the outbox is empty
(every entry finished: sent, dropped, deferred and sent, or dead-lettered)
rather than for some time to pass.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import cast

import pytest
from prometheus_client import REGISTRY
from redis.asyncio import Redis
from telegram import Bot

from bot.app.embedded_redis import EmbeddedRedis
from bot.deliver.alert_html import html_to_text
from bot.deliver.dead_letters import DeadLetters
from bot.deliver.flood_gate import FloodGate
from bot.deliver.outbox import Outbox
from bot.deliver.outbox_alert import OutboxAlert, body_id
from bot.deliver.sender import Sender
from bot.keys import Keys
from bot.settings import DeliverySettings
from bot.store.chats import ChatStore
from bot.store.daily_stats import DailyStats
from bot.store.subscriptions import Subscriptions
from tests.telegram_api import FakeBotAPI, SentMessage

FAST = DeliverySettings(retry_base=0.05, claim_after=5)
STORY = (
    "<b>عاجل</b>: القوات <b>الكورية الشمالية</b> تعبر الحدود "
    '<a href="https://news.example/1">صحيفة الرصد</a>'
)
USER, OTHER = 5101, 5102
GROUP, SUPERGROUP, FORUM = -4101, -1004101, -1004202


def alert(chat_id: int, story: int = 1, **fields: object) -> OutboxAlert:
    base = OutboxAlert(
        id=f"story-{story}:{chat_id}", chat_id=chat_id, text=STORY,
        feed_id="feed-sahafa", article_id=f"article-{story}",
    )  # fmt: skip
    return replace(base, **fields)  # type: ignore[arg-type]


def metric(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@dataclass
class Rig:
    outbox: Outbox
    redis: Redis
    keys: Keys

    async def put(self, *alerts: OutboxAlert) -> None:
        await self.outbox.put(alerts)

    async def drained(self, seconds: float = 30) -> None:
        """Wait until every entry is finished: nothing in the stream, nothing delayed."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                async with self.redis.pipeline(transaction=True) as pipe:  # one moment
                    pipe.xlen(self.keys.outbox())
                    pipe.zcard(self.keys.outbox_delayed())
                    if sum(await pipe.execute()) == 0:
                        return
            except Exception:
                pass
            await asyncio.sleep(0.05)
        raise AssertionError("the outbox did not empty")


@pytest.fixture
async def bot(bot_api: FakeBotAPI) -> AsyncIterator[Bot]:
    client = Bot(bot_api.state.token, base_url=f"{bot_api.base_url}/bot")
    async with client:
        yield client


@asynccontextmanager
async def sending(
    bot: Bot, redis: Redis, keys: Keys, settings: DeliverySettings = FAST,
    *, claim_after_ms: int | None = None,
) -> AsyncIterator[Rig]:  # fmt: skip
    """Run a Sender as a task; stop it and wait for it on the way out."""
    logging.getLogger("bot").setLevel(logging.INFO)  # for caplog: the sender's info lines
    stop = asyncio.Event()
    outbox = Outbox(redis, keys, claim_after_ms=claim_after_ms or settings.claim_after * 1000)
    sender = Sender(
        bot, outbox, FloodGate(redis, keys, settings), ChatStore(redis, keys),
        Subscriptions(redis, keys), DailyStats(redis, keys), DeadLetters(redis, keys),
        settings, stop, block_ms=100,
    )  # fmt: skip
    task = asyncio.create_task(sender.run(f"test-sender-{id(stop)}"))
    try:
        yield Rig(outbox, redis, keys)
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)


async def sent(
    bot_api: FakeBotAPI, chat_id: int, test: Callable[[SentMessage], bool] | None = None
) -> SentMessage:
    return await asyncio.to_thread(bot_api.wait_for, chat_id, test)


async def test_an_alert_is_sent_once_as_html_without_preview(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    before = metric("rasd_alerts_sent_total", kind="alert")
    async with sending(bot, redis, keys) as rig:
        await rig.put(alert(USER), alert(USER))  # queued twice: the same id, sent once
        message = await sent(bot_api, USER)
        await rig.drained()
    assert message.parse_mode == "HTML"
    assert "<b>الكورية الشمالية</b>" in message.text
    assert message.params["link_preview_options"] == {"is_disabled": True}
    assert len(bot_api.messages_to(USER)) == 1
    assert await redis.exists(keys.sent("story-1:5101"))
    assert metric("rasd_alerts_sent_total", kind="alert") - before == 1
    day = await DailyStats(redis, keys).day(datetime.now(UTC))
    assert day["alerts_sent"] == 1


async def test_a_topic_gets_its_alert_and_a_vanished_topic_falls_back_to_the_chat(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    bot_api.add_group(FORUM, "غرفة الأخبار", is_forum=True)
    topic = bot_api.add_topic(FORUM, "عاجل")
    async with sending(bot, redis, keys) as rig:
        await rig.put(alert(FORUM, 1, thread=topic), alert(FORUM, 2, thread=999))
        await rig.drained()
    threads = sorted((m.thread_id or 0) for m in bot_api.messages_to(FORUM))
    assert threads == [0, topic]
    assert bot_api.attempts_to(FORUM) == 3
    assert "topic 999 is gone" in caplog.text


async def test_refused_html_is_sent_as_plain_text(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    bot_api.fail_next("sendMessage", 400, "Bad Request: can't parse entities: unclosed tag",
                      chat_id=USER)  # fmt: skip
    async with sending(bot, redis, keys) as rig:
        await rig.put(alert(USER))
        message = await sent(bot_api, USER)
    assert message.parse_mode is None
    assert message.text == html_to_text(STORY)
    assert "صحيفة الرصد" in message.text and "<b>" not in message.text


async def test_a_blocked_user_is_marked_inactive_and_gets_nothing_more(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    chats = ChatStore(redis, keys)
    await chats.ensure(USER, "private", "قارئ", "ar")
    bot_api.user_blocks(USER)
    before = metric("rasd_alerts_failed_total", reason="blocked")
    async with sending(bot, redis, keys) as rig:
        await rig.put(alert(USER, 1))
        await rig.drained()
        await rig.put(alert(USER, 2))  # the chat is known inactive now: not even tried
        await rig.drained()
    record = await chats.get(USER)
    assert record is not None and record.inactive == "blocked"
    assert bot_api.attempts_to(USER) == 1
    assert bot_api.messages_to(USER) == []
    assert metric("rasd_alerts_failed_total", reason="blocked") - before == 1
    assert (await DailyStats(redis, keys).day(datetime.now(UTC)))["send_errors"] == 1
    assert f"chat={USER} feed=feed-sahafa alert=story-2:{USER}" in caplog.text


async def test_a_chat_telegram_does_not_know_is_marked_not_found(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    async with sending(bot, redis, keys) as rig:
        await rig.put(alert(-1009999))
        await rig.drained()
    record = await ChatStore(redis, keys).get(-1009999)
    assert record is not None and record.inactive == "not found"


async def test_a_paused_chat_gets_no_alert_but_its_digest(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    chats = ChatStore(redis, keys)
    await chats.ensure(USER, "private", "قارئ", "ar")
    await chats.set_paused(USER, True)
    async with sending(bot, redis, keys) as rig:
        await rig.put(alert(USER, 1), alert(USER, 2, kind="digest"), alert(OTHER, 1))
        await rig.drained()
    assert [m.text for m in bot_api.messages_to(USER)] == [STORY]
    assert bot_api.attempts_to(USER) == 1
    assert len(bot_api.messages_to(OTHER)) == 1
    assert "chat is paused; dropped chat=5101 feed=feed-sahafa alert=story-1:5101" in caplog.text


async def test_a_migrated_group_gets_the_alert_at_its_new_id_with_its_terms(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    bot_api.add_group(GROUP, "فريق التحرير", kind="group")
    await ChatStore(redis, keys).ensure(GROUP, "group", "فريق التحرير", "ar")
    subscriptions = Subscriptions(redis, keys)
    assert await subscriptions.add(GROUP, "كوريا الشمالية", 100) == "added"
    bot_api.migrate_group(GROUP, SUPERGROUP)
    async with sending(bot, redis, keys) as rig:
        await rig.put(alert(GROUP))
        message = await sent(bot_api, SUPERGROUP)
        await rig.drained()
    assert message.text == STORY
    assert await subscriptions.terms(SUPERGROUP) == ["كوريا الشمالية"]
    assert await subscriptions.terms(GROUP) == []
    assert await redis.exists(keys.sent("story-1:-4101"))  # the alert's id is kept


async def test_a_429_holds_only_that_chat(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    bot_api.fail_next("sendMessage", 429, "Too Many Requests: retry after 1",
                      parameters={"retry_after": 1}, chat_id=USER)  # fmt: skip
    async with sending(bot, redis, keys) as rig:
        await rig.put(alert(USER))
        assert await _until(lambda: bot_api.attempts_to(USER) == 1)
        await rig.put(alert(OTHER))  # another chat is not held up meanwhile
        other = await sent(bot_api, OTHER)
        held = await sent(bot_api, USER)
    order = [m.chat_id for m in bot_api.state.sent]
    assert order.index(OTHER) < order.index(USER), (other, held)
    assert bot_api.attempts_to(USER) == 2


async def test_network_trouble_is_retried_with_backoff(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    bot_api.fail_next("sendMessage", 500, "Internal Server Error", chat_id=USER, times=2)
    async with sending(bot, redis, keys) as rig:
        await rig.put(alert(USER))
        await sent(bot_api, USER)
        await rig.drained()
    assert bot_api.attempts_to(USER) == 3
    assert len(bot_api.messages_to(USER)) == 1
    assert await DeadLetters(redis, keys).count() == 0


async def test_after_max_attempts_it_becomes_a_dead_letter(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    settings = DeliverySettings(retry_base=0.02, max_attempts=3, claim_after=5)
    bot_api.fail_next("sendMessage", 502, "Bad Gateway", chat_id=USER, times=10)
    before = metric("rasd_alerts_failed_total", reason="retries")
    async with sending(bot, redis, keys, settings) as rig:
        await rig.put(alert(USER))
        await rig.drained()
    assert bot_api.attempts_to(USER) == 3
    [letter] = await DeadLetters(redis, keys).recent()
    assert letter.alert.chat_id == USER and letter.alert.attempts == 3
    assert letter.reason == "gave up after 3 tries: Bad Gateway"
    assert metric("rasd_alerts_failed_total", reason="retries") - before == 1


async def test_any_other_refusal_is_a_dead_letter_at_once(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    bot_api.fail_next("sendMessage", 400, "Bad Request: not enough rights to send text messages",
                      chat_id=SUPERGROUP)  # fmt: skip
    bot_api.add_group(SUPERGROUP, "فريق التحرير")
    async with sending(bot, redis, keys) as rig:
        await rig.put(alert(SUPERGROUP))
        await rig.drained()
    assert bot_api.attempts_to(SUPERGROUP) == 1
    [letter] = await DeadLetters(redis, keys).recent()
    assert letter.reason == "Not enough rights to send text messages"  # as PTB words it
    assert letter.alert.attempts == 0
    assert f"dead letter chat={SUPERGROUP} feed=feed-sahafa alert=story-1:{SUPERGROUP}" in (
        caplog.text
    )


async def test_a_reclaimed_alert_already_sent_is_not_sent_again(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=50)
    await outbox.put([alert(USER), alert(OTHER)])
    crashed = await outbox.read("crashed-sender", 10, 10)
    assert len(crashed) == 2
    # It sent the first and recorded it, then died before acknowledging either.
    await redis.set(keys.sent(crashed[0].alert.id), "1")
    async with sending(bot, redis, keys, claim_after_ms=50) as rig:
        await rig.drained()
    assert bot_api.attempts_to(USER) == 0
    assert len(bot_api.messages_to(OTHER)) == 1


async def test_an_alert_a_crashed_sender_was_sending_is_sent_not_lost(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=300)
    await outbox.put([alert(USER)])
    [taken] = await outbox.read("crashed-sender", 10, 10)
    assert await outbox.claim_send(taken.alert.id)  # it died before Telegram got it
    async with sending(bot, redis, keys, claim_after_ms=300) as rig:
        await sent(bot_api, USER)
        await rig.drained()
    assert len(bot_api.messages_to(USER)) == 1


async def test_copies_taken_by_two_senders_at_once_go_out_once(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    settings = DeliverySettings(batch=1, claim_after=5)
    chats = range(-1007020, -1007000)  # groups: their burst would let both copies through
    for chat in chats:
        bot_api.add_group(chat, "غرفة الأخبار")
    async with sending(bot, redis, keys, settings) as one, sending(bot, redis, keys, settings):
        await one.put(*(copy for chat in chats for copy in (alert(chat), alert(chat))))
        await one.drained()
    assert sorted(m.chat_id for m in bot_api.state.sent) == list(chats)


async def test_a_busy_chat_is_deferred_while_others_flow_and_stop_gives_entries_back(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    settings = DeliverySettings(private_per_second=0.05, claim_after=5)  # one per 21 s
    async with sending(bot, redis, keys, settings) as rig:
        await rig.put(alert(USER, 1), alert(USER, 2), alert(OTHER, 1))
        await sent(bot_api, OTHER)
        await sent(bot_api, USER)
    assert len(bot_api.messages_to(USER)) == 1
    assert await redis.xlen(keys.outbox()) == 0  # nothing left pending by the stop
    delayed = await redis.zrange(keys.outbox_delayed(), 0, -1, withscores=True)
    [(member, due)] = cast(list[tuple[str, float]], delayed)
    assert OutboxAlert.from_json(member).chat_id == USER
    assert due > time.time() + 10


async def test_a_redis_restart_is_survived_and_loses_nothing(
    bot: Bot, bot_api: FakeBotAPI, own_redis: EmbeddedRedis, caplog: pytest.LogCaptureFixture
) -> None:
    keys = Keys("rasd-sender-outage")
    redis = Redis.from_url(own_redis.url, decode_responses=True)
    settings = DeliverySettings(private_per_second=2, claim_after=5)  # one per 0.525 s a chat
    try:
        async with sending(bot, redis, keys, settings) as rig:
            await rig.put(*(alert(USER, story) for story in range(1, 5)))
            await sent(bot_api, USER)  # the others wait in the delayed set
            await asyncio.to_thread(own_redis.stop)
            await asyncio.sleep(1.5)  # rounds fail meanwhile; the loop must not die
            await asyncio.to_thread(own_redis.start)
            await rig.put(*(alert(chat, 9) for chat in range(6001, 6006)))
            for chat in range(6001, 6006):
                await sent(bot_api, chat)
            await rig.drained(60)
    finally:
        await redis.aclose()
    assert "Redis did not answer" in caplog.text
    stories = sorted(m.chat_id for m in bot_api.state.sent)
    assert stories == [USER] * 4 + list(range(6001, 6006))  # each exactly once


async def _until(check: Callable[[], bool], seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.02)
    return True


EDITED = STORY + " · وأيضًا: <b>سكاي نيوز عربية</b>"


async def test_an_edit_changes_the_message_the_alert_became(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    first = alert(USER)
    edit = alert(USER, 2, kind="edit", text=EDITED, edits=first.id)
    async with sending(bot, redis, keys) as rig:
        await rig.put(first)
        message = await sent(bot_api, USER)
        await rig.drained()
        assert await rig.outbox.message_id(first.id) == message.message_id
        await rig.put(edit, edit)  # queued twice: edited once
        edited = await asyncio.to_thread(bot_api.wait_for_edit, USER, message.message_id)
        await rig.drained()
    assert "سكاي نيوز عربية" in edited.text and edited.parse_mode == "HTML"
    assert edited.version == 1
    assert len(bot_api.messages_to(USER)) == 1  # no new message


async def test_an_edit_telegram_refuses_is_skipped_not_retried(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    # The alert went out as a message this chat no longer has (deleted): Telegram's
    # "message to edit not found". Then an edit that changes nothing: "not modified".
    await redis.set(keys.sent("story-7:5101"), "987654")
    gone = alert(USER, 8, kind="edit", text=EDITED, edits="story-7:5101")
    async with sending(bot, redis, keys) as rig:
        await rig.put(alert(USER))
        message = await sent(bot_api, USER)
        await rig.drained()
        same = alert(USER, 9, kind="edit", text=message.text, edits="story-1:5101")
        await rig.put(gone, same)
        await rig.drained()
    assert "edit skipped (message to edit not found)" in caplog.text.lower()
    assert "edit skipped (message is not modified" in caplog.text.lower()
    assert await DeadLetters(redis, keys).count() == 0
    assert bot_api.current(message).version == 0


async def test_an_edit_of_an_alert_never_sent_is_given_up_quietly(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    orphan = alert(USER, 3, kind="edit", text=EDITED, edits="story-404:5101")
    async with sending(bot, redis, keys, FAST.model_copy(update={"max_attempts": 3})) as rig:
        await rig.put(orphan)
        await rig.drained()
    assert "edit skipped (gave up after 3 tries" in caplog.text
    assert await DeadLetters(redis, keys).count() == 0
    assert bot_api.messages_to(USER) == []


async def test_alerts_sharing_a_body_arrive_whole_and_a_dead_letter_keeps_its_text(
    bot: Bot, bot_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    bot_api.fail_next("sendMessage", 400, "Bad Request: not enough rights to send text messages",
                      chat_id=SUPERGROUP)  # fmt: skip
    bot_api.add_group(SUPERGROUP, "فريق التحرير")
    buttons = (("🔕 كتم", "ac:mute:tok"),)
    template = alert(0, buttons=buttons, preview="https://news.example/1")
    body = body_id(template)
    each = [replace(template, id=f"story-1:{c}", chat_id=c, body=body)
            for c in (USER, OTHER, SUPERGROUP)]  # fmt: skip
    async with sending(bot, redis, keys) as rig:
        await rig.put(*each)
        for chat_id in (USER, OTHER):
            message = await sent(bot_api, chat_id)
            assert "<b>الكورية الشمالية</b>" in message.text
            assert [b.text for b in message.buttons()] == ["🔕 كتم"]
            assert message.params["link_preview_options"]["url"] == "https://news.example/1"
        await rig.drained()
        [letter] = await DeadLetters(redis, keys).recent()
        assert letter.alert.chat_id == SUPERGROUP and letter.alert.text == STORY
        await redis.delete(keys.body(body))  # the shared body expired; the letter needs none
        assert await DeadLetters(redis, keys).replay() == 1
        message = await sent(bot_api, SUPERGROUP)
        await rig.drained()
    assert "<b>الكورية الشمالية</b>" in message.text
    assert [b.text for b in message.buttons()] == ["🔕 كتم"]
    assert len(bot_api.messages_to(USER)) == len(bot_api.messages_to(OTHER)) == 1
