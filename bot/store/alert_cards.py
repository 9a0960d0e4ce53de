"""What the buttons under a sent alert act on, kept in Redis (callback data holds 64 bytes).

A card is written when the alert is queued and read when a button is tapped.
It names no chat: every chat that got the same article for the same terms
shares one card (one write per article and set of terms, not per chat), and a
tap acts on the chat it came from, on terms that chat still watches. Its
token is a hash of what it is about (article and terms, or a digest
message's id), so an alert queued twice has one card.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from redis.asyncio import Redis

from bot.keys import Keys

CARD_TTL = 7 * 86_400  # as long as the sent record: the buttons work as long as it is kept


def card_token(about: str) -> str:
    """Return the short token of a card (12 hex characters) from what it is about."""
    return hashlib.blake2b(about.encode("utf-8"), digest_size=6).hexdigest()


def alert_card_token(article_id: str, terms: Sequence[str]) -> str:
    """Return the token of the card of an article's alerts for these terms."""
    return card_token("\x1f".join((article_id, *terms)))


@dataclass(frozen=True, slots=True)
class AlertCard:
    """An alert's (or digest's) article and terms, and the fixes offered per term."""

    article_id: str  # "" for a digest
    feed_id: str
    terms: tuple[str, ...]
    # Per term: (term with the neighbouring name excluded, exact term); "" where none.
    narrowings: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> str:
        """Return the stored form."""
        return json.dumps(
            {"article": self.article_id, "feed": self.feed_id,
             "terms": list(self.terms), "narrowings": [list(n) for n in self.narrowings]},
            ensure_ascii=False,
        )  # fmt: skip

    @classmethod
    def from_json(cls, raw: str) -> AlertCard:
        """Rebuild a card from `to_json`'s output."""
        data = json.loads(raw)
        return cls(
            article_id=str(data.get("article", "")),
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
        """Keep cards by token, in one round trip."""
        if not cards:
            return
        async with self._redis.pipeline(transaction=False) as pipe:
            for token, card in cards:
                pipe.set(self._keys.card(token), card.to_json(), ex=CARD_TTL)
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
