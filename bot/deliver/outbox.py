"""The outbox: messages waiting for Telegram, shared by every sender through a consumer group.

``{p}:outbox`` is a stream (field ``alert``) read by the consumer group
``senders``. The group is created at id ``0`` with MKSTREAM by whoever reads
first, and again if the stream vanished (a Redis restart without its data):
nothing already queued is skipped. An entry is acknowledged *and deleted* in
one step once it is done with (sent, deferred, dropped or dead-lettered), so
the stream only ever holds waiting messages and its first entry is the oldest
one waiting.

``{p}:outbox:delayed`` is a sorted set of alerts waiting for a retry or for a
chat's flood limit (member the alert JSON, score the Unix time it is due).
Moving an entry there (`defer`) and back (`release_due`) are Lua scripts, so
an alert is never lost between the two and never in both.

A sender that crashed leaves its entries pending; another sender takes them
over (XAUTOCLAIM) once they were idle for ``claim_after``. The same alert may
also be queued twice (a fan-out repeated after a crash). The record
``{p}:sent:{alert_id}`` keeps copies from going out twice: a sender sets it
to ``sending`` (NX, expiring after claim_after) just before it sends, to
the id of the message Telegram made of it (kept 7 days, so a later outlet
of the same story can edit it) just before it acknowledges the
entry once Telegram accepted it, and deletes ``sending`` when it defers or gives up.
A copy meets ``1`` and is dropped, or meets ``sending`` and waits.

Most alerts of an article share one body (text, buttons, preview): chats
differ only in language, time zone, matched terms and options. An alert with
a ``body`` id is stored without them; ``put`` sets ``{p}:body:{body_id}`` once
per distinct body before it adds the entries that name it (a script adding a
thousand a call, on the stream's key alone), and ``read`` fills the bodies in
(one GET per distinct body of a batch). A
body is kept ``BODY_TTL`` (7 days, as long as the sent record), refreshed
whenever an alert using it is queued: longer than any retry or deferral. A
dead letter carries its body itself (bot.deliver.dead_letters), so a replay
does not depend on it. An entry whose body expired all the same (queued a
week ago) is dropped with an error logged, like an unreadable entry.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from json import JSONDecodeError
from typing import Any, Literal, NamedTuple, cast

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from bot.deliver.outbox_alert import OutboxAlert, stored_lines
from bot.keys import Keys
from bot.one_ahead import EACH_LINE_LUA, line_chunks, one_ahead
from feeds.consumer_group import ConsumerGroups, Entries, GroupOptions

GROUP = "senders"
FIELD = "alert"
SENT_TTL = 7 * 86_400  # seconds a sent record is kept
BODY_TTL = SENT_TTL  # seconds a shared body is kept after an alert using it was queued
SENDING = "sending"  # the sent record while a sender sends; then the message id
SendState = Literal["sent", "sending"]
RELEASE_BATCH = 200  # delayed alerts moved back per release_due call

log = logging.getLogger(__name__)

# KEYS: stream, delayed. ARGV: group, entry id, due, alert JSON.
# An entry no longer pending (another sender took it over and finished it) is left alone.
_DEFER = """
if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('XDEL', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
return 1
"""

# KEYS: sent record. ARGV: the "being sent" value. Never deletes a record of a sent alert.
_RELEASE_SEND = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

# KEYS: delayed, stream. ARGV: now, how many at most.
_RELEASE = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
for _, alert in ipairs(due) do
  redis.call('XADD', KEYS[2], '*', 'alert', alert)
  redis.call('ZREM', KEYS[1], alert)
end
return #due
"""


# KEYS: stream. ARGV: field, the alerts' JSON one per line. One call queues many alerts:
# a command per alert would cost the client more than Redis (100,000 for a big story),
# and so would an argument each. JSON has no raw line breaks (json escapes them).
_PUT = (
    EACH_LINE_LUA
    + """
return each_line(ARGV[2], function(line) redis.call('XADD', KEYS[1], '*', ARGV[1], line) end)
"""
)
PUT_CHUNK = 1000  # alerts per call of _PUT: Redis is not held up for long


class Taken(NamedTuple):
    """An outbox entry handed to one sender: acknowledge, defer or bury it by entry_id."""

    entry_id: str
    alert: OutboxAlert


class Outbox:
    """Puts messages in the outbox and hands them out to senders."""

    def __init__(self, redis: Redis, keys: Keys, *, claim_after_ms: int) -> None:
        self._redis = redis
        self._keys = keys
        self._stream = keys.outbox()
        self._delayed = keys.outbox_delayed()
        self._claim_after_ms = claim_after_ms
        self._readers = ConsumerGroups(
            redis, self._stream, GROUP, GroupOptions(claim_after_ms=claim_after_ms, start="0")
        )
        self._defer = redis.register_script(_DEFER)
        self._release = redis.register_script(_RELEASE)
        self._release_send = redis.register_script(_RELEASE_SEND)
        self._put = redis.register_script(_PUT)

    async def put(self, alerts: Sequence[OutboxAlert]) -> None:
        """Queue messages to send; an alert without queued_at is stamped with the time now."""
        if not alerts:
            return
        now = time.time()
        bodies = {alert.body: alert for alert in alerts if alert.body}
        if bodies:
            # Before the entries that name them: a sender never meets an entry without its body.
            async with self._redis.pipeline(transaction=False) as pipe:
                for body, alert in bodies.items():
                    pipe.set(self._keys.body(body), alert.body_json(), ex=BODY_TTL)
                await pipe.execute()
        async for _count in one_ahead(self._put_calls(alerts, now)):
            pass  # each chunk is made while the one before is added

    def _put_calls(
        self, alerts: Sequence[OutboxAlert], now: float
    ) -> Iterator[Callable[[], Awaitable[object]]]:
        """Yield the calls of _PUT that add the alerts, PUT_CHUNK a call, in order."""
        stamped = (a if a.queued_at else replace(a, queued_at=now) for a in alerts)
        for lines in line_chunks(stored_lines(stamped), PUT_CHUNK):
            yield partial(self._put, keys=[self._stream], args=[FIELD, lines])

    async def ensure_group(self) -> None:
        """Create the senders group (and the stream) at its start unless it exists."""
        await self._readers.consumer("outbox").ensure()

    async def read(
        self, consumer: str, count: int, block_ms: int, *, own_pending: bool = False
    ) -> list[Taken]:
        """Return up to count entries for this consumer: a crashed sender's first, then new ones.

        Entries other consumers left pending longer than claim_after are taken over;
        with own_pending, this consumer's own pending entries (left by a round that
        failed half-way) come first. Waits up to block_ms for new entries when
        there is nothing else.
        """
        reader = self._readers.consumer(consumer)
        entries = await reader.read(count, block_ms, own_pending=own_pending)
        return await self._parse(entries)

    async def _parse(self, entries: Entries) -> list[Taken]:
        taken: list[Taken] = []
        for entry_id, fields in entries:
            raw = (fields or {}).get(FIELD)
            try:
                if raw is None:
                    raise ValueError("no alert field")
                taken.append(Taken(str(entry_id), OutboxAlert.from_json(raw)))
            except (JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                log.error(
                    "outbox: entry %s is not a readable alert (%s); dropping it: %.300r",
                    entry_id, exc, raw,
                )  # fmt: skip
                await self.ack(str(entry_id))
        return await self._with_bodies(taken)

    async def _with_bodies(self, taken: list[Taken]) -> list[Taken]:
        """Fill in the shared bodies; drop (and log) an entry whose body is gone."""
        if not any(item.alert.body for item in taken):
            return taken
        found = await self._bodies(item.alert for item in taken)
        filled: list[Taken] = []
        for entry_id, alert in taken:
            if not alert.body:
                filled.append(Taken(entry_id, alert))
                continue
            raw = found.get(alert.body)
            try:
                if raw is None:
                    raise ValueError(f"its body {alert.body} expired")
                filled.append(Taken(entry_id, alert.with_body(raw)))
            except (JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                log.error(
                    "outbox: entry %s cannot be sent (%s); dropping it: chat=%s alert=%s",
                    entry_id, exc, alert.chat_id, alert.id,
                )  # fmt: skip
                await self.ack(entry_id)
        return filled

    async def _bodies(self, alerts: Iterable[OutboxAlert]) -> dict[str, str | bytes | None]:
        """Return the shared bodies the alerts name, by id (None: expired)."""
        ids = list({alert.body for alert in alerts if alert.body})
        raws = await self._get_each([self._keys.body(body) for body in ids])
        return dict(zip(ids, raws, strict=True))

    async def _get_each(self, keys: list[str]) -> list[str | bytes | None]:
        """GET each key in one round trip (not MGET: on a cluster the keys lie in many slots)."""
        if not keys:
            return []
        async with self._redis.pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.get(key)
            return cast(list[str | bytes | None], await pipe.execute())

    async def waiting(self, count: int = 10_000) -> list[OutboxAlert]:
        """Return up to count alerts waiting in the stream, oldest first, bodies filled in.

        Takes nothing: for looking (admins, tests). An alert whose body expired
        comes back without its text.
        """
        entries = cast(list[tuple[str, dict[str, str]]],
                       await self._redis.xrange(self._stream, count=count))  # fmt: skip
        alerts = [OutboxAlert.from_json(fields[FIELD]) for _id, fields in entries]
        found = await self._bodies(alerts)
        return [
            alert.with_body(raw) if (raw := found.get(alert.body)) is not None else alert
            for alert in alerts
        ]

    async def ack(self, entry_id: str) -> None:
        """Be done with an entry: acknowledge and delete it."""
        async with self._redis.pipeline(transaction=True) as pipe:
            self.stage_ack(pipe, entry_id)
            await pipe.execute()

    def transaction(self) -> Pipeline:
        """Return a MULTI/EXEC pipeline, to finish an entry together with other writes."""
        return self._redis.pipeline(transaction=True)

    def stage_ack(self, pipe: Pipeline, entry_id: str) -> None:
        """Add acknowledging an entry to a transaction, to be done with it atomically."""
        pipe.xack(self._stream, GROUP, entry_id)
        pipe.xdel(self._stream, entry_id)

    async def mark_sent(self, entry_id: str, alert_id: str, message_id: int) -> None:
        """Record that Telegram accepted an alert (as message_id) and be done with its entry."""
        # The record first, then the entry, not in one transaction: on a cluster the
        # record sits in its own slot. Killed between the two, the entry is taken
        # over later and meets the record: dropped, not sent again.
        await self._redis.set(self._keys.sent(alert_id), str(message_id), ex=SENT_TTL)
        await self.ack(entry_id)

    async def send_states(self, alert_ids: Iterable[str]) -> dict[str, SendState]:
        """Return which of the alerts were sent, or are being sent by some sender now."""
        ids = list(dict.fromkeys(alert_ids))
        values = await self._get_each([self._keys.sent(alert_id) for alert_id in ids])
        states: dict[str, SendState] = {}
        for alert_id, value in zip(ids, values, strict=True):
            if value is not None:
                states[alert_id] = "sending" if value in (SENDING, SENDING.encode()) else "sent"
        return states

    async def message_id(self, alert_id: str) -> int | None:
        """Return the id of the message a sent alert became; None if not sent (or being sent)."""
        value = cast(str | None, await self._redis.get(self._keys.sent(alert_id)))
        try:
            return int(value) if value is not None else None
        except ValueError:
            return None  # "sending", or a record from before message ids were kept

    async def claim_send(self, alert_id: str) -> bool:
        """Take the right to send an alert, for claim_after; False if sent or being sent."""
        key = self._keys.sent(alert_id)
        return bool(await self._redis.set(key, SENDING, nx=True, px=self._claim_after_ms))

    async def release_send(self, alert_id: str) -> None:
        """Give up the right to send an alert (it was deferred or given up on)."""
        await self._release_send(keys=[self._keys.sent(alert_id)], args=[SENDING])

    async def defer(self, entry_id: str, alert: OutboxAlert, due: float) -> bool:
        """Move an entry to the delayed set until `due` (Unix time), atomically.

        Returns False, changing nothing, when the entry is no longer pending
        (another sender took it over and finished it).
        """
        moved = await self._defer(
            keys=[self._stream, self._delayed],
            args=[GROUP, entry_id, f"{due:.6f}", alert.to_json()],
        )
        return bool(moved)

    async def release_due(self, now: float) -> int:
        """Move delayed alerts that are due by `now` back to the stream; return how many."""
        moved = await self._release(
            keys=[self._delayed, self._stream], args=[f"{now:.6f}", RELEASE_BATCH]
        )
        return int(moved)

    async def next_due(self) -> float | None:
        """Return when the first delayed alert is due, or None when none waits."""
        first = cast(
            list[tuple[str, float]],
            await self._redis.zrange(self._delayed, 0, 0, withscores=True),
        )
        return float(first[0][1]) if first else None

    async def lag(self, now: float) -> float:
        """Return the age of the oldest waiting alert in seconds (0.0 when none waits).

        Looks at the stream's first entry (the oldest pending or unread one,
        since finished entries are deleted) and at the delayed alert due first.
        """
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.xrange(self._stream, "-", "+", count=1)
            pipe.zrange(self._delayed, 0, 0)
            head, delayed = await pipe.execute()
        raws: list[Any] = [fields.get(FIELD) for _id, fields in head or [] if fields]
        raws += list(delayed or [])
        stamps = [_queued_at(raw) for raw in raws if raw is not None]
        known = [stamp for stamp in stamps if stamp > 0]
        return max(0.0, now - min(known)) if known else 0.0


def _queued_at(raw: str | bytes) -> float:
    try:
        return OutboxAlert.from_json(raw).queued_at
    except (JSONDecodeError, KeyError, TypeError, ValueError):
        return 0.0
