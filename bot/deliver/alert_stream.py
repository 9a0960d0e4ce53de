"""The new-article stream as the alert pipeline reads it: a consumer group, ack after handling.

The group ``alerts`` on ``{p}:articles`` starts at the stream's end (``$``);
both the poller and the bot create it when they start, whichever comes
first, so no article published after either started is skipped. An article
stays pending until every chat it matched was handled; a consumer reads its
own pending articles before new ones, and takes over those another consumer
left pending longer than ``delivery.claim_after`` (feeds.consumer_group).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from json import JSONDecodeError

from redis.asyncio import Redis

from bot.article import Article
from bot.keys import Keys
from feeds.consumer_group import ConsumerGroup, GroupOptions, ensure_group

GROUP = "alerts"
log = logging.getLogger(__name__)


async def ensure_alert_group(redis: Redis, keys: Keys) -> None:
    """Create the alerts consumer group (and the stream) unless it exists."""
    await ensure_group(redis, keys.articles(), GROUP, "$")


@dataclass(frozen=True, slots=True)
class Queued:
    """An entry read from the stream; article None when it cannot be read (acknowledge it)."""

    entry_id: str
    article: Article | None


class ArticleQueue:
    """Hands out new articles to one consumer of the alerts group."""

    def __init__(
        self, redis: Redis, keys: Keys, consumer: str, *, batch: int = 20, claim_after_ms: int
    ) -> None:
        options = GroupOptions(claim_after_ms=claim_after_ms, start="$")
        self._group = ConsumerGroup(redis, keys.articles(), GROUP, consumer, options)
        self._batch = batch

    async def read(self, block_ms: int) -> list[Queued]:
        """Return articles to handle: this consumer's pending ones, stale ones, then new ones."""
        entries = await self._group.read(self._batch, block_ms, own_pending=True)
        return [_queued(entry_id, fields) for entry_id, fields in entries]

    async def ack(self, entry_id: str) -> None:
        """Mark an article as handled for every chat."""
        await self._group.ack(entry_id)


def _queued(entry_id: str, fields: dict[str, str] | None) -> Queued:
    raw = (fields or {}).get("article")
    if raw is None:  # trimmed away while pending, or not an article
        return Queued(entry_id, None)
    try:
        return Queued(entry_id, Article.from_json(raw))
    except (JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        log.warning("alerts: entry %s is not a readable article (%s); skipping", entry_id, exc)
        return Queued(entry_id, None)
