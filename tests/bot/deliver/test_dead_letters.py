"""Dead letters on a real Redis: kept newest first, capped, replayed into the outbox once."""

from __future__ import annotations

import asyncio

import pytest
from redis.asyncio import Redis

from bot.deliver import dead_letters
from bot.deliver.dead_letters import DeadLetter, DeadLetters
from bot.deliver.outbox import Outbox
from bot.deliver.outbox_alert import OutboxAlert
from bot.keys import Keys
from tests.redis_cluster import ON_SINGLE_AND_CLUSTER

pytestmark = ON_SINGLE_AND_CLUSTER

TEXT = "<b>عاجل</b>: انقطاع الكهرباء عن العاصمة"


def alert(chat_id: int, attempts: int = 0) -> OutboxAlert:
    return OutboxAlert(
        id=f"story-9:{chat_id}", chat_id=chat_id, text=TEXT, feed_id="feed-sahafa",
        article_id="article-9", attempts=attempts, queued_at=1000.0,
    )  # fmt: skip


async def queued(redis: Redis, keys: Keys) -> list[OutboxAlert]:
    taken = await Outbox(redis, keys, claim_after_ms=60_000).read("reader", 100, 10)
    return [item.alert for item in taken]


async def test_letters_are_kept_newest_first(redis: Redis, keys: Keys) -> None:
    letters = DeadLetters(redis, keys)
    assert await letters.count() == 0
    assert await letters.recent() == []
    for n, chat_id in enumerate((101, 102, 103)):
        await letters.add(alert(chat_id, attempts=6), f"Bad Request: message is too long {n}",
                          failed_at=2000.0 + n)  # fmt: skip
    assert await letters.count() == 3
    assert await letters.recent(2) == [
        DeadLetter(alert(103, 6), "Bad Request: message is too long 2", 2002.0),
        DeadLetter(alert(102, 6), "Bad Request: message is too long 1", 2001.0),
    ]
    assert len(await letters.recent()) == 3
    assert await letters.recent(0) == []


async def test_replay_queues_the_oldest_again_with_tries_reset(redis: Redis, keys: Keys) -> None:
    letters = DeadLetters(redis, keys)
    for chat_id in (101, 102, 103):
        await letters.add(alert(chat_id, attempts=6), "gave up after 6 tries", failed_at=2000.0)
    assert await letters.replay(2) == 2
    again = await queued(redis, keys)
    assert [a.chat_id for a in again] == [101, 102]
    assert all(a.attempts == 0 and a.queued_at > 2000.0 for a in again)
    assert again[0].text == TEXT and again[0].id == "story-9:101"
    assert [letter.alert.chat_id for letter in await letters.recent()] == [103]
    assert await letters.replay() == 1
    assert await letters.replay() == 0
    assert await letters.count() == 0
    assert [a.chat_id for a in await queued(redis, keys)] == [103]


async def test_two_replays_at_once_queue_each_letter_once(redis: Redis, keys: Keys) -> None:
    letters = DeadLetters(redis, keys)
    for chat_id in range(200, 240):
        await letters.add(alert(chat_id), "Internal Server Error", failed_at=2000.0)
    other = DeadLetters(redis, keys)  # another admin's bot process
    moved = await asyncio.gather(letters.replay(), other.replay(), letters.replay(15))
    assert sum(moved) == 40
    chats = [a.chat_id for a in await queued(redis, keys)]
    assert sorted(chats) == list(range(200, 240))


async def test_the_list_is_capped(
    redis: Redis, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert dead_letters.MAX_DEAD_LETTERS == 10_000
    monkeypatch.setattr(dead_letters, "MAX_DEAD_LETTERS", 5)
    letters = DeadLetters(redis, keys)
    for chat_id in range(300, 307):
        await letters.add(alert(chat_id), "forbidden", failed_at=2000.0)
    assert await letters.count() == 5
    assert [letter.alert.chat_id for letter in await letters.recent(10)] == [
        306, 305, 304, 303, 302,
    ]  # fmt: skip


async def test_an_unreadable_letter_is_logged_not_replayed(
    redis: Redis, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    letters = DeadLetters(redis, keys)
    await redis.lpush(keys.dead_letters(), "{broken")
    await letters.add(alert(101), "Bad Request: not enough rights", failed_at=2000.0)
    assert [letter.alert.chat_id for letter in await letters.recent()] == [101]
    assert "unreadable letter" in caplog.text
    assert await letters.replay() == 1
    assert "dropping an unreadable letter" in caplog.text
    assert await letters.count() == 0
    assert [a.chat_id for a in await queued(redis, keys)] == [101]
