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
    # Each new item's web page is fetched and its main text becomes the body.
    full_text: bool = False

    @classmethod
    def from_url(
        cls, url: str, name: str, interval: int | None = None, *, full_text: bool = False
    ) -> Feed:
        """Build a feed whose id derives from its URL."""
        return cls(id=feed_id_for(url), url=url, name=name, interval=interval, full_text=full_text)
