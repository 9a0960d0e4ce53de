"""The new-article stream as the alert pipeline reads it: a consumer group, ack after handling.

The group ``alerts`` on ``{p}:articles`` starts at the stream's end (``$``);
both the poller and the bot create it when they start, whichever comes
first, so no article published after either started is skipped. An article
stays pending until every chat it matched was handled; a consumer reads its
own pending articles before new ones, and takes over those another consumer
left pending for too long.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from json import JSONDecodeError
from typing import cast

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from bot.article import Article
from bot.keys import Keys

GROUP = "alerts"
log = logging.getLogger(__name__)

Entries = list[tuple[str, dict[str, str] | None]]


async def ensure_alert_group(redis: Redis, keys: Keys) -> None:
    """Create the alerts consumer group (and the stream) unless it exists."""
    try:
        await redis.xgroup_create(keys.articles(), GROUP, id="$", mkstream=True)
    except ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise


@dataclass(frozen=True, slots=True)
class Queued:
    """An entry read from the stream; article None when it cannot be read (acknowledge it)."""

    entry_id: str
    article: Article | None


class ArticleQueue:
    """Hands out new articles to one consumer of the alerts group."""

    def __init__(
        self,
        redis: Redis,
        keys: Keys,
        consumer: str,
        *,
        batch: int = 20,
        claim_idle_ms: int = 300_000,
    ) -> None:
        self._redis = redis
        self._key = keys.articles()
        self._consumer = consumer
        self._batch = batch
        self._claim_idle_ms = claim_idle_ms
        self._next_claim = 0.0

    async def read(self, block_ms: int) -> list[Queued]:
        """Return articles to handle: this consumer's pending ones, stale ones, then new ones."""
        if time.monotonic() >= self._next_claim:
            await self._claim_stale()
            self._next_claim = time.monotonic() + self._claim_idle_ms / 1000
        for start in ("0", ">"):
            answer = await self._redis.xreadgroup(
                GROUP,
                self._consumer,
                {self._key: start},
                count=self._batch,
                block=None if start == "0" else block_ms,
            )
            replies = cast(list[tuple[str, Entries]], answer or [])
            entries = [entry for _stream, batch in replies for entry in batch]
            queued = [_queued(entry_id, fields) for entry_id, fields in entries]
            if queued:
                return queued
        return []

    async def ack(self, entry_id: str) -> None:
        """Mark an article as handled for every chat."""
        await self._redis.xack(self._key, GROUP, entry_id)

    async def _claim_stale(self) -> None:
        """Take over articles other consumers left pending longer than the claim idle time."""
        start = "0-0"
        for _page in range(100):
            answer = await self._redis.xautoclaim(
                self._key, GROUP, self._consumer, self._claim_idle_ms,
                start_id=start, count=100,
            )  # fmt: skip
            start = str(answer[0])
            if answer[1]:
                log.info("alerts: took over %d stale pending articles", len(answer[1]))
            if start == "0-0":
                return


def _queued(entry_id: str, fields: dict[str, str] | None) -> Queued:
    raw = (fields or {}).get("article")
    if raw is None:  # trimmed away while pending, or not an article
        return Queued(entry_id, None)
    try:
        return Queued(entry_id, Article.from_json(raw))
    except (JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        log.warning("alerts: entry %s is not a readable article (%s); skipping", entry_id, exc)
        return Queued(entry_id, None)
