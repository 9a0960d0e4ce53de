"""A fetch's time allowance and the caps on requests per host and overall."""

from __future__ import annotations

import asyncio
import threading
import time
from http.server import BaseHTTPRequestHandler

from feeds.fetcher import (
    Fetched,
    Fetcher,
    FetchPolicy,
)
from tests.feeds.fetch_rig import FEED, failure, quietly, send
from tests.http_server import Handler, LocalHTTPServer


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
