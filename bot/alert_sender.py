"""Send one alert to one chat, and deal with whatever Telegram answers.

Until the delivery outbox exists, the alert pipeline sends through this
directly. Outcomes: ``sent``; ``failed`` (Telegram will not take it: the chat
blocked the bot, is gone, or the request is refused; retrying cannot help);
``retry`` (the network or Telegram failed for now; leave the article pending).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.warnings import PTBDeprecationWarning

from bot.alert_html import html_to_text
from bot.chats import Chat, ChatStore
from bot.daily_stats import DailyStats
from bot.subscriptions import Subscriptions

log = logging.getLogger(__name__)

Outcome = Literal["sent", "failed", "retry"]
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


@dataclass(frozen=True, slots=True)
class Delivery:
    """What became of one send; chat_id is where it went (the new id after a migration)."""

    outcome: Outcome
    chat_id: int


@dataclass(frozen=True, slots=True)
class SendPolicy:
    """How hard one send tries before giving up for now."""

    network_attempts: int = 3
    backoff: float = 1.0  # doubled after each network failure
    flood_attempts: int = 5
    max_flood_wait: float = 3600.0  # a longer wait than this is not waited for here


def retry_seconds(exc: RetryAfter) -> float:
    """Return how long Telegram asked to wait, whichever type this PTB version gives."""
    with warnings.catch_warnings():
        # Reading retry_after as seconds is deprecated in PTB 22 unless PTB_TIMEDELTA is set.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def inactive_reason(description: str) -> str:
    """Return why a chat refuses sends, in the words Rasd stores."""
    lowered = description.lower()
    for word in ("blocked", "kicked", "deactivated"):
        if word in lowered:
            return word
    if "not found" in lowered:
        return "not found"
    return "forbidden"


@dataclass
class _Attempt:
    """The state of one send as it adapts to Telegram's answers."""

    target: int
    text: str
    thread: int | None
    parse_mode: str | None = ParseMode.HTML
    migrated: bool = False
    network_failures: int = 0
    floods: int = 0


class AlertSender:
    """Sends alerts and records their effects: stats, unreachable chats, migrations."""

    def __init__(
        self,
        bot: Bot,
        chats: ChatStore,
        subscriptions: Subscriptions,
        stats: DailyStats,
        stop: asyncio.Event,
        policy: SendPolicy | None = None,
    ) -> None:
        self._bot = bot
        self._chats = chats
        self._subscriptions = subscriptions
        self._stats = stats
        self._stop = stop
        self._policy = policy or SendPolicy()

    async def send(self, chat: Chat, text: str, *, feed_id: str) -> Delivery:
        """Send an HTML alert to a chat (its forum topic if set); never raise a Telegram error."""
        attempt = _Attempt(target=chat.id, text=text, thread=chat.thread)
        while True:
            try:
                await self._bot.send_message(
                    attempt.target,
                    attempt.text,
                    parse_mode=attempt.parse_mode,
                    message_thread_id=attempt.thread,
                    link_preview_options=NO_PREVIEW,
                )
            except TelegramError as exc:
                outcome = await self._answer(attempt, exc, feed_id)
                if outcome is None:
                    continue
                if outcome == "failed" or not self._stop.is_set():  # not: interrupted by stop
                    await self._stats.incr("send_errors", datetime.now(UTC))
                return Delivery(outcome, attempt.target)
            await self._stats.incr("alerts_sent", datetime.now(UTC))
            return Delivery("sent", attempt.target)

    async def _answer(self, attempt: _Attempt, exc: TelegramError, feed_id: str) -> Outcome | None:
        """Adapt the attempt to an error; None to send again, else the final outcome."""
        where = f"chat={attempt.target} feed={feed_id}"
        if isinstance(exc, RetryAfter):
            return await self._flooded(attempt, retry_seconds(exc), where)
        if isinstance(exc, ChatMigrated):
            if attempt.migrated:
                log.warning("alert %s: migrated twice in one send; giving up", where)
                return "failed"
            moved = await self._subscriptions.move(attempt.target, exc.new_chat_id)
            log.info("alert %s: group moved to %s (terms moved: %s)", where, exc.new_chat_id, moved)
            attempt.target, attempt.migrated = exc.new_chat_id, True
            return None
        if isinstance(exc, Forbidden):
            return await self._unreachable(attempt.target, exc.message, where)
        if isinstance(exc, BadRequest):  # before NetworkError, its base class
            return await self._refused(attempt, exc.message, where)
        if isinstance(exc, NetworkError):
            return await self._network(attempt, exc.message, where)
        log.warning("alert %s: refused (%s)", where, exc.message)
        return "failed"

    async def _refused(self, attempt: _Attempt, description: str, where: str) -> Outcome | None:
        lowered = description.lower()
        if "chat not found" in lowered:
            return await self._unreachable(attempt.target, description, where)
        if "can't parse entities" in lowered and attempt.parse_mode is not None:
            log.warning("alert %s: HTML refused (%s); sending plain text", where, description)
            attempt.text, attempt.parse_mode = html_to_text(attempt.text), None
            return None
        if "thread not found" in lowered and attempt.thread is not None:
            log.warning("alert %s: topic %s is gone; sending to the chat", where, attempt.thread)
            attempt.thread = None
            return None
        log.warning("alert %s: refused (%s)", where, description)
        return "failed"

    async def _unreachable(self, chat_id: int, description: str, where: str) -> Outcome:
        reason = inactive_reason(description)
        log.info("alert %s: chat unreachable (%s); marked inactive", where, description)
        await self._chats.mark_inactive(chat_id, reason)
        return "failed"

    async def _flooded(self, attempt: _Attempt, seconds: float, where: str) -> Outcome | None:
        attempt.floods += 1
        if attempt.floods > self._policy.flood_attempts or seconds > self._policy.max_flood_wait:
            log.warning("alert %s: flood limit (retry after %.0f s); later", where, seconds)
            return "retry"
        log.info("alert %s: flood limit; waiting %.1f s", where, seconds)
        return None if await self._pause(seconds) else "retry"

    async def _network(self, attempt: _Attempt, description: str, where: str) -> Outcome | None:
        attempt.network_failures += 1
        if attempt.network_failures >= self._policy.network_attempts:
            log.warning("alert %s: not sent (%s); will retry later", where, description)
            return "retry"
        wait = self._policy.backoff * 2 ** (attempt.network_failures - 1)
        log.info("alert %s: %s; retrying in %.1f s", where, description, wait)
        return None if await self._pause(wait) else "retry"

    async def _pause(self, seconds: float) -> bool:
        """Wait, unless asked to stop first; True if the wait ran its course."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), max(seconds, 0.0))
        return not self._stop.is_set()
