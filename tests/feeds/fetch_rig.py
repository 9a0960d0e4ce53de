"""Fetching over real HTTP for the fetcher's tests: policies, calls and handlers."""

from __future__ import annotations

import contextlib
import zlib
from http.server import BaseHTTPRequestHandler

import pytest

from feeds.errors import FetchError
from feeds.fetcher import (
    Fetched,
    Fetcher,
    FetchPolicy,
    NotModified,
    Validators,
)
from tests.http_server import Handler

PRIVATE_OK = FetchPolicy(allow_private=True, max_bytes=10_000, timeout=2)
FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
MB = 1024 * 1024
NO_VALIDATORS = Validators()


def gzip_of_zeros(size: int) -> bytes:
    """Compress `size` zero bytes a megabyte at a time, never holding them all."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(MB)
    parts = [compressor.compress(zeros) for _ in range(size // MB)]
    return b"".join([*parts, compressor.flush()])


async def fetch(
    url: str, policy: FetchPolicy = PRIVATE_OK, validators: Validators = NO_VALIDATORS
) -> Fetched | NotModified:
    async with Fetcher(policy) as fetcher:
        return await fetcher.fetch(url, validators)


async def fetched(url: str, policy: FetchPolicy = PRIVATE_OK) -> Fetched:
    result = await fetch(url, policy)
    assert isinstance(result, Fetched)
    return result


async def failure(url: str, policy: FetchPolicy = PRIVATE_OK) -> FetchError:
    with pytest.raises(FetchError) as caught:
        await fetch(url, policy)
    return caught.value


def quietly(handler: Handler) -> Handler:
    """Let a handler stop writing once the client has hung up, without a traceback."""

    def wrapped(request: BaseHTTPRequestHandler) -> None:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            handler(request)

    return wrapped


def send(
    request: BaseHTTPRequestHandler, body: bytes, headers: dict[str, str] | None = None
) -> None:
    request.send_response(200)
    for name, value in (headers or {}).items():
        request.send_header(name, value)
    request.send_header("Content-Length", str(len(body)))
    request.end_headers()
    request.wfile.write(body)
