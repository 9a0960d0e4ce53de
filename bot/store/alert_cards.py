"""What the buttons under a sent alert act on, kept in Redis (callback data holds 64 bytes).

A card is written when the alert is queued and read when a button is tapped.
Its token is a hash of the alert id, so an alert queued twice (a fan-out
repeated after a crash) has one card, and the sender finds the token of any
alert (or of the alert an edit changes) without another lookup.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from redis.asyncio import Redis

from bot.keys import Keys

CARD_TTL = 7 * 86_400  # as long as the sent record: the buttons work as long as it is kept


def card_token(alert_id: str) -> str:
    """Return the short token of an alert's card (12 hex characters)."""
    return hashlib.blake2b(alert_id.encode("utf-8"), digest_size=6).hexdigest()


@dataclass(frozen=True, slots=True)
class AlertCard:
    """One sent alert's (or digest's) chat, article and terms, and the fixes offered per term."""

    chat_id: int
    article_id: str  # "" for a digest
    feed_id: str
    terms: tuple[str, ...]
    # Per term: (term with the neighbouring name excluded, exact term); "" where none.
    narrowings: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> str:
        """Return the stored form."""
        return json.dumps(
            {"chat": self.chat_id, "article": self.article_id, "feed": self.feed_id,
             "terms": list(self.terms), "narrowings": [list(n) for n in self.narrowings]},
            ensure_ascii=False,
        )  # fmt: skip

    @classmethod
    def from_json(cls, raw: str) -> AlertCard:
        """Rebuild a card from `to_json`'s output."""
        data = json.loads(raw)
        return cls(
            chat_id=int(data["chat"]), article_id=str(data.get("article", "")),
            feed_id=str(data.get("feed", "")), terms=tuple(str(t) for t in data["terms"]),
            narrowings=tuple((str(n[0]), str(n[1])) for n in data.get("narrowings", [])),
        )  # fmt: skip

    def narrowing(self, index: int) -> tuple[str, str]:
        """Return the fixes offered for the term at `index` ("", "" when none)."""
        return self.narrowings[index] if index < len(self.narrowings) else ("", "")


class AlertCards:
    """Cards by token."""

    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis = redis
        self._keys = keys

    async def put_many(self, cards: Sequence[tuple[str, AlertCard]]) -> None:
        """Keep cards by alert id, in one round trip."""
        if not cards:
            return
        async with self._redis.pipeline(transaction=False) as pipe:
            for alert_id, card in cards:
                pipe.set(self._keys.card(card_token(alert_id)), card.to_json(), ex=CARD_TTL)
            await pipe.execute()

    async def get(self, token: str) -> AlertCard | None:
        """Return a card; None if it expired, never was, or is unreadable."""
        raw = await self._redis.get(self._keys.card(token))
        if raw is None:
            return None
        try:
            return AlertCard.from_json(str(raw))
        except (ValueError, KeyError, TypeError, IndexError):
            return None
