"""New articles in, outbox alerts out: match, one alert per story per chat, route by mode.

A chat that wants one alert per story (the default; /stories) gets a story's
first article as an alert (or a digest line); another outlet's article of the
same story is not sent again: the alert already sent is edited to name that
outlet too (bot.deliver.story_edits), and a digest lists it as one more source
of the story's line. A chat that wants every version gets each article.

An article is acknowledged on ``{p}:articles`` only after its alerts are in
the outbox (or a digest). Read again after a crash, it produces the same
alert ids, and a chat's claim on the story remembers which article made it,
so the second pass queues the same alerts again; the sender's sent record
keeps them from going out twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

from redis.asyncio import Redis
from redis.exceptions import RedisError, ResponseError

from bot.article import Article
from bot.deliver.alert_html import render_alert
from bot.deliver.alert_options import AlertOptions
from bot.deliver.alert_stream import ArticleQueue, Queued, ensure_alert_group
from bot.deliver.digest import DigestItem, DigestStore
from bot.deliver.outbox import Outbox
from bot.deliver.outbox_alert import OutboxAlert, body_id
from bot.deliver.stories import Stories
from bot.deliver.story_edits import SentAlert, StoryAlerts
from bot.keys import Keys
from bot.match.matcher import Hit
from bot.metrics import ALERTS_QUEUED, MATCH_SECONDS, MATCHES
from bot.settings import DeliverySettings
from bot.store.chats import Chat, ChatStore
from bot.store.subscriptions import Subscriptions
from bot.store.term_index import TermIndex

log = logging.getLogger(__name__)

# What an alert's body depends on: language, time zone, matched terms, link preview.
BodyKey = tuple[str, str, tuple[str, ...], bool]


@dataclass(frozen=True, slots=True)
class FanOutOptions:
    """How the fan-out reads the article stream and how patiently it retries."""

    consumer: str = "fanout"
    default_zone: str = "Asia/Riyadh"
    block_ms: int = 1000
    batch: int = 20
    claim_after_ms: int = 60_000  # delivery.claim_after: then another consumer takes over
    retry_wait: float = 2.0  # after a failed round; doubled each time, up to max_retry_wait
    max_retry_wait: float = 60.0


@dataclass(frozen=True, slots=True)
class FanOutParts:
    """The stores the fan-out writes to."""

    chats: ChatStore
    index: TermIndex
    stories: Stories
    outbox: Outbox
    digests: DigestStore
    story_alerts: StoryAlerts
    options: AlertOptions

    @classmethod
    def build(
        cls, redis: Redis, keys: Keys, delivery: DeliverySettings, default_zone: str
    ) -> FanOutParts:
        """Build every part over one Redis client; `default_zone` is config.yaml's."""
        return cls(
            chats=ChatStore(redis, keys),
            index=TermIndex(Subscriptions(redis, keys)),
            stories=Stories(redis, keys, delivery),
            outbox=Outbox(redis, keys, claim_after_ms=delivery.claim_after * 1000),
            digests=DigestStore(redis, keys, default_zone),
            story_alerts=StoryAlerts(redis, keys, ttl=delivery.story_window + 3600),
            options=AlertOptions(redis, keys, default_zone),
        )


class FanOut:
    """Turns each new article into at most one alert per chat and story."""

    def __init__(
        self, redis: Redis, keys: Keys, parts: FanOutParts, stop: asyncio.Event,
        options: FanOutOptions | None = None,
    ) -> None:  # fmt: skip
        """Wire the parts; nothing is read until run()."""
        self._options = options or FanOutOptions()
        self._redis = redis
        self._keys = keys
        self._parts = parts
        self._stop = stop
        self._queue = ArticleQueue(
            redis, keys, self._options.consumer,
            batch=self._options.batch, claim_after_ms=self._options.claim_after_ms,
        )  # fmt: skip

    async def run(self) -> None:
        """Handle articles until stopped; Redis trouble waits and retries."""
        failures = 0
        group_ready = False
        while not self._stop.is_set():
            try:
                if not group_ready:
                    await ensure_alert_group(self._redis, self._keys)
                    group_ready = True
                queued = await self._queue.read(self._options.block_ms)
                await self._parts.index.refresh()
                await self.handle_batch(queued)
                failures = 0
            except ResponseError as exc:
                log.warning("fan-out: Redis refused a command (%s); retrying", exc)
                group_ready = "NOGROUP" not in str(exc)
                failures += 1
            except RedisError as exc:
                log.warning("fan-out: Redis did not answer (%s); retrying", exc)
                failures += 1
            except Exception:
                log.exception("fan-out: unexpected failure; the articles stay pending")
                failures += 1
            if failures:
                wait = self._options.retry_wait * 2 ** min(failures - 1, 10)
                await self._pause(min(wait, self._options.max_retry_wait))

    async def handle_batch(self, queued: Sequence[Queued]) -> None:
        """Handle articles in order, acknowledging each once its alerts are queued."""
        for item in queued:
            if item.article is not None:
                await self.handle(item.article, time.time())
            await self._queue.ack(item.entry_id)

    async def handle(self, article: Article, now: float) -> int:
        """Queue the article's alerts; return how many chats get it now or in a digest."""
        started = time.perf_counter()
        by_chat = self._parts.index.match(article)
        MATCH_SECONDS.observe(time.perf_counter() - started)
        parts = self._parts
        # Every article gets its story, matched or not: the window and the word rarities
        # learn from the whole stream, so a later outlet's article finds its story.
        story = await parts.stories.story_of(article, now)
        if not by_chat:
            return 0
        MATCHES.inc(len(by_chat))
        wanted = self._wanted(by_chat, await parts.chats.alike(by_chat), now)
        if not wanted:
            return 0
        once = [chat_id for chat_id, chat in wanted.items() if chat.stories == "one"]
        first = set(await parts.stories.claim_many(story, once, article.id))
        fresh = [chat_id for chat_id in wanted if chat_id in first or chat_id not in once]
        repeats = [chat_id for chat_id in once if chat_id not in first]
        alerts: list[OutboxAlert] = []
        kept: list[tuple[Chat, DigestItem]] = []
        held: list[tuple[Chat, DigestItem, float]] = []  # quiet hours: until they end
        # The story's first alert by what it shows: chats alike share one record of it.
        sent: dict[tuple[object, ...], tuple[SentAlert, list[int]]] = {}
        bodies: dict[BodyKey, OutboxAlert] = {}
        for chat_id in fresh:
            chat, hits = wanted[chat_id], by_chat[chat_id]
            if chat.mode != "instant":
                kept.append((chat.with_id(chat_id), DigestItem.of(article, hits, story)))
                continue
            until = parts.options.held_until(chat, now)
            if until is not None:
                held.append((chat.with_id(chat_id), DigestItem.of(article, hits, story), until))
                continue
            body = self._body(article, hits, chat, bodies)
            alert = OutboxAlert(
                id=f"{article.id}:{chat_id}", chat_id=chat_id, text=body.text,
                thread=chat.thread, feed_id=article.feed_id, article_id=article.id,
                queued_at=now, buttons=body.buttons, silent=parts.options.silent(chat, now),
                preview=body.preview, body=body.body,
            )  # fmt: skip
            alerts.append(alert)
            if chat_id in first:
                # A shared body's id stands for its text, buttons and preview.
                like = (
                    (body.body, chat.lang) if body.body
                    else (body.text, chat.lang, body.buttons, body.preview)
                )  # fmt: skip
                group = sent.get(like)
                if group is None:
                    group = sent[like] = (SentAlert.of(body, chat.lang, article), [])
                group[1].append(chat_id)
        edited: list[tuple[int, int | None]] = []
        for chat_id in repeats:
            chat = wanted[chat_id]
            repeat = DigestItem.of(article, by_chat[chat_id], story, repeat=True)
            until = parts.options.held_until(chat, now) if chat.mode == "instant" else None
            if chat.mode != "instant":
                kept.append((chat.with_id(chat_id), repeat))
            elif until is not None:  # quiet hours hold: the story's line is in that digest
                held.append((chat.with_id(chat_id), repeat, until))
            else:
                edited.append((chat_id, chat.thread))
        edits = await parts.story_alerts.edits(story, edited, article, now)
        await parts.digests.add_many(kept, now)
        await parts.digests.hold_many(held, now)
        await parts.options.keep_cards(alerts, article, by_chat)
        # The story's records and the queued alerts do not wait on each other (Redis
        # records while the process encodes); the article is acknowledged after both.
        # An edit that finds no record yet meets the claim-to-record gap there always was.
        async with asyncio.TaskGroup() as both:
            both.create_task(parts.story_alerts.remember(story, list(sent.values())))
            both.create_task(parts.outbox.put(alerts + edits))
        ALERTS_QUEUED.labels("alert").inc(len(alerts))
        ALERTS_QUEUED.labels("edit").inc(len(edits))
        log.info(
            "fan-out: feed=%s article=%s story=%s matched=%d new=%d queued=%d edits=%d",
            article.feed_id, article.id, story, len(by_chat), len(fresh), len(alerts), len(edits),
        )  # fmt: skip
        return len(fresh)

    def _wanted(
        self, by_chat: dict[int, list[Hit]], alike: list[tuple[Chat, list[int]]], now: float
    ) -> dict[int, Chat]:
        """Return the chats to alert now or in a digest; drop their muted hits from by_chat.

        Each chat maps to its settings, one record shared by chats alike (its id
        is one of theirs: the key is the chat's id; Chat.with_id for its own record).
        """
        records: dict[int, Chat] = {}
        for chat, chat_ids in alike:
            records.update(dict.fromkeys(chat_ids, chat))
        wanted: dict[int, Chat] = {}
        for chat_id in by_chat:
            chat = records.get(chat_id) or Chat.unrecorded(chat_id)
            # Paused chats keep what they asked to keep (a digest); instant alerts are not kept.
            if chat.inactive or (chat.paused and chat.mode == "instant"):
                continue
            by_chat[chat_id] = self._parts.options.unmuted(chat, by_chat[chat_id], now)
            if by_chat[chat_id]:  # a chat whose every hit is muted gets nothing
                wanted[chat_id] = chat
        return wanted

    def _body(
        self, article: Article, hits: list[Hit], chat: Chat, cache: dict[BodyKey, OutboxAlert]
    ) -> OutboxAlert:
        """Return the chat's body (text, buttons, preview), made once per BodyKey.

        Most chats share one: the outbox then keeps it once, and each chat's
        entry names it (see bot.deliver.outbox).
        """
        zone_name = chat.timezone or self._options.default_zone
        key = (chat.lang, zone_name, tuple(hit.term for hit in hits), chat.preview)
        body = cache.get(key)
        if body is None:
            body = cache[key] = self._render(article, hits, chat)
        return body

    def _render(self, article: Article, hits: list[Hit], chat: Chat) -> OutboxAlert:
        """Render and dress one body, marked shared under its digest."""
        zone = chat.zone(self._options.default_zone)
        text = render_alert(article, hits, lang=chat.lang, zone=zone)
        bare = OutboxAlert(id="", chat_id=chat.id, text=text)
        dressed = self._parts.options.dress_body(bare, chat, article, hits)
        return dressed.sharing(body_id(dressed))

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), seconds)
