"""Reading a feed body: compression undone piecewise, and the size cap while streaming."""

from __future__ import annotations

import gzip
import threading
import tracemalloc
import zlib
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler

import pytest

from feeds.fetcher import (
    FetchPolicy,
)
from tests.feeds.fetch_rig import FEED, MB, failure, fetched, gzip_of_zeros, quietly
from tests.http_server import Handler, LocalHTTPServer, Response

# ~200 KB on the wire that inflates to 200 MB.
GZIP_BOMB = gzip_of_zeros(200 * MB)


def _raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", _raw_deflate),  # what many servers send despite the standard
    ],
)
async def test_compressed_feed_is_decoded(
    http_server: LocalHTTPServer, encoding: str, encode: Callable[[bytes], bytes]
) -> None:
    document = FEED * 50
    url = http_server.serve(
        "/rss", Response(encode(document), headers={"Content-Encoding": encoding})
    )
    assert (await fetched(url)).content == document


async def test_corrupt_gzip_is_reported(http_server: LocalHTTPServer) -> None:
    url = http_server.serve(
        "/rss", Response(b"not gzip at all", headers={"Content-Encoding": "gzip"})
    )
    error = await failure(url)
    assert str(error) == "the site's gzip compression of the feed is corrupt; Rasd will retry"


async def test_unknown_encoding_is_reported(http_server: LocalHTTPServer) -> None:
    url = http_server.serve("/rss", Response(b"\x00\x01", headers={"Content-Encoding": "br"}))
    error = await failure(url)
    assert str(error) == "the site sent the feed encoded as 'br', which Rasd cannot decode"


def _endless(total: int, *, declare: bool, sent: list[int], done: threading.Event) -> Handler:
    """A handler that pours out `total` bytes as fast as the client takes them."""

    def pours(request: BaseHTTPRequestHandler) -> None:
        try:
            request.send_response(200)
            if declare:
                request.send_header("Content-Length", str(total))
            request.end_headers()
            chunk = b"y" * 65536
            while sent[0] < total:
                request.wfile.write(chunk)
                sent[0] += len(chunk)
        finally:
            done.set()

    return quietly(pours)


async def test_fast_endless_body_stops_at_the_size_cap(http_server: LocalHTTPServer) -> None:
    sent, done = [0], threading.Event()
    url = http_server.serve("/endless", _endless(10**12, declare=False, sent=sent, done=done))
    error = await failure(url)
    assert str(error) == "the feed is over the 10,000-byte limit; Rasd stopped reading it"
    assert done.wait(10)


@pytest.mark.parametrize("declare", [True, False])
async def test_50_mb_body_is_not_downloaded(http_server: LocalHTTPServer, declare: bool) -> None:
    total = 50 * MB
    sent, done = [0], threading.Event()
    url = http_server.serve("/big", _endless(total, declare=declare, sent=sent, done=done))
    error = await failure(url, FetchPolicy(allow_private=True, max_bytes=1_000_000))
    if declare:
        assert str(error) == (
            "the feed is 52,428,800 bytes, over the 1,000,000-byte limit; Rasd did not download it"
        )
    else:
        assert str(error) == "the feed is over the 1,000,000-byte limit; Rasd stopped reading it"
    assert done.wait(10), "the server kept on sending after Rasd hung up"
    assert sent[0] < total


async def test_gzip_bomb_stops_without_inflating_it(http_server: LocalHTTPServer) -> None:
    url = http_server.serve("/bomb", Response(GZIP_BOMB, headers={"Content-Encoding": "gzip"}))
    policy = FetchPolicy(allow_private=True)
    tracemalloc.start()
    try:
        error = await failure(url, policy)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(error) == (
        "the feed decompresses to over the 5,242,880-byte limit (a compression bomb?); "
        "Rasd stopped decompressing it"
    )
    assert peak < 50 * MB
