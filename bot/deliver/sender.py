"""The sender: takes messages from the outbox and gets them to Telegram, within its limits.

One loop per process reads a batch of entries and, for each, asks the flood
gate whether its chat may get a message now. A short wait (≤ SHORT_WAIT) or
a wait for the overall limit (which concerns every chat alike) is slept; a
longer wait for one chat moves that entry to the delayed set, so other chats
keep flowing. Admitted messages are sent concurrently (up to ``concurrency``
requests in flight; Telegram answers take longer than the gap between sends).

Exactly once, as far as possible: just before a send the sender marks the
alert ``sending`` (``{p}:sent:{alert_id}``, NX, so a copy read by another
sender waits rather than going out too), and records it as sent just before
it acknowledges its entry; a copy of a sent alert is
acknowledged without sending. The one window that can double a message is a
crash (or a lost Redis) after Telegram accepted it and before that
record was written — at most the requests in flight at that moment; once the
``sending`` mark expires (claim_after) the taken-over entry is sent again.
A timeout whose request did reach Telegram is retried and can double, too;
Telegram gives no way to tell.

With ``delivery.paid_broadcast`` on, the gate lets messages beyond the free
overall rate go as paid broadcasts (bot.deliver.flood_gate): just those are
sent with ``allow_paid_broadcast``. Edits cannot be paid for and keep to the
free rate.

The Bot must have no rate limiter (no AIORateLimiter): the gate is the limiter.
Telegram's overall limit is per bot token, so messages other roles send
without the gate (the bot role's replies) can still cause a rare 429, which
holds back just that chat.

Every way a message leaves the outbox is logged with its chat, feed and
alert ids. Redis trouble never ends the loop: it logs, waits and goes on,
resuming by itself once Redis is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Literal

from redis.exceptions import RedisError
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.deliver.alert_html import html_to_text
from bot.deliver.dead_letters import DeadLetters
from bot.deliver.flood_gate import FloodGate
from bot.deliver.outbox import Outbox, Taken
from bot.deliver.outbox_alert import OutboxAlert
from bot.deliver.send_errors import SendError, classify, classify_edit
from bot.deliver.send_outcomes import Outcomes, where
from bot.metrics import ALERTS_FAILED, OUTBOX_LAG
from bot.settings import DeliverySettings
from bot.store.chats import Chat, ChatKind, ChatStore, kind_by_id
from bot.store.daily_stats import DailyStats
from bot.store.subscriptions import Subscriptions

log = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
SHORT_WAIT = 0.05  # seconds; a flood-gate wait up to this is slept rather than deferred
BLOCK_MS = 1000  # longest wait for new entries, so due delayed alerts are not late by more
LAG_EVERY = 5.0  # seconds between two updates of the lag gauge
TWIN_WAIT = 1.0  # seconds a copy of an alert being sent waits to be looked at again
DRAIN_TIMEOUT = 15.0  # seconds the sends in flight may take to finish after stop

# How the gate let a message go: within the free rate, or above it as a paid broadcast.
Admitted = Literal["free", "paid"]


def preview_of(alert: OutboxAlert) -> LinkPreviewOptions:
    """Return the alert's link preview: the article's, small, below the text; or none."""
    if not alert.preview:
        return NO_PREVIEW
    return LinkPreviewOptions(url=alert.preview, prefer_small_media=True, show_above_text=False)


def markup_of(alert: OutboxAlert) -> InlineKeyboardMarkup | None:
    """Return the alert's buttons (one row), or None when it has none."""
    if not alert.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in alert.buttons]]
    )


class Sender:
    """Delivers the outbox; run as many as needed, on any hosts, on one Redis."""

    def __init__(
        self,
        bot: Bot,
        outbox: Outbox,
        gate: FloodGate,
        chats: ChatStore,
        subscriptions: Subscriptions,
        stats: DailyStats,
        dead_letters: DeadLetters,
        settings: DeliverySettings,
        stop: asyncio.Event,
        *,
        concurrency: int = 32,
        block_ms: int = BLOCK_MS,
    ) -> None:
        """Wire the parts; `bot` must have no rate limiter of its own: the gate is the limiter."""
        self._bot = bot
        self._outbox = outbox
        self._gate = gate
        self._chats = chats
        self._outcomes = Outcomes(outbox, gate, chats, subscriptions, stats, dead_letters, settings)
        self._settings = settings
        self._stop = stop
        self._slots = asyncio.Semaphore(concurrency)
        self._block_ms = block_ms
        self._tasks: set[asyncio.Task[None]] = set()
        self._in_flight: set[str] = set()  # entry ids
        self._in_flight_alerts: set[str] = set()  # their alert ids
        self._recover = False
        self._next_lag = 0.0

    async def run(self, consumer: str) -> None:
        """Deliver until stopped; then let the sends in flight finish."""
        log.info("sender %s: delivering the outbox", consumer)
        failures = 0
        try:
            while not self._stop.is_set():
                try:
                    await self._round(consumer)
                    failures = 0
                except RedisError as exc:
                    failures += 1
                    log.warning("sender: Redis did not answer (%s); retrying", exc)
                except Exception:
                    failures += 1
                    log.exception("sender: unexpected failure; the entries stay pending")
                if failures:
                    self._recover = True  # read this consumer's pending entries first next time
                    await self._pause(min(0.25 * 2 ** min(failures - 1, 6), 10.0))
        except asyncio.CancelledError:
            for task in self._tasks:  # cancelled from outside: their entries stay pending
                task.cancel()
            raise
        await self._drain()
        log.info("sender %s: stopped", consumer)

    async def _round(self, consumer: str) -> None:
        now = time.time()
        await self._outbox.release_due(now)
        await self._housekeeping(now)
        due = await self._outbox.next_due()
        longest = self._block_ms / 1000
        block = int(min(longest if due is None else max(due - now, 0.001), longest) * 1000)
        taken = await self._outbox.read(
            consumer, self._settings.batch, block, own_pending=self._recover
        )
        self._recover = False
        await self._handle([t for t in taken if t.entry_id not in self._in_flight])

    async def _housekeeping(self, now: float) -> None:
        if now >= self._next_lag:
            self._next_lag = now + LAG_EVERY
            OUTBOX_LAG.set(await self._outbox.lag(now))

    async def _handle(self, taken: list[Taken]) -> None:
        if not taken:
            return
        states = await self._outbox.send_states(item.alert.id for item in taken)
        records = await self._chats.many({item.alert.chat_id for item in taken})
        next_free: dict[int, float] = {}  # per chat: when the next deferred one may go
        seen: set[str] = set()  # alert ids of this batch
        for index, item in enumerate(taken):
            if self._stop.is_set():
                await self._give_back(taken[index:])
                return
            entry_id, alert = item
            state = states.get(alert.id)
            if state == "sent":
                await self._outbox.ack(entry_id)
                log.info("sender: already sent; dropped a copy %s", where(alert))
                continue
            if state == "sending" or alert.id in seen or alert.id in self._in_flight_alerts:
                await self._twin(entry_id, alert)
                continue
            seen.add(alert.id)
            chat = records.get(alert.chat_id)
            if await self._skipped(entry_id, alert, chat):
                continue
            kind = chat.kind if chat else kind_by_id(alert.chat_id)
            await self._dispatch(entry_id, alert, kind, next_free)

    async def _twin(self, entry_id: str, alert: OutboxAlert) -> None:
        """A copy of an alert being sent (queued twice, or taken over): look again soon."""
        await self._outbox.defer(entry_id, alert, time.time() + TWIN_WAIT)
        log.debug("sender: a copy is being sent; looking again later at %s", where(alert))

    async def _skipped(self, entry_id: str, alert: OutboxAlert, chat: Chat | None) -> bool:
        """Acknowledge an alert its chat must not get; True if it was."""
        if chat is None:
            return False
        if chat.inactive:
            await self._outbox.ack(entry_id)
            ALERTS_FAILED.labels(reason="inactive").inc()
            log.info("sender: chat is inactive (%s); dropped %s", chat.inactive, where(alert))
            return True
        if chat.paused and alert.kind == "alert":
            await self._outbox.ack(entry_id)
            log.info("sender: chat is paused; dropped %s", where(alert))
            return True
        return False

    async def _dispatch(
        self, entry_id: str, alert: OutboxAlert, kind: ChatKind, next_free: dict[int, float]
    ) -> None:
        """Send now (in a task, holding a slot), or defer until the chat may get it."""
        await self._slots.acquire()
        admitted: Admitted | None = None
        try:
            admitted = await self._admit(entry_id, alert, kind, next_free)
        finally:
            if admitted is None:
                self._slots.release()
        if admitted is not None:
            self._in_flight.add(entry_id)
            self._in_flight_alerts.add(alert.id)
            task = asyncio.create_task(self._deliver(entry_id, alert, admitted))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _admit(
        self, entry_id: str, alert: OutboxAlert, kind: ChatKind, next_free: dict[int, float]
    ) -> Admitted | None:
        """Wait for the gate; how the message may go now, or None if it was put back."""
        while True:
            verdict = await self._gate.ask(alert.chat_id, kind, paid=alert.kind != "edit")
            if verdict.scope in ("none", "paid"):
                if await self._outbox.claim_send(alert.id):
                    return "paid" if verdict.scope == "paid" else "free"
                await self._twin(entry_id, alert)  # another sender has just taken a copy
                return None
            if verdict.scope == "all" or verdict.seconds <= SHORT_WAIT:
                if not await self._pause(verdict.seconds):
                    await self._give_back([Taken(entry_id, alert)])
                    return None
                continue
            # This chat is busy (or held after a 429): the other chats go on meanwhile.
            now = time.time()
            due = max(now + verdict.seconds, next_free.get(alert.chat_id, 0.0))
            next_free[alert.chat_id] = due + self._gate.rate(kind).interval
            await self._outbox.defer(entry_id, alert, due)
            log.debug("sender: chat busy for %.1f s; deferred %s", due - now, where(alert))
            return None

    async def _deliver(self, entry_id: str, alert: OutboxAlert, admitted: Admitted) -> None:
        """Send one admitted message and record what became of it; never raises."""
        try:
            if alert.kind == "edit":
                done = await self._edit(alert)
            else:
                done = await self._send(alert, paid=admitted == "paid")
            if isinstance(done, SendError):
                await self._outcomes.failed(entry_id, alert, done)
            else:
                await self._outcomes.sent(entry_id, alert, done)
        except Exception:
            log.exception("sender: failed handling %s; it stays pending", where(alert))
        finally:
            self._in_flight.discard(entry_id)
            self._in_flight_alerts.discard(alert.id)
            self._slots.release()

    async def _send(self, alert: OutboxAlert, *, paid: bool) -> int | SendError:
        """Send, adapting to a refused format or a vanished topic; the message id, or the error.

        paid: the gate let it go above the free rate, as a paid broadcast.
        """
        text, thread = alert.text, alert.thread
        mode: str | None = ParseMode.HTML
        while True:
            try:
                message = await self._bot.send_message(
                    alert.chat_id, text, parse_mode=mode, message_thread_id=thread,
                    link_preview_options=preview_of(alert), reply_markup=markup_of(alert),
                    disable_notification=alert.silent or None,
                    allow_paid_broadcast=paid or None,
                )  # fmt: skip
                return message.message_id
            except TelegramError as exc:
                error = classify(exc, html=mode is not None, thread=thread is not None)
            if error.action == "plain":
                log.warning("sender: HTML refused (%s); plain text to %s", error.description,
                            where(alert))  # fmt: skip
                text, mode = html_to_text(text), None
            elif error.action == "no_thread":
                log.warning("sender: topic %s is gone; to the main chat %s", thread, where(alert))
                thread = None
            else:
                return error

    async def _edit(self, alert: OutboxAlert) -> int | SendError:
        """Edit the message an earlier alert became; an error while it is not sent yet."""
        message_id = await self._outbox.message_id(alert.edits)
        if message_id is None:
            # Not sent yet (queued, deferred), or never will be: retried, then skipped.
            return SendError("retry", f"the alert {alert.edits} to edit is not sent (yet)")
        try:
            # The same buttons and preview as the alert it edits: an edit without
            # reply_markup would take the buttons away.
            await self._bot.edit_message_text(
                alert.text, chat_id=alert.chat_id, message_id=message_id,
                parse_mode=ParseMode.HTML, link_preview_options=preview_of(alert),
                reply_markup=markup_of(alert),
            )  # fmt: skip
        except TelegramError as exc:
            return classify_edit(exc)
        return message_id

    async def _give_back(self, taken: list[Taken]) -> None:
        """Stopping: hand untouched entries back (due now) so another sender takes them at once."""
        now = time.time()
        for entry_id, alert in taken:
            try:
                await self._outbox.defer(entry_id, alert, now)
            except RedisError as exc:
                log.warning("sender: stopping; %s stays pending (%s)", where(alert), exc)

    async def _pause(self, seconds: float) -> bool:
        """Wait, unless asked to stop first; True if the wait ran its course."""
        if seconds > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), seconds)
        return not self._stop.is_set()

    async def _drain(self) -> None:
        if not self._tasks:
            return
        _done, pending = await asyncio.wait(set(self._tasks), timeout=DRAIN_TIMEOUT)
        for task in pending:
            task.cancel()
        if pending:
            log.warning("sender: %d sends still in flight at stop; they stay pending", len(pending))
            await asyncio.gather(*pending, return_exceptions=True)
