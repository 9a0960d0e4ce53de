"""Connect only to addresses that pass the private-network rule, whatever DNS says later.

Judging a name's addresses and then letting the connection look the name up again would let
DNS answer differently (DNS rebinding: public to the check, then 127.0.0.1 or 169.254.169.254
to the connect). GuardedBackend does the one lookup itself, judges every address it gets, and
dials a judged address, never the name; the Fetcher relies on it for direct connections.
TLS is unaffected: httpcore starts TLS on the returned stream with the URL's host name for SNI
and certificate checks.

GuardedTransport is an httpx transport over an httpcore connection pool with that backend, since
httpx.AsyncHTTPTransport cannot be given a network backend through its public API.
"""

from __future__ import annotations

import asyncio
import ssl
import time
import urllib.request
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import contextmanager

import httpcore
import httpx

from feeds.url_guard import IPNetwork, blocked, ip_literal, refused, resolve

# httpcore's errors and the httpx ones an httpx client raises for them, most specific first.
_HTTPX_ERRORS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """A network backend that refuses hosts resolving to off-limits addresses.

    Every address a name resolves to must pass (as in check_public); the connection then goes
    to those addresses in the resolver's order, never to the name. With allow_private the
    rule is off and the name is handed to the wrapped backend as it is.
    """

    def __init__(
        self,
        *,
        allow_private: bool = False,
        allowed_networks: tuple[IPNetwork, ...] = (),
        inner: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self._allow_private = allow_private
        self._allowed_networks = allowed_networks
        self._inner = httpcore.AnyIOBackend() if inner is None else inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's interface)
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """Resolve `host`, refuse it if any address is off limits, else connect to one.

        Raises BlockedAddressError before any connection is attempted; httpcore.ConnectError
        (caused by the socket.gaierror) when the name does not resolve.
        """
        if self._allow_private:
            return await self._inner.connect_tcp(
                host,
                port,
                timeout=timeout,
                local_address=local_address,
                socket_options=socket_options,
            )
        deadline = None if timeout is None else time.monotonic() + timeout
        host = host[1:-1] if host.startswith("[") and host.endswith("]") else host
        try:
            async with asyncio.timeout(timeout):
                addresses = await _resolve(host, port)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"looking up {host} took over {timeout} s") from None
        for address in addresses:
            if refused(address, self._allowed_networks):
                raise blocked(host, address)
        error: Exception = httpcore.ConnectError(f"{host} has no address to connect to")
        for index, address in enumerate(addresses):
            try:
                return await self._inner.connect_tcp(
                    address,
                    port,
                    timeout=_share(deadline, len(addresses) - index),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc  # try the next address, as connecting by name would
        raise error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's interface)
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """Delegate: a socket path is set up by the program, not named by a feed."""
        return await self._inner.connect_unix_socket(
            path, timeout=timeout, socket_options=socket_options
        )

    async def sleep(self, seconds: float) -> None:
        """Delegate to the wrapped backend."""
        await self._inner.sleep(seconds)


async def _resolve(host: str, port: int) -> list[str]:
    """Return the addresses to dial for `host`; ConnectError when the name does not resolve."""
    try:
        return await resolve(host, port)
    except (OSError, UnicodeError) as exc:  # socket.gaierror is an OSError
        raise httpcore.ConnectError(str(exc)) from exc


def _share(deadline: float | None, attempts_left: int) -> float | None:
    """Split the connect time left evenly, so one dead address cannot use up all of it."""
    if deadline is None:
        return None
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ConnectTimeout("no time left to connect")
    return left / attempts_left


@contextmanager
def _httpx_errors() -> Iterator[None]:
    """Re-raise httpcore's errors as the httpx ones, as httpx's own transport does."""
    try:
        yield
    except Exception as exc:
        for core, mapped in _HTTPX_ERRORS:
            if isinstance(exc, core):
                raise mapped(str(exc)) from exc
        raise


class _Body(httpx.AsyncByteStream):
    """An httpcore response's body as httpx streams it, with httpx's errors."""

    def __init__(self, response: httpcore.Response) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _httpx_errors():
            async for part in self._response.aiter_stream():
                yield part

    async def aclose(self) -> None:
        with _httpx_errors():
            await self._response.aclose()


class GuardedTransport(httpx.AsyncBaseTransport):
    """Direct (non-proxy) HTTP connections for an httpx client, dialled by a GuardedBackend.

    TLS verification is httpx's default (certifi, or SSL_CERT_FILE / SSL_CERT_DIR) unless an
    ssl_context is given; HTTP/1.1 only, as httpx's default transport.
    """

    def __init__(
        self,
        backend: GuardedBackend,
        limits: httpx.Limits,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context() if ssl_context is None else ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request through the pool; the body is streamed as the caller reads it."""
        assert isinstance(request.stream, httpx.AsyncByteStream)  # always so from AsyncClient
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _httpx_errors():
            response = await self._pool.handle_async_request(core_request)
        return httpx.Response(
            response.status,
            headers=response.headers,
            stream=_Body(response),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        """Close every pooled connection."""
        await self._pool.aclose()


def proxy_mounts(limits: httpx.Limits) -> dict[str, httpx.AsyncBaseTransport | None]:
    """Return httpx mounts for the proxies the environment names (HTTP_PROXY, NO_PROXY...).

    httpx sets these up itself only when it builds its own transport, so a client given a
    GuardedTransport passes them as `mounts`. This follows httpx's reading of the variables;
    a None mount (a NO_PROXY entry) sends those URLs to the client's own, guarded, transport.
    A proxy resolves feed hosts itself, so for proxied fetches check_public is the guard.
    """
    found = urllib.request.getproxies()
    mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
    for scheme in ("http", "https", "all"):
        if found.get(scheme):
            url = found[scheme] if "://" in found[scheme] else f"http://{found[scheme]}"
            mounts[f"{scheme}://"] = httpx.AsyncHTTPTransport(proxy=url, limits=limits)
    for entry in (item.strip() for item in found.get("no", "").split(",")):
        if entry == "*":
            return {}
        if entry:
            mounts[_no_proxy_pattern(entry)] = None
    return mounts


def _no_proxy_pattern(entry: str) -> str:
    if "://" in entry:
        return entry
    literal = ip_literal(entry.split("/", 1)[0])
    if literal is not None:
        return f"all://[{entry}]" if literal.version == 6 else f"all://{entry}"
    if entry.lower() == "localhost":
        return f"all://{entry}"
    return f"all://*{entry}"  # example.com also covers www.example.com, as in curl
