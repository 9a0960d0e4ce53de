"""The delivery issue's acceptance test: one story for 500 subscribers at once.

The local Bot API server enforces Telegram's flood limits (30 messages a
second overall, one a second per private chat) and answers 429 beyond them.
The sender must deliver every message exactly once, almost never hit a 429,
and take about as long as the overall limit allows (500 / 30 s) — the one
timing this suite asserts, because it is what the issue asks for. Then the
same burst with the sender process killed (SIGKILL) part-way and another
started in its place.
"""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from redis.asyncio import Redis
from telegram import Bot

from bot.article import Article
from bot.deliver.dead_letters import DeadLetters
from bot.deliver.fanout import FanOut, FanOutParts
from bot.deliver.flood_gate import SAFETY, FloodGate
from bot.deliver.outbox import Outbox
from bot.deliver.outbox_alert import OutboxAlert
from bot.deliver.sender import Sender
from bot.keys import Keys
from bot.settings import DeliverySettings
from bot.store.chats import ChatStore
from bot.store.daily_stats import DailyStats
from bot.store.subscriptions import Subscriptions
from tests.redis_cluster import LocalCluster
from tests.telegram_api import FakeBotAPI

REPO = Path(__file__).resolve().parents[3]
SUBSCRIBERS = range(810_001, 810_501)
STORY = (
    "<b>عاجل</b>: زلزال بقوة 6.1 درجات يضرب جنوب البلاد "
    '<a href="https://news.example/zilzal">وكالة الأنباء</a>'
)


def story_for(chat_id: int) -> OutboxAlert:
    return OutboxAlert(
        id=f"story-zilzal:{chat_id}", chat_id=chat_id, text=STORY,
        feed_id="feed-wakala", article_id="article-zilzal",
    )  # fmt: skip


@pytest.fixture
def limited_api() -> Iterator[FakeBotAPI]:
    """A Bot API server with Telegram's flood limits on, and 500 users who started the bot."""
    server = FakeBotAPI(limits=True)
    for chat_id in SUBSCRIBERS:
        server.add_user(chat_id, "مشترك", started=True)
    server.start()
    yield server
    server.stop()
    assert server.state.unknown_methods == []


def wait_until(api: FakeBotAPI, done: object, timeout: float) -> None:
    """Block until done(api.state) holds (checked whenever the server changes)."""
    deadline = time.monotonic() + timeout
    with api.state.changed:
        while not done(api.state):  # type: ignore[operator]
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"timed out; {len(api.state.sent)} messages sent")
            api.state.changed.wait(left)


def sent_at_least(count: int) -> object:
    return lambda state: len(state.sent) >= count


def everyone_has_it(state: object) -> bool:
    return {m.chat_id for m in state.sent} >= set(SUBSCRIBERS)  # type: ignore[attr-defined]


async def outbox_empty(redis: Redis, keys: Keys, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        async with redis.pipeline(transaction=True) as pipe:
            pipe.xlen(keys.outbox())
            pipe.zcard(keys.outbox_delayed())
            if sum(await pipe.execute()) == 0:
                return
        await asyncio.sleep(0.1)
    raise AssertionError("the outbox did not empty")


async def test_500_subscribers_matching_one_story_get_it_once_at_the_overall_limit(
    limited_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    settings = DeliverySettings()
    subscriptions = Subscriptions(redis, keys)
    for chat_id in SUBSCRIBERS:
        await subscriptions.add(chat_id, "زلزال", 100)
    parts = FanOutParts.build(redis, keys, settings, "UTC")
    await parts.index.load()
    story = Article(
        id="article-zilzal", feed_id="feed-wakala", feed_name="وكالة الأنباء",
        link="https://news.example/zilzal", title="زلزال بقوة 6.1 درجات يضرب جنوب البلاد",
        summary="قالت هيئة المساحة إن الزلزال وقع فجرًا. ولم ترد أنباء عن إصابات.",
    )  # fmt: skip
    assert await FanOut(redis, keys, parts, asyncio.Event()).handle(story, time.time()) == 500
    outbox = parts.outbox
    stop = asyncio.Event()
    bot = Bot(limited_api.state.token, base_url=f"{limited_api.base_url}/bot")
    async with bot:
        sender = Sender(
            bot, outbox, FloodGate(redis, keys, settings), ChatStore(redis, keys),
            Subscriptions(redis, keys), DailyStats(redis, keys), DeadLetters(redis, keys),
            settings, stop,
        )  # fmt: skip
        started = time.monotonic()
        task = asyncio.create_task(sender.run("burst-sender"))
        try:
            await asyncio.to_thread(wait_until, limited_api, sent_at_least(500), 60)
            elapsed = time.monotonic() - started
        finally:
            stop.set()
            await asyncio.wait_for(task, 30)
    counts = Counter(message.chat_id for message in limited_api.state.sent)
    ideal = len(SUBSCRIBERS) / 30
    floods = limited_api.state.flood_429s
    print(
        f"\nburst: {len(limited_api.state.sent)} messages in {elapsed:.2f} s "
        f"({len(limited_api.state.sent) / elapsed:.1f}/s; ideal {ideal:.2f} s at 30/s), "
        f"{floods} 429s"
    )
    assert counts == dict.fromkeys(SUBSCRIBERS, 1)
    assert floods <= 5
    assert 0.8 * ideal <= elapsed <= 1.2 * ideal
    # Paid broadcasts are off by default: nothing is sent as one.
    assert not any(m.params.get("allow_paid_broadcast") for m in limited_api.state.sent)


def busiest_second(times: list[float]) -> int:
    """Return the most messages the server let through in any 1 s window."""
    times, start, best = sorted(times), 0, 0
    for end, moment in enumerate(times):
        while times[start] <= moment - 1.0:
            start += 1
        best = max(best, end - start + 1)
    return best


async def test_with_paid_broadcasts_a_burst_goes_past_the_free_rate_paying_only_the_excess(
    limited_api: FakeBotAPI, redis: Redis, keys: Keys
) -> None:
    settings = DeliverySettings(paid_broadcast=True)
    await Outbox(redis, keys, claim_after_ms=60_000).put([story_for(c) for c in SUBSCRIBERS])
    stop = asyncio.Event()
    bot = Bot(limited_api.state.token, base_url=f"{limited_api.base_url}/bot")
    async with bot:
        sender = Sender(
            bot, Outbox(redis, keys, claim_after_ms=60_000), FloodGate(redis, keys, settings),
            ChatStore(redis, keys), Subscriptions(redis, keys), DailyStats(redis, keys),
            DeadLetters(redis, keys), settings, stop,
        )  # fmt: skip
        task = asyncio.create_task(sender.run("paid-sender"))
        try:
            await asyncio.to_thread(wait_until, limited_api, everyone_has_it, 60)
        finally:
            stop.set()
            await asyncio.wait_for(task, 30)
    sent = limited_api.state.sent
    assert Counter(m.chat_id for m in sent) == dict.fromkeys(SUBSCRIBERS, 1)
    assert limited_api.state.flood_429s <= 5
    assert limited_api.limits is not None
    admitted = limited_api.limits.admitted
    free = [at for at, paid in admitted if not paid]
    paid = [at for at, paid in admitted if paid]
    busiest, busiest_free = busiest_second(free + paid), busiest_second(free)
    print(f"\npaid burst: {len(free)} free and {len(paid)} paid messages; busiest second "
          f"{busiest} messages, {busiest_free} of them free")  # fmt: skip
    # Past what the free rate allows ...
    assert busiest > 30
    assert paid and len(paid) == sum(1 for m in sent if m.params.get("allow_paid_broadcast"))
    # ... and only the excess is paid: while paid messages went, the free rate stayed in
    # use (about 30 / SAFETY a second; the server refuses free ones above 30 a second);
    # bot/deliver/flood_gate.py's tests check it exactly, on a made-up clock.
    span = paid[-1] - paid[0]
    free_meanwhile = sum(1 for at in free if paid[0] <= at <= paid[-1])
    assert free_meanwhile >= 0.5 * 30 / SAFETY * span - 3  # slack: a loaded machine stalls


async def test_a_sender_killed_mid_burst_is_replaced_without_losing_anyone(
    limited_api: FakeBotAPI, redis: Redis, keys: Keys, subprocess_env: dict[str, str],
    tmp_path: Path,
) -> None:  # fmt: skip
    config = tmp_path / "config.yaml"
    settings = {
        "key_prefix": keys.prefix, "delivery": {"claim_after": 5}, "metrics": {"port": 0},
        "data_dir": str(tmp_path / "data"),
    }  # fmt: skip
    config.write_text(yaml.safe_dump(settings), encoding="utf-8")
    env = subprocess_env | limited_api.env() | {"RASD_CONFIG": str(config)}
    await Outbox(redis, keys, claim_after_ms=5000).put([story_for(c) for c in SUBSCRIBERS])

    def start(name: str) -> subprocess.Popen[bytes]:
        with (tmp_path / f"{name}.log").open("wb") as log:  # the child keeps its own copy
            command = [sys.executable, "-m", "bot", "run", "--role", "sender"]
            return subprocess.Popen(command, env=env, cwd=REPO, stdout=log, stderr=log)

    started = time.monotonic()
    first = start("first")
    try:
        await asyncio.to_thread(wait_until, limited_api, sent_at_least(150), 60)
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        killed_at = len(limited_api.state.sent)
        second = start("second")
        try:
            await asyncio.to_thread(wait_until, limited_api, everyone_has_it, 90)
            elapsed = time.monotonic() - started
            await outbox_empty(redis, keys, 30)  # the taken-over entries are all settled
        finally:
            second.send_signal(signal.SIGTERM)
            second.wait(30)
    finally:
        if first.poll() is None:
            first.kill()
    counts = Counter(message.chat_id for message in limited_api.state.sent)
    doubles = sum(n - 1 for n in counts.values())
    print(
        f"\nkilled mid-burst: first sender killed after {killed_at} messages; "
        f"all {len(SUBSCRIBERS)} subscribers served in {elapsed:.2f} s; "
        f"{limited_api.state.flood_429s} 429s; doubles: {doubles}"
    )
    assert second.returncode == 0, (tmp_path / "second.log").read_text()[-3000:]
    assert set(counts) == set(SUBSCRIBERS)
    assert doubles <= 1  # only a send in flight at the kill can be doubled
    assert await DeadLetters(redis, keys).count() == 0


@pytest.mark.parametrize("redis_url", ["cluster"], indirect=True)
@pytest.mark.parametrize("how", ["failover", "kill"])
async def test_a_cluster_failover_mid_burst_loses_no_alert(
    limited_api: FakeBotAPI, redis: Redis, keys: Keys, subprocess_env: dict[str, str],
    tmp_path: Path, redis_cluster: LocalCluster, how: str,
) -> None:  # fmt: skip
    """The primary holding the outbox hands over to its replica while a sender sends.

    `failover`: CLUSTER FAILOVER, as for maintenance (the replica catches up
    first). `kill`: the primary is killed and its replica elects itself after
    the node timeout (2 s here); writes the primary took but had not yet
    passed on are lost (Redis replicates asynchronously), so an alert sent
    just then may go out twice, never zero times.
    """
    config = tmp_path / "config.yaml"
    settings = {"key_prefix": keys.prefix, "metrics": {"port": 0},
                "delivery": {"claim_after": 5}, "data_dir": str(tmp_path / "data")}  # fmt: skip
    config.write_text(yaml.safe_dump(settings), encoding="utf-8")
    env = subprocess_env | limited_api.env() | {"RASD_CONFIG": str(config)}
    chats = SUBSCRIBERS[:300]  # ten seconds at the overall limit
    await Outbox(redis, keys, claim_after_ms=5000).put([story_for(c) for c in chats])
    old_primary = redis_cluster.primary_of(keys.outbox())
    replica = redis_cluster.replica_of(old_primary)

    def start() -> subprocess.Popen[bytes]:
        with (tmp_path / "sender.log").open("wb") as log:  # the child keeps its own copy
            command = [sys.executable, "-m", "bot", "run", "--role", "sender"]
            return subprocess.Popen(command, env=env, cwd=REPO, stdout=log, stderr=log)

    sender = start()
    try:
        await asyncio.to_thread(wait_until, limited_api, sent_at_least(100), 60)
        started, at = time.monotonic(), len(limited_api.state.sent)
        if how == "failover":
            await asyncio.to_thread(redis_cluster.failover, replica)
        else:
            redis_cluster.kill(old_primary)
            await asyncio.to_thread(redis_cluster.wait_promoted, replica)
        took = time.monotonic() - started
        await asyncio.to_thread(wait_until, limited_api, everyone_of(chats), 90)
        await outbox_empty(redis, keys, 30)
    finally:
        sender.send_signal(signal.SIGTERM)
        sender.wait(30)
        if how == "kill":
            await asyncio.to_thread(redis_cluster.restart, old_primary)
    counts = Counter(message.chat_id for message in limited_api.state.sent)
    doubles = sum(n - 1 for n in counts.values())
    print(f"\n{how} of the outbox's primary after {at} of {len(chats)} sends, "
          f"replica serving in {took:.2f} s; doubles: {doubles}")  # fmt: skip
    assert redis_cluster.primary_of(keys.outbox()) == replica
    assert sender.returncode == 0, (tmp_path / "sender.log").read_text()[-3000:]
    assert set(counts) == set(chats)
    assert doubles == 0 if how == "failover" else doubles <= 2
    assert await DeadLetters(redis, keys).count() == 0


def everyone_of(chats: range) -> object:
    return lambda state: {m.chat_id for m in state.sent} >= set(chats)
