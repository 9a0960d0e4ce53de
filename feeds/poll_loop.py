"""The poller's loop: claim due feeds, poll them side by side, until stopped."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from redis.exceptions import RedisError

from feeds.schedule import Schedule
from feeds.scheduled_poll import ScheduledPoller

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LoopOptions:
    """How many feeds one process polls at once, and how long it holds each."""

    concurrency: int = 20
    # A live poller renews its claims every lease/3, so a poll may wait and run
    # as long as it needs; a killed poller's feeds are due again after one lease.
    lease: float = 10.0
    idle_wait: float = 1.0  # how often an idle poller looks for feeds others added
    grace: float = 5.0  # how long polls in flight may finish after a stop


class PollLoop:
    """Runs scheduled polls within a concurrency limit; survives feed and Redis failures."""

    def __init__(
        self,
        poller: ScheduledPoller,
        schedule: Schedule,
        options: LoopOptions,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._poller = poller
        self._schedule = schedule
        self._options = options
        self._clock = clock
        self._running: set[asyncio.Task[None]] = set()
        self._leases: dict[str, float] = {}  # feed id -> end of the lease we hold
        self._renewed_at = 0.0
        self._wake = asyncio.Event()
        self._redis_failures = 0

    async def run(self, stop: asyncio.Event) -> None:
        """Poll due feeds until `stop` is set, then let polls in flight finish."""
        async with asyncio.TaskGroup() as group:
            while not stop.is_set():
                self._wake.clear()
                wait = await self._start_due(group)
                await _first_of(stop, self._wake, wait)
            await self._finish()

    async def _start_due(self, group: asyncio.TaskGroup) -> float:
        """Start polls of due feeds; return how long to wait before looking again."""
        options = self._options
        free = options.concurrency - len(self._running)
        now = self._clock()
        try:
            await self._renew(now)
            claimed = await self._schedule.claim_due(now, free, options.lease)
            next_due = await self._schedule.next_due()
        except RedisError as exc:
            self._redis_failures += 1
            wait = min(2.0**self._redis_failures, 30.0)
            log.warning("Redis did not answer (%s); polling resumes in %.0f s", exc, wait)
            return wait
        self._redis_failures = 0
        for feed_id in claimed:
            self._leases[feed_id] = now + options.lease
            task = group.create_task(self._poll(feed_id))
            self._running.add(task)
            task.add_done_callback(self._done)
        if len(self._running) >= options.concurrency or next_due is None:
            return options.idle_wait
        return min(max(next_due - self._clock(), 0.0), options.idle_wait)

    async def _renew(self, now: float) -> None:
        if now - self._renewed_at < self._options.lease / 3:
            return
        self._renewed_at = now
        until = now + self._options.lease
        for feed_id in await self._schedule.renew(dict(self._leases), until):
            if feed_id in self._leases:
                self._leases[feed_id] = until

    def _done(self, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        self._wake.set()

    async def _poll(self, feed_id: str) -> None:
        try:
            outcome = await self._poller.poll(feed_id)
        except RedisError as exc:
            log.warning(
                "feed=%s: Redis did not answer (%s); retried when its claim lapses", feed_id, exc
            )
            return
        except Exception:
            # A bug must cost one feed one poll, not stop every other feed.
            log.exception("feed=%s: unexpected error while polling", feed_id)
            return
        finally:
            self._leases.pop(feed_id, None)
        if outcome.error:
            log.warning("feed=%s failed: %s", feed_id, outcome.error)
        elif outcome.new:
            log.info("feed=%s new=%d", feed_id, outcome.new)

    async def _finish(self) -> None:
        if not self._running:
            return
        _, late = await asyncio.wait(self._running, timeout=self._options.grace)
        for task in late:
            task.cancel()  # safe: marking seen and handing on are one atomic step


async def _first_of(stop: asyncio.Event, wake: asyncio.Event, seconds: float) -> None:
    """Wait until either event is set or `seconds` pass."""
    waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(wake.wait())]
    try:
        await asyncio.wait(waiters, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*waiters, return_exceptions=True)
