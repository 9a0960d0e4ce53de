"""One reader for every Redis stream Rasd reads through a consumer group.

Three streams are read this way: the new articles (group ``alerts``, read by
the fan-out), the outbox (``senders``, read by the senders) and the admin
notices (``admins``). Each reader is one consumer, named per process, and
they all need the same things done the same way:

- the group is created (with the stream) by whoever reads first, and again
  when it vanished (a Redis restarted without its data);
- entries another consumer left pending longer than ``claim_after`` are taken
  over (XAUTOCLAIM), looked for at least every ``claim_every`` seconds, so a
  process killed mid-work holds its entries up for about claim_after, no more;
- the consumer's own pending entries can be read again (after a round that
  failed half-way);
- consumers with nothing pending that stayed idle for long are forgotten, so
  the group does not collect one dead consumer per restart.

It lives in feeds/ because feeds/notices.py reads a stream too and may import
only feeds/ and the bot root; the bot root holds no Redis code.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Literal, cast

from redis.asyncio import Redis
from redis.exceptions import ResponseError

Entries = list[tuple[str, dict[str, str] | None]]
Start = Literal["0", "$"]  # where a new group starts: the stream's beginning or its end
FORGET_AFTER = 3600.0  # seconds a consumer with nothing pending is kept after its last read

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class GroupOptions:
    """How a consumer reads its group."""

    claim_after_ms: int  # pending this long, an entry is taken over by another consumer
    claim_every: float = 1.0  # seconds between two looks for such entries
    start: Start = "0"
    forget_after: float = FORGET_AFTER


async def ensure_group(redis: Redis, stream: str, group: str, start: Start) -> None:
    """Create a consumer group (and its stream) unless it exists."""
    try:
        await redis.xgroup_create(stream, group, id=start, mkstream=True)
    except ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise


class ConsumerGroup:
    """One consumer of one stream's consumer group."""

    def __init__(
        self, redis: Redis, stream: str, group: str, consumer: str, options: GroupOptions
    ) -> None:
        self._redis = redis
        self.stream = stream
        self.group = group
        self.consumer = consumer
        self._options = options
        self._claim_cursor = "0-0"
        self._next_claim = 0.0
        self._next_forget = time.monotonic() + options.forget_after

    async def ensure(self) -> None:
        """Create the group (and the stream) unless it exists."""
        await ensure_group(self._redis, self.stream, self.group, self._options.start)

    async def read(self, count: int, block_ms: int, *, own_pending: bool = False) -> Entries:
        """Return up to count entries: own pending ones (if asked), stale ones, then new ones.

        Waits up to block_ms for new entries only when there is nothing else.
        """
        try:
            return await self._read(count, block_ms, own_pending)
        except ResponseError as exc:
            if "NOGROUP" not in str(exc):
                raise
        log.info("%s: creating the consumer group %s", self.stream, self.group)
        await self.ensure()
        return await self._read(count, block_ms, own_pending)

    async def ack(self, *entry_ids: str) -> None:
        """Acknowledge entries (they stay in the stream)."""
        if entry_ids:
            await self._redis.xack(self.stream, self.group, *entry_ids)

    async def _read(self, count: int, block_ms: int, own_pending: bool) -> Entries:
        await self._forget_idle_consumers()
        entries: Entries = []
        if own_pending:
            entries += await self._read_group("0", count, None)
        if len(entries) < count:
            entries += await self._claim(count - len(entries))
        if len(entries) < count:
            block = None if entries else max(1, block_ms)
            entries += await self._read_group(">", count - len(entries), block)
        return entries

    async def _read_group(self, start: str, count: int, block: int | None) -> Entries:
        answer = await self._redis.xreadgroup(
            self.group, self.consumer, {self.stream: start}, count=count, block=block
        )
        replies = cast(list[tuple[str, Entries]], answer or [])
        return [entry for _stream, batch in replies for entry in batch]

    async def _claim(self, count: int) -> Entries:
        """Take over entries idle longer than claim_after; page on until the list is seen."""
        now = time.monotonic()
        if now < self._next_claim:
            return []
        answer = await self._redis.xautoclaim(
            self.stream, self.group, self.consumer, self._options.claim_after_ms,
            start_id=self._claim_cursor, count=count,
        )  # fmt: skip
        self._claim_cursor = str(answer[0])
        entries = cast(Entries, answer[1])
        if self._claim_cursor == "0-0" and not entries:
            self._next_claim = now + self._options.claim_every  # the whole list was looked at
        if entries:
            log.info(
                "%s: took over %d entries another consumer left pending for %.0f s",
                self.stream, len(entries), self._options.claim_after_ms / 1000,
            )  # fmt: skip
        return entries

    async def _forget_idle_consumers(self) -> None:
        """Delete consumers with nothing pending that were idle longer than forget_after."""
        now = time.monotonic()
        if now < self._next_forget:
            return
        self._next_forget = now + self._options.forget_after
        try:
            consumers = await self._redis.xinfo_consumers(self.stream, self.group)
        except ResponseError:
            return  # no stream or no group yet
        idle_ms = self._options.forget_after * 1000
        gone = 0
        for consumer in consumers:
            mine = consumer["name"] == self.consumer
            if not mine and int(consumer["pending"]) == 0 and int(consumer["idle"]) > idle_ms:
                await self._redis.xgroup_delconsumer(self.stream, self.group, consumer["name"])
                gone += 1
        if gone:
            log.info("%s: forgot %d finished consumers of %s", self.stream, gone, self.group)


class ConsumerGroups:
    """The consumers of one stream's group, one reader per consumer name, made on first use.

    A process reads a stream under a name per role (the outbox has its senders and
    the sender role's own checks), and each name keeps its own reader state.
    """

    def __init__(self, redis: Redis, stream: str, group: str, options: GroupOptions) -> None:
        self._redis = redis
        self._stream = stream
        self._group = group
        self._options = options
        self._readers: dict[str, ConsumerGroup] = {}

    def consumer(self, name: str) -> ConsumerGroup:
        """Return the reader for this consumer name."""
        reader = self._readers.get(name)
        if reader is None:
            reader = ConsumerGroup(self._redis, self._stream, self._group, name, self._options)
            self._readers[name] = reader
        return reader
