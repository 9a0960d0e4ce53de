"""Fetch an item's web page through the feeds' guarded fetcher and return its main text.

The Fetcher brings the guards (private addresses refused at every redirect and
at connect time, the size cap, the deadline, the per-host concurrency); Pacing
adds a polite gap between two page requests to one site, since a feed's new
items all live on the same site and would otherwise be fetched in one burst.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

from feeds.errors import FetchError, Reason
from feeds.fetcher import Fetcher, NotModified
from feeds.page_text import is_html, main_text

PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"


class PageError(FetchError):
    """A page that gave no text: not HTML, or no article found in it."""


class Pacing:
    """Spaces the starts of requests to one host at least `gap` seconds apart."""

    def __init__(self, gap: float) -> None:
        self._gap = gap
        self._next: dict[str, float] = {}  # host -> earliest start of its next request

    async def turn(self, host: str) -> None:
        """Wait until this host may be asked again, and book the next turn."""
        if self._gap <= 0:
            return
        now = asyncio.get_running_loop().time()
        if len(self._next) > 1000:  # hosts come and go; forget those long free
            self._next = {h: t for h, t in self._next.items() if t > now}
        start = max(now, self._next.get(host, now))
        self._next[host] = start + self._gap
        if start > now:
            await asyncio.sleep(start - now)


class PageReader:
    """Reads article pages: guarded fetch, polite pacing, main-text extraction."""

    def __init__(self, fetcher: Fetcher, pacing: Pacing) -> None:
        self._fetcher = fetcher
        self._pacing = pacing

    async def read(self, link: str) -> str:
        """Return the page's main text; raise FetchError (PageError) saying why there is none."""
        await self._pacing.turn(urlsplit(link).hostname or "")
        try:
            fetched = await self._fetcher.fetch(link, accept=PAGE_ACCEPT)
        except FetchError as exc:
            if exc.status is None:
                raise
            # The fetcher's advice on a status speaks of feeds; a page needs only the status.
            raise PageError(Reason.of("page_http", status=exc.status)) from None
        if isinstance(fetched, NotModified):  # no validators were sent, so only a broken site
            raise PageError(Reason.of("page_304"))
        if not is_html(fetched.content, fetched.content_type):
            kind = (fetched.content_type or "unknown").partition(";")[0]
            raise PageError(Reason.of("page_not_html", kind=kind))
        # Extraction is CPU work: a thread keeps the other fetches' timers honest.
        try:
            text = await asyncio.to_thread(main_text, fetched.content, fetched.content_type)
        # The page is hostile input to third-party parsers: whatever breaks in there
        # must cost this one page, not the feed's poll.
        except Exception as exc:
            raise PageError(Reason.of("page_unreadable", detail=type(exc).__name__)) from None
        if not text.strip():
            raise PageError(Reason.of("page_no_text"))
        return text
