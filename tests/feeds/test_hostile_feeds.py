"""Feeds that misbehave: the poller survives, health says what happened, others keep flowing."""

from __future__ import annotations

import asyncio
import ipaddress
import time
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
from redis.asyncio import Redis

from bot.keys import Keys
from feeds.feed import Feed
from feeds.fetcher import FetchPolicy
from feeds.intervals import IntervalRules
from feeds.poll_loop import LoopOptions, PollLoop
from feeds.store import FeedStore
from tests.feed_documents import items, rss20
from tests.feeds.fetch_rig import MB, gzip_of_zeros
from tests.feeds.poll_rig import rig
from tests.http_server import LocalHTTPServer, Response

# Private networks are refused; only the hostile server's own address is let through.
POLICY = FetchPolicy(
    allow_private=False,
    allowed_networks=(ipaddress.ip_network("127.0.0.2/32"),),
    max_bytes=1_000_000,
    timeout=1.0,
)
ENTITY_BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "\xd8\xae\xd8\xa8\xd8\xb1">'
    + b"".join(
        b'<!ENTITY %s "&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;">'
        % ((chr(98 + n).encode(),) + (chr(97 + n).encode(),) * 10)
        for n in range(9)
    )
    + b']><rss version="2.0"><channel><title>&j;</title><item><title>&j;</title>'
    b"<link>https://bomb.example/1</link></item></channel></rss>"
)
HTML_PAGE = "<!DOCTYPE html><html><head><title>الرئيسية</title></head><body>أهلا</body></html>"


def _slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(3)
    handler.send_response(200)
    handler.end_headers()


def _endless(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.end_headers()
    _pour(handler, b"<rss><channel>" + b"<item><title>\xd8\xae</title></item>" * 2000, 10**6)


def _fifty_megabytes(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", str(50 * 1024 * 1024))
    handler.end_headers()
    _pour(handler, b"x" * 65_536, 800)


def _pour(handler: BaseHTTPRequestHandler, chunk: bytes, times: int) -> None:
    try:
        for _ in range(times):
            handler.wfile.write(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client hung up, as it should


HOSTILE: dict[str, tuple[Response | object, str]] = {
    "/404": (Response(b"gone", status=404), "HTTP 404 Not Found"),
    "/500": (Response(b"boom", status=500), "HTTP 500 Internal Server Error"),
    "/429": (Response(status=429, headers={"Retry-After": "120"}), "wait 120 s"),
    "/slow": (_slow, "no complete answer within 1 s"),
    "/endless": (_endless, "over the 1,000,000-byte limit"),
    "/50mb": (_fifty_megabytes, "52,428,800 bytes, over the 1,000,000-byte limit"),
    "/invalid": (
        Response(b"<rss><channel><item><title>\x00\x01</titl>"),
        "the feed is broken (line 1: mismatched tag)",
    ),
    "/entities": (Response(ENTITY_BOMB), "declares its own XML entities"),
    "/gzip-bomb": (
        Response(gzip_of_zeros(200 * MB), headers={"Content-Encoding": "gzip"}),
        "decompresses to over the 1,000,000-byte limit",
    ),
    "/loop": (Response(status=302, headers={"Location": "/loop"}), "redirects in a loop"),
    "/html": (
        Response(HTML_PAGE.encode(), headers={"Content-Type": "text/html; charset=utf-8"}),
        "HTML web page, not an RSS or Atom feed",
    ),
}


@pytest.fixture
def hostile() -> Iterator[LocalHTTPServer]:
    """A server on 127.0.0.2 serving every hostile route, plus one good feed."""
    with LocalHTTPServer(host="127.0.0.2") as server, LocalHTTPServer() as inside:
        for path, (route, _) in HOSTILE.items():
            server.serve(path, route)  # type: ignore[arg-type]
        secret = inside.serve("/internal", Response(rss20(items("internal", 2))))
        server.serve("/to-loopback", Response(status=302, headers={"Location": secret}))
        server.serve("/good", Response(rss20(items("good", 2))))
        yield server
        assert inside.hits("/internal") == 0  # the private hop was never dialled


@pytest.mark.parametrize("path", [*HOSTILE, "/to-loopback"])
async def test_each_hostile_feed_is_explained_in_its_health(
    path: str, hostile: LocalHTTPServer, redis: Redis, keys: Keys
) -> None:
    expected = HOSTILE[path][1] if path in HOSTILE else "private or local address"
    feed = Feed.from_url(hostile.url(path), "مصدر مشاكس")
    await FeedStore(redis, keys).add(feed)
    async with rig(redis, keys, policy=POLICY) as r:
        outcome = await r.poller.poll(feed.id)
        state = await r.state(feed.id)
    assert outcome.error is not None and expected in outcome.error
    assert str(state.last_error) == outcome.error and state.failures == 1
    assert outcome.next_due is not None and outcome.next_due > r.clock.now
    assert await r.streamed() == []


async def test_the_poller_survives_them_all_while_a_good_feed_keeps_flowing(
    hostile: LocalHTTPServer, redis: Redis, keys: Keys
) -> None:
    store = FeedStore(redis, keys)
    for path in [*HOSTILE, "/to-loopback", "/good"]:
        await store.add(Feed.from_url(hostile.url(path), path, interval=1))
    rules = IntervalRules(default=1, max_interval=60, max_backoff=1, disable_after=3600)
    stop = asyncio.Event()
    tracemalloc.start()
    try:
        async with rig(redis, keys, rules=rules, policy=POLICY) as r:
            loop = PollLoop(r.poller, store.schedule, LoopOptions(concurrency=20))
            running = asyncio.create_task(loop.run(stop))
            await asyncio.sleep(2.5)
            hostile.serve("/good", Response(rss20(items("good", 4))))
            await asyncio.sleep(2.5)
            stop.set()
            await running
            arrived = [article.title for article in await r.streamed()]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert arrived == [item.title for item in items("good", 4)[:2]]
    for path in [*HOSTILE, "/to-loopback"]:
        state = await r.state(Feed.from_url(hostile.url(path), path).id)
        assert state.failures >= 2, path  # retried, and failing each time
    assert peak < 100 * 1024 * 1024
