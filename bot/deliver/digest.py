"""Digests: alerts kept for chats that asked for them hourly or daily, sent when due.

``{p}:digest:{chat_id}`` (list) holds a chat's kept alerts in the order they
came, each the JSON of a bot.deliver.digest_html.DigestItem plus ``at``, the time it
was kept. ``{p}:digest_due`` (sorted set) holds the chats that have alerts
kept, by the time their digest is due; adding the first alert schedules it
(ZADD NX), in the same transaction as the RPUSH.

The scheduler, for each chat due at ``due`` (its score):

1. paused or unreachable: the alerts stay, the digest moves to the next time;
2. otherwise it reads the list (LRANGE) and takes the alerts kept up to
   ``due`` (a prefix: what came later waits for the next digest), formats
   them into messages with ids ``digest:{chat}:{due}:{part}``, and puts
   them in the outbox;
3. then, in one script: trims the alerts it took (only if the list still
   starts and ends with exactly them), and, if the chat is still due at
   ``due``, schedules the next digest, or takes the chat off the schedule
   when nothing is left (the next kept alert schedules it again).

Crash-safe, never lost: the alerts leave the list only after their messages
are in the outbox. A crash between 2 and 3 leaves the chat due at the same
``due`` with the same list head, so the next run builds the same messages
with the same ids, and the sender's sent record keeps them from going out
twice. Two schedulers on the same chat at once build the same messages (the
batch is fixed by ``due``), and only the first trims and reschedules.

A chat back in instant mode gets what is kept at its next due time (or at
once after DigestStore.reschedule), and is then taken off the schedule.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Sequence
from typing import Protocol, cast

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.deliver.alert_buttons import alert_buttons
from bot.deliver.alert_options import AlertOptions
from bot.deliver.digest_html import DigestItem, render_digest
from bot.deliver.digest_time import next_digest_at
from bot.deliver.outbox_alert import OutboxAlert
from bot.keys import Keys
from bot.metrics import ALERTS_QUEUED
from bot.store.alert_cards import card_token
from bot.store.chats import Chat, ChatStore, DeliveryMode

__all__ = ["DigestItem", "DigestScheduler", "DigestStore", "Outbox", "batch_of", "due_stamp"]

log = logging.getLogger(__name__)

PAGE = 200  # due chats read at a time

# On a Redis Cluster the lists and digest_due share the {digest} hash tag (bot.keys): the
# trim and the reschedule must be one step, or an alert kept between them could lose its
# due time.
# KEYS: the chat's list, digest_due. ARGV: chat id, due, taken count, first and last taken
# item, next due. Trims the taken items if the list still starts with them; reschedules
# (or unschedules, when nothing is left) only if the chat is still due at `due`.
_FINISH = """
local taken = tonumber(ARGV[3])
if taken > 0 and redis.call('LINDEX', KEYS[1], 0) == ARGV[4]
    and redis.call('LINDEX', KEYS[1], taken - 1) == ARGV[5] then
  redis.call('LTRIM', KEYS[1], taken, -1)
end
local score = redis.call('ZSCORE', KEYS[2], ARGV[1])
if score and tonumber(score) == tonumber(ARGV[2]) then
  if redis.call('LLEN', KEYS[1]) == 0 then
    redis.call('ZREM', KEYS[2], ARGV[1])
  else
    redis.call('ZADD', KEYS[2], ARGV[6], ARGV[1])
  end
end
return 1
"""


class Outbox(Protocol):
    """Where digests go: bot.deliver.outbox.Outbox."""

    async def put(self, alerts: Sequence[OutboxAlert]) -> None:
        """Queue messages to send."""
        ...


def due_stamp(due: float) -> str:
    """Return a due time as it appears in message ids: whole seconds plainly, else exactly."""
    return str(int(due)) if due.is_integer() else repr(due)


def batch_of(raw: Sequence[str], due: float) -> list[str]:
    """Return the kept alerts a digest due at `due` takes: the prefix kept up to then."""
    taken: list[str] = []
    for entry in raw:
        try:
            at = float(json.loads(entry).get("at", 0.0))
        except (ValueError, TypeError, AttributeError):
            at = 0.0  # unreadable: taken (and dropped) rather than stuck at the head
        if at > due:
            break
        taken.append(entry)
    return taken


def _items(raw: Sequence[str]) -> list[DigestItem]:
    items: list[DigestItem] = []
    for entry in raw:
        try:
            items.append(DigestItem.from_json(entry))
        except (ValueError, TypeError, KeyError):
            log.warning("digest: dropping an unreadable kept alert: %.200r", entry)
    return items


class DigestStore:
    """Keeps alerts for a chat's next digest."""

    def __init__(self, redis: Redis, keys: Keys, default_zone: str = "Asia/Riyadh") -> None:
        """`default_zone` is config.yaml's timezone, for chats that set none."""
        self._redis = redis
        self._keys = keys
        self._default_zone = default_zone

    async def add(self, chat: Chat, item: DigestItem, now: float) -> None:
        """Keep an alert for the chat's next digest, scheduling the digest if it is not."""
        await self.add_many([(chat, item)], now)

    async def add_many(self, kept: Sequence[tuple[Chat, DigestItem]], now: float) -> None:
        """Keep alerts for several chats' digests in one round trip (one article's fan-out)."""
        if not kept:
            return
        dated = [
            (chat, item, next_digest_at(chat.mode, chat.digest_hour,
                                        chat.zone(self._default_zone), now))
            for chat, item in kept
        ]  # fmt: skip
        await self.hold_many(dated, now)

    async def hold_many(self, held: Sequence[tuple[Chat, DigestItem, float]], now: float) -> None:
        """Keep alerts for digests due at the given times (an instant chat's quiet hours' end).

        A chat that already has a digest scheduled keeps that time.
        """
        if not held:
            return
        async with self._redis.pipeline(transaction=True) as pipe:
            for chat, item, due in held:
                entry = json.dumps({"at": now, **item.to_dict()}, ensure_ascii=False)
                pipe.rpush(self._keys.digest(chat.id), entry)
                pipe.zadd(self._keys.digest_due(), {str(chat.id): due}, nx=True)
            await pipe.execute()

    async def count(self, chat_id: int) -> int:
        """Return how many alerts are kept for the chat."""
        return int(await self._redis.llen(self._keys.digest(chat_id)))

    async def reschedule(self, chat: Chat, now: float) -> None:
        """Move a scheduled digest to the chat's current mode and hour (instant: at once)."""
        due = next_digest_at(chat.mode, chat.digest_hour, chat.zone(self._default_zone), now)
        await self._redis.zadd(self._keys.digest_due(), {str(chat.id): due}, xx=True)


class DigestScheduler:
    """Sends each chat's digest when it is due."""

    def __init__(
        self, redis: Redis, keys: Keys, chats: ChatStore, outbox: Outbox, default_zone: str
    ) -> None:
        """Read chats from `chats`, put digests in `outbox`; `default_zone` is config.yaml's."""
        self._redis = redis
        self._keys = keys
        self._chats = chats
        self._outbox = outbox
        self._default_zone = default_zone
        self._finish = redis.register_script(_FINISH)
        self._options = AlertOptions(redis, keys, default_zone)

    async def run_once(self, now: float) -> int:
        """Handle every chat whose digest is due by now; return how many messages were queued."""
        queued = 0
        handled: set[int] = set()
        while True:
            page = cast(
                list[tuple[str, float]],
                await self._redis.zrangebyscore(
                    self._keys.digest_due(), "-inf", now, start=0, num=PAGE, withscores=True
                ),
            )
            due = [(int(member), score) for member, score in page if int(member) not in handled]
            if not due:
                return queued
            records = await self._chats.many(chat_id for chat_id, _ in due)
            for chat_id, score in due:
                handled.add(chat_id)
                chat = records.get(chat_id) or Chat.unrecorded(chat_id)
                queued += await self._handle(chat, score, now)
            if len(page) < PAGE:
                return queued

    async def run(self, stop: asyncio.Event, every: float = 5.0) -> None:
        """Look for due digests every `every` seconds until stopped; Redis trouble waits."""
        while not stop.is_set():
            try:
                await self.run_once(time.time())
            except RedisError as exc:
                log.warning("digest: Redis did not answer (%s); retrying", exc)
            except Exception:
                log.exception("digest: unexpected failure; the kept alerts stay")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), every)

    async def _handle(self, chat: Chat, due: float, now: float) -> int:
        zone = chat.zone(self._default_zone)
        if chat.paused or chat.inactive:
            # Kept as they are; looked at again at the next digest time (hourly for instant).
            mode: DeliveryMode = "hourly" if chat.mode == "instant" else chat.mode
            await self._done(chat.id, due, [], next_digest_at(mode, chat.digest_hour, zone, now))
            return 0
        held = self._options.held_until(chat, now)
        if held is not None:  # quiet hours that hold: the digest goes out when they end
            await self._done(chat.id, due, [], held)
            return 0
        key = self._keys.digest(chat.id)
        taken = batch_of(cast(list[str], await self._redis.lrange(key, 0, -1)), due)
        items = _items(taken)
        messages = render_digest(items, lang=chat.lang, zone=zone)
        stamp = due_stamp(due)
        ids = [f"digest:{chat.id}:{stamp}:{part}" for part in range(len(messages))]
        alerts = [
            OutboxAlert(
                id=alert_id, chat_id=chat.id, text=text, kind="digest", thread=chat.thread,
                queued_at=now, buttons=alert_buttons(card_token(alert_id), chat.lang, digest=True),
                silent=self._options.silent(chat, now),
            )
            for alert_id, text in zip(ids, messages, strict=True)
        ]  # fmt: skip
        if alerts:
            await self._options.keep_digest_cards(alerts, [t for i in items for t in i.terms])
            await self._outbox.put(alerts)
            ALERTS_QUEUED.labels("digest").inc(len(alerts))
            log.info(
                "digest: chat=%s due=%s items=%d messages=%d",
                chat.id, stamp, len(taken), len(alerts),
            )  # fmt: skip
        await self._done(
            chat.id, due, taken, next_digest_at(chat.mode, chat.digest_hour, zone, now)
        )
        return len(alerts)

    async def _done(self, chat_id: int, due: float, taken: list[str], next_due: float) -> None:
        """Trim what was taken and schedule the next digest, as one script (see the module)."""
        first, last = (taken[0], taken[-1]) if taken else ("", "")
        await self._finish(
            keys=[self._keys.digest(chat_id), self._keys.digest_due()],
            args=[str(chat_id), repr(due), len(taken), first, last, repr(next_due)],
        )
