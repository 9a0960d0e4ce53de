"""What becomes of a message after its send: recorded as sent, deferred, or given up on.

Each outcome finishes the message's outbox entry in the same step as its
record (the sent record, the delayed set, the dead letters), so a crash never
loses a message nor keeps it twice. Redis trouble is retried for a while
(`settle`); past claim_after another sender takes the entry over anyway.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from redis.exceptions import RedisError

from bot.deliver.dead_letters import DeadLetters
from bot.deliver.flood_gate import FloodGate
from bot.deliver.outbox import Outbox
from bot.deliver.outbox_alert import OutboxAlert
from bot.deliver.send_errors import SendError
from bot.metrics import ALERTS_FAILED, ALERTS_SENT
from bot.settings import DeliverySettings
from bot.store.chats import ChatStore
from bot.store.daily_stats import Counter, DailyStats
from bot.store.subscriptions import Subscriptions

log = logging.getLogger("bot.deliver.sender")


def where(alert: OutboxAlert) -> str:
    """Return the ids a log line about an alert carries."""
    return f"chat={alert.chat_id} feed={alert.feed_id or '-'} alert={alert.id}"


class Outcomes:
    """Records the outcome of each send, with its metrics, counters and log line."""

    def __init__(
        self,
        outbox: Outbox,
        gate: FloodGate,
        chats: ChatStore,
        subscriptions: Subscriptions,
        stats: DailyStats,
        dead_letters: DeadLetters,
        settings: DeliverySettings,
    ) -> None:
        self._outbox = outbox
        self._gate = gate
        self._chats = chats
        self._subscriptions = subscriptions
        self._stats = stats
        self._dead = dead_letters
        self._settings = settings

    async def sent(self, entry_id: str, alert: OutboxAlert, message_id: int) -> None:
        """Telegram accepted it: record that and finish the entry in one transaction."""
        await self.settle(
            where(alert), lambda: self._outbox.mark_sent(entry_id, alert.id, message_id)
        )
        ALERTS_SENT.labels(kind=alert.kind).inc()
        log.info("sender: %s %s", "edited" if alert.kind == "edit" else "sent", where(alert))
        await self._count("alerts_sent")

    async def failed(self, entry_id: str, alert: OutboxAlert, error: SendError) -> None:
        """Do what a classified failure calls for, then give up the right to send it."""
        await self._failed(entry_id, alert, error)
        await self.settle(where(alert), lambda: self._outbox.release_send(alert.id))

    async def _failed(self, entry_id: str, alert: OutboxAlert, error: SendError) -> None:
        """Finish or defer the entry as the failure calls for."""
        now, ids = time.time(), where(alert)
        if error.action == "hold":
            log.warning("sender: Telegram flood limit; chat held %.1f s, %s", error.seconds, ids)
            await self.settle(ids, lambda: self._gate.hold(alert.chat_id, error.seconds))
            await self._defer(entry_id, alert, now + error.seconds)
        elif error.action == "inactive":
            log.info("sender: chat unreachable (%s); marked inactive, %s", error.description, ids)
            await self.settle(ids, lambda: self._chats.mark_inactive(alert.chat_id, error.reason))
            await self.settle(ids, lambda: self._outbox.ack(entry_id))
            ALERTS_FAILED.labels(reason=error.reason).inc()
            await self._count("send_errors")
        elif error.action == "migrated" and error.new_chat_id != alert.chat_id:
            await self._migrated(entry_id, alert, error.new_chat_id)
        elif error.action == "retry":
            await self._retry(entry_id, alert, error.description, now)
        elif error.action == "skip":
            await self._skip(entry_id, alert, error.description)
        else:
            await self._bury(entry_id, alert, error.description, "refused")

    async def _migrated(self, entry_id: str, alert: OutboxAlert, new_id: int) -> None:
        """Move the group's terms and settings to its supergroup, and resend there."""
        ids = where(alert)
        moved: list[bool] = []

        async def move() -> None:
            moved.append(await self._subscriptions.move(alert.chat_id, new_id))

        await self.settle(ids, move)
        log.info("sender: group moved to %s (terms moved: %s); resending %s", new_id,
                 any(moved), ids)  # fmt: skip
        await self._defer(entry_id, alert.moved_to(new_id), time.time())

    async def _retry(self, entry_id: str, alert: OutboxAlert, description: str, now: float) -> None:
        """Try again later, waiting longer each time; a dead letter after max_attempts."""
        tries = alert.attempts + 1
        if tries >= self._settings.max_attempts and alert.kind == "edit":
            await self._skip(entry_id, alert, f"gave up after {tries} tries: {description}")
            return
        if tries >= self._settings.max_attempts:
            reason = f"gave up after {tries} tries: {description}"
            await self._bury(entry_id, alert.retried(), reason, "retries")
            return
        wait = self._settings.retry_base * 2**alert.attempts
        log.warning("sender: not sent (%s); try %d in %.1f s, %s", description, tries + 1, wait,
                    where(alert))  # fmt: skip
        await self._defer(entry_id, alert.retried(), now + wait)

    async def _defer(self, entry_id: str, alert: OutboxAlert, due: float) -> None:
        async def defer() -> None:
            if not await self._outbox.defer(entry_id, alert, due):
                log.info("sender: another sender finished %s meanwhile", where(alert))

        await self.settle(where(alert), defer)

    async def _skip(self, entry_id: str, alert: OutboxAlert, reason: str) -> None:
        """Leave an edit Telegram will not make (message gone, too old, unchanged)."""
        log.info("sender: edit skipped (%s) %s", reason, where(alert))
        await self.settle(where(alert), lambda: self._outbox.ack(entry_id))
        ALERTS_FAILED.labels(reason="edit_skipped").inc()

    async def _bury(self, entry_id: str, alert: OutboxAlert, reason: str, label: str) -> None:
        """Move an alert to the dead letters and be done with its entry, in one transaction."""
        log.warning("sender: undeliverable (%s); dead letter %s", reason, where(alert))

        async def bury() -> None:
            async with self._outbox.transaction() as pipe:
                self._dead.stage_add(pipe, alert, reason, time.time())
                self._outbox.stage_ack(pipe, entry_id)
                await pipe.execute()

        await self.settle(where(alert), bury)
        ALERTS_FAILED.labels(reason=label).inc()
        await self._count("send_errors")

    async def settle(self, ids: str, step: Callable[[], Awaitable[object]]) -> None:
        """Run a Redis step, retrying through a Redis outage for a while.

        After claim_after, another sender may take the entry over anyway; past
        that the step is given up (logged) and the entry stays pending.
        """
        deadline = time.monotonic() + self._settings.claim_after * 0.8
        wait = 0.2
        while True:
            try:
                await step()
                return
            except RedisError as exc:
                if time.monotonic() + wait > deadline:
                    log.error("sender: Redis still failing (%s); %s stays pending", exc, ids)
                    return
                log.warning("sender: Redis did not answer (%s); retrying for %s", exc, ids)
                await asyncio.sleep(wait)
                wait = min(wait * 2, 5.0)

    async def _count(self, counter: Counter) -> None:
        try:
            await self._stats.incr(counter, datetime.now(UTC))
        except RedisError as exc:
            log.warning("sender: could not count %s (%s)", counter, exc)
