"""The tables and the capacity conclusion that benchmarks/poll_scale.py prints."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass

from benchmarks.feed_farm import Server, ServerStats

__all__ = [
    "TARGET_INTERVAL",
    "ParseCost",
    "Row",
    "Settings",
    "load_average",
    "print_capacity",
    "print_costs",
    "print_header",
    "print_table",
]

TARGET_INTERVAL = 300  # the interval the capacity conclusion is about
# Redis round trips of one poll (feeds/scheduled_poll.py): store.get, states.load,
# states.attempt, seen.claim_new, states.success (one pipeline), states.set_interval,
# schedule.reschedule; plus the loop's claim_due + next_due, once per wake-up, which is
# shared by the polls that ended meanwhile (about 1 round trip per poll, seen with MONITOR).
ROUND_TRIPS_FULL = 8
ROUND_TRIPS_304 = 6  # no claim_new, no set_interval


@dataclass(frozen=True, slots=True)
class Settings:
    """What the command line asked for."""

    feeds: int
    concurrency: int
    items: int
    conditional: bool
    repeat: int
    redis_url: str


@dataclass(frozen=True, slots=True)
class Row:
    """One measured workload: a pass over every feed."""

    name: str
    kind: str  # "200" or "304": what the server answered, which picks the baseline
    polls: int
    wall: float
    cpu: float  # this process's CPU seconds
    server: ServerStats
    redis_cpu: float
    note: str = ""

    @property
    def rate(self) -> float:
        """Feeds polled (or fetched) per wall second."""
        return self.polls / self.wall

    @property
    def cpu_ms(self) -> float:
        """This process's CPU milliseconds per poll."""
        return 1000 * self.cpu / self.polls


@dataclass(frozen=True, slots=True)
class ParseCost:
    """parse_feed timed alone on the benchmark's documents."""

    per_feed: float
    per_item: float
    to_json_per_item: float
    documents: int


def print_table(rows: list[Row]) -> None:
    """Print the workloads, each against the bare-httpx baseline of the same answer."""
    bare = {row.kind: row for row in rows if row.name == f"bare httpx GET, {row.kind} (baseline)"}
    width = max(len(row.name) for row in rows) + 2
    print(
        f"\n{'workload':<{width}}{'polls/s':>9}{'CPU ms/poll':>13}{'poller cores':>14}"
        f"{'server cores':>14}{'redis ms/poll':>15}{'new conns':>11}{'vs bare':>9}"
    )
    for row in rows:
        baseline = bare.get(row.kind)
        ratio = f"{row.rate / baseline.rate:>8.2f}x" if baseline else f"{'-':>9}"
        print(
            f"{row.name:<{width}}{row.rate:>9,.0f}{row.cpu_ms:>13.2f}{row.cpu / row.wall:>14.2f}"
            f"{row.server.cpu / row.wall:>14.2f}{1000 * row.redis_cpu / row.polls:>15.3f}"
            f"{row.server.connections:>11,}{ratio}"
        )
    print(
        "polls/s: feeds per wall second; CPU ms/poll and poller cores: this process (every"
        " thread);\nserver cores: the feed server's process; redis ms/poll: redis-server CPU"
        " (INFO, whole server);\nnew conns: TCP connections the server accepted in the pass"
        " (with keep-alive, about the\nconcurrency); vs bare: polls/s over bare httpx GET's with"
        " the same answer (200 or 304)"
    )
    for row in rows:
        if row.note:
            print(f"  {row.name}: {row.note}")


def print_costs(rows: list[Row], parse: ParseCost, round_trip: float, settings: Settings) -> None:
    """Print where the CPU of a poll goes."""
    by_name = {row.name: row for row in rows}
    count = settings.items
    print(
        f"\nparse_feed alone: {1e6 * parse.per_item:,.0f} µs/item, {1000 * parse.per_feed:.2f}"
        f" ms/feed of {count} items (best of {settings.repeat + 1} over {parse.documents}"
        " documents, one thread)"
    )
    print(
        f"Article.to_json (sent to Redis for every item of every full poll):"
        f" {1e6 * parse.to_json_per_item:.1f} µs/item"
    )
    print(
        f"redis-py round trip (HSET, {settings.concurrency} at a time):"
        f" {1e6 * round_trip:.0f} µs CPU"
    )
    for kind in ("200", "304"):
        fetch = by_name.get(f"Fetcher.fetch, {kind} (no parse, no Redis)")
        bare = by_name.get(f"bare httpx GET, {kind} (baseline)")
        if fetch and bare:
            print(
                f"fetch alone, {kind}: Fetcher.fetch {fetch.cpu_ms:.2f} CPU ms/feed"
                f" ({1000 / fetch.rate * settings.concurrency:.1f} ms wall each at"
                f" {settings.concurrency} in flight); bare httpx {bare.cpu_ms:.2f} CPU ms/feed"
            )
    print(
        "\nCPU of one poll, split by the parts timed alone above (so the rest, loop and"
        " scheduling and\nthread hand-off, is approximate and may come out below zero):"
    )
    for name, row in by_name.items():
        if name.startswith("Rasd poller: unchanged") or name.startswith("Rasd poller: 1 new"):
            fetch = by_name.get(f"Fetcher.fetch, {row.kind} (no parse, no Redis)")
            if fetch is not None:
                print_split(row, fetch.cpu_ms, parse, round_trip, count)


def print_split(row: Row, fetch_ms: float, parse: ParseCost, round_trip: float, count: int) -> None:
    """Print one Rasd row's CPU per poll split into its parts."""
    # An unchanged 200 body is recognised by its digest and not parsed, like a 304.
    full = row.kind == "200" and "unchanged" not in row.name
    parts = {
        "fetch": fetch_ms,
        "parse": 1000 * parse.per_feed if full else 0.0,
        "to_json": 1000 * parse.to_json_per_item * count if full else 0.0,
        "redis": 1000 * round_trip * (ROUND_TRIPS_FULL if full else ROUND_TRIPS_304),
    }
    rest = row.cpu_ms - sum(parts.values())
    shown = " + ".join(f"{name} {ms:.2f}" for name, ms in parts.items() if ms)
    print(
        f"{row.name}: {row.cpu_ms:.2f} CPU ms/poll ~ {shown} + rest {rest:.2f}"
        f" (redis: {ROUND_TRIPS_FULL if full else ROUND_TRIPS_304} round trips)"
    )


def print_capacity(rows: list[Row]) -> None:
    """Print the 5-minute capacity of one process, and any bottleneck outside it."""
    print(f"\nfeeds one process keeps at a {TARGET_INTERVAL // 60}-minute interval:")
    for row in rows:
        if not row.name.startswith("Rasd poller") or "first poll" in row.name:
            continue
        cores = row.cpu / row.wall
        print(
            f"  {row.name}: {TARGET_INTERVAL} s x {row.rate:,.0f} polls/s ="
            f" {TARGET_INTERVAL * row.rate:,.0f} feeds (as measured, {cores:.2f} cores busy);"
            f" CPU-bound: {TARGET_INTERVAL} s / {row.cpu_ms:.2f} ms ="
            f" {TARGET_INTERVAL / (row.cpu / row.polls):,.0f} feeds per fully used core"
        )
        if cores >= 0.85:
            print(
                "    -> the poller is CPU-bound: one core"
                " (one event loop; the parse threads share the GIL)"
            )
    for row in rows:
        if row.server.cpu / row.wall >= 0.85:
            print(f"  note: the server was the bottleneck in '{row.name}' (one core busy)")
    ceiling = [row for row in rows if row.name.startswith("raw sockets")]
    if ceiling:
        top = ceiling[0]
        per_request = top.server.cpu / max(top.server.requests, 1)
        print(
            f"  server ceiling: {top.rate:,.0f} req/s measured with raw sockets;"
            f" {1e6 * per_request:.0f} µs server CPU per 200 -> at most"
            f" {1 / per_request:,.0f} req/s on one core"
        )


def load_average() -> str:
    return ", ".join(f"{load:.2f}" for load in os.getloadavg())


def print_header(settings: Settings, server: Server, prefix: str) -> None:
    """Print the machine and the settings."""
    print(
        f"python {platform.python_version()} ({platform.python_implementation()}), "
        f"{os.cpu_count()} CPUs, {platform.machine()} {platform.system()}"
    )
    print(
        f"feeds: {settings.feeds:,} RSS 2.0 documents of {settings.items} Arabic items, avg"
        f" {server.total_bytes / settings.feeds / 1024:.1f} KB, served on 127.0.0.1 by one asyncio"
        " process (keep-alive, no compression)"
    )
    print(
        f"poller: PollLoop + ScheduledPoller, concurrency {settings.concurrency};"
        f" FetchPolicy(allow_private=True, max_connections={settings.concurrency},"
        f" max_per_host={settings.concurrency}): every feed is on one host here, production"
        " default is 2 per host"
    )
    print(
        f"redis: {settings.redis_url}, key prefix {prefix}; conditional GET (ETag/304): "
        + ("on" if settings.conditional else "off (--conditional for the 304 case)")
    )
    runs = f"{settings.repeat} runs" if settings.repeat > 1 else "1 run"
    print(f"each row is the fastest of {runs}, taken in turn (first poll: one run)")
    print("load average (1, 5, 15 min) at start: " + load_average())
