"""Per-feed state in Redis: conditional-GET validators and the health an admin reads."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import cast

from redis.asyncio import Redis
from redis.typing import EncodableT

from feeds.errors import Reason
from feeds.fetcher import Validators

_FAILURE = """
local key, now, error, reason = KEYS[1], ARGV[1], ARGV[2], ARGV[3]
redis.call('HSETNX', key, 'failing_since', now)
redis.call('HSET', key, 'last_error', error, 'last_error_reason', reason, 'last_error_at', now)
local failures = redis.call('HINCRBY', key, 'failures', 1)
return {failures, redis.call('HGET', key, 'failing_since')}
"""


def _float(raw: Mapping[str, str], name: str) -> float | None:
    value = raw.get(name)
    return float(value) if value else None


def _reason(raw: Mapping[str, str], name: str) -> Reason | None:
    # The English words sit in `name` for every reader; `name_reason` lets the bot word
    # them in an admin's language (a note stored before it existed keeps its words).
    return Reason.from_json(raw.get(f"{name}_reason"), raw.get(name) or None)


def _fields(name: str, reason: Reason | None) -> dict[EncodableT, EncodableT]:
    if reason is None:
        return {name: "", f"{name}_reason": ""}
    return {name: str(reason), f"{name}_reason": reason.to_json()}


@dataclass(frozen=True, slots=True)
class FeedState:
    """Everything Rasd remembers about one feed's polling."""

    validators: Validators
    last_attempt: float | None
    last_success: float | None
    last_error: Reason | None
    last_error_at: float | None
    problem: Reason | None
    failures: int
    failing_since: float | None
    items_seen: int
    items_new: int
    primed: float | None
    interval: float | None
    disabled: Reason | None
    disabled_at: float | None
    digest: str | None
    pages_read: int = 0  # full-text feeds: item pages whose text was taken
    pages_failed: int = 0  # and those that gave none (the item went on without)
    page_error: Reason | None = None  # why the last failed page failed

    @classmethod
    def from_hash(cls, raw: Mapping[str, str]) -> FeedState:
        """Read the stored hash; absent fields mean 'never'."""
        return cls(
            validators=Validators(
                etag=raw.get("etag") or None, last_modified=raw.get("last_modified") or None
            ),
            last_attempt=_float(raw, "last_attempt"),
            last_success=_float(raw, "last_success"),
            last_error=_reason(raw, "last_error"),
            last_error_at=_float(raw, "last_error_at"),
            problem=_reason(raw, "problem"),
            failures=int(raw.get("failures") or 0),
            failing_since=_float(raw, "failing_since"),
            items_seen=int(raw.get("items_seen") or 0),
            items_new=int(raw.get("items_new") or 0),
            primed=_float(raw, "primed"),
            interval=_float(raw, "interval"),
            disabled=_reason(raw, "disabled"),
            disabled_at=_float(raw, "disabled_at"),
            digest=raw.get("digest") or None,
            pages_read=int(raw.get("pages_read") or 0),
            pages_failed=int(raw.get("pages_failed") or 0),
            page_error=_reason(raw, "page_error"),
        )


@dataclass(frozen=True, slots=True)
class Failure:
    """A failure as counted: how many in a row, and since when."""

    failures: int
    failing_since: float


class FeedStates:
    """Reads and updates the state hash of each feed."""

    def __init__(self, redis: Redis, key_for: Callable[[str], str]) -> None:
        self._redis = redis
        self._key_for = key_for
        self._failure = redis.register_script(_FAILURE)

    async def load(self, feed_id: str) -> FeedState:
        """Return a feed's state; a feed never polled has an empty one."""
        raw = await self._redis.hgetall(self._key_for(feed_id))
        return FeedState.from_hash(cast(dict[str, str], raw))  # the client decodes responses

    async def attempt(self, feed_id: str, now: float) -> None:
        """Note that a poll starts."""
        await self._redis.hset(self._key_for(feed_id), "last_attempt", now)

    async def success(
        self,
        feed_id: str,
        now: float,
        validators: Validators | None,
        problem: Reason | None,
        digest: str | None,
    ) -> None:
        """Record a good poll; it ends any run of failures."""
        key = self._key_for(feed_id)
        fields: dict[EncodableT, EncodableT] = {
            "last_success": now,
            **_fields("problem", problem),
            "digest": digest or "",
        }
        if validators is not None:
            fields["etag"] = validators.etag or ""
            fields["last_modified"] = validators.last_modified or ""
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping=fields)
            pipe.hdel(key, "failures", "failing_since")
            await pipe.execute()

    async def failure(self, feed_id: str, now: float, error: Reason) -> Failure:
        """Record a failed poll and return the run of failures it extends."""
        args: list[EncodableT] = [now, str(error), error.to_json()]
        failures, since = await self._failure(keys=[self._key_for(feed_id)], args=args)
        return Failure(failures=int(failures), failing_since=float(since))

    async def pages(self, feed_id: str, read: int, failed: int, error: Reason | None) -> None:
        """Count a poll's item pages read and failed, and keep the last failure's reason."""
        key = self._key_for(feed_id)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hincrby(key, "pages_read", read)
            pipe.hincrby(key, "pages_failed", failed)
            if error is not None:
                pipe.hset(key, mapping=_fields("page_error", error))
            await pipe.execute()

    async def set_interval(self, feed_id: str, seconds: float) -> None:
        """Remember the interval chosen for the feed, for the health table."""
        await self._redis.hset(self._key_for(feed_id), "interval", seconds)

    async def disable(self, feed_id: str, now: float, reason: Reason) -> None:
        """Mark a feed disabled with the reason shown to admins."""
        await self._redis.hset(
            self._key_for(feed_id), mapping={**_fields("disabled", reason), "disabled_at": now}
        )

    async def enable(self, feed_id: str) -> None:
        """Clear the disabled mark and the failure run."""
        await self._redis.hdel(
            self._key_for(feed_id),
            "disabled", "disabled_reason", "disabled_at", "failures", "failing_since",
        )  # fmt: skip
