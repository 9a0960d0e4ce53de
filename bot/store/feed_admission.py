"""Whether a feed URL may be added: well-formed, http(s), and not into a private network."""

from __future__ import annotations

from urllib.parse import urlsplit

from bot.config import Config
from bot.settings import MAX_POLL_INTERVAL, check_http_url
from bot.store.feed_config import fetch_policy
from feeds.errors import FetchError, Reason, short_url
from feeds.feed import Feed
from feeds.url_guard import check_public


class FeedRefusedError(Exception):
    """A feed URL that cannot be added; the reason says why."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(str(reason))
        self.reason = reason


async def checked_feed(config: Config, url: str, name: str | None, interval: int | None) -> Feed:
    """Return the feed to add, or raise FeedRefusedError saying what is wrong with it."""
    url = url.strip()
    try:
        check_http_url(url)
    except ValueError:
        raise FeedRefusedError(Reason.of("not_http", url=short_url(url))) from None
    if interval is not None and not 1 <= interval <= MAX_POLL_INTERVAL:
        raise FeedRefusedError(Reason.of("interval", interval=interval, most=MAX_POLL_INTERVAL))
    policy = fetch_policy(config)
    try:
        await check_public(
            url, allow_private=policy.allow_private, allowed_networks=policy.allowed_networks
        )
    except FetchError as exc:
        raise FeedRefusedError(exc.reason) from None
    # One line: a name from an OPML file may carry newlines or tabs.
    label = " ".join((name or "").split()) or urlsplit(url).hostname or url
    return Feed.from_url(url, label[:100], interval)
