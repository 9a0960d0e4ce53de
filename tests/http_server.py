"""A real HTTP server on loopback for tests: routes of bytes or of handler functions."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Response:
    """A canned answer."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


def conditional(body: bytes, headers: dict[str, str]) -> Handler:
    """Answer 304 to a request that sends back ``headers["ETag"]``, else 200 with the body."""

    def answer(request: BaseHTTPRequestHandler) -> None:
        if request.headers.get("If-None-Match") == headers["ETag"]:
            request.send_response(304)
            if "Cache-Control" in headers:  # a 304 may refresh the freshness, as servers do
                request.send_header("Cache-Control", headers["Cache-Control"])
            request.end_headers()
            return
        request.send_response(200)
        for name, value in headers.items():
            request.send_header(name, value)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    return answer


class LocalHTTPServer:
    """Serves registered paths; records every request path it gets."""

    def __init__(self, host: str = "127.0.0.1", tls: ssl.SSLContext | None = None) -> None:
        """Bind a free port on `host` (any loopback address); serve HTTPS when given `tls`."""
        self.host = host
        self.scheme = "https" if tls else "http"
        self.routes: dict[str, Response | Handler] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with server._lock:
                    server.requests.append((self.path, dict(self.headers.items())))
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404, "not found")
                elif isinstance(route, Response):
                    self.send_response(route.status)
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(route.body)))
                    self.end_headers()
                    self.wfile.write(route.body)
                else:
                    route(self)

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output readable

        self._httpd = ThreadingHTTPServer((host, 0), _Handler)
        self._httpd.daemon_threads = True
        if tls is not None:
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )  # shutdown() waits up to one poll interval

    def url(self, path: str) -> str:
        """Return the full URL of a path on this server."""
        return f"{self.scheme}://{self.host}:{self.port}{path}"

    def serve(self, path: str, route: Response | Handler) -> str:
        """Register a route and return its URL."""
        self.routes[path] = route
        return self.url(path)

    def hits(self, path: str) -> int:
        """Return how many requests a path has had."""
        with self._lock:
            return sum(1 for requested, _ in self.requests if requested == path)

    def start(self) -> None:
        """Start serving in a background thread."""
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> LocalHTTPServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
