"""Fetching over real HTTP on loopback: limits, redirects, caching and what admins are told."""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
import ssl
import subprocess
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from feeds.fetcher import (
    USER_AGENT,
    Fetched,
    Fetcher,
    FetchPolicy,
    NotModified,
    Validators,
)
from feeds.url_guard import BlockedAddressError
from tests.feeds.fetch_rig import FEED, NO_VALIDATORS, PRIVATE_OK, failure, fetch, fetched, send
from tests.http_server import LocalHTTPServer, Response, conditional

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
    headers = {"ETag": '"v1"', "Cache-Control": "public, max-age=300"}
    url = http_server.serve("/rss", conditional(FEED, headers))
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
        "Rasd only fetches http:// and https:// URLs, not ftp:// "
        "(after a redirect to ftp://example.org/f)"
    )


# --- the private-network rule ------------------------------------------------------------------


async def test_loopback_feed_is_refused_unless_allowed(http_server: LocalHTTPServer) -> None:
    url = http_server.serve("/rss", Response(FEED))
    error = await failure(url, FetchPolicy())
    assert isinstance(error, BlockedAddressError)
    assert str(error) == (
        "private or local address: 127.0.0.1; "
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
        "private or local address: 127.0.0.1; "
        "Rasd refuses it unless allow_private_feeds is true in config.yaml "
        f"or polling.private_networks lists it (after a redirect to {inner})"
    )
    assert second_server.hits("/rss") == 1
    assert http_server.hits("/secret") == 0
    assert len(http_server.requests) == 0


async def test_the_reason_leads_a_long_redirect_url_which_is_cut(
    http_server: LocalHTTPServer, second_server: LocalHTTPServer
) -> None:
    path = "/" + "tracking-" * 30 + "feed.xml"
    inner = http_server.serve(path, Response(b"internal"))
    url = second_server.serve("/rss", Response(status=302, headers={"Location": inner}))
    policy = FetchPolicy(allowed_networks=(ipaddress.ip_network("127.0.0.2/32"),))
    error = await failure(url, policy)
    assert str(error).startswith("private or local address: 127.0.0.1; Rasd refuses it")
    assert str(error).endswith(f"(after a redirect to {inner[:59]}…)")
    assert http_server.hits(path) == 0


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
        "private or local address: 127.0.0.1; "
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


def proxy_through(server: LocalHTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `server` the only HTTP proxy the environment names."""
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("http_proxy", server.url(""))


async def test_a_proxy_from_the_environment_is_used(
    http_server: LocalHTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy_through(http_server, monkeypatch)
    feed = "http://93.184.216.34/rss"  # a public address: checked without a lookup, never dialled
    http_server.serve(feed, Response(FEED))  # a proxy is asked for the whole URL
    assert (await fetched(feed, FetchPolicy(timeout=5))).content == FEED
    assert http_server.hits(feed) == 1


async def test_through_a_proxy_a_private_host_is_refused_before_the_proxy_is_asked(
    http_server: LocalHTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy_through(http_server, monkeypatch)
    feed = "http://10.1.2.3/rss"  # the proxy would reach it; Rasd must not ask
    http_server.serve(feed, Response(FEED))
    error = await failure(feed, FetchPolicy(timeout=5))
    assert isinstance(error, BlockedAddressError)
    assert str(error).startswith("private or local address: 10.1.2.3; Rasd refuses it")
    assert http_server.hits(feed) == 0


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
