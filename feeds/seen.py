"""The seen-cache: an item is new only if neither its GUID nor its link was seen."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from redis.asyncio import Redis

from feeds.parser import Entry

# Atomic so that two pollers racing on one feed cannot both see an item as new.
_CLAIM_NEW = """
local now = ARGV[1]
local new = {}
for i = 2, #ARGV, 2 do
  local guid, link = ARGV[i], ARGV[i + 1]
  local seen = redis.call('HEXISTS', KEYS[1], guid) == 1
  if link ~= 'l:' and redis.call('HEXISTS', KEYS[1], link) == 1 then seen = true end
  redis.call('HSETNX', KEYS[1], guid, now)
  if link ~= 'l:' then redis.call('HSETNX', KEYS[1], link, now) end
  if not seen then table.insert(new, (i - 2) / 2) end
end
return new
"""


class SeenCache:
    """Remembers, per feed, which items were already handed on."""

    def __init__(self, redis: Redis, key_for: Callable[[str], str]) -> None:
        self._redis = redis
        self._key_for = key_for
        self._claim = redis.register_script(_CLAIM_NEW)

    async def claim_new(self, feed_id: str, entries: Sequence[Entry]) -> list[Entry]:
        """Record every entry as seen and return those never seen before."""
        if not entries:
            return []
        args: list[str | int] = [int(time.time())]
        for entry in entries:
            args += [f"g:{entry.guid}", f"l:{entry.article.link}"]
        indexes = await self._claim(keys=[self._key_for(feed_id)], args=args)
        return [entries[int(i)] for i in indexes]

    async def forget(self, feed_id: str) -> None:
        """Drop everything recorded for a feed."""
        await self._redis.delete(self._key_for(feed_id))
