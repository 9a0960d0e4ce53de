"""The due-feed schedule: a sorted set of next poll times shared by every poller."""

from __future__ import annotations

from redis.asyncio import Redis

# Claiming moves a due feed's time to the end of a lease in the same step, so
# two pollers never take the same feed; if the claimant dies, the lease runs
# out and the feed is due again.
_CLAIM_DUE = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
for _, feed_id in ipairs(due) do
  redis.call('ZADD', KEYS[1], ARGV[3], feed_id)
end
return due
"""

# Extends a claim only while the feed still holds the lease we gave it: once
# its poll has rescheduled it, the score differs and the renewal is a no-op.
_RENEW = """
local renewed = {}
for i = 2, #ARGV, 2 do
  local score = redis.call('ZSCORE', KEYS[1], ARGV[i])
  if score and tonumber(score) == tonumber(ARGV[i + 1]) then
    redis.call('ZADD', KEYS[1], ARGV[1], ARGV[i])
    table.insert(renewed, ARGV[i])
  end
end
return renewed
"""


class Schedule:
    """Next due times of the enabled feeds."""

    def __init__(self, redis: Redis, key: str) -> None:
        self._redis = redis
        self._key = key
        self._claim = redis.register_script(_CLAIM_DUE)
        self._renew = redis.register_script(_RENEW)

    async def add(self, feed_id: str, due: float) -> None:
        """Schedule a feed that is not scheduled yet; keeps an existing time."""
        await self._redis.zadd(self._key, {feed_id: due}, nx=True)

    async def claim_due(self, now: float, limit: int, lease: float) -> list[str]:
        """Take up to `limit` feeds due by `now`, holding each for `lease` seconds."""
        if limit <= 0:
            return []
        claimed = await self._claim(keys=[self._key], args=[now, limit, now + lease])
        return [str(feed_id) for feed_id in claimed]

    async def renew(self, leases: dict[str, float], until: float) -> list[str]:
        """Extend the leases still held (feed id -> lease end) to `until`; return those."""
        if not leases:
            return []
        args: list[str | float] = [until]
        for feed_id, lease_end in leases.items():
            args += [feed_id, repr(lease_end)]
        renewed = await self._renew(keys=[self._key], args=args)
        return [str(feed_id) for feed_id in renewed]

    async def reschedule(self, feed_id: str, due: float) -> None:
        """Set a claimed feed's next time; a feed removed meanwhile stays removed."""
        await self._redis.zadd(self._key, {feed_id: due}, xx=True)

    async def remove(self, feed_id: str) -> None:
        """Take a feed off the schedule (removed or disabled)."""
        await self._redis.zrem(self._key, feed_id)

    async def next_due(self) -> float | None:
        """Return the earliest due time, or None when nothing is scheduled."""
        first = await self._redis.zrange(self._key, 0, 0, withscores=True)
        return float(first[0][1]) if first else None

    async def due_at(self, feed_id: str) -> float | None:
        """Return when a feed is next due, or None when it is not scheduled."""
        score = await self._redis.zscore(self._key, feed_id)
        return None if score is None else float(score)
