"""The article: what a feed entry becomes once it has left the parser."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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
