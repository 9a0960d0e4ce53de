"""New articles in, alerts out: match each article against every chat's terms and send.

Until the delivery outbox exists, the bot role sends alerts straight from
here. An article is acknowledged only when every chat it matched was handled
(sent, or refused for good); the chats already sent to are recorded in
``{p}:delivered:{article_id}``, so an article read again after a crash is not
sent to them twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import cast

from redis.asyncio import Redis
from redis.exceptions import RedisError, ResponseError
from telegram import Bot

from bot.alert_html import render_alert
from bot.alert_sender import AlertSender, SendPolicy
from bot.alert_stream import ArticleQueue, Queued, ensure_alert_group
from bot.article import Article
from bot.chats import Chat, ChatStore
from bot.daily_stats import DailyStats
from bot.keys import Keys
from bot.query import Limits
from bot.subscriptions import Subscriptions
from bot.term_index import STORED_TERM_LIMITS, TermIndex

__all__ = ["AlertOptions", "AlertPipeline", "ensure_alert_group", "run_alerts"]

log = logging.getLogger(__name__)
DELIVERED_TTL = 7 * 86_400


@dataclass(frozen=True, slots=True)
class AlertOptions:
    """How the pipeline reads the stream and how patiently it retries."""

    consumer: str = "bot"
    block_ms: int = 1000
    batch: int = 20
    claim_idle_ms: int = 300_000  # take over another consumer's pending articles after this
    retry_wait: float = 2.0  # after a failed round; doubled each time, up to max_retry_wait
    max_retry_wait: float = 60.0
    send: SendPolicy = field(default_factory=SendPolicy)
    limits: Limits = STORED_TERM_LIMITS


class AlertPipeline:
    """Reads new articles, matches them, and sends each matching chat its alert."""

    def __init__(
        self,
        bot: Bot,
        redis: Redis,
        keys: Keys,
        zone: tzinfo,
        stop: asyncio.Event,
        options: AlertOptions | None = None,
    ) -> None:
        """Wire the stores; nothing is read until run()."""
        self._options = options or AlertOptions()
        self._redis = redis
        self._keys = keys
        self._zone = zone
        self._stop = stop
        self._chats = ChatStore(redis, keys)
        subscriptions = Subscriptions(redis, keys)
        self.index = TermIndex(subscriptions, self._options.limits)
        self._queue = ArticleQueue(
            redis, keys, self._options.consumer,
            batch=self._options.batch, claim_idle_ms=self._options.claim_idle_ms,
        )  # fmt: skip
        stats = DailyStats(redis, keys)
        self._sender = AlertSender(bot, self._chats, subscriptions, stats, stop, self._options.send)

    async def run(self) -> None:
        """Handle articles until stopped; Redis or Telegram trouble waits and retries."""
        failures = 0
        group_ready = False
        while not self._stop.is_set():
            try:
                if not group_ready:
                    await ensure_alert_group(self._redis, self._keys)
                    group_ready = True
                queued = await self._queue.read(self._options.block_ms)
                await self.index.refresh()
                handled = await self.handle_batch(queued)
            except ResponseError as exc:
                log.warning("alerts: Redis refused a command (%s); retrying", exc)
                group_ready = "NOGROUP" not in str(exc)
                handled = False
            except RedisError as exc:
                log.warning("alerts: Redis did not answer (%s); retrying", exc)
                handled = False
            except Exception:
                log.exception("alerts: unexpected failure; the articles stay pending")
                handled = False
            failures = 0 if handled else failures + 1
            if failures:
                wait = self._options.retry_wait * 2 ** min(failures - 1, 10)
                await self._pause(min(wait, self._options.max_retry_wait))

    async def handle_batch(self, queued: list[Queued]) -> bool:
        """Handle articles in order, acknowledging each; False at the first left pending."""
        for item in queued:
            if self._stop.is_set():
                return True  # left pending, read again on the next start
            if item.article is not None and not await self.handle(item.article):
                return False
            await self._queue.ack(item.entry_id)
        return True

    async def handle(self, article: Article) -> bool:
        """Send an article to every chat it matches; True when every chat was handled."""
        by_chat = self.index.match(article)
        if not by_chat:
            return True
        delivered_key = self._keys.delivered(article.id)
        done = {int(m) for m in cast(set[str], await self._redis.smembers(delivered_key))}
        waiting = [chat_id for chat_id in by_chat if chat_id not in done]
        records = await self._chats.many(waiting)
        for chat_id in waiting:
            if self._stop.is_set():
                return False
            chat = records.get(chat_id) or _unrecorded(chat_id)
            if chat.paused or chat.inactive:
                continue
            text = render_alert(article, by_chat[chat_id], lang=chat.lang, zone=self._zone)
            delivery = await self._sender.send(chat, text, feed_id=article.feed_id)
            if delivery.outcome == "sent":
                log.info("alert sent: chat=%s feed=%s article=%s", delivery.chat_id,
                         article.feed_id, article.id)  # fmt: skip
                await self._record(delivered_key, {chat_id, delivery.chat_id})
            elif delivery.outcome == "retry":
                return False
        return True

    async def _record(self, key: str, chat_ids: set[int]) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.sadd(key, *(str(chat_id) for chat_id in chat_ids))
            pipe.expire(key, DELIVERED_TTL)
            await pipe.execute()

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), seconds)


def _unrecorded(chat_id: int) -> Chat:
    """Return defaults for a chat with terms but no settings record (a config-declared team)."""
    return Chat(id=chat_id, kind="private" if chat_id > 0 else "group")


async def run_alerts(
    bot: Bot,
    redis: Redis,
    keys: Keys,
    zone: tzinfo,
    stop: asyncio.Event,
    options: AlertOptions | None = None,
) -> None:
    """Send alerts for new articles until stopped."""
    await AlertPipeline(bot, redis, keys, zone, stop, options).run()
