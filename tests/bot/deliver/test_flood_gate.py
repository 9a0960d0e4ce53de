"""The flood gate on a real Redis, with a made-up clock: Telegram's limits, shared by processes."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from redis.asyncio import Redis

from bot.deliver.flood_gate import OVERALL_TOLERANCE, SAFETY, FloodGate, Verdict, group_rate
from bot.keys import Keys
from bot.settings import DeliverySettings
from bot.store.chats import ChatKind
from tests.redis_cluster import ON_SINGLE_AND_CLUSTER

pytestmark = ON_SINGLE_AND_CLUSTER

T0 = 1_800_000_000.0  # a made-up "now"
DEFAULTS = DeliverySettings()


def waits(verdict: Verdict, seconds: float, scope: str) -> bool:
    return verdict.scope == scope and bool(verdict.seconds == pytest.approx(seconds, abs=1e-5))


def most_in_window(times: list[float], window: float) -> int:
    """Return the most sends in any half-open window [t, t + window), as Telegram counts."""
    best = 0
    start = 0
    for end, moment in enumerate(times):
        while times[start] <= moment - window:
            start += 1
        best = max(best, end - start + 1)
    return best


async def saturate(
    gate: FloodGate, chats: Iterator[int], kind: ChatKind, seconds: float, start: float = T0
) -> list[float]:
    """Send as fast as the gate allows for `seconds` of made-up time; return the send times."""
    now, sent = start, []
    chat = next(chats)
    while now < start + seconds:
        wait = await gate.reserve(chat, kind, now)
        if wait:
            now += wait
        else:
            sent.append(now)
            chat = next(chats)
    return sent


async def test_a_private_chat_gets_one_message_a_second(redis: Redis, keys: Keys) -> None:
    gate = FloodGate(redis, keys, DEFAULTS)
    assert await gate.reserve(101, "private", T0) == 0.0
    assert await gate.reserve(101, "private", T0 + 0.5) == pytest.approx(SAFETY - 0.5)
    assert waits(await gate.ask(101, "private", T0 + 0.5), SAFETY - 0.5, "chat")
    assert await gate.reserve(102, "private", T0 + 0.5) == 0.0  # another chat is not held up
    assert await gate.reserve(101, "private", T0 + SAFETY) == 0.0  # waits recorded nothing
    sent = await saturate(gate, itertools.repeat(103), "private", 60)
    assert most_in_window(sent, 1.0) == 1
    assert len(sent) == pytest.approx(60 / SAFETY, abs=1)


async def test_a_group_gets_a_short_burst_then_stays_under_twenty_a_minute(
    redis: Redis, keys: Keys
) -> None:
    gate = FloodGate(redis, keys, DEFAULTS)
    moments = [T0, T0 + 0.04, T0 + 0.08]  # 0.04 s apart, for the overall limit
    assert [await gate.reserve(-1004001, "supergroup", at) for at in moments] == [0.0] * 3
    interval = 60 / 18 * SAFETY
    verdict = await gate.ask(-1004001, "supergroup", T0 + 0.12)
    assert waits(verdict, interval - 0.12, "chat")
    runs: tuple[tuple[float, ChatKind], ...] = ((T0 + 100, "group"), (T0 + 1000, "channel"))
    for start, kind in runs:
        chats = itertools.repeat(-4001 if kind == "group" else -1009001)
        sent = await saturate(gate, chats, kind, 600, start)
        assert most_in_window(sent, 60.0) <= 20
        # The first burst, then 18 a minute less the safety margin: 174 in 10 minutes.
        assert len(sent) == pytest.approx(3 + 600 / interval, abs=1)


def test_the_group_rate_never_lets_a_minute_hold_more_than_the_limit() -> None:
    for per_minute in (1, 2, 3, 5, 20, 40, 0.5):
        rate = group_rate(per_minute)
        burst = round(rate.tolerance / rate.interval) + 1
        # The (limit + 1)-th message after a first one comes no sooner than 60 s later.
        limit = max(int(per_minute), 1)
        assert (limit + 1 - burst) * rate.interval >= 60 - 1e-9, per_minute


async def test_all_chats_together_get_thirty_a_second(redis: Redis, keys: Keys) -> None:
    gate = FloodGate(redis, keys, DEFAULTS)
    assert await gate.reserve(101, "private", T0) == 0.0
    verdict = await gate.ask(102, "private", T0)
    assert waits(verdict, SAFETY / 30 * (1 - OVERALL_TOLERANCE), "all")
    assert await gate.reserve(-1004001, "supergroup", T0 + 0.01) > 0  # groups count as well
    sent = await saturate(gate, itertools.count(1000), "private", 10)
    assert most_in_window(sent, 1.0) <= 30  # 31 span at least 30 × 1.05/30 − 0.0175 s
    assert len(sent) == pytest.approx(10 * 30 / SAFETY, abs=1)


async def test_a_chat_held_after_a_429_waits_out_the_hold(redis: Redis, keys: Keys) -> None:
    gate = FloodGate(redis, keys, DEFAULTS)
    await gate.hold(101, 5.0, now=T0)
    assert waits(await gate.ask(101, "private", T0 + 1), 4.0, "hold")
    assert await gate.reserve(102, "private", T0 + 1) == 0.0  # only that chat waits
    assert await gate.reserve(101, "private", T0 + 5.01) == 0.0
    await gate.hold(101, 0.0, now=T0)  # nothing to hold
    assert 0 < await redis.pttl(keys.flood_hold(101)) <= 5000


async def test_two_gates_on_one_redis_share_the_budget(redis: Redis, keys: Keys) -> None:
    here = FloodGate(redis, keys, DEFAULTS)
    there = FloodGate(redis, keys, DEFAULTS)  # another sender process
    assert await here.reserve(101, "private", T0) == 0.0
    assert await there.reserve(101, "private", T0 + 0.5) == pytest.approx(SAFETY - 0.5)
    assert await there.reserve(102, "private", T0) > 0  # the overall limit too
    times, gates = [], itertools.cycle([here, there])
    now, chat = T0 + 10, itertools.count(2000)
    current = next(chat)
    while now < T0 + 15:
        wait = await next(gates).reserve(current, "private", now)
        if wait:
            now += wait / 2  # the two processes ask at different moments
        else:
            times.append(now)
            current = next(chat)
    assert most_in_window(times, 1.0) <= 30


async def test_the_gate_keys_expire(redis: Redis, keys: Keys) -> None:
    gate = FloodGate(redis, keys, DEFAULTS)
    assert await gate.reserve(-1004001, "supergroup", T0) == 0.0
    for key in (keys.flood("chat:-1004001"), keys.flood("all")):
        assert 0 < await redis.pttl(key) <= 60_000


async def test_the_limits_come_from_the_settings(redis: Redis, keys: Keys) -> None:
    slow = DeliverySettings(overall_per_second=2, private_per_second=0.5, group_per_minute=6)
    gate = FloodGate(redis, keys, slow)
    assert gate.overall.interval == pytest.approx(0.5 * SAFETY)
    assert gate.private.interval == pytest.approx(2 * SAFETY)
    assert gate.group.interval == pytest.approx(60 / 4 * SAFETY)
    assert gate.rate("channel") == gate.group
    assert await gate.reserve(101, "private", T0) == 0.0
    assert await gate.reserve(101, "private", T0 + 1) == pytest.approx(2 * SAFETY - 1)


async def test_paid_broadcasts_carry_only_what_the_free_rate_cannot(
    redis: Redis, keys: Keys
) -> None:
    gate = FloodGate(redis, keys, DeliverySettings(paid_broadcast=True))
    now, free, paid = T0, [], []
    chats = itertools.count(1)
    while now < T0 + 3:
        verdict = await gate.ask(next(chats), "private", now)
        if verdict.scope == "none":
            free.append(now)
        elif verdict.scope == "paid":
            paid.append(now)
        else:
            assert verdict.scope == "all"
            now += verdict.seconds
    # The free messages keep to the free limit, as with paid broadcasts off ...
    assert most_in_window(free, 1.0) <= 30
    assert len(free) == pytest.approx(3 * 30 / SAFETY, abs=2)
    # ... and the paid ones fill the rest, up to Telegram's 1,000 a second in all.
    assert most_in_window(sorted(free + paid), 1.0) <= 1000
    assert len(free) + len(paid) == pytest.approx(3 * 1000 / SAFETY, rel=0.01)


async def test_a_message_that_cannot_be_paid_for_keeps_to_the_free_rate(
    redis: Redis, keys: Keys
) -> None:
    gate = FloodGate(redis, keys, DeliverySettings(paid_broadcast=True))
    scopes = [(await gate.ask(chat_id, "private", T0)).scope for chat_id in range(1, 100)]
    assert scopes.index("paid") == scopes.count("none")  # the free rate first, then paid
    later = T0 + gate.paid.interval
    assert (await gate.ask(500, "private", later, paid=False)).scope == "all"  # an edit waits
    assert (await gate.ask(501, "private", later)).scope == "paid"
    assert (await gate.ask(501, "private", later)).scope == "chat"  # per-chat limits unchanged


async def test_without_paid_broadcasts_nothing_is_paid(redis: Redis, keys: Keys) -> None:
    gate = FloodGate(redis, keys, DEFAULTS)
    scopes = {(await gate.ask(chat_id, "private", T0)).scope for chat_id in range(1, 100)}
    assert scopes == {"none", "all"}
