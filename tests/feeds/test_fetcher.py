"""Fetching over real HTTP on loopback: limits, redirects, caching and what admins are told."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import ipaddress
import os
import shutil
import socket
import ssl
import subprocess
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from feeds.errors import FetchError
from feeds.fetcher import (
    USER_AGENT,
    Fetched,
    Fetcher,
    FetchPolicy,
    NotModified,
    Validators,
)
from feeds.url_guard import BlockedAddressError
from tests.http_server import Handler, LocalHTTPServer, Response

PRIVATE_OK = FetchPolicy(allow_private=True, max_bytes=10_000, timeout=2)
FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
MB = 1024 * 1024
NO_VALIDATORS = Validators()


def _gzip_of_zeros(size: int) -> bytes:
    """Compress `size` zero bytes a megabyte at a time, never holding them all."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(MB)
    parts = [compressor.compress(zeros) for _ in range(size // MB)]
    return b"".join([*parts, compressor.flush()])


# ~200 KB on the wire that inflates to 200 MB.
GZIP_BOMB = _gzip_of_zeros(200 * MB)


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


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Yield an event that slow handlers wait on; set at teardown so no thread lingers."""
    event = threading.Event()
    yield event
    event.set()


@pytest.fixture
def second_server() -> Iterator[LocalHTTPServer]:
    """Yield a started HTTP server on 127.0.0.2, another host as far as the fetcher knows."""
    with LocalHTTPServer("127.0.0.2") as server:
        yield server


# --- a feed comes back -------------------------------------------------------------------------


async def test_fetches_bytes_and_names_rasd_in_the_user_agent(http_server: LocalHTTPServer) -> None:
    url = http_server.serve("/rss", Response(FEED, headers={"Content-Type": "application/rss+xml"}))
    result = await fetched(url)
    assert result.content == FEED
    assert result.content_type == "application/rss+xml"
    assert result.url == url
    assert result.validators == Validators()
    assert result.max_age is None
    headers = http_server.requests[0][1]
    assert headers["User-Agent"] == USER_AGENT
    assert "Rasd" in USER_AGENT
    assert "application/rss+xml" in headers["Accept"]
    assert "gzip" in headers["Accept-Encoding"]


async def test_etag_round_trip_gives_not_modified(http_server: LocalHTTPServer) -> None:
    def conditional(request: BaseHTTPRequestHandler) -> None:
        if request.headers.get("If-None-Match") == '"v1"':
            request.send_response(304)
            request.send_header("Cache-Control", "max-age=300")
            request.end_headers()
            return
        send(request, FEED, {"ETag": '"v1"', "Cache-Control": "public, max-age=300"})

    url = http_server.serve("/rss", conditional)
    async with Fetcher(PRIVATE_OK) as fetcher:
        first = await fetcher.fetch(url)
        assert isinstance(first, Fetched)
        assert first.validators == Validators(etag='"v1"')
        assert first.max_age == 300
        second = await fetcher.fetch(url, first.validators)
    assert second == NotModified(url=url, max_age=300)
    assert http_server.requests[1][1]["If-None-Match"] == '"v1"'
    assert "If-None-Match" not in http_server.requests[0][1]


async def test_last_modified_is_sent_back_as_if_modified_since(
    http_server: LocalHTTPServer,
) -> None:
    stamp = "Tue, 24 Nov 2026 09:10:00 GMT"

    def conditional(request: BaseHTTPRequestHandler) -> None:
        if request.headers.get("If-Modified-Since") == stamp:
            request.send_response(304)
            request.end_headers()
            return
        send(request, FEED, {"Last-Modified": stamp})

    url = http_server.serve("/rss", conditional)
    first = await fetched(url)
    assert first.validators == Validators(last_modified=stamp)
    second = await fetch(url, validators=first.validators)
    assert second == NotModified(url=url, max_age=None)
    assert http_server.requests[1][1]["If-Modified-Since"] == stamp


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


# --- the site says no --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (
            404,
            "the server answered HTTP 404 Not Found: the feed is no longer at this address; "
            "check the URL",
        ),
        (
            500,
            "the server answered HTTP 500 Internal Server Error: a problem on the site's side; "
            "Rasd will retry",
        ),
        (403, "the server answered HTTP 403 Forbidden: the site refuses Rasd (it may block bots)"),
        (
            410,
            "the server answered HTTP 410 Gone: the site has removed this feed for good; "
            "find its new address or remove it",
        ),
        (429, "the server answered HTTP 429 Too Many Requests: the site asks Rasd to slow down"),
    ],
)
async def test_http_error_says_what_to_do(
    http_server: LocalHTTPServer, status: int, message: str
) -> None:
    url = http_server.serve("/rss", Response(b"nope", status=status))
    error = await failure(url)
    assert str(error) == message
    assert error.status == status
    assert error.retry_after is None


async def test_429_with_retry_after_seconds(http_server: LocalHTTPServer) -> None:
    url = http_server.serve("/rss", Response(status=429, headers={"Retry-After": "120"}))
    error = await failure(url)
    assert str(error) == (
        "the server answered HTTP 429 Too Many Requests: the site asks Rasd to wait 120 s"
    )
    assert error.retry_after == 120.0
    assert error.status == 429


async def test_503_with_retry_after_date(http_server: LocalHTTPServer) -> None:
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=300), usegmt=True)
    url = http_server.serve("/rss", Response(status=503, headers={"Retry-After": later}))
    error = await failure(url)
    assert error.retry_after is not None
    assert 290 <= error.retry_after <= 300
    assert error.status == 503
    assert str(error).startswith(
        "the server answered HTTP 503 Service Unavailable: "
        "the site is down for now and asks Rasd to wait "
    )


async def test_429_with_retry_after_date(http_server: LocalHTTPServer) -> None:
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    url = http_server.serve("/rss", Response(status=429, headers={"Retry-After": later}))
    error = await failure(url)
    assert error.retry_after is not None
    assert 110 <= error.retry_after <= 120
    assert "the site asks Rasd to wait 1" in str(error)


# --- time and size limits ----------------------------------------------------------------------


async def test_slow_answer_times_out(
    http_server: LocalHTTPServer, release: threading.Event
) -> None:
    def stalls(request: BaseHTTPRequestHandler) -> None:
        release.wait(10)
        send(request, FEED)

    url = http_server.serve("/slow", quietly(stalls))
    error = await failure(url, FetchPolicy(allow_private=True, timeout=0.5))
    assert str(error) == "no complete answer within 0.5 s (timeout); the site is slow or down"


async def test_body_trickling_forever_hits_the_overall_deadline(
    http_server: LocalHTTPServer, release: threading.Event
) -> None:
    def trickles(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.end_headers()
        for _ in range(400):  # each byte well inside the read timeout; the whole never ends
            if release.wait(0.05):
                return
            request.wfile.write(b"<")
            request.wfile.flush()

    url = http_server.serve("/trickle", quietly(trickles))
    error = await failure(url, FetchPolicy(allow_private=True, timeout=0.5))
    assert str(error) == "no complete answer within 0.5 s (timeout); the site is slow or down"


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


# --- redirects ---------------------------------------------------------------------------------


async def test_relative_redirect_is_followed(http_server: LocalHTTPServer) -> None:
    target = http_server.serve("/new", Response(FEED))
    url = http_server.serve("/old", Response(status=301, headers={"Location": "/new"}))
    result = await fetched(url)
    assert result.url == target
    assert result.content == FEED


async def test_redirect_loop_names_the_url(http_server: LocalHTTPServer) -> None:
    first = http_server.serve("/a", Response(status=302, headers={"Location": "/b"}))
    http_server.serve("/b", Response(status=307, headers={"Location": first}))
    error = await failure(first)
    assert str(error) == f"the feed redirects in a loop back to {first}; check the feed URL"
    assert http_server.hits("/a") == 1
    assert http_server.hits("/b") == 1


async def test_too_many_redirects_are_refused(http_server: LocalHTTPServer) -> None:
    for hop in range(10):
        http_server.serve(
            f"/hop/{hop}", Response(status=302, headers={"Location": f"/hop/{hop + 1}"})
        )
    error = await failure(http_server.url("/hop/0"))
    assert str(error) == (
        f"more than 5 redirects (the last to {http_server.url('/hop/6')}); check the feed URL"
    )
    assert [http_server.hits(f"/hop/{hop}") for hop in range(8)] == [1, 1, 1, 1, 1, 1, 0, 0]


async def test_redirect_without_location_is_reported(http_server: LocalHTTPServer) -> None:
    url = http_server.serve("/rss", Response(status=302))
    error = await failure(url)
    assert str(error) == (
        "the server answered HTTP 302 Found: Rasd cannot use this answer; "
        "open the URL in a browser to see what the site sends"
    )


async def test_redirect_to_another_scheme_is_refused(http_server: LocalHTTPServer) -> None:
    url = http_server.serve(
        "/rss", Response(status=301, headers={"Location": "ftp://example.org/f"})
    )
    error = await failure(url)
    assert str(error) == (
        "the feed redirects to ftp://example.org/f, "
        "but Rasd only fetches http:// and https:// URLs, not ftp://"
    )


# --- the private-network rule ------------------------------------------------------------------


async def test_loopback_feed_is_refused_unless_allowed(http_server: LocalHTTPServer) -> None:
    url = http_server.serve("/rss", Response(FEED))
    error = await failure(url, FetchPolicy())
    assert isinstance(error, BlockedAddressError)
    assert str(error) == (
        "127.0.0.1 is a private or local address; "
        "Rasd refuses it unless allow_private_feeds is true in config.yaml "
        "or polling.private_networks lists it"
    )
    assert http_server.hits("/rss") == 0


async def test_allowed_network_is_fetched(second_server: LocalHTTPServer) -> None:
    url = second_server.serve("/rss", Response(FEED))
    policy = FetchPolicy(allowed_networks=(ipaddress.ip_network("127.0.0.2/32"),))
    assert (await fetched(url, policy)).content == FEED


async def test_redirect_into_a_private_network_is_refused_before_connecting(
    http_server: LocalHTTPServer, second_server: LocalHTTPServer
) -> None:
    inner = http_server.serve("/secret", Response(b"internal"))
    url = second_server.serve("/rss", Response(status=302, headers={"Location": inner}))
    policy = FetchPolicy(allowed_networks=(ipaddress.ip_network("127.0.0.2/32"),))
    error = await failure(url, policy)
    assert isinstance(error, BlockedAddressError)
    assert str(error) == (
        f"the feed redirects to {inner}, but 127.0.0.1 is a private or local address; "
        "Rasd refuses it unless allow_private_feeds is true in config.yaml "
        "or polling.private_networks lists it"
    )
    assert second_server.hits("/rss") == 1
    assert http_server.hits("/secret") == 0
    assert len(http_server.requests) == 0


async def test_a_name_in_an_allowed_network_is_fetched(
    http_server: LocalHTTPServer,
) -> None:
    # localhost passes as a whole network is allowed; the connection goes to the checked address.
    url = http_server.serve("/rss", Response(FEED)).replace("127.0.0.1", "localhost")
    policy = FetchPolicy(
        allowed_networks=(ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128")),
        timeout=5,
    )
    assert (await fetched(url, policy)).content == FEED
    assert http_server.requests[0][1]["Host"] == f"localhost:{http_server.port}"


async def test_the_connection_itself_is_guarded(http_server: LocalHTTPServer) -> None:
    # As when a name passes the check and then resolves to loopback (DNS rebinding).
    url = http_server.serve("/rss", Response(FEED))
    async with Fetcher(FetchPolicy()) as fetcher:
        with pytest.raises(BlockedAddressError) as caught:
            await fetcher._exchange(url, NO_VALIDATORS)  # the hop without the URL check
    assert str(caught.value) == (
        "127.0.0.1 is a private or local address; "
        "Rasd refuses it unless allow_private_feeds is true in config.yaml "
        "or polling.private_networks lists it"
    )
    assert http_server.requests == []


# --- no state between fetches ------------------------------------------------------------------


async def test_cookies_are_not_kept(http_server: LocalHTTPServer) -> None:
    cookie = {"Set-Cookie": "session=abc; Path=/"}
    first = http_server.serve(
        "/first", Response(status=302, headers={"Location": "/rss", **cookie})
    )
    url = http_server.serve("/rss", Response(FEED, headers=cookie))
    async with Fetcher(PRIVATE_OK) as fetcher:
        await fetcher.fetch(first)
        await fetcher.fetch(url)
    assert [path for path, _ in http_server.requests] == ["/first", "/rss", "/rss"]
    assert [headers.get("Cookie") for _, headers in http_server.requests] == [None, None, None]


# --- proxies -----------------------------------------------------------------------------------


async def test_a_proxy_from_the_environment_is_used(
    http_server: LocalHTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("http_proxy", http_server.url(""))
    feed = "http://93.184.216.34/rss"  # a public address: checked without a lookup, never dialled
    http_server.serve(feed, Response(FEED))  # a proxy is asked for the whole URL
    assert (await fetched(feed, FetchPolicy(timeout=5))).content == FEED
    assert http_server.hits(feed) == 1


async def test_through_a_proxy_a_private_host_is_refused_before_the_proxy_is_asked(
    http_server: LocalHTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("http_proxy", http_server.url(""))
    feed = "http://10.1.2.3/rss"  # the proxy would reach it; Rasd must not ask
    http_server.serve(feed, Response(FEED))
    error = await failure(feed, FetchPolicy(timeout=5))
    assert isinstance(error, BlockedAddressError)
    assert str(error).startswith("10.1.2.3 is a private or local address; Rasd refuses it")
    assert http_server.hits(feed) == 0


# --- concurrency caps --------------------------------------------------------------------------


class InFlight:
    """Counts requests inside slow handlers, across any number of servers."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.now = 0
        self.most = 0

    def slow(self, seconds: float) -> Handler:
        def handler(request: BaseHTTPRequestHandler) -> None:
            with self._lock:
                self.now += 1
                self.most = max(self.most, self.now)
            time.sleep(seconds)
            # Counted out before answering, so the client cannot start its next one first.
            with self._lock:
                self.now -= 1
            send(request, FEED)

        return handler


async def test_per_host_cap_limits_requests_in_flight(http_server: LocalHTTPServer) -> None:
    counter = InFlight()
    url = http_server.serve("/slow", counter.slow(0.15))
    policy = FetchPolicy(allow_private=True, max_per_host=2, timeout=5)
    async with Fetcher(policy) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(url) for _ in range(6)))
        idle_hosts = fetcher._slots.busy_hosts()
    assert all(isinstance(result, Fetched) for result in results)
    assert http_server.hits("/slow") == 6
    assert counter.most == 2
    assert idle_hosts == 0  # per-host semaphores are dropped once no fetch uses them


async def test_different_hosts_proceed_in_parallel(
    http_server: LocalHTTPServer, second_server: LocalHTTPServer
) -> None:
    both = threading.Barrier(2, timeout=5)

    def meets_the_other(request: BaseHTTPRequestHandler) -> None:
        both.wait()  # breaks, and the fetch fails, unless the other host's request is in too
        send(request, FEED)

    urls = [server.serve("/rss", meets_the_other) for server in (http_server, second_server)]
    policy = FetchPolicy(allow_private=True, max_per_host=1, max_connections=2, timeout=5)
    async with Fetcher(policy) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(url) for url in urls))
    assert [result.url for result in results] == urls


async def test_overall_cap_limits_requests_across_hosts(
    http_server: LocalHTTPServer, second_server: LocalHTTPServer
) -> None:
    counter = InFlight()
    urls = [server.serve("/slow", counter.slow(0.1)) for server in (http_server, second_server)]
    policy = FetchPolicy(allow_private=True, max_connections=1, timeout=5)
    async with Fetcher(policy) as fetcher:
        await asyncio.gather(*(fetcher.fetch(url) for url in urls * 2))
    assert counter.most == 1


async def test_waiting_for_a_slot_does_not_count_against_the_timeout(
    http_server: LocalHTTPServer,
) -> None:
    counter = InFlight()
    url = http_server.serve("/slow", counter.slow(0.3))
    policy = FetchPolicy(allow_private=True, max_per_host=1, timeout=1.0)
    async with Fetcher(policy) as fetcher:
        # Together they take longer than the timeout; each alone is well inside it.
        results = await asyncio.gather(*(fetcher.fetch(url) for _ in range(5)))
    assert all(isinstance(result, Fetched) for result in results)


# --- the network fails -------------------------------------------------------------------------


async def test_connection_refused_is_reported() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = await failure(f"http://127.0.0.1:{port}/rss")
    assert (
        str(error) == f"cannot connect to 127.0.0.1:{port}: connection refused (is the server up?)"
    )


async def test_unresolvable_host_is_reported() -> None:
    error = await failure("http://no-such-host.invalid/rss", FetchPolicy(timeout=10))
    assert str(error) == (
        "cannot connect to no-such-host.invalid: "
        "the host name does not resolve (no network, or a typo in the URL?)"
    )


async def test_unsupported_scheme_is_refused() -> None:
    error = await failure("file:///etc/passwd")
    assert str(error) == ("Rasd only fetches http:// and https:// URLs, not file://")


async def test_https_to_a_plain_http_server_is_a_tls_error(http_server: LocalHTTPServer) -> None:
    url = http_server.url("/rss").replace("http://", "https://")
    error = await failure(url)
    assert str(error).startswith(
        f"cannot connect to 127.0.0.1:{http_server.port}: the TLS handshake failed ("
    )
    assert str(error).endswith("); the site's HTTPS may be broken")


def _self_signed(directory: Path, name: str, alt_name: str) -> tuple[ssl.SSLContext, Path]:
    """Return a server TLS context with a fresh self-signed certificate, and the certificate."""
    openssl = shutil.which("openssl")
    assert openssl is not None, (
        "the TLS tests need the openssl command (Debian: apt install openssl)"
    )
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", f"/CN={name}", "-addext", f"subjectAltName={alt_name}",
         "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context, cert


@pytest.fixture
def self_signed(tmp_path: Path) -> ssl.SSLContext:
    """Return a server TLS context with a fresh self-signed certificate for 127.0.0.1."""
    return _self_signed(tmp_path, "127.0.0.1", "IP:127.0.0.1")[0]


async def test_untrusted_certificate_is_reported(self_signed: ssl.SSLContext) -> None:
    with LocalHTTPServer(tls=self_signed) as server:
        url = server.serve("/rss", Response(FEED))
        error = await failure(url)
    assert str(error) == (
        f"cannot connect to 127.0.0.1:{server.port}: its TLS certificate is not valid "
        "(self-signed certificate); the site must fix it"
    )
    assert server.hits("/rss") == 0


LOOPBACK_TLS = FetchPolicy(
    allowed_networks=(ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128")),
    timeout=5,
)


async def test_tls_uses_the_host_name_though_an_address_is_dialled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context, cert = _self_signed(tmp_path, "localhost", "DNS:localhost")
    names: list[str | None] = []

    def note_sni(_: ssl.SSLObject, name: str | None, __: ssl.SSLContext) -> None:
        names.append(name)

    context.sni_callback = note_sni
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # trusted, so the name check decides
    with LocalHTTPServer(tls=context) as server:
        url = server.serve("/rss", Response(FEED)).replace("127.0.0.1", "localhost")
        assert (await fetched(url, LOOPBACK_TLS)).content == FEED
    assert names == ["localhost"]


async def test_certificate_for_the_address_only_does_not_pass_for_the_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context, cert = _self_signed(tmp_path, "127.0.0.1", "IP:127.0.0.1")
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    with LocalHTTPServer(tls=context) as server:
        by_address = server.serve("/rss", Response(FEED))
        assert (await fetched(by_address, LOOPBACK_TLS)).content == FEED
        error = await failure(by_address.replace("127.0.0.1", "localhost"), LOOPBACK_TLS)
    assert str(error) == (
        f"cannot connect to localhost:{server.port}: its TLS certificate is not valid "
        "(Hostname mismatch, certificate is not valid for 'localhost'.); the site must fix it"
    )
    assert server.hits("/rss") == 1
