"""Messages that could not be delivered: kept for admins to look at and send again.

``{p}:dead`` is a list, newest first, of JSON objects ``{"alert": <the
alert's JSON, as a string>, "reason": ..., "failed_at": <Unix time>}``. It
is capped at ``MAX_DEAD_LETTERS`` (10,000): adding beyond that drops the
oldest. A letter carries its alert's body itself, even when the alert shared
one in the outbox, so it outlives the shared body. `replay` moves letters
back into the outbox one at a time, each move one Lua script, so a letter
is never lost or queued twice, even with two admins replaying at once.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, replace
from json import JSONDecodeError
from typing import cast

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from bot.deliver.outbox import FIELD
from bot.deliver.outbox_alert import OutboxAlert
from bot.keys import Keys

MAX_DEAD_LETTERS = 10_000

log = logging.getLogger(__name__)

# KEYS: dead letters, outbox. ARGV: the oldest letter as read, the alert to queue.
# Moves the oldest letter only if it is still the one read (no other replay took it).
_REPLAY_OLDEST = """
if redis.call('LINDEX', KEYS[1], -1) ~= ARGV[1] then return 0 end
redis.call('RPOP', KEYS[1])
if ARGV[2] ~= '' then redis.call('XADD', KEYS[2], '*', ARGV[3], ARGV[2]) end
return 1
"""


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """An undelivered message, why, and when it was given up on."""

    alert: OutboxAlert
    reason: str
    failed_at: float

    def to_json(self) -> str:
        """Return the stored form."""
        alert = self.alert.inlined().to_json()
        data = {"alert": alert, "reason": self.reason, "failed_at": self.failed_at}
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str | bytes) -> DeadLetter:
        """Rebuild a letter from `to_json`'s output."""
        data = json.loads(raw)
        return cls(
            alert=OutboxAlert.from_json(data["alert"]),
            reason=str(data.get("reason", "")),
            failed_at=float(data.get("failed_at", 0.0)),
        )


class DeadLetters:
    """The dead-letter list of one deployment."""

    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis = redis
        self._key = keys.dead_letters()
        self._outbox = keys.outbox()
        self._replay_oldest = redis.register_script(_REPLAY_OLDEST)

    async def add(self, alert: OutboxAlert, reason: str, failed_at: float) -> None:
        """Keep an undelivered message, newest first; the oldest beyond the cap are dropped."""
        async with self._redis.pipeline(transaction=True) as pipe:
            self.stage_add(pipe, alert, reason, failed_at)
            await pipe.execute()

    def stage_add(self, pipe: Pipeline, alert: OutboxAlert, reason: str, failed_at: float) -> None:
        """Add `add`'s commands to a transaction (the sender acknowledges the entry with them)."""
        pipe.lpush(self._key, DeadLetter(alert, reason, failed_at).to_json())
        pipe.ltrim(self._key, 0, MAX_DEAD_LETTERS - 1)

    async def recent(self, count: int = 10) -> list[DeadLetter]:
        """Return the newest letters, newest first (unreadable ones left out)."""
        if count <= 0:
            return []
        raws = cast(list[str], await self._redis.lrange(self._key, 0, count - 1))
        letters: list[DeadLetter] = []
        for raw in raws:
            try:
                letters.append(DeadLetter.from_json(raw))
            except (JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                log.warning("dead letters: an unreadable letter (%s): %.200r", exc, raw)
        return letters

    async def count(self) -> int:
        """Return how many letters are kept."""
        return int(await self._redis.llen(self._key))

    async def replay(self, count: int | None = None) -> int:
        """Queue the oldest `count` letters (all if None) again, tries reset; return how many.

        A replayed alert is stamped as queued now, so the outbox lag shows the
        replay's wait rather than the letter's age.
        """
        moved = 0
        while count is None or moved < count:
            raw = cast(str | None, await self._redis.lindex(self._key, -1))
            if raw is None:
                break
            try:
                letter = DeadLetter.from_json(raw)
            except (JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                log.error("dead letters: dropping an unreadable letter (%s): %.300r", exc, raw)
                await self._replay_oldest(keys=[self._key, self._outbox], args=[raw, "", FIELD])
                continue
            fresh = replace(letter.alert, attempts=0, queued_at=time.time())
            if await self._replay_oldest(
                keys=[self._key, self._outbox], args=[raw, fresh.to_json(), FIELD]
            ):
                moved += 1
                log.info(
                    "dead letters: replayed chat=%s feed=%s alert=%s (was: %s)",
                    fresh.chat_id, fresh.feed_id or "-", fresh.id, letter.reason,
                )  # fmt: skip
        return moved
