"""Chats Rasd talks to and their settings: language, pause, topic, reachability."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Literal, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from redis.asyncio import Redis

from bot.keys import Keys
from bot.lang import Lang, as_lang
from bot.one_ahead import one_ahead
from bot.store.mutes import mutes_in

ChatKind = Literal["private", "group", "supergroup", "channel"]
DeliveryMode = Literal["instant", "hourly", "daily"]
MODES: tuple[DeliveryMode, ...] = ("instant", "hourly", "daily")
# "one": a story told by several outlets arrives once (the alert is edited to name the
# others); "all": every outlet's article arrives.
StoriesMode = Literal["one", "all"]
STORIES_MODES: tuple[StoriesMode, ...] = ("one", "all")
KINDS: tuple[ChatKind, ...] = ("private", "group", "supergroup", "channel")


def kind_by_id(chat_id: int) -> ChatKind:
    """Guess a chat's kind from its id: users are positive, -100… are supergroups or channels."""
    if chat_id > 0:
        return "private"
    # For sending, a channel and a supergroup behave alike.
    return "supergroup" if str(chat_id).startswith("-100") else "group"


@dataclass(frozen=True, slots=True)
class Chat:
    """One chat's record."""

    id: int
    kind: ChatKind
    title: str = ""
    lang: Lang = "ar"
    paused: bool = False
    inactive: str = ""  # why Telegram refuses sends; empty while reachable
    thread: int | None = None
    managing: int | None = None  # private chats: the channel their commands change
    mode: DeliveryMode = "instant"
    digest_hour: int = 8  # daily mode: the hour (0-23, in the chat's zone) the digest goes out
    timezone: str = ""  # IANA zone for times in alerts; empty: config.yaml's
    quiet: str = ""  # quiet hours "23-7" in the chat's zone (bot.deliver.quiet_hours); "" none
    quiet_hold: bool = False  # in quiet hours: hold alerts for a digest at the end, not silent
    preview: bool = False  # show Telegram's link preview of the article under an alert
    # term -> Unix time the mute ends (fields mute:{term} of the record; bot.store.mutes)
    mutes: Mapping[str, float] = field(default_factory=dict, hash=False)

    def muted(self, term: str, now: float) -> bool:
        """Tell whether the chat muted this term at `now` (bot.store.mutes)."""
        return self.mutes.get(term, 0.0) > now

    stories: StoriesMode = "one"

    def zone(self, default: str) -> ZoneInfo:
        """Return the chat's time zone, or the default when unset or unknown."""
        try:
            return ZoneInfo(self.timezone or default)
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo(default)

    @property
    def target(self) -> int:
        """Return the chat whose terms this chat's commands change."""
        return self.managing if self.managing is not None else self.id

    def with_id(self, chat_id: int) -> Chat:
        """Return this record as another chat's (settings alike, see ChatStore.alike)."""
        # dataclasses.replace runs __init__ over every field: five times slower, and a
        # story for 100,000 chats makes a copy per chat.
        copy = object.__new__(Chat)
        for name in Chat.__slots__:
            object.__setattr__(copy, name, getattr(self, name))
        object.__setattr__(copy, "id", chat_id)
        return copy

    @classmethod
    def unrecorded(cls, chat_id: int) -> Chat:
        """Return the defaults of a chat that has terms but no settings record (a config team)."""
        return cls(id=chat_id, kind=kind_by_id(chat_id))

    @classmethod
    def from_hash(cls, chat_id: int, fields: dict[str, str]) -> Chat:
        """Rebuild a record from its Redis hash."""
        kind = fields.get("kind")
        return cls(
            id=chat_id,
            # A record marked (e.g. inactive) before first contact has no kind yet.
            kind=kind if kind in KINDS else kind_by_id(chat_id),
            title=fields.get("title", ""),
            lang=as_lang(fields.get("lang")),
            paused=fields.get("paused") == "1",
            inactive=fields.get("inactive", ""),
            thread=int(fields["thread"]) if fields.get("thread") else None,
            managing=int(fields["managing"]) if fields.get("managing") else None,
            mode=_mode(fields.get("mode")),
            digest_hour=_hour(fields.get("digest_hour")),
            timezone=fields.get("tz", ""),
            quiet=fields.get("quiet", ""),
            quiet_hold=fields.get("quiet_hold") == "1",
            preview=fields.get("preview") == "1",
            mutes=mutes_in(fields),
            stories="all" if fields.get("stories") == "all" else "one",
        )


# KEYS: chat records (all in the {chats} slot on a cluster). ARGV: fields to leave out.
# Returns {records, index}: each distinct record once, as the JSON of its flat
# field/value list, and per key the 1-based position of its record there (0: no record;
# negative: a record without a kind, never shared, since the chat's id decides its kind).
# One call reads a thousand, where a command per chat would cost the client more than
# Redis does; most chats have the same settings, so the answer holds a few records, not
# a thousand (the process parsed 100,000 alike lists for a big story).
_READ_MANY = """
local skip = {}
for _, name in ipairs(ARGV) do skip[name] = true end
local records, index, seen = {}, {}, {}
for i, key in ipairs(KEYS) do
  local flat, kept, kind = redis.call('HGETALL', key), {}, false
  for j = 1, #flat, 2 do
    if not skip[flat[j]] then
      kept[#kept + 1] = flat[j]
      kept[#kept + 1] = flat[j + 1]
      if flat[j] == 'kind' then kind = true end
    end
  end
  if #kept == 0 then
    index[i] = 0
  else
    local record = cjson.encode(kept)
    local at = kind and seen[record]
    if not at then
      records[#records + 1] = record
      at = #records
      if kind then seen[record] = at end
    end
    index[i] = kind and at or -at
  end
end
return {records, index}
"""
READ_CHUNK = 1000  # chat records per call of _READ_MANY: Redis is not held up for long
# What delivering does not look at: without them, chats alike read back alike (see
# ChatStore.alike).
NOT_SETTINGS = ("title", "added_at")


def _mode(value: str | None) -> DeliveryMode:
    return value if value in MODES else "instant"


def _pairs(flat: list[str]) -> dict[str, str]:
    return dict(zip(flat[::2], flat[1::2], strict=True))


def _hour(value: str | None) -> int:
    return int(value) if value and value.isdigit() and 0 <= int(value) <= 23 else 8


class ChatStore:
    """Reads and changes chat records."""

    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis = redis
        self._keys = keys
        self._read_many = redis.register_script(_READ_MANY)

    async def get(self, chat_id: int) -> Chat | None:
        """Return a chat's record, or None if Rasd has none."""
        fields = cast(dict[str, str], await self._redis.hgetall(self._keys.chat(chat_id)))
        return Chat.from_hash(chat_id, fields) if fields else None

    async def many(self, chat_ids: Iterable[int]) -> dict[int, Chat]:
        """Return the records of several chats at once (missing ones left out)."""
        found: dict[int, Chat] = {}
        async for chat_id, record, _shape in self._read(list(chat_ids), ()):
            found[chat_id] = Chat.from_hash(chat_id, record)
        return found

    async def alike(self, chat_ids: Iterable[int]) -> list[tuple[Chat, list[int]]]:
        """Return many chats grouped by identical settings, each group's record its first chat's.

        What delivering reads: records without their title; chats without a
        record are left out. Made for a story's 100,000 subscribers: most have
        the same settings, so each distinct set is read and parsed once, and no
        record is made per chat (Chat.with_id makes one where a chat's own is needed).
        """
        groups: dict[object, tuple[Chat, list[int]]] = {}
        async for chat_id, record, shape in self._read(list(chat_ids), NOT_SETTINGS):
            group = groups.get(shape)
            if group is None:
                groups[shape] = (Chat.from_hash(chat_id, record), [chat_id])
            else:
                group[1].append(chat_id)
        return list(groups.values())

    async def _read(
        self, ids: list[int], leave_out: tuple[str, ...]
    ) -> AsyncIterator[tuple[int, dict[str, str], str | int]]:
        """Yield (chat id, fields, shape) of each chat that has a record.

        Chats of one shape have the same settings: its JSON, or the chat's id for a
        record without a kind (the id decides it, kind_by_id: it stands alone). The
        same fields in another order only make another shape. Chats alike get the
        very same dict (one per distinct record): not to be changed.
        """
        chunks = [ids[start : start + READ_CHUNK] for start in range(0, len(ids), READ_CHUNK)]
        calls = (
            partial(self._read_many, keys=[self._keys.chat(chat_id) for chat_id in chunk],
                    args=list(leave_out))
            for chunk in chunks
        )  # fmt: skip
        found = one_ahead(cast(Iterable[Callable[[], Awaitable[list[list[Any]]]]], calls))
        parsed: dict[str, dict[str, str]] = {}  # across chunks: chats alike share one
        position = 0
        async for records, index in found:  # the next chunk is read meanwhile
            fields = [parsed.get(raw) or parsed.setdefault(raw, _pairs(json.loads(raw)))
                      for raw in records]  # fmt: skip
            for chat_id, at in zip(chunks[position], index, strict=True):
                if at > 0:
                    yield chat_id, fields[at - 1], records[at - 1]
                elif at < 0:
                    yield chat_id, fields[-at - 1], chat_id
            position += 1

    async def ensure(self, chat_id: int, kind: ChatKind, title: str, lang: Lang) -> Chat:
        """Return the chat's record, creating it (with this language) on first contact."""
        key = self._keys.chat(chat_id)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hsetnx(key, "lang", lang)
            pipe.hsetnx(key, "added_at", f"{time.time():.0f}")
            pipe.hset(key, mapping={"kind": kind, "title": title[:128]})
            pipe.zadd(self._keys.chats(), {str(chat_id): time.time()}, nx=True)
            pipe.hgetall(key)
            results = await pipe.execute()
        return Chat.from_hash(chat_id, results[-1])

    async def set_lang(self, chat_id: int, lang: Lang) -> None:
        """Choose the language of the bot's own words in a chat."""
        await self._redis.hset(self._keys.chat(chat_id), "lang", lang)

    async def set_paused(self, chat_id: int, paused: bool) -> None:
        """Pause or resume a chat's alerts."""
        await self._set(chat_id, "paused", "1" if paused else None)

    async def set_thread(self, chat_id: int, thread: int | None) -> None:
        """Send a group's alerts to a forum topic, or to the main chat (None)."""
        await self._set(chat_id, "thread", str(thread) if thread else None)

    async def set_managing(self, chat_id: int, target: int | None) -> None:
        """Make a private chat's commands change a channel's terms, or its own (None)."""
        await self._set(chat_id, "managing", str(target) if target else None)

    async def set_mode(self, chat_id: int, mode: DeliveryMode, digest_hour: int = 8) -> None:
        """Choose instant alerts or a digest (hourly, or daily at an hour of the chat's zone)."""
        await self._redis.hset(
            self._keys.chat(chat_id), mapping={"mode": mode, "digest_hour": str(digest_hour)}
        )

    async def set_timezone(self, chat_id: int, zone: str | None) -> None:
        """Show times in this IANA zone in the chat; None goes back to config.yaml's."""
        await self._set(chat_id, "tz", zone)

    async def set_quiet(self, chat_id: int, quiet: str | None, *, hold: bool = False) -> None:
        """Set quiet hours ("23-7") and what they do (hold for a digest, or silent); None: off."""
        key = self._keys.chat(chat_id)
        async with self._redis.pipeline(transaction=True) as pipe:
            if quiet is None:
                pipe.hdel(key, "quiet", "quiet_hold")
            else:
                pipe.hset(key, mapping={"quiet": quiet, "quiet_hold": "1" if hold else "0"})
            await pipe.execute()

    async def set_preview(self, chat_id: int, preview: bool) -> None:
        """Show (or not) Telegram's link preview of the article under each alert."""
        await self._set(chat_id, "preview", "1" if preview else None)

    async def set_stories(self, chat_id: int, stories: StoriesMode) -> None:
        """Choose one alert per story ("one") or one per outlet's article ("all")."""
        await self._set(chat_id, "stories", None if stories == "one" else stories)

    async def mark_inactive(self, chat_id: int, reason: str) -> None:
        """Record that Telegram refuses sends to a chat; its terms are kept."""
        await self._set(chat_id, "inactive", reason or "unreachable")

    async def reactivate(self, chat_id: int) -> bool:
        """Clear the inactive mark; True if there was one."""
        return bool(await self._redis.hdel(self._keys.chat(chat_id), "inactive"))

    async def link_channel(self, user_id: int, channel_id: int) -> None:
        """Remember that a user manages a channel's terms from their private chat."""
        await self._redis.sadd(self._keys.user_channels(user_id), str(channel_id))

    async def unlink_channel(self, user_id: int, channel_id: int) -> None:
        """Forget a user's link to a channel."""
        await self._redis.srem(self._keys.user_channels(user_id), str(channel_id))

    async def linked_channels(self, user_id: int) -> list[int]:
        """Return the channels a user linked, in id order."""
        members = await self._redis.smembers(self._keys.user_channels(user_id))
        return sorted(int(member) for member in members)

    async def all_ids(self) -> list[int]:
        """Return every known chat id."""
        members = cast(list[str], await self._redis.zrange(self._keys.chats(), 0, -1))
        return [int(member) for member in members]

    async def _set(self, chat_id: int, field: str, value: str | None) -> None:
        key = self._keys.chat(chat_id)
        if value is None:
            await self._redis.hdel(key, field)
        else:
            await self._redis.hset(key, field, value)
