"""Fetch a feed's bytes over HTTP, politely and within limits."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from feeds.errors import FetchError
from feeds.url_guard import check_public

USER_AGENT = "Rasd/0.1 (Arabic news alerts; +https://github.com/rasd-bot/rasd)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits applied to every fetch."""

    allow_private: bool = False
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    timeout: float = 20.0


@dataclass(frozen=True, slots=True)
class Fetched:
    """A feed document as it came off the wire."""

    url: str
    content: bytes
    content_type: str | None


def new_client(policy: FetchPolicy) -> httpx.AsyncClient:
    """Return an HTTP client configured for feed fetching."""
    return httpx.AsyncClient(
        timeout=httpx.Timeout(policy.timeout),
        follow_redirects=False,  # each hop is checked against the private-network rule
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
    )


async def _read_capped(response: httpx.Response, limit: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(f"feed is {int(declared):,} bytes, over the {limit:,}-byte limit")
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise FetchError(f"feed is over the {limit:,}-byte limit; stopped reading")
        chunks.append(chunk)
    return b"".join(chunks)


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _reason(exc: BaseException) -> str:
    """Name the cause an admin can act on, found anywhere in the exception chain."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return "the host name does not resolve (no network, or a typo in the URL?)"
        if isinstance(seen, ConnectionRefusedError):
            return "connection refused (is the server up?)"
        seen = seen.__cause__ or seen.__context__
    return str(exc) or exc.__class__.__name__


async def fetch(client: httpx.AsyncClient, url: str, policy: FetchPolicy) -> Fetched:
    """GET a feed, following redirects one checked hop at a time."""
    for _ in range(policy.max_redirects + 1):
        if not policy.allow_private:
            await check_public(url)
        try:
            async with client.stream("GET", url) as response:
                if response.status_code in REDIRECT_CODES and "location" in response.headers:
                    url = urljoin(url, response.headers["location"])
                    continue
                if response.status_code >= 400:
                    raise FetchError(f"server answered HTTP {response.status_code}")
                content = await _read_capped(response, policy.max_bytes)
                return Fetched(url, content, response.headers.get("content-type"))
        except httpx.TimeoutException:
            raise FetchError(f"no answer within {policy.timeout:.0f} s (timeout)") from None
        except httpx.ConnectError as exc:
            raise FetchError(f"cannot connect to {_host(url)}: {_reason(exc)}") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"network error: {exc.__class__.__name__}: {exc}") from None
    raise FetchError(f"more than {policy.max_redirects} redirects; check the feed URL")
