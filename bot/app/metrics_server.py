"""The HTTP endpoint of each Rasd process: Prometheus metrics and a health check.

`GET /metrics` is the Prometheus text format; `GET /health` is JSON, status 200
while the process is healthy and 503 otherwise, for load balancers and
orchestrators that cannot run `rasd health` inside the container.

prometheus_client.start_http_server is not used: it serves only the metrics and
gives no way to add a health route. The stdlib ThreadingHTTPServer does both in
a few lines, in a daemon thread, so a slow scraper never blocks the event loop
and the endpoint never keeps the process alive on exit.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Literal

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest

from bot.app.heartbeat import age, problems_in
from bot.settings import MetricsSettings

log = logging.getLogger(__name__)

# The heartbeat beats every 15 s; `rasd health` allows 60 s by default, and so does this.
MAX_BEAT_AGE = 60.0


@dataclass(frozen=True, slots=True)
class Health:
    """What the process says about itself when asked."""

    redis: bool  # Redis answered recently
    roles: Sequence[str] = field(default_factory=tuple)  # the roles this process runs
    last_beat_age: float | None = None  # seconds since the last heartbeat; None: none yet
    max_beat_age: float = MAX_BEAT_AGE
    problems: Mapping[str, str] = field(default_factory=dict)  # by subject, e.g. "telegram"

    @property
    def status(self) -> Literal["ok", "failing"]:
        """Return "ok" when Redis answers, the heartbeat is recent and nothing is wrong."""
        fresh = self.last_beat_age is not None and self.last_beat_age <= self.max_beat_age
        return "ok" if self.redis and fresh and not self.problems else "failing"

    def to_json(self) -> dict[str, object]:
        """Return the body of `GET /health`."""
        beat = None if self.last_beat_age is None else round(self.last_beat_age, 1)
        return {
            "status": self.status,
            "redis": self.redis,
            "roles": list(self.roles),
            "last_beat_age": beat,
            "problems": dict(self.problems),
        }


def heartbeat_health(
    path: Path, roles: Sequence[str], max_age: float = MAX_BEAT_AGE
) -> Callable[[], Health]:
    """Return a health check built on the heartbeat file (bot.app.heartbeat).

    The file is touched only after Redis answered a PING, so a recent beat means
    both that the event loop runs and that Redis is reachable; reading a file's
    time is safe from the server's thread, where the async Redis client is not.
    """
    shown = tuple(roles)

    def check() -> Health:
        seconds = age(path)
        recent = seconds is not None and seconds <= max_age
        return Health(
            redis=recent, roles=shown, last_beat_age=seconds, max_beat_age=max_age,
            problems=problems_in(path) if recent else {},
        )  # fmt: skip

    return check


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a hanging scrape must not hold the process open on exit

    def __init__(
        self,
        address: tuple[str, int],
        health: Callable[[], Health],
        registry: CollectorRegistry,
    ) -> None:
        self.health = health
        self.registry = registry
        super().__init__(address, _Handler)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        route = self.path.split("?", 1)[0].rstrip("/") or "/"
        if route == "/metrics":
            self._send(HTTPStatus.OK, CONTENT_TYPE_LATEST, generate_latest(self.server.registry))
        elif route == "/health":
            self._health()
        else:
            body = b"Rasd: GET /metrics or /health\n"
            self._send(HTTPStatus.NOT_FOUND, "text/plain; charset=utf-8", body)

    def _health(self) -> None:
        try:
            health = self.server.health()
            body = health.to_json()
        except Exception as exc:  # a broken check is a failing process, not a dead endpoint
            log.exception("health check failed")
            body = {"status": "failing", "error": type(exc).__name__}
        code = HTTPStatus.OK if body["status"] == "ok" else HTTPStatus.SERVICE_UNAVAILABLE
        raw = json.dumps(body).encode("utf-8")
        self._send(code, "application/json", raw)

    def _send(self, code: HTTPStatus, content_type: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        # One line per scrape every few seconds is noise at INFO.
        log.debug("%s %s", self.address_string(), format % args)


class MetricsServer:
    """A running endpoint; `stop()` closes it."""

    def __init__(self, server: _Server) -> None:
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.2},  # how long stop() may wait,
            name="rasd-metrics",
            daemon=True,
        )
        self._stopped = False
        self._thread.start()

    @property
    def host(self) -> str:
        """Return the address it listens on."""
        return str(self._server.server_address[0])

    @property
    def port(self) -> int:
        """Return the port it listens on (the real one when port 0 was bound)."""
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """Return the base URL, e.g. http://127.0.0.1:9108."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving and release the port; calling it again does nothing."""
        if self._stopped:
            return
        self._stopped = True
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout)


def start_metrics_server(
    settings: MetricsSettings,
    health: Callable[[], Health],
    *,
    registry: CollectorRegistry = REGISTRY,
) -> MetricsServer | None:
    """Serve /metrics and /health in a daemon thread; None when off or the port is taken.

    A process that cannot open its endpoint still runs: metrics are an aid, and
    several processes on one host would otherwise refuse to start side by side.
    """
    if settings.port == 0:
        log.info("metrics: endpoint off (metrics.port is 0)")
        return None
    try:
        server = _Server((settings.host, settings.port), health, registry)
    except OSError as exc:
        log.warning(
            "metrics: cannot listen on %s:%d (%s); running without /metrics and /health. "
            "Give each process on this host its own metrics.port",
            settings.host, settings.port, exc.strerror or exc,
        )  # fmt: skip
        return None
    running = MetricsServer(server)
    log.info("metrics: serving %s/metrics and %s/health", running.url, running.url)
    return running
