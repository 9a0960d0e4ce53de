"""Digests kept in Redis and sent when due: never lost, never doubled, paused and resumed."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import cast
from zoneinfo import ZoneInfo

import pytest
from redis.asyncio import Redis

from bot.article import Article
from bot.deliver.digest import DigestItem, DigestScheduler, DigestStore, batch_of, due_stamp
from bot.deliver.outbox import Outbox
from bot.deliver.outbox_alert import OutboxAlert
from bot.keys import Keys
from bot.match.matcher import Hit, Span
from bot.store.chats import Chat, ChatStore
from tests.bot.deliver.test_alert_html import assert_valid_telegram_html
from tests.redis_cluster import ON_SINGLE_AND_CLUSTER

pytestmark = ON_SINGLE_AND_CLUSTER

RIYADH = ZoneInfo("Asia/Riyadh")
CHAT = 501


def at(day: int, hour: int, minute: int = 0) -> float:
    return datetime(2026, 3, day, hour, minute, tzinfo=RIYADH).timestamp()


def item(number: int, term: str = "روسيا") -> DigestItem:
    title = f"{term} في الخبر رقم {number}"
    article = Article(
        id=f"a{number}", feed_id="f1", feed_name="وكالة", link=f"https://news.example/{number}",
        title=title, summary="", published=datetime(2026, 3, 1, 5, number % 60, tzinfo=UTC),
    )  # fmt: skip
    return DigestItem.of(article, [Hit(term, (Span("title", 0, len(term)),))])


class Rig:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        self.redis = redis
        self.keys = keys
        self.chats = ChatStore(redis, keys)
        self.store = DigestStore(redis, keys)
        self.outbox = Outbox(redis, keys, claim_after_ms=60_000)
        self.scheduler = DigestScheduler(redis, keys, self.chats, self.outbox, "Asia/Riyadh")

    async def chat(self, mode: str = "daily", hour: int = 8) -> Chat:
        await self.chats.ensure(CHAT, "private", "", "ar")
        await self.chats.set_mode(CHAT, mode, hour)  # type: ignore[arg-type]
        chat = await self.chats.get(CHAT)
        assert chat is not None
        return chat

    async def queued(self) -> list[OutboxAlert]:
        entries = cast(
            list[tuple[str, dict[str, str]]], await self.redis.xrange(self.keys.outbox())
        )
        return [OutboxAlert.from_json(fields["alert"]) for _id, fields in entries]

    async def kept(self) -> list[str]:
        raw = cast(list[str], await self.redis.lrange(self.keys.digest(CHAT), 0, -1))
        return [json.loads(entry)["article_id"] for entry in raw]

    async def due(self) -> float | None:
        score = await self.redis.zscore(self.keys.digest_due(), str(CHAT))
        return None if score is None else float(score)


@pytest.fixture
def rig(redis: Redis, keys: Keys) -> Rig:
    return Rig(redis, keys)


def shown(alerts: list[OutboxAlert]) -> list[int]:
    """Return the numbers of the items the messages show, in order."""
    numbers: list[int] = []
    for alert in alerts:
        for line in alert.text.split("\n"):
            if "news.example/" in line:
                numbers.append(int(line.split("news.example/")[1].split('"')[0]))
    return numbers


async def test_add_keeps_the_item_and_schedules_the_digest_once(rig: Rig) -> None:
    chat = await rig.chat("daily", 8)
    await rig.store.add(chat, item(1), at(1, 9))
    await rig.store.add(chat, item(2), at(1, 23))
    assert await rig.kept() == ["a1", "a2"]
    assert await rig.due() == at(2, 8)
    assert await rig.store.count(CHAT) == 2


async def test_the_digest_goes_out_when_due_and_only_then(rig: Rig) -> None:
    chat = await rig.chat("daily", 8)
    for n in range(3):
        await rig.store.add(chat, item(n), at(1, 10 + n))
    assert await rig.scheduler.run_once(at(2, 7, 59)) == 0
    assert await rig.queued() == []
    assert await rig.scheduler.run_once(at(2, 8)) == 1
    [alert] = await rig.queued()
    assert alert.id == f"digest:{CHAT}:{int(at(2, 8))}:0"
    assert alert.kind == "digest" and alert.chat_id == CHAT
    assert alert.text.startswith("\u200f📋 ملخص رصد — 3 أخبار")
    assert shown([alert]) == [0, 1, 2]
    assert_valid_telegram_html(alert.text)
    assert await rig.kept() == []
    assert await rig.due() is None  # nothing kept: off the schedule until the next item
    assert await rig.scheduler.run_once(at(3, 8)) == 0
    await rig.store.add(chat, item(9), at(3, 9))
    assert await rig.due() == at(4, 8)


async def test_hourly_digest_and_the_forum_topic(rig: Rig) -> None:
    chat = await rig.chat("hourly")
    await rig.chats.set_thread(CHAT, 77)
    chat = cast(Chat, await rig.chats.get(CHAT))
    await rig.store.add(chat, item(1), at(1, 9, 17))
    assert await rig.due() == at(1, 10)
    assert await rig.scheduler.run_once(at(1, 10, 0)) == 1
    [alert] = await rig.queued()
    assert alert.thread == 77


async def test_a_paused_chat_keeps_its_digest_until_it_resumes(rig: Rig) -> None:
    chat = await rig.chat("daily", 8)
    await rig.store.add(chat, item(1), at(1, 10))
    await rig.chats.set_paused(CHAT, True)
    paused = cast(Chat, await rig.chats.get(CHAT))
    await rig.store.add(paused, item(2), at(1, 11))  # the fan-out keeps digest items while paused
    assert await rig.scheduler.run_once(at(2, 8)) == 0
    assert await rig.queued() == []
    assert await rig.kept() == ["a1", "a2"]
    assert await rig.due() == at(3, 8)
    await rig.store.add(paused, item(3), at(2, 12))
    assert await rig.scheduler.run_once(at(3, 8)) == 0
    await rig.chats.set_paused(CHAT, False)
    assert await rig.scheduler.run_once(at(4, 8)) == 1
    assert shown(await rig.queued()) == [1, 2, 3]
    assert await rig.kept() == []


async def test_a_chat_back_in_instant_mode_gets_what_is_kept(rig: Rig) -> None:
    chat = await rig.chat("daily", 8)
    await rig.store.add(chat, item(1), at(1, 10))
    await rig.store.add(chat, item(2), at(1, 11))
    await rig.chats.set_mode(CHAT, "instant")
    instant = cast(Chat, await rig.chats.get(CHAT))
    await rig.store.reschedule(instant, at(1, 12))  # what the /mode command does
    assert await rig.due() == at(1, 12)
    assert await rig.scheduler.run_once(at(1, 12)) == 1
    assert shown(await rig.queued()) == [1, 2]
    assert await rig.due() is None
    assert await rig.kept() == []


async def test_a_chat_without_a_record_gets_its_kept_items(rig: Rig) -> None:
    await rig.store.add(Chat(id=CHAT, kind="private", mode="hourly"), item(1), at(1, 9, 30))
    assert await rig.scheduler.run_once(at(1, 10)) == 1  # no record: instant, send now


async def test_items_kept_after_the_due_time_wait_for_the_next_digest(rig: Rig) -> None:
    chat = await rig.chat("hourly")
    await rig.store.add(chat, item(1), at(1, 9, 10))
    await rig.store.add(chat, item(2), at(1, 10, 3))  # the scheduler is late
    assert await rig.scheduler.run_once(at(1, 10, 5)) == 1
    assert shown(await rig.queued()) == [1]
    assert await rig.kept() == ["a2"]
    assert await rig.due() == at(1, 11)
    assert await rig.scheduler.run_once(at(1, 11)) == 1
    assert shown(await rig.queued()) == [1, 2]


async def test_a_crash_before_trimming_repeats_the_same_ids(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat = await rig.chat("daily", 8)
    for n in range(3):
        await rig.store.add(chat, item(n), at(1, 10 + n))

    async def crash(*args: object) -> None:
        raise ConnectionError("the process died")

    monkeypatch.setattr(rig.scheduler, "_done", crash)
    with pytest.raises(ConnectionError):
        await rig.scheduler.run_once(at(2, 8))
    assert await rig.kept() == ["a0", "a1", "a2"]  # nothing lost
    await rig.store.add(chat, item(7), at(2, 8, 1))  # came in meanwhile: not part of it
    fresh = DigestScheduler(rig.redis, rig.keys, rig.chats, rig.outbox, "Asia/Riyadh")
    assert await fresh.run_once(at(2, 8, 2)) == 1
    first, again = await rig.queued()
    assert first.id == again.id == f"digest:{CHAT}:{due_stamp(at(2, 8))}:0"
    assert first.text == again.text  # the sender's sent record lets one through
    assert await rig.kept() == ["a7"]
    assert await rig.due() == at(3, 8)


async def test_two_schedulers_at_once_send_the_same_and_trim_once(rig: Rig) -> None:
    chat = await rig.chat("daily", 8)
    for n in range(5):
        await rig.store.add(chat, item(n), at(1, 10 + n))
    other = DigestScheduler(rig.redis, rig.keys, rig.chats, rig.outbox, "Asia/Riyadh")
    await asyncio.gather(rig.scheduler.run_once(at(2, 8)), other.run_once(at(2, 8)))
    alerts = await rig.queued()
    assert len({alert.id for alert in alerts}) == 1
    assert len({alert.text for alert in alerts}) == 1
    await rig.store.add(chat, item(9), at(2, 9))
    assert await rig.kept() == ["a9"]


async def test_300_items_make_several_messages_with_stable_ids(rig: Rig) -> None:
    chat = await rig.chat("daily", 8)
    terms = ["روسيا", "إيران", "الصين"]
    for n in range(300):
        await rig.store.add(chat, item(n, terms[n % 3]), at(1, 9) + n)
    sent = await rig.scheduler.run_once(at(2, 8))
    alerts = await rig.queued()
    assert sent == len(alerts) > 1
    stamp = due_stamp(at(2, 8))
    assert [alert.id for alert in alerts] == [f"digest:{CHAT}:{stamp}:{k}" for k in range(sent)]
    for alert in alerts:
        assert_valid_telegram_html(alert.text)
    assert sorted(shown(alerts)) == list(range(300))
    assert await rig.kept() == []


async def test_an_unreadable_item_is_dropped_not_stuck(rig: Rig) -> None:
    chat = await rig.chat("hourly")
    await rig.redis.rpush(rig.keys.digest(CHAT), "not json")
    await rig.store.add(chat, item(1), at(1, 9, 30))
    assert await rig.scheduler.run_once(at(1, 10)) == 1
    assert shown(await rig.queued()) == [1]
    assert await rig.kept() == []


def test_batch_is_the_prefix_kept_by_the_due_time() -> None:
    entries = [json.dumps({"at": t}) for t in (1.0, 2.0, 5.0, 3.0)]
    assert batch_of(entries, 2.5) == entries[:2]
    assert batch_of(entries, 10.0) == entries
    assert batch_of(["garbage", *entries], 0.5) == ["garbage"]


def test_due_stamps() -> None:
    assert due_stamp(1_772_344_800.0) == "1772344800"
    assert due_stamp(1_772_344_800.25) == "1772344800.25"


async def test_run_until_stopped(rig: Rig) -> None:
    chat = await rig.chat("hourly")
    await rig.store.add(chat, item(1), 1000.0)  # long due
    stop = asyncio.Event()
    task = asyncio.create_task(rig.scheduler.run(stop, every=0.01))
    for _ in range(200):
        if await rig.queued():
            break
        await asyncio.sleep(0.01)
    stop.set()
    await asyncio.wait_for(task, 2)
    assert shown(await rig.queued()) == [1]
