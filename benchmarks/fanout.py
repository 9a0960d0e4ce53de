"""Fan-out and delivery speed, each against a baseline measured in the same run.

python -m benchmarks.fanout [--burst 5000] [--queue 100000] [--overhead 2000]

1. burst: one story for N subscribers, sent by the real Sender (outbox, shared
   flood gate, PTB) to the local Bot API server with Telegram's limits on.
   Baseline: the ceiling itself, N / 30 s. Prints the ratio, the 429s and the
   doubles (goal: ratio about 1.0, 0 doubles). Then the same story with
   delivery.paid_broadcast on: the rate, and how many went paid.
2. queue: one article matching N subscribers through FanOut.handle (match,
   story, claims, one body per rendering, pipelined XADD), and the Redis
   memory per queued alert (outbox stream and shared bodies, MEMORY USAGE).
   Baseline: the same fan-out with a copy of the text in every entry (as
   before issue 17), in turns with it, best of two each; and the floor: as
   many pre-rendered alerts XADDed in the same pipelined way.
3. overhead: M alerts through the Sender with its limits opened wide, against
   the same server without limits. Baseline: PTB's bot.send_message in a loop
   with the same concurrency. The difference per message is the sender's own
   cost (outbox, gate, sent record, bookkeeping).

Alert text comes from the first article of ../shared/corpus that mentions the
watched term. Uses ``$REDIS_URL`` (default redis://127.0.0.1:6379/0) under a
``rasdbench-*`` prefix it deletes afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from redis.asyncio import Redis
from telegram import Bot
from telegram.request import HTTPXRequest

from benchmarks.corpus import load_or_exit
from bot.article import Article
from bot.deliver.dead_letters import DeadLetters
from bot.deliver.fanout import BodyKey, FanOut, FanOutParts
from bot.deliver.flood_gate import FloodGate
from bot.deliver.outbox import Outbox
from bot.deliver.outbox_alert import OutboxAlert
from bot.deliver.sender import Sender
from bot.keys import Keys
from bot.match.matcher import Hit
from bot.settings import DeliverySettings
from bot.store.chats import Chat, ChatStore
from bot.store.daily_stats import DailyStats
from bot.store.subscriptions import Subscriptions
from tests.telegram_api import FakeBotAPI  # the local Bot API server is Telegram here

TERM = "روسيا"
WIDE_OPEN = DeliverySettings(overall_per_second=1000, private_per_second=100, group_per_minute=6000)


@dataclass
class Bench:
    """One Redis prefix and its stores."""

    redis: Redis
    keys: Keys

    async def clean(self) -> None:
        """Delete every key of this prefix."""
        async for key in self.redis.scan_iter(match=self.keys.pattern(), count=1000):
            await self.redis.delete(key)


def corpus_article() -> Article:
    """Return the first corpus article mentioning the term, as an Article."""
    for number, record in enumerate(load_or_exit()):
        if "روسي" in record.title:
            return Article(
                id=f"bench-{number}", feed_id="bench", feed_name="ANT corpus",
                link=f"https://corpus.example/{number}", title=record.title,
                summary=record.abstract,
            )  # fmt: skip
    sys.exit("no corpus article mentions روسيا")


async def subscribe(bench: Bench, chats: range) -> None:
    """Give every chat the term, 50 requests at a time."""
    subs = Subscriptions(bench.redis, bench.keys)
    store = ChatStore(bench.redis, bench.keys)
    batch: list[Awaitable[object]] = []
    for chat_id in chats:
        batch.append(subs.add(chat_id, TERM, 100))
        batch.append(store.ensure(chat_id, "private", "", "ar"))
        if len(batch) >= 50:  # the client's connection pool is the limit
            await asyncio.gather(*batch)
            batch.clear()
    await asyncio.gather(*batch)


def sender_for(bench: Bench, bot: Bot, settings: DeliverySettings, stop: asyncio.Event) -> Sender:
    redis, keys = bench.redis, bench.keys
    return Sender(
        bot, Outbox(redis, keys, claim_after_ms=60_000), FloodGate(redis, keys, settings),
        ChatStore(redis, keys), Subscriptions(redis, keys), DailyStats(redis, keys),
        DeadLetters(redis, keys), settings, stop,
    )  # fmt: skip


def bot_for(api: FakeBotAPI) -> Bot:
    """Return a PTB Bot on the local server with a pool as wide as the sends in flight."""
    request = HTTPXRequest(connection_pool_size=32)
    return Bot(api.state.token, base_url=f"{api.base_url}/bot", request=request)


def _wait_sent(api: FakeBotAPI, total: int) -> None:
    with api.state.changed:
        while len(api.state.sent) < total:
            api.state.changed.wait(1.0)


async def deliver(bench: Bench, api: FakeBotAPI, settings: DeliverySettings, total: int) -> float:
    """Run one Sender until `total` messages were accepted; return the seconds it took."""
    stop = asyncio.Event()
    async with bot_for(api) as bot:
        started = time.perf_counter()
        task = asyncio.create_task(sender_for(bench, bot, settings, stop).run("bench"))
        await asyncio.to_thread(_wait_sent, api, total)
        elapsed = time.perf_counter() - started
        stop.set()
        await task
    return elapsed


async def one_burst(bench: Bench, count: int, settings: DeliverySettings) -> None:
    """One story for `count` subscribers under Telegram's limits, with these settings."""
    api = FakeBotAPI(limits=True)
    for chat_id in range(1, count + 1):
        api.add_user(chat_id, "مشترك", started=True)
    api.start()
    try:
        parts = FanOutParts.build(bench.redis, bench.keys, settings, "UTC")
        await parts.index.load()
        await FanOut(bench.redis, bench.keys, parts, asyncio.Event()).handle(
            corpus_article(), time.time()
        )
        elapsed = await deliver(bench, api, settings, count)
        per_chat = Counter(message.chat_id for message in api.state.sent)
        doubles = sum(n - 1 for n in per_chat.values() if n > 1)
        paid = sum(1 for m in api.state.sent if m.params.get("allow_paid_broadcast"))
        ceiling = count / 30
        name = "paid broadcasts on" if settings.paid_broadcast else "free rate only (default)"
        print(f"  {name}: {elapsed:.1f} s, {count / elapsed:.1f} messages/s; the free 30/s "
              f"allows {ceiling:.1f} s (ratio {elapsed / ceiling:.2f})")  # fmt: skip
        print(f"    paid: {paid} ({paid * 0.1:,.1f} Stars); 429 answers: {api.state.flood_429s}; "
              f"doubles: {doubles}; missing: {count - len(per_chat)}")  # fmt: skip
    finally:
        api.stop()


async def burst(bench: Bench, count: int) -> None:
    """One story for `count` subscribers under Telegram's limits: free only, then paid."""
    await subscribe(bench, range(1, count + 1))
    print(f"burst: {count} subscribers, one story, Telegram's limits on")
    await one_burst(bench, count, DeliverySettings())
    await forget_article(bench)
    await one_burst(bench, count, DeliverySettings(paid_broadcast=True))


async def timed(work: Callable[[], Awaitable[object]]) -> tuple[float, float]:
    """Return (wall seconds, this process's CPU seconds) of one awaited piece of work."""
    wall, cpu = time.perf_counter(), time.process_time()
    await work()
    return time.perf_counter() - wall, time.process_time() - cpu


class PerChatCopies(FanOut):
    """The fan-out as it was: every outbox entry carries its own copy of the rendered text."""

    def _body(
        self, article: Article, hits: list[Hit], chat: Chat, cache: dict[BodyKey, OutboxAlert]
    ) -> OutboxAlert:
        return super()._body(article, hits, chat, cache).inlined()


async def forget_article(bench: Bench) -> None:
    """Delete what handling an article left (outbox, bodies, story, cards); keep the chats."""
    keep = (bench.keys.chat(0)[:-1], bench.keys.chats(), bench.keys.term_changes())
    async for key in bench.redis.scan_iter(match=bench.keys.pattern(), count=1000):
        if not key.startswith(keep):
            await bench.redis.delete(key)


async def queued_bytes(bench: Bench) -> int:
    """Return the Redis memory the outbox stream and the shared bodies take, in bytes."""
    keys = [bench.keys.outbox()]
    keys += [key async for key in bench.redis.scan_iter(match=bench.keys.body("*"), count=1000)]
    sizes = [await bench.redis.memory_usage(key, samples=0) for key in keys]
    return sum(size or 0 for size in sizes)


async def queue_once(bench: Bench, fanout: FanOut, article: Article) -> tuple[float, float, int]:
    """Handle the article; return (wall s, CPU s, Redis bytes per queued alert)."""
    wall, cpu = await timed(lambda: fanout.handle(article, time.time()))
    queued = await bench.redis.xlen(bench.keys.outbox())
    per_alert = await queued_bytes(bench) // max(queued, 1)
    await forget_article(bench)
    return wall, cpu, per_alert


async def queue(bench: Bench, count: int, rounds: int = 2) -> None:
    """Format and queue one article's alerts for `count` subscribers, both ways, in turns."""
    await subscribe(bench, range(1, count + 1))
    parts = FanOutParts.build(bench.redis, bench.keys, DeliverySettings(), "UTC")
    await parts.index.load()
    article = corpus_article()
    ways = {
        "copies": PerChatCopies(bench.redis, bench.keys, parts, asyncio.Event()),
        "shared": FanOut(bench.redis, bench.keys, parts, asyncio.Event()),
    }
    best: dict[str, tuple[float, float, int]] = {}
    for _round in range(rounds):  # in turns, best of each: the machine is shared
        for name, fanout in ways.items():
            got = await queue_once(bench, fanout, article)
            best[name] = min(best.get(name, got), got)
    sample = OutboxAlert(id="x", chat_id=1, text="نص " * 120)
    alerts = [OutboxAlert(id=f"b{n}", chat_id=n, text=sample.text) for n in range(count)]
    outbox = Outbox(bench.redis, bench.keys, claim_after_ms=60_000)
    base_wall, _ = await timed(lambda: outbox.put(alerts))
    (wall, cpu, size), (old_wall, old_cpu, old_size) = best["shared"], best["copies"]
    print(f"queue: one article for {count:,} subscribers through FanOut.handle "
          f"(best of {rounds})")  # fmt: skip
    print(f"  one shared body per rendering: {wall:.2f} s wall ({count / wall:,.0f}/s), "
          f"{cpu:.2f} s CPU; Redis {size:,} bytes per queued alert")  # fmt: skip
    print(f"  baseline, a copy per chat: {old_wall:.2f} s wall ({count / old_wall:,.0f}/s), "
          f"{old_cpu:.2f} s CPU; Redis {old_size:,} bytes per queued alert")  # fmt: skip
    print(f"  ratio: {old_wall / wall:.2f}x faster, {old_size / max(size, 1):.2f}x less Redis "
          f"memory per alert")  # fmt: skip
    print(
        f"  floor, pre-rendered XADD only: {count / base_wall:,.0f} per second "
        f"({base_wall:.2f} s); shared bodies at {wall / base_wall:.2f}x the Redis floor"
    )


async def overhead(bench: Bench, count: int) -> None:
    """The sender's own cost per message, against bare PTB sends."""
    api = FakeBotAPI()
    for chat_id in range(1, count + 1):
        api.add_user(chat_id, "مشترك", started=True)
    api.start()
    try:
        async with bot_for(api) as bot:
            slots = asyncio.Semaphore(32)  # the Sender's default concurrency

            async def one(chat_id: int) -> None:
                async with slots:
                    await bot.send_message(chat_id, "<b>خبر</b> تجريبي", parse_mode="HTML")

            base_wall, base_cpu = await timed(
                lambda: asyncio.gather(*(one(c) for c in range(1, count + 1)))
            )
        api.state.sent.clear()
        await subscribe(bench, range(1, count + 1))
        alerts = [
            OutboxAlert(id=f"o{n}", chat_id=n, text="<b>خبر</b> تجريبي")
            for n in range(1, count + 1)
        ]
        await Outbox(bench.redis, bench.keys, claim_after_ms=60_000).put(alerts)
        cpu = time.process_time()
        wall = await deliver(bench, api, WIDE_OPEN, count)
        cpu = time.process_time() - cpu
        print(f"overhead: {count} messages, server without limits, 32 in flight")
        print(f"  bare PTB send_message: {base_wall / count * 1000:.2f} ms wall, "
              f"{base_cpu / count * 1000:.2f} ms CPU per message")  # fmt: skip
        print(f"  Sender (outbox, gate, sent record): {wall / count * 1000:.2f} ms wall, "
              f"{cpu / count * 1000:.2f} ms CPU per message")  # fmt: skip
        print(f"  the sender's own cost: {(cpu - base_cpu) / count * 1000:.2f} ms CPU per "
              f"message; ratio {cpu / base_cpu:.2f}x bare PTB")  # fmt: skip
    finally:
        api.stop()


async def main(args: argparse.Namespace) -> None:
    redis = Redis.from_url(os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0",
                           decode_responses=True)  # fmt: skip
    try:
        for name, count in (("burst", args.burst), ("queue", args.queue),
                            ("overhead", args.overhead)):  # fmt: skip
            if count <= 0:
                continue
            bench = Bench(redis, Keys(f"rasdbench-{uuid.uuid4().hex[:8]}"))
            try:
                await {"burst": burst, "queue": queue, "overhead": overhead}[name](bench, count)
            finally:
                await bench.clean()
    finally:
        await redis.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--burst", type=int, default=5000, help="subscribers of the burst")
    parser.add_argument("--queue", type=int, default=100_000, help="subscribers to queue for")
    parser.add_argument("--overhead", type=int, default=2000, help="messages for the overhead")
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    os.environ.setdefault("NO_PROXY", "127.0.0.1")
    asyncio.run(main(parser.parse_args()))
