"""Reading a feed once before it is added, and the feeds a web page names."""

from __future__ import annotations

import pytest

from feeds.errors import FetchError
from feeds.fetcher import Fetcher, FetchPolicy
from feeds.trial import ReadFeed, WebPage, try_feed
from tests.feed_documents import atom, items, rss20
from tests.http_server import LocalHTTPServer, Response

POLICY = FetchPolicy(allow_private=True, timeout=5)
HTML = {"Content-Type": "text/html; charset=utf-8"}


def page(links: str) -> Response:
    return Response(f"<html><head>{links}</head><body></body></html>".encode(), headers=HTML)


async def attempt(url: str) -> ReadFeed | WebPage:
    async with Fetcher(POLICY) as fetcher:
        return await try_feed(fetcher, url)


async def test_a_feed_is_read_with_its_item_count(http_server: LocalHTTPServer) -> None:
    url = http_server.serve("/rss", Response(rss20(items("a", 4))))
    assert await attempt(url) == ReadFeed(url, "", 4, None)


async def test_links_resolve_against_the_page_reached_after_a_redirect(
    http_server: LocalHTTPServer,
) -> None:
    http_server.serve("/news/feed.xml", Response(rss20(items("n", 2))))
    http_server.serve("/news/atom.xml", Response(atom(items("m", 3))))
    http_server.serve("/news/", page(
        '<link rel="alternate" type="application/rss+xml" title="الرئيسي" href="feed.xml">'
        '<link rel="alternate" type="application/atom+xml" href="atom.xml">'
    ))  # fmt: skip
    old = http_server.serve("/old", Response(status=301, headers={"Location": "/news/"}))
    found = await attempt(old)
    assert found == WebPage((
        ReadFeed(http_server.url("/news/feed.xml"), "الرئيسي", 2, None),
        ReadFeed(http_server.url("/news/atom.xml"), "", 3, None),
    ))  # fmt: skip


async def test_a_page_whose_only_feed_fails_is_refused_with_that_feeds_reason(
    http_server: LocalHTTPServer,
) -> None:
    url = http_server.serve("/", page(
        '<link rel="alternate" type="application/rss+xml" href="/missing.xml">'
    ))  # fmt: skip
    with pytest.raises(FetchError) as caught:
        await attempt(url)
    assert str(caught.value).startswith("the server answered HTTP 404")
    assert str(caught.value).endswith(
        f"(the feed this page links to: {http_server.url('/missing.xml')})"
    )


async def test_a_document_that_is_no_feed_is_refused_with_the_parsers_reason(
    http_server: LocalHTTPServer,
) -> None:
    url = http_server.serve("/data.json", Response(b'{"items": []}'))
    with pytest.raises(FetchError, match="serves JSON, not an RSS or Atom feed"):
        await attempt(url)
