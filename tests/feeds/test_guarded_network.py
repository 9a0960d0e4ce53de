"""The dial-time guard: only addresses that pass the private-network rule are connected to."""

from __future__ import annotations

import ipaddress
import os
import re
import socket
from collections.abc import Iterable, Iterator
from http.server import BaseHTTPRequestHandler

import httpcore
import httpx
import pytest

from feeds.guarded_network import GuardedBackend, GuardedTransport, proxy_mounts
from feeds.url_guard import BlockedAddressError
from tests.http_server import LocalHTTPServer, Response

PRIVATE = "private or local address: "
REFUSAL = re.escape(
    "; Rasd refuses it unless allow_private_feeds is true "
    "in config.yaml or polling.private_networks lists it"
)
LOOPBACK = (ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128"))


class Recording(httpcore.AnyIOBackend):
    """The real backend, noting every host it is asked to connect to."""

    def __init__(self) -> None:
        super().__init__()
        self.hosts: list[str] = []

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's interface)
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.hosts.append(host)
        return await super().connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )


@pytest.fixture
def second_server() -> Iterator[LocalHTTPServer]:
    """Yield a started HTTP server on 127.0.0.2."""
    with LocalHTTPServer("127.0.0.2") as server:
        yield server


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """Yield a listening socket on 127.0.0.1 that nobody accepts from."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        sock.setblocking(False)
        yield sock


def connections_to(listener: socket.socket) -> int:
    try:
        connection, _ = listener.accept()
    except BlockingIOError:
        return 0
    connection.close()
    return 1


async def exchange(stream: httpcore.AsyncNetworkStream, path: str) -> bytes:
    """Send a bare HTTP/1.0 GET and return the whole answer."""
    try:
        await stream.write(f"GET {path} HTTP/1.0\r\nHost: test\r\n\r\n".encode(), timeout=5)
        answer = b""
        while chunk := await stream.read(65536, timeout=5):
            answer += chunk
        return answer
    finally:
        await stream.aclose()


@pytest.mark.parametrize(
    ("host", "message"),
    [
        ("localhost", rf"{PRIVATE}localhost resolves to (127\.0\.0\.1|::1){REFUSAL}"),
        ("127.0.0.1", rf"{PRIVATE}127\.0\.0\.1{REFUSAL}"),
        ("[::1]", rf"{PRIVATE}::1{REFUSAL}"),
        ("::1", rf"{PRIVATE}::1{REFUSAL}"),
        ("169.254.169.254", rf"{PRIVATE}169\.254\.169\.254{REFUSAL}"),
        ("127.1", rf"{PRIVATE}127\.1 resolves to 127\.0\.0\.1{REFUSAL}"),  # inet_aton shorthand
    ],
)
async def test_private_hosts_are_refused_before_any_connection(
    listener: socket.socket, host: str, message: str
) -> None:
    inner = Recording()
    backend = GuardedBackend(inner=inner)
    with pytest.raises(BlockedAddressError, match=f"^{message}$"):
        await backend.connect_tcp(host, listener.getsockname()[1], timeout=5)
    assert inner.hosts == []
    assert connections_to(listener) == 0


async def test_allowed_network_is_connected_to_and_nothing_else(
    second_server: LocalHTTPServer, listener: socket.socket
) -> None:
    second_server.serve("/rss", Response(b"hello"))
    inner = Recording()
    backend = GuardedBackend(allowed_networks=(ipaddress.ip_network("127.0.0.2/32"),), inner=inner)
    stream = await backend.connect_tcp("127.0.0.2", second_server.port, timeout=5)
    answer = await exchange(stream, "/rss")
    assert answer.startswith(b"HTTP/1.0 200 ")
    assert answer.endswith(b"\r\n\r\nhello")
    with pytest.raises(BlockedAddressError, match=rf"^{PRIVATE}127\.0\.0\.1{REFUSAL}$"):
        await backend.connect_tcp("127.0.0.1", listener.getsockname()[1], timeout=5)
    assert inner.hosts == ["127.0.0.2"]
    assert connections_to(listener) == 0


async def test_a_name_is_connected_to_by_the_address_that_was_checked(
    http_server: LocalHTTPServer,
) -> None:
    http_server.serve("/rss", Response(b"hello"))
    inner = Recording()
    backend = GuardedBackend(allowed_networks=LOOPBACK, inner=inner)
    stream = await backend.connect_tcp("localhost", http_server.port, timeout=5)
    assert (await exchange(stream, "/rss")).endswith(b"hello")
    # Never the name, which a second lookup could resolve elsewhere; ::1 first where
    # localhost has it, then 127.0.0.1, where the server listens.
    assert inner.hosts[-1] == "127.0.0.1"
    assert set(inner.hosts) <= {"::1", "127.0.0.1"}


async def test_allow_private_connects_by_name_unchecked(http_server: LocalHTTPServer) -> None:
    inner = Recording()
    backend = GuardedBackend(allow_private=True, inner=inner)
    stream = await backend.connect_tcp("localhost", http_server.port, timeout=5)
    await stream.aclose()
    assert inner.hosts == ["localhost"]


async def test_a_name_that_does_not_resolve_is_a_connect_error() -> None:
    with pytest.raises(httpcore.ConnectError) as caught:
        await GuardedBackend().connect_tcp("no-such-host.invalid", 80, timeout=10)
    assert isinstance(caught.value.__cause__, socket.gaierror)


# --- the httpx transport ------------------------------------------------------------------------


def client(*, allow_private: bool = False) -> httpx.AsyncClient:
    backend = GuardedBackend(allow_private=allow_private)
    return httpx.AsyncClient(transport=GuardedTransport(backend, httpx.Limits()))


async def test_the_refusal_comes_through_httpx_unchanged(http_server: LocalHTTPServer) -> None:
    url = http_server.serve("/rss", Response(b"internal"))
    async with client() as guarded:
        with pytest.raises(BlockedAddressError, match=rf"^{PRIVATE}127\.0\.0\.1{REFUSAL}$"):
            await guarded.get(url)
    assert http_server.requests == []


async def test_transport_answers_and_raises_httpx_errors(http_server: LocalHTTPServer) -> None:
    def cut_short(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Length", "100")
        request.end_headers()
        request.wfile.write(b"only ten!!")

    url = http_server.serve("/rss", Response(b"feed", headers={"X-Test": "yes"}))
    short = http_server.serve("/short", cut_short)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    async with client(allow_private=True) as direct:
        response = await direct.get(url)
        assert (response.status_code, response.content) == (200, b"feed")
        assert response.headers["X-Test"] == "yes"
        assert response.http_version == "HTTP/1.0"
        with pytest.raises(httpx.RemoteProtocolError):
            await direct.get(short)  # raised while reading the body
        with pytest.raises(httpx.ConnectError):
            await direct.get(closed)


# --- proxies from the environment ---------------------------------------------------------------


@pytest.fixture
def no_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """Return monkeypatch with every *_proxy variable removed."""
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)
    return monkeypatch


def test_proxy_mounts_follow_httpx(no_proxy_variables: pytest.MonkeyPatch) -> None:
    no_proxy_variables.setenv("http_proxy", "proxy.internal:3128")
    no_proxy_variables.setenv("https_proxy", "http://proxy.internal:3128")
    no_proxy_variables.setenv("no_proxy", "localhost, 10.1.2.3,::1,.example.org,http://a.test")
    mounts = proxy_mounts(httpx.Limits())
    assert {key for key, transport in mounts.items() if transport is not None} == {
        "http://",
        "https://",
    }
    assert all(
        isinstance(transport, httpx.AsyncHTTPTransport)
        for transport in mounts.values()
        if transport
    )
    assert sorted(key for key, transport in mounts.items() if transport is None) == [
        "all://*.example.org",
        "all://10.1.2.3",
        "all://[::1]",
        "all://localhost",
        "http://a.test",
    ]


def test_no_proxy_star_turns_proxies_off(no_proxy_variables: pytest.MonkeyPatch) -> None:
    no_proxy_variables.setenv("http_proxy", "http://proxy.internal:3128")
    no_proxy_variables.setenv("no_proxy", "*")
    assert proxy_mounts(httpx.Limits()) == {}


def test_no_proxy_variables_no_mounts(no_proxy_variables: pytest.MonkeyPatch) -> None:
    assert proxy_mounts(httpx.Limits()) == {}
