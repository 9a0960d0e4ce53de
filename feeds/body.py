"""Capped body reading, inflated piecewise; httpx would inflate a gzip bomb ~64 MB a chunk."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Protocol

import httpx

from feeds.errors import FetchError, Reason

# Only what _decoder can undo while counting its output.
ACCEPT_ENCODING = "gzip, deflate"
# Decompressed bytes produced per step, so a bomb never inflates far past the cap at once.
_PIECE = 64 * 1024


class _Decoder(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]: ...


class _Identity:
    def feed(self, data: bytes) -> Iterator[bytes]:
        yield data


class _Inflater:
    """gzip or deflate, inflated a bounded piece at a time."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._started = False
        wbits = zlib.MAX_WBITS | 16 if name == "gzip" else zlib.MAX_WBITS
        self._zlib = zlib.decompressobj(wbits)

    def feed(self, data: bytes) -> Iterator[bytes]:
        while not self._zlib.eof:
            out = self._inflate(data)
            data = self._zlib.unconsumed_tail
            if out:
                yield out
            if not data and len(out) < _PIECE:
                return  # a full piece may leave output pending; otherwise all is out

    def _inflate(self, data: bytes) -> bytes:
        try:
            out = self._zlib.decompress(data, _PIECE)
        except zlib.error:
            if self._started or self._name != "deflate":
                raise FetchError(Reason.of("bad_compression", name=self._name)) from None
            # Many servers send raw deflate without the zlib wrapper the standard asks for.
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            self._started = True
            return self._inflate(data)
        self._started = True
        return out


def _decoder(content_encoding: str | None) -> _Decoder:
    codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if not codings:
        return _Identity()
    if codings in (["gzip"], ["x-gzip"]):
        return _Inflater("gzip")
    if codings == ["deflate"]:
        return _Inflater("deflate")
    raise FetchError(Reason.of("unknown_encoding", encoding=content_encoding))


def _declared_length(response: httpx.Response) -> int | None:
    declared = response.headers.get("content-length", "").strip()
    return int(declared) if declared.isascii() and declared.isdigit() else None


async def read_capped(response: httpx.Response, limit: int) -> bytes:
    """Return the decoded body, failing as soon as it grows past the limit."""
    declared = _declared_length(response)
    if declared is not None and declared > limit:
        raise FetchError(Reason.of("too_big_declared", size=f"{declared:,}", limit=f"{limit:,}"))
    decoder = _decoder(response.headers.get("content-encoding"))
    body = bytearray()
    async for raw in response.aiter_raw():
        for piece in decoder.feed(raw):
            body += piece
            if len(body) > limit:
                raise _oversize(limit, compressed=not isinstance(decoder, _Identity))
    return bytes(body)


def _oversize(limit: int, *, compressed: bool) -> FetchError:
    key = "too_big_compressed" if compressed else "too_big"
    return FetchError(Reason.of(key, limit=f"{limit:,}"))
