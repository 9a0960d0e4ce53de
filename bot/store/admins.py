"""Who may run admin commands: config.yaml's admins plus those added with /admin."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from redis.asyncio import Redis

from bot.keys import Keys

AdminChange = Literal["done", "unchanged", "config"]


class AdminStore:
    """Admins from the config file (fixed) and from Redis (changed by command)."""

    def __init__(self, redis: Redis, keys: Keys, configured: Iterable[int]) -> None:
        self._redis = redis
        self._key = keys.admins()
        self.configured = frozenset(configured)

    async def is_admin(self, user_id: int) -> bool:
        """Tell whether a user may run admin commands."""
        if user_id in self.configured:
            return True
        return bool(await self._redis.sismember(self._key, str(user_id)))

    async def added(self) -> list[int]:
        """Return the admins added by command, in id order."""
        members = await self._redis.smembers(self._key)
        return sorted(int(member) for member in members)

    async def everyone(self) -> list[int]:
        """Return every admin, config.yaml's first."""
        extra = [user for user in await self.added() if user not in self.configured]
        return [*sorted(self.configured), *extra]

    async def add(self, user_id: int) -> AdminChange:
        """Make a user an admin."""
        if user_id in self.configured:
            return "unchanged"
        added = await self._redis.sadd(self._key, str(user_id))
        return "done" if added else "unchanged"

    async def remove(self, user_id: int) -> AdminChange:
        """Take admin rights away; config.yaml's admins can only be removed in the file."""
        if user_id in self.configured:
            return "config"
        removed = await self._redis.srem(self._key, str(user_id))
        return "done" if removed else "unchanged"
