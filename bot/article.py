"""The article: what a feed entry becomes once it has left the parser."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

# Longest body kept, in characters: a long news article is some 10,000; the cap
# bounds what one article costs in the Redis stream (see benchmarks/full_text_cost.py).
MAX_BODY = 20_000


def cap_body(text: str, limit: int = MAX_BODY) -> str:
    """Return text cut to at most `limit` characters, at a line or word break when near."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    for mark in ("\n", " "):
        at = cut.rfind(mark, limit - 500)
        if at > 0:
            return cut[:at].rstrip()
    return cut


@dataclass(frozen=True, slots=True)
class Article:
    """One feed entry, plain text, with nothing of the feed library left in it."""

    id: str
    feed_id: str
    feed_name: str
    link: str
    title: str
    summary: str
    published: datetime | None = None
    # The article's full text when there is one (the feed's own content, or the
    # page's main text); empty when only the teaser is known.
    body: str = ""

    def to_json(self) -> str:
        """Return the article as JSON, the form it travels in through Redis."""
        return json.dumps(
            {
                "id": self.id,
                "feed_id": self.feed_id,
                "feed_name": self.feed_name,
                "link": self.link,
                "title": self.title,
                "summary": self.summary,
                "published": self.published.isoformat() if self.published else None,
                "body": self.body,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, raw: str | bytes) -> Article:
        """Rebuild an article from `to_json`'s output."""
        data = json.loads(raw)
        published = data.get("published")
        return cls(
            id=data["id"],
            feed_id=data["feed_id"],
            feed_name=data["feed_name"],
            link=data["link"],
            title=data["title"],
            summary=data["summary"],
            published=datetime.fromisoformat(published) if published else None,
            body=data.get("body", ""),
        )
