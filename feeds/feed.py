"""A feed as the rest of Rasd knows it: an id, where it lives, what it is called."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


def feed_id_for(url: str) -> str:
    """Return a short stable id for a feed URL."""
    return hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Feed:
    """One feed to poll."""

    id: str
    url: str
    name: str
    interval: int | None = None

    @classmethod
    def from_url(cls, url: str, name: str, interval: int | None = None) -> Feed:
        """Build a feed whose id derives from its URL."""
        return cls(id=feed_id_for(url), url=url, name=name, interval=interval)
