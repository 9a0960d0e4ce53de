"""The seen-cache: an item is new only if neither its GUID nor its link was seen.

Marking items seen and queueing the new ones in the feed's handoff list
happen in one Lua script, so a poller killed at any moment either did both or
neither. The handoff list is then moved to the article stream and trimmed.

Why two steps: on a Redis Cluster a script may only touch keys of one slot,
and a feed's seen-cache and state live in the feed's slot (so seen-caches
spread over the cluster) while the article stream is one key elsewhere. The
handoff list sits in the feed's slot. A poller killed between the steps
leaves it filled; the next poll of the feed moves it on. Killed after
appending but before trimming, the next poll appends those articles again:
the fan-out treats an article it meets twice like one read again after a
crash (the same alert ids; the sent records keep copies from going out), so
nothing is lost and nothing is delivered twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from redis.asyncio import Redis

from feeds.parser import Entry

# KEYS: seen, state, handoff (all in the feed's slot). Returns {new indexes, handoff length}.
_CLAIM_NEW = """
local seen, state, handoff = KEYS[1], KEYS[2], KEYS[3]
local now, ttl, backfill = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local prime, emit = ARGV[4] == '1', ARGV[5] == '1'
if redis.call('TYPE', seen).ok == 'hash' then
  -- the seen-cache of earlier versions was a hash of first-seen times
  local old = redis.call('HKEYS', seen)
  redis.call('DEL', seen)
  for _, member in ipairs(old) do redis.call('ZADD', seen, now, member) end
end
redis.call('ZREMRANGEBYSCORE', seen, '-inf', now - ttl)
local budget = -1
if prime and redis.call('HSETNX', state, 'primed', now) == 1 then budget = backfill end
local new, fresh = {}, 0
for i = 6, #ARGV, 3 do
  local guid, link = ARGV[i], ARGV[i + 1]
  local known = redis.call('ZSCORE', seen, guid) ~= false
  if link ~= '' and redis.call('ZSCORE', seen, link) ~= false then known = true end
  redis.call('ZADD', seen, now, guid)
  if link ~= '' then redis.call('ZADD', seen, now, link) end
  if not known then
    fresh = fresh + 1
    if budget ~= 0 then
      if budget > 0 then budget = budget - 1 end
      table.insert(new, (i - 6) / 3)
      if emit then redis.call('RPUSH', handoff, ARGV[i + 2]) end
    end
  end
end
redis.call('EXPIRE', seen, ttl)
if prime then
  redis.call('HINCRBY', state, 'items_seen', fresh)
  if budget < 0 then redis.call('HINCRBY', state, 'items_new', #new) end
end
local waiting = 0
if emit then waiting = redis.call('LLEN', handoff) end
return {new, waiting}
"""

# KEYS: handoff. ARGV: how many were appended to the stream, the first and the last of them.
# Trims them only if they are still at the front (a poller racing on the feed trimmed them
# already): then what was queued meanwhile is kept for the next move.
_HANDED_ON = """
local n = tonumber(ARGV[1])
if redis.call('LINDEX', KEYS[1], 0) == ARGV[2] and redis.call('LINDEX', KEYS[1], n - 1) == ARGV[3]
then redis.call('LTRIM', KEYS[1], n, -1) return 1 end
return 0
"""
HANDOFF_BATCH = 500  # articles moved from a handoff list to the stream per round trip

# Which entries _CLAIM_NEW would hand on now, without changing anything: the
# new ones, or on a feed's first poll only the newest `backfill` of them.
_PENDING = """
local seen, state = KEYS[1], KEYS[2]
local prime, backfill = ARGV[1] == '1', tonumber(ARGV[2])
local budget = -1
if prime and redis.call('HEXISTS', state, 'primed') == 0 then budget = backfill end
local new = {}
for i = 3, #ARGV, 2 do
  if budget == 0 then break end
  local known = redis.call('ZSCORE', seen, ARGV[i]) ~= false
  if ARGV[i + 1] ~= '' and redis.call('ZSCORE', seen, ARGV[i + 1]) ~= false then known = true end
  if not known then
    if budget > 0 then budget = budget - 1 end
    table.insert(new, (i - 3) / 2)
  end
end
return new
"""

# Restamps every remembered item of a feed whose document has not changed, in
# chunks because Lua's unpack has a limit on how many values it spreads; returns
# how many articles wait in the handoff list (KEYS[2], when ARGV[3] is 1), so that
# what a killed poller left there goes on even while the feed stays unchanged.
_TOUCH = """
local members = redis.call('ZRANGE', KEYS[1], 0, -1)
local batch = {}
for i, member in ipairs(members) do
  table.insert(batch, ARGV[1])
  table.insert(batch, member)
  if #batch >= 1000 or i == #members then
    redis.call('ZADD', KEYS[1], unpack(batch))
    batch = {}
  end
end
if #members > 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
if ARGV[3] == '1' then return redis.call('LLEN', KEYS[2]) end
return 0
"""


@dataclass(frozen=True, slots=True)
class SeenKeys:
    """Where a seen-cache lives, and what else it updates.

    With a state key, a feed's first successful poll records its items without
    handing them on, except the newest `backfill`, and counts items for the
    health table; without one (console previews) every unseen item is new.
    With a stream, new items are appended to it, through the feed's handoff list.
    """

    seen: Callable[[str], str]
    state: Callable[[str], str] | None = None
    stream: str | None = None
    handoff: Callable[[str], str] | None = None


@dataclass(frozen=True, slots=True)
class SeenPolicy:
    """How long items are remembered and what a newly added feed hands on."""

    ttl: int = 30 * 86_400
    backfill: int = 0
    stream_maxlen: int = 100_000


class SeenCache:
    """Remembers, per feed, which items were already handed on."""

    def __init__(self, redis: Redis, keys: SeenKeys, policy: SeenPolicy) -> None:
        self._redis = redis
        self._keys = keys
        self._policy = policy
        self._claim = redis.register_script(_CLAIM_NEW)
        self._touch = redis.register_script(_TOUCH)
        self._pending = redis.register_script(_PENDING)
        self._handed_on = redis.register_script(_HANDED_ON)
        if keys.stream is not None and keys.handoff is None:
            raise ValueError("SeenKeys: a stream needs a handoff list")

    async def claim_new(
        self, feed_id: str, entries: Sequence[Entry], now: float | None = None
    ) -> list[Entry]:
        """Record entries as seen, hand on the new ones, and return them.

        Entries should come newest first, so a backfill keeps the newest.
        """
        policy, where = self._policy, self._keys
        seen_key = where.seen(feed_id)
        # Unused keys are passed as the seen key: the script never touches them.
        state_key = where.state(feed_id) if where.state else seen_key
        args: list[str | int | float] = [
            time.time() if now is None else now,
            policy.ttl,
            policy.backfill,
            int(where.state is not None),
            int(where.stream is not None),
        ]
        for entry in entries:
            link = entry.article.link
            payload = entry.article.to_json() if where.stream else ""
            args += [f"g:{entry.guid}", f"l:{link}" if link else "", payload]
        keys = [seen_key, state_key, where.handoff(feed_id) if where.handoff else seen_key]
        indexes, waiting = await self._claim(keys=keys, args=args)
        if int(waiting) and where.handoff and where.stream:
            await self._hand_on(where.handoff(feed_id), where.stream)
        return [entries[int(i)] for i in indexes]

    async def _hand_on(self, handoff: str, stream: str) -> None:
        """Append a feed's handoff list to the article stream, oldest first, and trim it."""
        while payloads := await self._redis.lrange(handoff, 0, HANDOFF_BATCH - 1):
            async with self._redis.pipeline(transaction=False) as pipe:
                for payload in payloads:
                    pipe.xadd(
                        stream, {"article": payload},
                        maxlen=self._policy.stream_maxlen, approximate=True,
                    )  # fmt: skip
                await pipe.execute()
            args = [len(payloads), payloads[0], payloads[-1]]
            if not await self._handed_on(keys=[handoff], args=args):
                return  # another poller moved them; it moves what follows

    async def pending(self, feed_id: str, entries: Sequence[Entry]) -> list[int]:
        """Return the indexes of the entries claim_new would hand on now, changing nothing.

        For work worth doing only on new items (fetching their pages) before claiming.
        """
        if await self._redis.type(self._keys.seen(feed_id)) not in (
            "zset",
            "none",
            b"zset",
            b"none",
        ):
            return list(range(len(entries)))  # an old-format cache: claim_new converts it
        seen_key = self._keys.seen(feed_id)
        state_key = self._keys.state(feed_id) if self._keys.state else seen_key
        args: list[str | int] = [int(self._keys.state is not None), self._policy.backfill]
        for entry in entries:
            link = entry.article.link
            args += [f"g:{entry.guid}", f"l:{link}" if link else ""]
        indexes = await self._pending(keys=[seen_key, state_key], args=args)
        return [int(i) for i in indexes]

    async def touch(self, feed_id: str, now: float) -> None:
        """Note that a feed still lists every item it listed last time."""
        where, seen_key = self._keys, self._keys.seen(feed_id)
        handoff = where.handoff(feed_id) if where.handoff and where.stream else None
        waiting = await self._touch(
            keys=[seen_key, handoff or seen_key], args=[now, self._policy.ttl, int(bool(handoff))]
        )
        if handoff and where.stream and int(waiting):
            await self._hand_on(handoff, where.stream)

    async def forget(self, feed_id: str) -> None:
        """Drop everything recorded for a feed."""
        await self._redis.delete(self._keys.seen(feed_id))
