"""The outbox on a real Redis: queue, hand out, take over from a crashed sender, defer, lag."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import cast

import pytest
from redis.asyncio import Redis

from bot.deliver.outbox import BODY_TTL, FIELD, GROUP, SENT_TTL, Outbox, Taken
from bot.deliver.outbox_alert import OutboxAlert, body_id, stored_lines
from bot.keys import Keys
from tests.redis_cluster import ON_SINGLE_AND_CLUSTER

pytestmark = ON_SINGLE_AND_CLUSTER

TEXT = (
    '<b>عاجل</b>: القوات الكورية الشمالية تعبر الحدود <a href="https://news.example/1">المصدر</a>'
)


def alert(chat_id: int, story: int = 1, **fields: object) -> OutboxAlert:
    base = OutboxAlert(
        id=f"story-{story}:{chat_id}", chat_id=chat_id, text=TEXT,
        feed_id="feed-sahafa", article_id=f"article-{story}",
    )  # fmt: skip
    return replace(base, **fields)  # type: ignore[arg-type]


async def pending(redis: Redis, keys: Keys) -> int:
    info = await redis.xpending(keys.outbox(), GROUP)
    return int(info["pending"])


def alerts_of(taken: list[Taken]) -> list[OutboxAlert]:
    return [item.alert for item in taken]


async def test_put_read_ack(redis: Redis, keys: Keys) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    queued = [alert(101), alert(102), alert(-1004001, kind="digest", thread=7)]
    await outbox.put(queued)
    taken = await outbox.read("sender-a", 10, 10)
    assert [replace(a, queued_at=0.0) for a in alerts_of(taken)] == queued
    assert all(a.queued_at > 0 for a in alerts_of(taken))  # stamped when queued
    assert await pending(redis, keys) == 3
    assert await outbox.read("sender-b", 10, 10) == []  # handed out once
    for item in taken:
        await outbox.ack(item.entry_id)
    assert await pending(redis, keys) == 0
    assert await redis.xlen(keys.outbox()) == 0  # finished entries are deleted
    assert await outbox.read("sender-a", 10, 10) == []


async def test_put_keeps_a_given_queue_time_and_ignores_an_empty_batch(
    redis: Redis, keys: Keys
) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    await outbox.put([])
    await outbox.put([alert(101, queued_at=1234.5)])
    [item] = await outbox.read("sender-a", 10, 10)
    assert item.alert.queued_at == 1234.5


async def test_count_limits_a_read(redis: Redis, keys: Keys) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    await outbox.put([alert(100 + n) for n in range(5)])
    first = await outbox.read("sender-a", 2, 10)
    rest = await outbox.read("sender-a", 10, 10)
    assert [a.chat_id for a in alerts_of(first + rest)] == [100, 101, 102, 103, 104]


async def test_the_group_is_made_again_when_the_stream_vanished(redis: Redis, keys: Keys) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    await outbox.put([alert(101)])  # before any sender: nothing skipped
    [first] = await outbox.read("sender-a", 10, 10)
    await outbox.ack(first.entry_id)
    await redis.delete(keys.outbox())  # a Redis restart without its data
    await outbox.put([alert(102)])  # the stream is back, its group is not
    [second] = await outbox.read("sender-a", 10, 10)
    assert second.alert.chat_id == 102
    await outbox.ensure_group()  # idempotent
    await outbox.ensure_group()


async def test_a_crashed_senders_entries_are_taken_over_after_claim_after(
    redis: Redis, keys: Keys
) -> None:
    await Outbox(redis, keys, claim_after_ms=60_000).put([alert(101), alert(102)])
    crashed = await Outbox(redis, keys, claim_after_ms=60_000).read("crashed", 10, 10)
    assert len(crashed) == 2
    patient = Outbox(redis, keys, claim_after_ms=60_000)
    assert await patient.read("alive", 10, 10) == []  # not idle for long enough yet
    await asyncio.sleep(0.15)
    taken = await Outbox(redis, keys, claim_after_ms=100).read("alive", 10, 10)
    assert taken == crashed
    owners = await redis.xpending_range(keys.outbox(), GROUP, "-", "+", 10)
    assert {owner["consumer"] for owner in owners} == {"alive"}


async def test_own_pending_entries_come_back_first(redis: Redis, keys: Keys) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    await outbox.put([alert(101)])
    first = await outbox.read("sender-a", 10, 10)
    await outbox.put([alert(102)])
    again = await outbox.read("sender-a", 10, 10, own_pending=True)
    assert alerts_of(again) == [*alerts_of(first), again[1].alert]
    assert again[1].alert.chat_id == 102


async def test_defer_and_release_respect_the_due_time(redis: Redis, keys: Keys) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    await outbox.put([alert(101)])
    [item] = await outbox.read("sender-a", 10, 10)
    later = item.alert.retried()
    assert await outbox.defer(item.entry_id, later, due=5000.0)
    assert await pending(redis, keys) == 0
    assert await redis.xlen(keys.outbox()) == 0
    assert await redis.zrange(keys.outbox_delayed(), 0, -1, withscores=True) == [
        (later.to_json(), 5000.0)
    ]
    assert await outbox.next_due() == 5000.0
    assert await outbox.release_due(4999.9) == 0
    assert await outbox.read("sender-a", 10, 10) == []
    assert await outbox.release_due(5000.0) == 1
    assert await outbox.next_due() is None
    [back] = await outbox.read("sender-a", 10, 10)
    assert back.alert == later
    assert await outbox.release_due(9999.0) == 0  # moved once, not twice


async def test_defer_of_an_entry_finished_elsewhere_changes_nothing(
    redis: Redis, keys: Keys
) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    await outbox.put([alert(101)])
    [item] = await outbox.read("sender-a", 10, 10)
    await outbox.ack(item.entry_id)  # another sender took it over and sent it
    assert not await outbox.defer(item.entry_id, item.alert, due=1.0)
    assert await redis.zcard(keys.outbox_delayed()) == 0


async def test_release_moves_the_due_ones_in_order_of_due_time(redis: Redis, keys: Keys) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    await outbox.put([alert(101), alert(102), alert(103)])
    taken = await outbox.read("sender-a", 10, 10)
    for item, due in zip(taken, (30.0, 10.0, 20.0), strict=True):
        await outbox.defer(item.entry_id, item.alert, due)
    assert await outbox.release_due(25.0) == 2
    assert [a.chat_id for a in alerts_of(await outbox.read("sender-a", 10, 10))] == [102, 103]


async def test_sent_records(redis: Redis, keys: Keys) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    await outbox.put([alert(101), alert(102)])
    first, _second = await outbox.read("sender-a", 10, 10)
    assert await outbox.send_states(["story-1:101", "story-1:102"]) == {}
    assert await outbox.claim_send("story-1:101")
    assert not await outbox.claim_send("story-1:101")  # a copy elsewhere waits
    assert 0 < await redis.pttl(keys.sent("story-1:101")) <= 60_000
    assert await outbox.send_states(["story-1:101"]) == {"story-1:101": "sending"}
    assert await outbox.message_id("story-1:101") is None  # being sent: no message yet
    await outbox.mark_sent(first.entry_id, first.alert.id, 4321)
    assert await outbox.send_states(["story-1:101", "story-1:102", "story-1:101"]) == {
        "story-1:101": "sent"
    }
    assert await outbox.message_id("story-1:101") == 4321  # what an edit of it needs
    assert 0 < await redis.ttl(keys.sent("story-1:101")) <= SENT_TTL
    assert await pending(redis, keys) == 1
    assert await outbox.send_states([]) == {}
    await outbox.release_send("story-1:101")  # never undoes a send
    assert await outbox.send_states(["story-1:101"]) == {"story-1:101": "sent"}
    assert await outbox.claim_send("story-1:102")
    await outbox.release_send("story-1:102")
    assert await outbox.claim_send("story-1:102")


async def test_lag_is_the_age_of_the_oldest_waiting_alert(redis: Redis, keys: Keys) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    assert await outbox.lag(1000.0) == 0.0
    await outbox.put([alert(101, queued_at=1000.0), alert(102, queued_at=1010.0)])
    assert await outbox.lag(1030.0) == pytest.approx(30.0)
    first, second = await outbox.read("sender-a", 10, 10)
    assert await outbox.lag(1030.0) == pytest.approx(30.0)  # pending still waits
    await outbox.ack(first.entry_id)
    assert await outbox.lag(1030.0) == pytest.approx(20.0)
    await outbox.defer(second.entry_id, second.alert, due=5000.0)
    assert await outbox.lag(1030.0) == pytest.approx(20.0)  # delayed still waits
    await outbox.put([alert(103, queued_at=1025.0)])
    assert await outbox.lag(1030.0) == pytest.approx(20.0)


async def test_an_unreadable_entry_is_dropped_with_a_log_line(
    redis: Redis, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    await outbox.ensure_group()
    await redis.xadd(keys.outbox(), {FIELD: "{not json"})
    await redis.xadd(keys.outbox(), {"other": "x"})
    await outbox.put([alert(101)])
    taken = await outbox.read("sender-a", 10, 10)
    assert [a.chat_id for a in alerts_of(taken)] == [101]
    assert await pending(redis, keys) == 1
    assert caplog.text.count("not a readable alert") == 2


def shared(chat_id: int, **fields: object) -> OutboxAlert:
    """An alert whose body (text, buttons, preview) is shared with others like it."""
    base = alert(chat_id, buttons=(("🔕 كتم", "ac:mute:tok"),), preview="https://news.example/1")
    return replace(base, **fields).sharing(body_id(base))  # type: ignore[arg-type]


async def test_a_shared_body_is_kept_once_and_filled_in_on_read(redis: Redis, keys: Keys) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    queued = [shared(101), shared(102, silent=True), alert(103)]
    await outbox.put(queued)
    bodies = [key async for key in redis.scan_iter(match=keys.body("*"))]
    assert len(bodies) == 1  # one body for the two alerts that share it
    assert 0 < await redis.ttl(bodies[0]) <= BODY_TTL
    # The entries name their body, they do not carry it.
    entries = cast(list[tuple[str, dict[str, str]]], await redis.xrange(keys.outbox()))
    assert all(TEXT not in fields[FIELD] for _id, fields in entries[:2])
    taken = alerts_of(await outbox.read("sender-a", 10, 10))
    assert [replace(a, queued_at=0.0) for a in taken] == queued
    assert taken[0].text == TEXT and taken[0].buttons == (("🔕 كتم", "ac:mute:tok"),)
    assert taken[1].silent and taken[1].preview == "https://news.example/1"
    assert await outbox.waiting() == taken


async def test_a_deferred_alert_keeps_naming_its_body(redis: Redis, keys: Keys) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    await outbox.put([shared(101)])
    [item] = await outbox.read("sender-a", 10, 10)
    assert await outbox.defer(item.entry_id, item.alert.retried(), 1000.0)
    [member] = await redis.zrange(keys.outbox_delayed(), 0, -1)
    assert TEXT not in member
    assert await outbox.release_due(1000.0) == 1
    [again] = alerts_of(await outbox.read("sender-a", 10, 10))
    assert again.text == TEXT and again.attempts == 1


async def test_an_entry_whose_body_expired_is_dropped_with_a_log_line(
    redis: Redis, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    await outbox.put([shared(101), alert(102)])
    await redis.delete(keys.body(body_id(alert(101, buttons=(("🔕 كتم", "ac:mute:tok"),),
                                               preview="https://news.example/1"))))  # fmt: skip
    taken = await outbox.read("sender-a", 10, 10)
    assert [a.chat_id for a in alerts_of(taken)] == [102]
    assert await pending(redis, keys) == 1  # the other one is done with
    assert "expired" in caplog.text and "alert=story-1:101" in caplog.text


async def test_alerts_alike_are_stored_as_each_would_be_alone(redis: Redis, keys: Keys) -> None:
    # put writes what to_json writes, though it encodes the part alerts share once.
    odd_id = 'قصة "مقتبسة"\\:-1002'  # what JSON must escape
    queued = [
        shared(101), shared(-1002, id=odd_id, thread=7), shared(103, silent=True),
        shared(104, attempts=2), alert(105), shared(106, queued_at=1234.5),
    ]  # fmt: skip
    stored = list(stored_lines(queued))
    assert stored == [item.to_json() for item in queued]
    assert [OutboxAlert.from_json(line) for line in stored] == [
        replace(item, text="", buttons=(), preview="") if item.body else item for item in queued
    ]
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    await outbox.put(queued)
    waiting = await outbox.waiting()
    assert [replace(a, queued_at=0.0) for a in waiting] == [
        replace(item, queued_at=0.0) for item in queued
    ]
    assert waiting[-1].queued_at == 1234.5
