"""Reading the stream of new articles the pollers append to."""

from __future__ import annotations

from typing import cast

from redis.asyncio import Redis

from bot.article import Article

Entries = list[tuple[str, dict[str, str]]]


class ArticleStream:
    """The most recent new articles, oldest first."""

    def __init__(self, redis: Redis, key: str) -> None:
        self._redis = redis
        self._key = key

    async def recent(self, count: int | None = None) -> list[Article]:
        """Return the last `count` articles (all kept ones when None), oldest first."""
        raw = await self._redis.xrevrange(self._key, count=count)
        entries = cast(Entries, raw)  # the client decodes responses
        return [Article.from_json(fields["article"]) for _id, fields in reversed(entries)]
