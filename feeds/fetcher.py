"""Fetch a feed's bytes over HTTP, politely and within limits."""

from __future__ import annotations

import errno
import http.cookiejar
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit
from urllib.request import Request

import httpx

from feeds.body import ACCEPT_ENCODING, read_capped
from feeds.cache_headers import parse_max_age, parse_retry_after
from feeds.errors import FetchError, Reason, short_url, status_error
from feeds.guarded_network import GuardedBackend, GuardedTransport, proxy_mounts
from feeds.limits import Budget, Slots
from feeds.url_guard import BlockedAddressError, check_public, check_url

USER_AGENT = "Rasd/0.1 (Arabic news alerts; +https://github.com/rasd-bot/rasd)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits applied to every fetch."""

    allow_private: bool = False
    # Private networks allowed even when allow_private is False (intranet feeds, tests).
    allowed_networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()
    max_bytes: int = 5 * 1024 * 1024  # cap on the decoded body
    max_redirects: int = 5
    timeout: float = 20.0  # for one fetch: every hop and the whole body
    max_connections: int = 20  # concurrent requests overall
    max_per_host: int = 2  # concurrent requests per host name


@dataclass(frozen=True, slots=True)
class Validators:
    """Conditional-GET state the caller keeps between polls."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Fetched:
    """A feed document as it came off the wire, decompressed."""

    url: str
    content: bytes
    content_type: str | None
    validators: Validators
    max_age: int | None


@dataclass(frozen=True, slots=True)
class NotModified:
    """The feed has not changed since the validators the caller sent."""

    url: str
    max_age: int | None


@dataclass(frozen=True, slots=True)
class _Redirect:
    location: str


def _validators(response: httpx.Response) -> Validators:
    return Validators(response.headers.get("etag"), response.headers.get("last-modified"))


def _conditional_headers(validators: Validators) -> dict[str, str]:
    headers: dict[str, str] = {}
    if validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    return headers


def _refusal(response: httpx.Response) -> FetchError:
    status = response.status_code
    retry_after = None
    if status in (429, 503):
        retry_after = parse_retry_after(response.headers.get("retry-after"), datetime.now(UTC))
    return status_error(status, retry_after)


async def _discard(response: httpx.Response, limit: int = 65_536) -> None:
    """Read a short body to its end: httpcore only reuses a connection read to the end."""
    size = 0
    async for chunk in response.aiter_raw():
        size += len(chunk)
        if size > limit:
            return  # not worth it; the connection is closed instead


async def _outcome(
    url: str, response: httpx.Response, max_bytes: int
) -> Fetched | NotModified | _Redirect:
    """Turn one answer into a feed, a not-modified, a hop to follow, or a FetchError."""
    status = response.status_code
    max_age = parse_max_age(response.headers.get("cache-control"))
    if status in REDIRECT_CODES and "location" in response.headers:
        await _discard(response)
        return _Redirect(urljoin(url, response.headers["location"]))
    if status == 304:
        await _discard(response)
        return NotModified(url, max_age)
    if not 200 <= status < 300:
        raise _refusal(response)
    content = await read_capped(response, max_bytes)
    return Fetched(
        url, content, response.headers.get("content-type"), _validators(response), max_age
    )


_ERRNO_REASON = {
    errno.ECONNREFUSED: "refused",
    errno.ECONNRESET: "reset",
    errno.ENETUNREACH: "net_unreachable",
    errno.EHOSTUNREACH: "host_unreachable",
}


def _cause_reason(exc: BaseException) -> Reason | None:
    if isinstance(exc, socket.gaierror):
        return Reason.of("dns")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return Reason.of("tls_cert", detail=exc.verify_message)
    if isinstance(exc, ssl.SSLError):
        return Reason.of("tls", detail=exc.reason or exc)
    if isinstance(exc, OSError) and exc.errno in _ERRNO_REASON:
        return Reason.of(_ERRNO_REASON[exc.errno])
    return None


def _causes(exc: BaseException | None) -> Iterator[BaseException]:
    """Yield the exception, its causes and contexts, and members of exception groups."""
    if exc is None:
        return
    yield exc
    if isinstance(exc, BaseExceptionGroup):
        for member in exc.exceptions:
            yield from _causes(member)
    yield from _causes(exc.__cause__ or exc.__context__)


def _reason(exc: BaseException) -> Reason:
    """Name the cause an admin can act on, found anywhere in the exception chain."""
    for cause in _causes(exc):
        reason = _cause_reason(cause)
        if reason is not None:
            return reason
    return Reason.of("other", detail=str(exc) or exc.__class__.__name__)


def _host(url: str) -> str:
    # host:port as typed, without any user:password@ that must not reach a chat or log.
    return urlsplit(url).netloc.rpartition("@")[2] or url


def _network_error(exc: httpx.HTTPError | httpx.InvalidURL, url: str) -> FetchError:
    host = _host(url)
    if isinstance(exc, httpx.InvalidURL):
        return FetchError(Reason.of("invalid_url", detail=exc, url=short_url(url)))
    if isinstance(exc, httpx.ConnectError):
        return FetchError(Reason.of("connect", _reason(exc), host=host))
    if isinstance(exc, httpx.RemoteProtocolError):
        return FetchError(Reason.of("garbled", host=host, detail=exc))
    if isinstance(exc, httpx.NetworkError):
        return FetchError(Reason.of("midway", _reason(exc), host=host))
    detail = f"{exc.__class__.__name__}: {exc}"
    return FetchError(Reason.of("network", host=host, detail=detail))


class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    """Keep no cookie: one poll must not carry state (tracking, a session) into the next."""

    def set_ok(self, cookie: http.cookiejar.Cookie, request: Request) -> bool:
        return False

    def return_ok(self, cookie: http.cookiejar.Cookie, request: Request) -> bool:
        return False


def _redirected(exc: FetchError, url: str) -> FetchError:
    # Same class, so a refused address stays a BlockedAddressError; the reason leads, so a
    # long URL cut off in a narrow note does not hide it.
    return type(exc)(Reason.of("redirected", exc.reason, url=short_url(url)))


class Fetcher:
    """Owns one httpx.AsyncClient and the concurrency caps."""

    def __init__(self, policy: FetchPolicy) -> None:
        self._policy = policy
        self._slots = Slots(policy.max_connections, policy.max_per_host)
        limits = httpx.Limits(
            max_connections=policy.max_connections,
            max_keepalive_connections=policy.max_connections,
        )
        # Direct connections go only to addresses that pass the private-network rule when
        # dialled, so DNS cannot answer one way to a check and another way to the connect.
        backend = GuardedBackend(
            allow_private=policy.allow_private, allowed_networks=policy.allowed_networks
        )
        mounts = proxy_mounts(limits)  # httpx reads the environment only for its own transport
        # A proxy looks feed hosts up itself, so only proxied URLs need judging beforehand.
        self._proxied = any(transport is not None for transport in mounts.values())
        self._client = httpx.AsyncClient(
            # Per-step limits; FetchPolicy.timeout as a whole is enforced by Budget.
            timeout=httpx.Timeout(policy.timeout, connect=min(policy.timeout, 10.0)),
            transport=GuardedTransport(backend, limits),
            mounts=mounts,
            cookies=http.cookiejar.CookieJar(policy=_NoCookies()),
            follow_redirects=False,  # each hop is checked against the private-network rule
            headers={
                "User-Agent": USER_AGENT,
                "Accept": ACCEPT,
                "Accept-Encoding": ACCEPT_ENCODING,
            },
        )

    async def __aenter__(self) -> Fetcher:
        await self._client.__aenter__()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self._client.aclose()

    @property
    def policy(self) -> FetchPolicy:
        """The limits every fetch runs under."""
        return self._policy

    async def fetch(
        self, url: str, validators: Validators = Validators(), *, accept: str = ACCEPT
    ) -> Fetched | NotModified:
        """GET a feed (or, with another `accept`, a page), one checked redirect hop at a time.

        Raises FetchError (BlockedAddressError for a non-public address) with an admin's
        explanation when there is no feed to return.
        """
        budget = Budget(self._policy.timeout)
        try:
            return await self._follow(url, validators, budget, accept)
        except TimeoutError:
            seconds = f"{self._policy.timeout:g}"
            raise FetchError(Reason.of("timeout", seconds=seconds)) from None

    async def _follow(
        self, url: str, validators: Validators, budget: Budget, accept: str
    ) -> Fetched | NotModified:
        visited: set[str] = set()
        for _ in range(self._policy.max_redirects + 1):
            if url in visited:
                raise FetchError(Reason.of("redirect_loop", url=short_url(url)))
            visited.add(url)
            outcome = await self._hop(
                url, (validators, accept), budget, redirected=len(visited) > 1
            )
            if not isinstance(outcome, _Redirect):
                return outcome
            url = outcome.location
        most = self._policy.max_redirects
        raise FetchError(Reason.of("too_many_redirects", most=most, url=short_url(url)))

    async def _hop(
        self, url: str, asking: tuple[Validators, str], budget: Budget, *, redirected: bool
    ) -> Fetched | NotModified | _Redirect:
        async with budget.running():
            await self._check(url, redirected=redirected)
        host = urlsplit(url).hostname or ""
        async with self._slots.hold(host), budget.running():
            try:
                return await self._exchange(url, *asking)
            except BlockedAddressError as exc:  # refused by GuardedBackend as it dialled
                if redirected:
                    raise _redirected(exc, url) from None
                raise

    async def _check(self, url: str, *, redirected: bool) -> None:
        policy = self._policy
        try:
            if self._proxied:
                await check_public(
                    url,
                    allow_private=policy.allow_private,
                    allowed_networks=policy.allowed_networks,
                )
            else:
                check_url(url)  # GuardedBackend judges the addresses it dials
        except FetchError as exc:
            if redirected:
                raise _redirected(exc, url) from None
            raise

    async def _exchange(
        self, url: str, validators: Validators, accept: str = ACCEPT
    ) -> Fetched | NotModified | _Redirect:
        headers = {"Accept": accept, **_conditional_headers(validators)}
        try:
            async with self._client.stream("GET", url, headers=headers) as response:
                return await _outcome(url, response, self._policy.max_bytes)
        except httpx.TimeoutException:
            raise TimeoutError from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise _network_error(exc, url) from None
