"""Notices for the admins, such as a feed switched off, queued in a Redis stream.

The poller only records what happened; the bot words it in the admin's
language and sends it, and acknowledges it only once sent.
"""

from __future__ import annotations

from dataclasses import dataclass

from redis.asyncio import Redis

from feeds.consumer_group import ConsumerGroups, GroupOptions

GROUP = "admins"


@dataclass(frozen=True, slots=True)
class FeedDisabled:
    """A feed kept failing and is no longer polled."""

    feed_id: str
    name: str
    url: str
    reason: str
    since: float


@dataclass(frozen=True, slots=True)
class Queued:
    """A notice read from the stream, with the id to acknowledge."""

    entry_id: str
    notice: FeedDisabled


class Notices:
    """Publishes notices and hands them, once each, to whoever sends them."""

    def __init__(
        self, redis: Redis, key: str, maxlen: int = 10_000, *, claim_after_ms: int = 60_000
    ) -> None:
        self._redis = redis
        self._key = key
        self._maxlen = maxlen
        # Pending longer than delivery.claim_after, a notice is taken over by another sender.
        self._readers = ConsumerGroups(
            redis, key, GROUP, GroupOptions(claim_after_ms=claim_after_ms, start="0")
        )

    async def publish(self, notice: FeedDisabled) -> None:
        """Queue a notice."""
        fields: dict[str, str | float] = {
            "kind": "feed_disabled",
            "feed_id": notice.feed_id,
            "name": notice.name,
            "url": notice.url,
            "reason": notice.reason,
            "since": notice.since,
        }
        await self._redis.xadd(self._key, fields, maxlen=self._maxlen, approximate=True)  # type: ignore[arg-type]

    async def read(self, consumer: str, block_ms: int) -> list[Queued]:
        """Return notices not yet acknowledged: own pending ones, stale ones, then new ones."""
        entries = await self._readers.consumer(consumer).read(50, block_ms, own_pending=True)
        for entry_id, fields in entries:
            if not fields:  # trimmed away while pending: nothing left to send
                await self.ack(entry_id)
        return [Queued(entry_id, _notice(fields)) for entry_id, fields in entries if fields]

    async def ack(self, entry_id: str) -> None:
        """Mark a notice as sent."""
        await self._redis.xack(self._key, GROUP, entry_id)


def _notice(fields: dict[str, str]) -> FeedDisabled:
    return FeedDisabled(
        feed_id=fields.get("feed_id", ""),
        name=fields.get("name", ""),
        url=fields.get("url", ""),
        reason=fields.get("reason", ""),
        since=float(fields.get("since") or 0),
    )
