"""The alert a chat got for a story, and the edits that add the other outlets to it.

When a chat that wants one alert per story gets a story's first alert, the
fan-out records it in ``{p}:story:{story}:sent`` (field the chat id; a script
records a thousand chats a call): the alert's id, the digest of its text, its
language and the outlets named so far (the first one's). The texts themselves
are kept once per distinct text in ``{p}:story:{story}:texts`` (most chats of a
story share one rendering), so a story sent to 100,000 chats keeps a few texts,
not 100,000.

The record also keeps the token of the alert's buttons and whether it shows a
link preview, so the edit keeps both (an edit without reply_markup would
take the buttons away).

When another outlet's article of the story then matches the chat, a Lua
script adds that outlet to the record (once per outlet name; the same article
handled again after a crash gets the same answer back), and the fan-out
queues an edit (OutboxAlert kind ``edit``, id ``{article}:{chat}:edit``)
carrying the alert's text with every outlet so far on its source line. The
sender edits the message the alert became (bot.deliver.sender); an edit of an
alert that never went out is given up after its retries.

Each edit carries the full list of outlets up to its article, so if two edits
go out of order the message briefly names fewer outlets, until the next edit.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import cast

from redis.asyncio import Redis

from bot.article import Article
from bot.deliver.alert_buttons import alert_buttons, parse_data
from bot.deliver.alert_html import with_outlets
from bot.deliver.outbox_alert import OutboxAlert
from bot.keys import Keys
from bot.lang import Lang, as_lang
from bot.one_ahead import EACH_LINE_LUA, line_chunks, one_ahead

__all__ = ["SentAlert", "StoryAlerts"]

# KEYS: the story's sent hash. ARGV: chat id, outlet name, link, article id, ttl.
# Adds the outlet unless the record names it already; returns the record when this
# article added (or had added) its outlet, else nothing.
_ADD_OUTLET = """
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return false end
local record = cjson.decode(raw)
for _, outlet in ipairs(record.outlets) do
  if outlet[1] == ARGV[2] then
    if outlet[3] == ARGV[4] and #record.outlets > 1 then return raw end
    return false
  end
end
table.insert(record.outlets, {ARGV[2], ARGV[3], ARGV[4]})
raw = cjson.encode(record)
redis.call('HSET', KEYS[1], ARGV[1], raw)
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[5]))
return raw
"""


# KEYS: the story's sent hash. ARGV: ttl, then lines "{chat id} {record}". A record
# already there is kept. One call records a thousand chats: a command (or an argument)
# each would cost the client more than Redis (100,000 for a big story). JSON has no raw
# line breaks (json escapes them).
_REMEMBER = (
    EACH_LINE_LUA
    + """
local count = each_line(ARGV[2], function(line)
  local space = string.find(line, ' ', 1, true)
  redis.call('HSETNX', KEYS[1], string.sub(line, 1, space - 1), string.sub(line, space + 1))
end)
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[1]))
return count
"""
)
REMEMBER_CHUNK = 1000  # chats per call of _REMEMBER: Redis is not held up for long


@dataclass(frozen=True, slots=True)
class SentAlert:
    """A story's first alert as the fan-out queued it to chats alike: their ids differ only.

    Each chat's alert has the id ``{article_id}:{chat_id}`` (bot.deliver.fanout).
    """

    text: str
    lang: Lang
    outlet: str  # the feed name the alert names as its source
    link: str
    article_id: str
    card: str = ""  # the token of its buttons' card: the edit keeps the same buttons
    preview: bool = False  # it shows the article link's preview: the edit keeps it

    @classmethod
    def of(cls, alert: OutboxAlert, lang: Lang, article: Article) -> SentAlert:
        """Return the record of an alert (or of the body chats share) queued for an article."""
        card = parse_data(alert.buttons[0][1]) if alert.buttons else None
        return cls(
            alert.text, lang, article.feed_name, article.link, article.id,
            card=card[1] if card else "", preview=bool(alert.preview),
        )  # fmt: skip

    @property
    def text_id(self) -> str:
        """Return the digest its text is kept under."""
        return hashlib.sha1(self.text.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]

    def records(self, chat_ids: Iterable[int]) -> Iterator[str]:
        """Yield each chat's line "{chat id} {stored record}"; the outlets start with this alert's.

        The JSON is made once; each chat's record only puts its alert id in.
        """
        rest = json.dumps(
            {"text": self.text_id, "lang": self.lang,
             "outlets": [[self.outlet, self.link, self.article_id]],
             "card": self.card, "preview": self.preview},
            ensure_ascii=False,
        )  # fmt: skip
        head = '{"alert": ' + json.dumps(f"{self.article_id}:", ensure_ascii=False)[:-1]
        tail = '", ' + rest[1:]
        for chat_id in chat_ids:
            yield f"{chat_id} {head}{chat_id}{tail}"


class StoryAlerts:
    """Remembers each story's first alert per chat, and queues the edits that name the others."""

    def __init__(self, redis: Redis, keys: Keys, ttl: int) -> None:
        """`ttl`: seconds a story's record is kept after its last change (window and more)."""
        self._redis = redis
        self._keys = keys
        self._ttl = ttl
        self._add = redis.register_script(_ADD_OUTLET)
        self._remember = redis.register_script(_REMEMBER)

    async def remember(self, story: str, sent: Sequence[tuple[SentAlert, Sequence[int]]]) -> None:
        """Record a story's first alert to each chat (a record already there is kept).

        `sent`: each alert with the chats it went to.
        """
        if not sent:
            return
        key, texts = self._keys.story_sent(story), self._keys.story_texts(story)
        async with self._redis.pipeline(transaction=False) as pipe:
            for text_id, text in {alert.text_id: alert.text for alert, _ in sent}.items():
                pipe.hsetnx(texts, text_id, text)
            pipe.expire(texts, self._ttl)
            await pipe.execute()
        # After the texts: an edit never meets a record whose text is not there yet.
        records = (line for alert, chat_ids in sent for line in alert.records(chat_ids))
        calls = (
            partial(self._remember, keys=[key], args=[self._ttl, chunk])
            for chunk in line_chunks(records, REMEMBER_CHUNK)
        )
        async for _count in one_ahead(cast(Iterable[Callable[[], Awaitable[int]]], calls)):
            pass  # each chunk is made while the one before is recorded

    async def edits(
        self, story: str, chats: Sequence[tuple[int, int | None]], article: Article, now: float
    ) -> list[OutboxAlert]:
        """Return the edits that add the article's outlet to the chats' alerts of the story.

        `chats`: (chat id, forum topic) of chats that already have the story. A
        chat whose alert names this outlet already, or that has no recorded
        alert (a digest chat, or a record expired), gets no edit.
        """
        key = self._keys.story_sent(story)
        records: list[tuple[int, int | None, dict[str, object]]] = []
        for chat_id, thread in chats:
            raw = await self._add(
                keys=[key],
                args=[str(chat_id), article.feed_name, article.link, article.id, self._ttl],
            )
            if raw:
                records.append((chat_id, thread, json.loads(cast(str, raw))))
        if not records:
            return []
        text_ids = list({str(record["text"]) for _chat, _thread, record in records})
        found_texts = await self._redis.hmget(self._keys.story_texts(story), text_ids)
        texts = dict(zip(text_ids, cast(list[str | None], found_texts), strict=True))
        found: list[OutboxAlert] = []
        for chat_id, thread, record in records:
            text = texts.get(str(record["text"]))
            if text is None:
                continue  # expired meanwhile: nothing to edit from
            every = cast(list[list[str]], record["outlets"])
            outlets = [(str(o[0]), str(o[1])) for o in every[1:]]
            lang, card = as_lang(str(record["lang"])), str(record.get("card", ""))
            edit = OutboxAlert(
                id=f"{article.id}:{chat_id}:edit", chat_id=chat_id, kind="edit",
                text=with_outlets(text, outlets, lang=lang),
                thread=thread, feed_id=article.feed_id, article_id=article.id,
                queued_at=now, edits=str(record["alert"]),
                buttons=alert_buttons(card, lang) if card else (),
                preview=str(every[0][1]) if record.get("preview") else "",
            )  # fmt: skip
            found.append(edit)
        return found
