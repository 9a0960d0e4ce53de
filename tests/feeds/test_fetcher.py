"""Fetching over real HTTP on 127.0.0.1: limits, redirects and the private-network rule."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler

import pytest

from feeds.errors import FetchError
from feeds.fetcher import USER_AGENT, FetchPolicy, fetch, new_client
from feeds.url_guard import BlockedAddressError, check_public
from tests.http_server import LocalHTTPServer, Response

PRIVATE_OK = FetchPolicy(allow_private=True, max_bytes=10_000, timeout=2)


async def test_fetches_bytes_and_names_rasd_in_the_user_agent(http_server: LocalHTTPServer) -> None:
    url = http_server.serve(
        "/rss", Response(b"<rss/>", headers={"Content-Type": "application/rss+xml"})
    )
    async with new_client(PRIVATE_OK) as client:
        fetched = await fetch(client, url, PRIVATE_OK)
    assert fetched.content == b"<rss/>"
    assert fetched.content_type == "application/rss+xml"
    assert http_server.requests[0][1]["User-Agent"] == USER_AGENT


async def test_http_error_is_reported(http_server: LocalHTTPServer) -> None:
    url = http_server.url("/missing")
    async with new_client(PRIVATE_OK) as client:
        with pytest.raises(FetchError, match="HTTP 404"):
            await fetch(client, url, PRIVATE_OK)


async def test_redirect_is_followed(http_server: LocalHTTPServer) -> None:
    target = http_server.serve("/new", Response(b"<rss/>"))
    url = http_server.serve("/old", Response(status=301, headers={"Location": "/new"}))
    async with new_client(PRIVATE_OK) as client:
        fetched = await fetch(client, url, PRIVATE_OK)
    assert fetched.url == target


async def test_redirect_loop_stops(http_server: LocalHTTPServer) -> None:
    url = http_server.serve("/loop", Response(status=302, headers={"Location": "/loop"}))
    async with new_client(PRIVATE_OK) as client:
        with pytest.raises(FetchError, match="more than 5 redirects"):
            await fetch(client, url, PRIVATE_OK)
    assert http_server.hits("/loop") == 6


async def test_declared_oversize_body_is_refused(http_server: LocalHTTPServer) -> None:
    url = http_server.serve("/big", Response(b"x" * 20_000))
    async with new_client(PRIVATE_OK) as client:
        with pytest.raises(FetchError, match="over the 10,000-byte limit"):
            await fetch(client, url, PRIVATE_OK)


async def test_undeclared_oversize_body_stops_while_streaming(http_server: LocalHTTPServer) -> None:
    def endless(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.end_headers()  # no Content-Length: the size is only known by reading
        try:
            for _ in range(1000):
                handler.wfile.write(b"y" * 4096)
        except (BrokenPipeError, ConnectionResetError):
            pass

    url = http_server.serve("/endless", endless)
    async with new_client(PRIVATE_OK) as client:
        with pytest.raises(FetchError, match="stopped reading"):
            await fetch(client, url, PRIVATE_OK)


async def test_loopback_feed_is_refused_unless_allowed(http_server: LocalHTTPServer) -> None:
    url = http_server.serve("/rss", Response(b"<rss/>"))
    public_only = FetchPolicy()
    async with new_client(public_only) as client:
        with pytest.raises(BlockedAddressError, match="allow_private_feeds"):
            await fetch(client, url, public_only)
    assert http_server.hits("/rss") == 0


async def test_loopback_address_names_the_address(http_server: LocalHTTPServer) -> None:
    with pytest.raises(BlockedAddressError, match=r"127\.0\.0\.1"):
        await check_public(http_server.url("/anything"))


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3/rss",
        "http://192.168.0.10/",
        "http://169.254.169.254/latest",
        "http://[::1]/",
    ],
)
async def test_private_ranges_are_refused(url: str) -> None:
    with pytest.raises(BlockedAddressError):
        await check_public(url)
