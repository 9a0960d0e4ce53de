"""What a chat chose about its alerts: muted terms, quiet hours, link previews, buttons.

The fan-out asks this before it queues an alert: which hits are muted (they
are dropped; a chat left with none gets nothing; the mutes come with the
chat's record), whether the chat's quiet
hours hold the alert for a digest at their end, and how to dress the alert
(silent, previewed, with its buttons). Each alert's card, which the buttons
act on, is kept here too. Times come from the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from redis.asyncio import Redis

from bot.article import Article
from bot.deliver.alert_buttons import alert_buttons
from bot.deliver.outbox_alert import OutboxAlert
from bot.deliver.quiet_hours import parse_quiet
from bot.keys import Keys
from bot.match.matcher import Hit
from bot.match.narrowing import narrowing
from bot.store.alert_cards import AlertCard, AlertCards, alert_card_token, card_token
from bot.store.chats import Chat


class AlertOptions:
    """Applies each chat's mutes, quiet hours and preview choice to its alerts."""

    def __init__(self, redis: Redis, keys: Keys, default_zone: str) -> None:
        """`default_zone` is config.yaml's timezone, for chats that set none."""
        self._cards = AlertCards(redis, keys)
        self._default_zone = default_zone

    @staticmethod
    def unmuted(chat: Chat, hits: list[Hit], now: float) -> list[Hit]:
        """Return the chat's hits without the terms it muted at `now` (maybe none)."""
        if not chat.mutes:
            return hits
        return [hit for hit in hits if not chat.muted(hit.term, now)]

    def held_until(self, chat: Chat, now: float) -> float | None:
        """Return when the chat's quiet hours end, if they hold its alerts at `now`."""
        quiet = parse_quiet(chat.quiet)
        if quiet is None or not chat.quiet_hold:
            return None  # before the zone: most chats have no quiet hours
        zone = chat.zone(self._default_zone)
        if not quiet.covers(zone, now):
            return None
        return quiet.ends_after(zone, now)

    def silent(self, chat: Chat, now: float) -> bool:
        """Tell whether a message sent to the chat at `now` falls in its quiet hours."""
        quiet = parse_quiet(chat.quiet)
        return quiet is not None and quiet.covers(chat.zone(self._default_zone), now)

    def dress(
        self, alert: OutboxAlert, chat: Chat, article: Article, hits: Sequence[Hit], now: float
    ) -> OutboxAlert:
        """Return the alert with its buttons, its sound (quiet hours) and its preview."""
        return replace(self.dress_body(alert, chat, article, hits), silent=self.silent(chat, now))

    @staticmethod
    def dress_body(
        alert: OutboxAlert, chat: Chat, article: Article, hits: Sequence[Hit]
    ) -> OutboxAlert:
        """Return the alert with its buttons and its preview: what chats alike share."""
        token = alert_card_token(article.id, [hit.term for hit in hits])
        return replace(
            alert, buttons=alert_buttons(token, chat.lang),
            preview=article.link if chat.preview else "",
        )  # fmt: skip

    async def keep_cards(
        self, alerts: Sequence[OutboxAlert], article: Article, by_chat: dict[int, list[Hit]]
    ) -> None:
        """Keep what the alerts' buttons act on: one card per set of terms the article hit."""
        cards: dict[str, AlertCard] = {}
        bodies: set[str] = set()
        for alert in alerts:
            if alert.body:  # a shared body's buttons, hence its card, are the same for all
                if alert.body in bodies:
                    continue
                bodies.add(alert.body)
            hits = by_chat[alert.chat_id]
            token = alert_card_token(article.id, [hit.term for hit in hits])
            if token not in cards:
                cards[token] = AlertCard(
                    article_id=article.id, feed_id=article.feed_id,
                    terms=tuple(hit.term for hit in hits),
                    narrowings=tuple(self._fix(hit, article) for hit in hits),
                )  # fmt: skip
        await self._cards.put_many(list(cards.items()))

    def _fix(self, hit: Hit, article: Article) -> tuple[str, str]:
        offer = narrowing(hit.term, hit, article)
        return offer.excluding, offer.exact

    async def keep_digest_cards(self, alerts: Sequence[OutboxAlert], terms: Sequence[str]) -> None:
        """Keep the cards of a digest's messages: their buttons act on every term listed."""
        card = AlertCard("", "", tuple(dict.fromkeys(terms)))
        cards = [(card_token(alert.id), card) for alert in alerts]
        await self._cards.put_many(cards)
