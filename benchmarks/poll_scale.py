"""Poll scale: how many feeds one Rasd poller process keeps at a 5-minute interval.

2,000 Arabic RSS 2.0 feeds (20 items, about 20 KB each) are served on 127.0.0.1
by a small asyncio HTTP server in a separate process (benchmarks/feed_farm.py),
so that its CPU is not counted as the poller's. In one run, on the same URLs and
at the same concurrency:

* raw sockets -- a minimal asyncio-streams client: the server's ceiling;
* bare httpx -- the baseline: ``httpx.AsyncClient.get`` of every URL, nothing else
  (no address guard, no caps, no parse, no Redis); once more with only 5 in flight,
  because httpcore's pool costs more CPU per request the more connections it holds;
* Fetcher.fetch -- ``feeds.fetcher.Fetcher.fetch`` alone: guard, caps, capped read;
* Rasd poller -- the real thing: ``PollLoop`` + ``ScheduledPoller`` with the
  ``FeedStore``, ``FeedStates``, ``SeenCache`` and ``Notices`` of a real Redis,
  wired as bot/app/polling.py does. A first round primes the seen-cache; then
  rounds where nothing changed, and rounds where every feed has one new item.

Every feed is configured with a one-hour interval, so a polled feed is not due
again; a round makes all feeds due at once, runs the loop until every one of
them has been rescheduled, and stops the loop. A round's wall time ends at the
last reschedule (read from the schedule); CPU is this process's
``time.process_time`` (every thread, so the parse threads are counted).
``parse_feed`` is also timed alone on the same documents. The server counts the
connections it accepts, which shows whether keep-alive held.

With ``--conditional`` the server sends ETags and answers 304 when nothing
changed, so the unchanged rounds show the cost of a 304 poll.

All feeds share one host here, so ``FetchPolicy.max_per_host`` is raised to the
concurrency (the production default is 2 per host). Keys live under a random
``rasdbench-*`` prefix of ``$REDIS_URL`` (default redis://127.0.0.1:6379/0) and
are deleted at the end.

Usage: ``.venv/bin/python -m benchmarks.poll_scale [--quick] [--conditional]``
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import signal
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from redis.asyncio import Redis

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.feed_farm import (
    CONTENT_TYPE,
    Server,
    ServerStats,
    document,
    etag_for,
    feed_name,
    feed_urls,
)
from benchmarks.poll_report import (
    TARGET_INTERVAL,
    ParseCost,
    Row,
    Settings,
    load_average,
    print_capacity,
    print_costs,
    print_header,
    print_table,
)
from bot.keys import Keys
from feeds.feed import Feed
from feeds.fetcher import Fetched, Fetcher, FetchPolicy, NotModified, Validators
from feeds.intervals import IntervalRules
from feeds.notices import Notices
from feeds.parser import parse_feed
from feeds.poll_loop import LoopOptions, PollLoop
from feeds.scheduled_poll import PollParts, ScheduledPoller
from feeds.seen import SeenCache, SeenKeys, SeenPolicy
from feeds.state import FeedStates
from feeds.store import FeedStore

FEED_INTERVAL = 3600  # configured on every feed: a polled feed is not due again in the run
CHECK_EVERY = 0.05  # how often a round looks whether every feed was polled
ROUND_LIMIT = 900.0  # seconds; a round taking longer is a failure
FEW_IN_FLIGHT = 5  # a second bare-httpx row, to show what the pool's size costs
RULES = IntervalRules(
    default=TARGET_INTERVAL, max_interval=6 * 3600, max_backoff=6 * 3600, disable_after=2 * 86_400
)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Clocks and counters at one moment."""

    clock: float
    epoch: float
    cpu: float
    server: ServerStats
    redis_cpu: float


@dataclass
class Results:
    """Every run of every workload, in the order first measured."""

    runs: dict[str, list[Row]] = field(default_factory=dict)

    def add(self, row: Row) -> Row:
        """Keep a run and print a progress line."""
        self.runs.setdefault(row.name, []).append(row)
        extra = f"; {row.note}" if row.note else ""
        print(f"  {row.name}: {row.rate:,.0f}/s, {row.cpu_ms:.2f} CPU ms each{extra}", flush=True)
        return row

    def best(self) -> list[Row]:
        """The fastest run of each workload."""
        return [max(rows, key=lambda row: row.rate) for rows in self.runs.values()]


def time_parsing(urls: list[str], count: int, repeat: int) -> ParseCost:
    """Time parse_feed, and the Article.to_json the seen-cache sends, on the first feeds."""
    sample = len(urls)
    feeds = [Feed.from_url(url, feed_name(i), FEED_INTERVAL) for i, url in enumerate(urls)]
    documents = [document(i, count, 0) for i in range(sample)]
    parse_times, json_times = [], []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        parsed = [parse_feed(f, d, CONTENT_TYPE) for f, d in zip(feeds, documents, strict=True)]
        parse_times.append(time.perf_counter() - started)
        articles = [entry.article for p in parsed for entry in p.entries]
        started = time.perf_counter()
        for article in articles:
            article.to_json()
        json_times.append(time.perf_counter() - started)
    got = len(articles)
    if got != sample * count:
        raise RuntimeError(f"parse_feed read {got} items, expected {sample * count}")
    best = min(parse_times)
    return ParseCost(best / sample, best / got, min(json_times) / got, sample)


class Bench:
    """The server, Redis, the URLs, and every workload measured on them."""

    def __init__(self, settings: Settings, server: Server, redis: Redis, prefix: str) -> None:
        self.settings = settings
        self.server = server
        self.redis = redis
        self.keys = Keys(prefix)
        self.version = 0
        self.urls = feed_urls(server.port, settings.feeds)
        self.policy = FetchPolicy(
            allow_private=True,  # the feeds are on 127.0.0.1
            max_connections=settings.concurrency,
            max_per_host=settings.concurrency,  # every feed is on this one host
        )
        self.results = Results()
        # Set by Ctrl-C. A cancellation can be lost inside redis-py on Python 3.11 (its
        # asyncio.wait_for returns a result that is ready instead of raising), so the
        # waits of this benchmark also look at this flag.
        self.interrupted = False

    def check(self) -> None:
        """Raise CancelledError once Ctrl-C was pressed."""
        if self.interrupted:
            raise asyncio.CancelledError

    async def snapshot(self) -> Snapshot:
        """Read the counters, then the clocks (the clocks are read last)."""
        self.check()
        server = self.server.stats()
        info = await self.redis.info("cpu")
        redis_cpu = float(info["used_cpu_sys"]) + float(info["used_cpu_user"])
        return Snapshot(time.perf_counter(), time.time(), time.process_time(), server, redis_cpu)

    async def finish(self) -> Snapshot:
        """Read the clocks, then the counters (the clocks are read first)."""
        clock, epoch, cpu = time.perf_counter(), time.time(), time.process_time()
        later = await self.snapshot()
        return Snapshot(clock, epoch, cpu, later.server, later.redis_cpu)

    def row(
        self,
        name: str,
        kind: str,
        start: Snapshot,
        end: Snapshot,
        wall: float | None = None,
        note: str = "",
    ) -> Row:
        """Build and keep the row of a pass over every feed between two snapshots."""
        return self.results.add(
            Row(
                name=name,
                kind=kind,
                polls=self.settings.feeds,
                wall=end.clock - start.clock if wall is None else wall,
                cpu=end.cpu - start.cpu,
                server=end.server - start.server,
                redis_cpu=end.redis_cpu - start.redis_cpu,
                note=note,
            )
        )

    async def measure(self, name: str, kind: str, work: Callable[[], Awaitable[int]]) -> Row:
        """Time one pass of `work`, which must return how many feeds it got."""
        start = await self.snapshot()
        got = await work()
        end = await self.finish()
        if got != self.settings.feeds:
            raise RuntimeError(f"{name}: got {got} feeds of {self.settings.feeds}")
        return self.row(name, kind, start, end)

    async def _workers(
        self, work: Callable[[int], Awaitable[bool]], in_flight: int | None = None
    ) -> int:
        """Run work(index) for every feed, `concurrency` at a time; count the True ones."""
        jobs = iter(range(self.settings.feeds))
        in_flight = in_flight or self.settings.concurrency

        async def worker() -> int:
            return sum([await work(index) for index in jobs])

        counts = await asyncio.gather(*(worker() for _ in range(in_flight)))
        return sum(counts)

    # --- the workloads ---

    async def raw(self) -> Row:
        """The server's ceiling: minimal HTTP/1.1 over asyncio streams, keep-alive."""
        jobs = iter(range(self.settings.feeds))

        async def connection() -> int:
            reader, writer = await asyncio.open_connection("127.0.0.1", self.server.port)
            done = 0
            try:
                for index in jobs:
                    request = f"GET /feed/{index} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                    writer.write(request.encode())
                    head = await reader.readuntil(b"\r\n\r\n")
                    await reader.readexactly(_content_length(head))
                    done += head.startswith(b"HTTP/1.1 200")
            finally:
                writer.close()
                await writer.wait_closed()
            return done

        async def work() -> int:
            counts = await asyncio.gather(*(connection() for _ in range(self.settings.concurrency)))
            return sum(counts)

        return await self.measure("raw sockets, 200 (server ceiling)", "200", work)

    async def bare(self, conditional: bool, in_flight: int | None = None) -> Row:
        """The baseline: a plain httpx GET of every URL, same concurrency, nothing else.

        With `in_flight`, fewer at a time: httpcore's pool costs more CPU per request
        the more connections it holds, which this row shows.
        """
        limit = in_flight or self.settings.concurrency
        expected = 304 if conditional else 200

        async def work() -> int:
            limits = httpx.Limits(max_connections=limit, max_keepalive_connections=limit)
            async with httpx.AsyncClient(limits=limits, timeout=20.0) as client:

                async def get(index: int) -> bool:
                    headers = {"If-None-Match": self.etag(index)} if conditional else None
                    response = await client.get(self.urls[index], headers=headers)
                    return response.status_code == expected

                return await self._workers(get, limit)

        kind = str(expected)
        if in_flight is not None:
            return await self.measure(f"bare httpx GET, {kind}, {limit} in flight", kind, work)
        return await self.measure(f"bare httpx GET, {kind} (baseline)", kind, work)

    async def fetch_only(self, conditional: bool) -> Row:
        """Fetcher.fetch alone: address guard, caps, capped read; no parse, no Redis."""
        wanted = NotModified if conditional else Fetched

        async def work() -> int:
            async with Fetcher(self.policy) as fetcher:

                async def fetch(index: int) -> bool:
                    validators = Validators(etag=self.etag(index)) if conditional else Validators()
                    return isinstance(await fetcher.fetch(self.urls[index], validators), wanted)

                return await self._workers(fetch)

        kind = "304" if conditional else "200"
        return await self.measure(f"Fetcher.fetch, {kind} (no parse, no Redis)", kind, work)

    def etag(self, index: int) -> str:
        """Return the ETag the server sends for feed `index` now."""
        return etag_for(self.version, index)

    async def redis_round_trip(self) -> float:
        """Return this process's CPU seconds per redis-py round trip (HSET, concurrent)."""
        key, trips = f"{self.keys.prefix}:bench:round-trips", self.settings.feeds * 5
        jobs = iter(range(trips))

        async def worker() -> None:
            for number in jobs:
                await self.redis.hset(key, str(number % 64), number)

        started = time.process_time()
        await asyncio.gather(*(worker() for _ in range(self.settings.concurrency)))
        return (time.process_time() - started) / trips


def _content_length(head: bytes) -> int:
    lowered = head.lower()
    at = lowered.find(b"\r\ncontent-length:")
    if at < 0:
        return 0
    start = at + len(b"\r\ncontent-length:")
    return int(lowered[start : lowered.find(b"\r\n", start)].strip())


class RasdRounds:
    """The real poller, wired as bot/app/polling.py wires it, run one round at a time."""

    def __init__(self, bench: Bench, fetcher: Fetcher) -> None:
        self._bench = bench
        redis, keys = bench.redis, bench.keys
        self.store = FeedStore(redis, keys)
        states = FeedStates(redis, keys.feed_state)
        seen = SeenCache(
            redis,
            SeenKeys(seen=keys.seen, state=keys.feed_state, stream=keys.articles()),
            SeenPolicy(),  # 30-day memory, no backfill: the first poll hands nothing on
        )
        parts = PollParts(fetcher, self.store, states, seen, Notices(redis, keys.notices()))
        self._poller = ScheduledPoller(parts, RULES)
        self._options = LoopOptions(concurrency=bench.settings.concurrency)
        self._ids: list[str] = []

    async def add_feeds(self) -> None:
        """Store every feed, each with the one-hour interval."""
        for index, url in enumerate(self._bench.urls):
            feed = Feed.from_url(url, feed_name(index), FEED_INTERVAL)
            if not await self.store.add(feed):
                raise RuntimeError(f"feed {url} was already stored")
            self._ids.append(feed.id)

    async def round(self, name: str, kind: str) -> Row:
        """Make every feed due, poll them all with PollLoop, and measure that."""
        bench, redis = self._bench, self._bench.redis
        schedule, stream = bench.keys.schedule(), bench.keys.articles()
        await redis.zadd(schedule, dict.fromkeys(self._ids, time.time()), xx=True)
        articles = await redis.xlen(stream)
        stop = asyncio.Event()
        loop = PollLoop(self._poller, self.store.schedule, self._options)
        start = await bench.snapshot()
        task = asyncio.create_task(loop.run(stop))
        try:
            await self._until_polled(start.epoch, task)
            end = await bench.finish()
            stop.set()
            await task
        finally:
            if not task.done():  # interrupted: no poll may outlive the round
                stop.set()  # ends the loop even if redis-py loses the cancellation
                task.cancel()
                await asyncio.wait({task}, timeout=self._options.grace + 5)
        # The last reschedule (due = its time + the interval) ends the round.
        last = await redis.zrange(schedule, -1, -1, withscores=True)
        wall = float(last[0][1]) - FEED_INTERVAL - start.epoch
        new = await redis.xlen(stream) - articles
        failed = await self._failing()
        note = f"{new:,} new items handed on" + (f", {failed} polls FAILED" if failed else "")
        return bench.row(name, kind, start, end, wall, note)

    async def _until_polled(self, started: float, task: asyncio.Task[None]) -> None:
        """Return once no feed is due or claimed any more: each was rescheduled."""
        key = self._bench.keys.schedule()
        while True:
            self._bench.check()
            if task.done():
                task.result()
                raise RuntimeError("the poll loop stopped before the round ended")
            if await self._bench.redis.zcount(key, "-inf", started + FEED_INTERVAL / 2) == 0:
                return
            if time.time() - started > ROUND_LIMIT:
                raise RuntimeError(f"a round took over {ROUND_LIMIT:.0f} s")
            await asyncio.sleep(CHECK_EVERY)

    async def _failing(self) -> int:
        """Count feeds whose last poll failed."""
        keys = self._bench.keys
        async with self._bench.redis.pipeline(transaction=False) as pipe:
            for feed_id in self._ids:
                pipe.hget(keys.feed_state(feed_id), "failures")
            values = await pipe.execute()
        return sum(1 for value in values if value)


async def run_all(bench: Bench) -> float:
    """Measure every workload, interleaved; return the redis-py round-trip CPU."""
    settings = bench.settings
    async with Fetcher(bench.policy) as fetcher:
        rasd = RasdRounds(bench, fetcher)
        print(f"  adding {settings.feeds:,} feeds to the store ...", flush=True)
        await rasd.add_feeds()
        bench.server.publish(bench.version, settings.conditional)
        await rasd.round("Rasd poller: first poll (primes)", "200")
        unchanged = "304" if settings.conditional else "200"
        for _ in range(settings.repeat):
            await bench.raw()
            await bench.bare(conditional=False)
            if settings.concurrency > FEW_IN_FLIGHT:
                await bench.bare(conditional=False, in_flight=FEW_IN_FLIGHT)
            await bench.fetch_only(conditional=False)
            if settings.conditional:
                await bench.bare(conditional=True)
                await bench.fetch_only(conditional=True)
            await rasd.round(f"Rasd poller: unchanged, {unchanged}", unchanged)
        for _ in range(settings.repeat):
            bench.version += 1
            bench.server.publish(bench.version, settings.conditional)
            await rasd.round("Rasd poller: 1 new item per feed", "200")
    return await bench.redis_round_trip()


async def delete_prefix(redis: Redis, keys: Keys) -> int:
    """Delete this run's keys (SCAN + DEL of the prefix only); return how many."""
    deleted, batch = 0, []
    async for key in redis.scan_iter(match=keys.pattern(), count=1000):
        batch.append(key)
        if len(batch) >= 500:
            deleted += await redis.delete(*batch)
            batch = []
    if batch:
        deleted += await redis.delete(*batch)
    return deleted


async def run(settings: Settings, server: Server, parse: ParseCost) -> int:
    """Connect to Redis, measure, report, and delete this run's keys."""
    redis = Redis.from_url(settings.redis_url, decode_responses=True)
    prefix = f"rasdbench-{secrets.token_hex(4)}"
    bench = Bench(settings, server, redis, prefix)
    main_task = asyncio.current_task()

    def interrupt() -> None:
        bench.interrupted = True
        if main_task is not None:
            main_task.cancel()

    asyncio.get_running_loop().add_signal_handler(signal.SIGINT, interrupt)
    try:
        await redis.ping()
        print_header(settings, server, prefix)
        round_trip = await run_all(bench)
    finally:
        deleted = await delete_prefix(redis, bench.keys)
        print(
            f"  deleted {deleted:,} keys of {prefix}; load average at end: {load_average()}",
            flush=True,
        )
        await redis.aclose()
    best = sorted(bench.results.best(), key=lambda row: row.name.startswith("Rasd"))
    print_table(best)
    print_costs(best, parse, round_trip, settings)
    print_capacity(best)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="300 feeds, one run of each")
    parser.add_argument("--feeds", type=int, help="feeds served and polled (default 2000)")
    parser.add_argument("--concurrency", type=int, default=50, help="polls in flight")
    parser.add_argument("--items", type=int, default=20, help="items per feed")
    parser.add_argument("--repeat", type=int, help="runs of each workload (default 2)")
    parser.add_argument("--conditional", action="store_true", help="ETags, 304 when unchanged")
    args = parser.parse_args(argv)
    settings = Settings(
        feeds=args.feeds or (300 if args.quick else 2_000),
        concurrency=args.concurrency,
        items=args.items,
        conditional=args.conditional,
        repeat=args.repeat or (1 if args.quick else 2),
        redis_url=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
    )
    print(f"starting the feed server and timing parse_feed ({settings.feeds:,} feeds) ...")
    server = Server(settings.feeds, settings.items)
    try:
        sample = feed_urls(server.port, min(settings.feeds, 200))
        parse = time_parsing(sample, settings.items, settings.repeat)
        return asyncio.run(run(settings, server, parse))
    except (KeyboardInterrupt, asyncio.CancelledError):
        print("interrupted", flush=True)
        return 130
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
