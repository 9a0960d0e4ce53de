"""Console mode: with no bot token, poll the feeds and print the alerts Rasd would send."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, TextIO

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.app.console_view import ConsoleStyle, render_alert
from bot.keys import Keys
from bot.match.matcher import MatchIndex
from bot.metrics import MATCHES
from feeds.errors import FetchError
from feeds.feed import Feed
from feeds.fetcher import Fetcher, FetchPolicy
from feeds.poll import PreviewPoller
from feeds.sample import SAMPLE_FEED
from feeds.seen import SeenCache, SeenKeys, SeenPolicy


@dataclass(frozen=True, slots=True)
class ConsoleOptions:
    """What console mode polls, how often, and how it prints."""

    feeds: tuple[Feed, ...]
    terms: tuple[str, ...]
    interval: float
    rounds: int | None  # None: until stopped
    style: ConsoleStyle
    policy: FetchPolicy


@dataclass
class RoundReport:
    """What one polling round did, for the status line."""

    ok: int = 0
    failed: int = 0
    alerts: int = 0


class ConsoleMode:
    """Polls feeds round after round and prints matching articles."""

    def __init__(self, redis: Redis, keys: Keys, options: ConsoleOptions, out: TextIO) -> None:
        self._options = options
        self._out = out
        self._seen = SeenCache(redis, SeenKeys(seen=keys.console_seen), SeenPolicy())
        self._index = MatchIndex()
        for term in options.terms:
            self._index.add(term)

    async def run(self, stop: asyncio.Event) -> None:
        """Poll until stopped or the configured number of rounds is done."""
        # A fresh preview each start: show what matches now, then only new items.
        for feed in self._options.feeds:
            await self._seen.forget(feed.id)
        self._say(
            f"Rasd console mode: {len(self._options.feeds)} feed(s), "
            f"watching: {' · '.join(self._options.terms)}"
        )
        done = 0
        async with Fetcher(self._options.policy) as fetcher:
            poller = PreviewPoller(fetcher, self._seen)
            while not stop.is_set():
                report = await self._round(poller)
                done += 1
                self._say(
                    f"round {done}: {report.ok} feed(s) read, {report.failed} failed, "
                    f"{report.alerts} alert(s)"
                )
                if self._options.rounds is not None and done >= self._options.rounds:
                    return
                self._say(f"next poll in {self._options.interval:g} s (Ctrl-C to stop)")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self._options.interval)

    async def _round(self, poller: PreviewPoller) -> RoundReport:
        report = RoundReport()
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(self._poll(poller, feed)) for feed in self._options.feeds]
        for task in tasks:
            alerts = task.result()
            if alerts is None:
                report.failed += 1
            else:
                report.ok += 1
                report.alerts += alerts
        return report

    async def _poll(self, poller: PreviewPoller, feed: Feed) -> int | None:
        """Poll one feed; return the number of alerts, or None when it failed."""
        try:
            result = await poller.poll(feed)
        except FetchError as exc:
            self._say(f"⚠ {feed.name} ({feed.url}): {exc}")
            return None
        except RedisError as exc:
            self._say(f"⚠ {feed.name}: Redis did not answer ({exc}); will retry next round")
            return None
        if result.problem:
            self._say(f"⚠ {feed.name}: {result.problem}")
        alerts = 0
        for article in result.new:
            hits = self._index.match(article)
            if hits:
                alerts += 1
                MATCHES.inc()  # one alert for the one reader: what /metrics counts
                self._print(render_alert(article, hits, self._options.style))
        return alerts

    def _print(self, text: str) -> None:
        print(text, file=self._out, flush=True)

    def _say(self, text: str) -> None:
        self._print(f"· {text}")


SampleUse = Literal["with", "only", "off"]


def console_feeds(configured: Sequence[Feed], sample: SampleUse) -> tuple[Feed, ...]:
    """Return the feeds console mode polls: the bundled sample first unless it is off."""
    if sample == "only":
        return (SAMPLE_FEED,)
    return ((SAMPLE_FEED,) if sample == "with" else ()) + tuple(configured)
