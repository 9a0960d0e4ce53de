"""Every chat's watch terms, and the change log matchers replay to stay current.

Each change to a chat's terms and its entry in ``{p}:term_changes`` are
written by one Lua script, so a matcher that replays the log never misses or
invents a change, whatever process made it.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, cast

from redis.asyncio import Redis

from bot.keys import Keys
from bot.settings import TeamSettings

AddResult = Literal["added", "present", "full"]
RemoveResult = Literal["removed", "absent", "config"]
CHANGES_MAXLEN = 100_000
# config.yaml's terms are stored whatever the per-chat limit: the file is the authority.
_NO_LIMIT = 2**40

# Each script logs its change in the same step as it makes it (a matcher must not miss
# one), so on a Redis Cluster the chats' keys and the log share the {chats} hash tag
# (bot.keys); _MOVE spans two chats for the same reason.
# KEYS: terms, changes, chats. ARGV: term, now, limit, chat id, maxlen.
_ADD = """
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return -1 end
-- Scores keep add order even when clocks tie or step back (another host, NTP).
local score = tonumber(ARGV[2])
local newest = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
if newest[2] and tonumber(newest[2]) >= score then score = tonumber(newest[2]) + 0.001 end
redis.call('ZADD', KEYS[1], score, ARGV[1])
redis.call('ZADD', KEYS[3], 'NX', ARGV[2], ARGV[4])
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[5], '*',
  'op', 'add', 'chat', ARGV[4], 'term', ARGV[1])
return 1
"""

# KEYS: terms, changes, config terms. ARGV: term, chat id, maxlen, force (1 for config sync).
_REMOVE = """
if ARGV[4] ~= '1' and redis.call('SISMEMBER', KEYS[3], ARGV[1]) == 1 then return -1 end
if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('SREM', KEYS[3], ARGV[1])
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[3], '*',
  'op', 'remove', 'chat', ARGV[2], 'term', ARGV[1])
return 1
"""

# KEYS: old hash, new hash, old terms, new terms, old config, new config, chats, changes.
# ARGV: old id, new id, maxlen.
_MOVE = """
if redis.call('EXISTS', KEYS[1]) == 0 and redis.call('EXISTS', KEYS[3]) == 0 then return 0 end
local terms = redis.call('ZRANGE', KEYS[3], 0, -1, 'WITHSCORES')
for i = 1, #terms, 2 do
  redis.call('ZADD', KEYS[4], 'NX', terms[i + 1], terms[i])
  redis.call('XADD', KEYS[8], 'MAXLEN', '~', ARGV[3], '*',
    'op', 'remove', 'chat', ARGV[1], 'term', terms[i])
  redis.call('XADD', KEYS[8], 'MAXLEN', '~', ARGV[3], '*',
    'op', 'add', 'chat', ARGV[2], 'term', terms[i])
end
local fields = redis.call('HGETALL', KEYS[1])
for i = 1, #fields, 2 do redis.call('HSETNX', KEYS[2], fields[i], fields[i + 1]) end
redis.call('HSET', KEYS[2], 'kind', 'supergroup')
redis.call('SUNIONSTORE', KEYS[6], KEYS[6], KEYS[5])
local since = redis.call('ZSCORE', KEYS[7], ARGV[1])
redis.call('ZADD', KEYS[7], 'NX', since or 0, ARGV[2])
redis.call('ZREM', KEYS[7], ARGV[1])
redis.call('DEL', KEYS[1], KEYS[3], KEYS[5])
return 1
"""


@dataclass(frozen=True, slots=True)
class Change:
    """One entry of the change log."""

    entry_id: str
    op: Literal["add", "remove"]
    chat_id: int
    term: str


Entries = list[tuple[str, dict[str, str]]]


class Subscriptions:
    """Adds, removes and lists chats' terms; every change is logged for the matchers."""

    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis = redis
        self._keys = keys
        self._add = redis.register_script(_ADD)
        self._remove = redis.register_script(_REMOVE)
        self._move = redis.register_script(_MOVE)

    async def terms(self, chat_id: int) -> list[str]:
        """Return a chat's terms, oldest first."""
        return cast(list[str], await self._redis.zrange(self._keys.chat_terms(chat_id), 0, -1))

    async def count(self, chat_id: int) -> int:
        """Return how many terms a chat has."""
        return int(await self._redis.zcard(self._keys.chat_terms(chat_id)))

    async def add(self, chat_id: int, term: str, limit: int) -> AddResult:
        """Add a cleaned term unless present or the chat already has `limit` terms."""
        keys = self._keys
        outcome = await self._add(
            keys=[keys.chat_terms(chat_id), keys.term_changes(), keys.chats()],
            args=[term, time.time(), limit, chat_id, CHANGES_MAXLEN],
        )
        return {1: "added", 0: "present"}.get(int(outcome), "full")  # type: ignore[return-value]

    async def remove(self, chat_id: int, term: str, *, config_sync: bool = False) -> RemoveResult:
        """Remove a term; a term declared in config.yaml is removed only by the config sync."""
        keys = self._keys
        outcome = await self._remove(
            keys=[keys.chat_terms(chat_id), keys.term_changes(), keys.chat_config_terms(chat_id)],
            args=[term, chat_id, CHANGES_MAXLEN, "1" if config_sync else "0"],
        )
        return {1: "removed", 0: "absent"}.get(int(outcome), "config")  # type: ignore[return-value]

    async def is_from_config(self, chat_id: int, term: str) -> bool:
        """Tell whether config.yaml declares this term for the chat."""
        key = self._keys.chat_config_terms(chat_id)
        return bool(await self._redis.sismember(key, term))

    async def move(self, old_id: int, new_id: int) -> bool:
        """Move a chat's record and terms to its new id (group → supergroup); False if none."""
        if old_id == new_id:
            return False  # the script would delete the chat it moved into
        k = self._keys
        moved = await self._move(
            keys=[
                k.chat(old_id), k.chat(new_id), k.chat_terms(old_id), k.chat_terms(new_id),
                k.chat_config_terms(old_id), k.chat_config_terms(new_id), k.chats(),
                k.term_changes(),
            ],
            args=[old_id, new_id, CHANGES_MAXLEN],
        )  # fmt: skip
        return bool(moved)

    async def sync_config(self, teams: Sequence[TeamSettings]) -> None:
        """Make the stored config-declared terms of team chats equal config.yaml's.

        Declared terms are stored even when users' terms already fill the chat's
        limit, and marked so commands cannot remove them; terms no longer
        declared are removed, terms users added are left alone.
        """
        declared: dict[int, list[str]] = {}
        for team in teams:
            declared.setdefault(team.chat_id, []).extend(team.terms)
        stored_chats = await self._config_chats()
        for chat_id in stored_chats | declared.keys():
            wanted = list(dict.fromkeys(declared.get(chat_id, [])))
            key = self._keys.chat_config_terms(chat_id)
            stored = cast(set[str], await self._redis.smembers(key))
            for term in stored - set(wanted):
                await self.remove(chat_id, term, config_sync=True)
            for term in wanted:
                # Marked first: a /unwatch racing the sync is refused rather than undoing it.
                await self._redis.sadd(key, term)
                await self.add(chat_id, term, _NO_LIMIT)

    async def _config_chats(self) -> set[int]:
        pattern = self._keys.chat_config_terms(0).replace(":0:", ":*:")
        return {
            int(key.split(":")[-2])
            async for key in self._redis.scan_iter(match=pattern, count=1000)
        }

    async def snapshot(self) -> tuple[str, dict[int, list[str]]]:
        """Return the change log's position and every chat's terms as of that position."""
        position = await self.log_position()
        members = cast(list[str], await self._redis.zrange(self._keys.chats(), 0, -1))
        chats = [int(member) for member in members]
        async with self._redis.pipeline(transaction=False) as pipe:
            for chat_id in chats:
                pipe.zrange(self._keys.chat_terms(chat_id), 0, -1)
            found: list[list[str]] = await pipe.execute()
        # A change made while reading is replayed after the position; replaying
        # an add or remove the snapshot already holds changes nothing.
        return position, {c: t for c, t in zip(chats, found, strict=True) if t}

    async def log_position(self) -> str:
        """Return the id of the newest change, or 0-0."""
        last = cast(Entries, await self._redis.xrevrange(self._keys.term_changes(), count=1))
        return last[0][0] if last else "0-0"

    async def changes_after(self, position: str, count: int = 1000) -> list[Change] | None:
        """Return changes after a position, oldest first; None if the log was trimmed past it."""
        key = self._keys.term_changes()
        entries = cast(Entries, await self._redis.xrange(key, min=f"({position}", count=count))
        if entries and await self._trimmed_after(position):
            return None  # changes after the position may be missing
        return [
            Change(entry_id, "add" if f["op"] == "add" else "remove", int(f["chat"]), f["term"])
            for entry_id, f in entries
        ]

    async def _trimmed_after(self, position: str) -> bool:
        """Tell whether the log may have lost entries newer than a position."""
        info: dict[str, Any] = await self._redis.xinfo_stream(self._keys.term_changes())
        added = info.get("entries-added")  # Redis 7 and later
        if added is not None and int(added) == int(info["length"]):
            return False  # nothing was ever trimmed
        # Only a position still in the log is known to have lost nothing after it
        # (0-0, from a log that was empty, cannot be told apart from a trimmed one).
        first = info.get("first-entry")
        return first is not None and _older(position, str(first[0]))


def _older(position: str, entry_id: str) -> bool:
    """Tell whether a log position lies before an entry id."""
    a, b = (tuple(int(p) for p in i.split("-")) for i in (position, entry_id))
    return a < b
