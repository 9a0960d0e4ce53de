"""The metrics and health endpoint: scraped over real HTTP, and never fatal to the process."""

from __future__ import annotations

import http.client
import json
import logging
import os
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY
from redis.asyncio import Redis

from bot.app.heartbeat import heartbeat_path
from bot.app.metrics_server import (
    Health,
    MetricsServer,
    heartbeat_health,
    start_metrics_server,
)
from bot.keys import Keys
from bot.metrics import FEEDS_POLLED, ITEMS_NEW
from bot.settings import MetricsSettings
from feeds.feed import Feed
from feeds.store import FeedStore
from tests.feed_documents import items, rss20
from tests.feeds.poll_rig import rig
from tests.http_server import LocalHTTPServer, Response, conditional
from tests.ports import closed_port

HEALTHY = Health(redis=True, roles=("bot", "poller"), last_beat_age=3.04)


def get(server: MetricsServer, path: str) -> tuple[int, str, str]:
    """Return status, content type and body of a GET (http.client: no proxy in the way)."""
    connection = http.client.HTTPConnection(server.host, server.port, timeout=5)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read().decode("utf-8")
        return response.status, response.getheader("Content-Type", ""), body
    finally:
        connection.close()


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[], Health]], MetricsServer]]:
    """Yield a starter of endpoints on free ports; every one is stopped afterwards."""
    started: list[MetricsServer] = []

    def start(health: Callable[[], Health]) -> MetricsServer:
        server = start_metrics_server(MetricsSettings(port=closed_port()), health)
        assert server is not None
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_metrics_are_scraped_in_the_prometheus_format(
    serve: Callable[[Callable[[], Health]], MetricsServer],
) -> None:
    server = serve(lambda: HEALTHY)
    ITEMS_NEW.inc(3)
    FEEDS_POLLED.labels("ok").inc()
    status, content_type, body = get(server, "/metrics")
    assert status == 200 and content_type == CONTENT_TYPE_LATEST
    assert f"rasd_items_new_total {sample('rasd_items_new_total')}" in body
    polled = sample("rasd_feeds_polled_total", outcome="ok")
    assert f'rasd_feeds_polled_total{{outcome="ok"}} {polled}' in body
    assert "# TYPE rasd_match_seconds histogram" in body
    assert get(server, "/metrics?name=x")[0] == 200
    assert get(server, "/nothing")[0] == 404


def test_health_is_200_while_healthy_and_503_otherwise(
    serve: Callable[[Callable[[], Health]], MetricsServer],
) -> None:
    status, content_type, body = get(serve(lambda: HEALTHY), "/health")
    assert (status, content_type) == (200, "application/json")
    assert json.loads(body) == {
        "status": "ok", "redis": True, "roles": ["bot", "poller"], "last_beat_age": 3.0,
        "problems": {},
    }  # fmt: skip
    no_redis = Health(redis=False, roles=("sender",), last_beat_age=5.0)
    status, _, body = get(serve(lambda: no_redis), "/health")
    assert status == 503 and json.loads(body)["status"] == "failing"
    stale = Health(redis=True, roles=("bot",), last_beat_age=600.0)
    assert get(serve(lambda: stale), "/health")[0] == 503
    never = Health(redis=True, roles=("bot",))
    status, _, body = get(serve(lambda: never), "/health")
    assert status == 503 and json.loads(body)["last_beat_age"] is None
    telegram = "the Telegram Bot API at http://127.0.0.1:1 does not answer"
    troubled = Health(
        redis=True, roles=("bot",), last_beat_age=1.0, problems={"telegram": telegram}
    )
    status, _, body = get(serve(lambda: troubled), "/health")
    assert status == 503 and json.loads(body)["problems"] == {"telegram": telegram}


def test_a_broken_health_check_answers_503_and_the_endpoint_lives_on(
    serve: Callable[[Callable[[], Health]], MetricsServer], caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> Health:
        raise RuntimeError("boom")

    server = serve(broken)
    with caplog.at_level(logging.ERROR, "bot.app.metrics_server"):
        status, _, body = get(server, "/health")
    assert status == 503 and json.loads(body) == {"status": "failing", "error": "RuntimeError"}
    assert get(server, "/metrics")[0] == 200


def test_heartbeat_health_follows_the_heartbeat_file(
    serve: Callable[[Callable[[], Health]], MetricsServer], tmp_path: Path
) -> None:
    path = heartbeat_path(tmp_path)
    server = serve(heartbeat_health(path, ["bot", "poller", "sender"], max_age=30))
    status, _, body = get(server, "/health")
    assert status == 503 and json.loads(body)["redis"] is False
    path.touch()
    status, _, body = get(server, "/health")
    answer = json.loads(body)
    assert status == 200 and answer["redis"] is True
    assert answer["roles"] == ["bot", "poller", "sender"] and 0 <= answer["last_beat_age"] < 30
    old = time.time() - 120
    os.utime(path, (old, old))
    assert get(server, "/health")[0] == 503


def test_a_taken_port_gives_none_and_a_warning_not_a_crash(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with caplog.at_level(logging.WARNING, "bot.app.metrics_server"):
            server = start_metrics_server(MetricsSettings(port=port), lambda: HEALTHY)
    assert server is None
    assert f"cannot listen on 127.0.0.1:{port}" in caplog.text


def test_a_second_process_on_the_same_port_runs_without_an_endpoint() -> None:
    settings = MetricsSettings(port=closed_port())
    first = start_metrics_server(settings, lambda: HEALTHY)
    assert first is not None
    try:
        assert start_metrics_server(settings, lambda: HEALTHY) is None
    finally:
        first.stop()
        first.stop()  # a second stop does nothing
    again = start_metrics_server(settings, lambda: HEALTHY)  # stop() released the port
    assert again is not None
    again.stop()


def test_port_zero_switches_the_endpoint_off() -> None:
    assert start_metrics_server(MetricsSettings(port=0), lambda: HEALTHY) is None


async def test_polls_are_counted_by_outcome(
    redis: Redis, keys: Keys, http_server: LocalHTTPServer
) -> None:
    http_server.serve("/etag", conditional(rss20(items("metrics", 2)), {"ETag": '"v1"'}))
    http_server.serve("/plain", Response(rss20(items("plain", 3))))
    store = FeedStore(redis, keys)
    etag, plain, broken = (
        Feed.from_url(http_server.url(path), path) for path in ("/etag", "/plain", "/missing")
    )
    for feed in (etag, plain, broken):
        await store.add(feed)
    outcomes = ("ok", "not_modified", "unchanged", "failed")
    before = {o: sample("rasd_feeds_polled_total", outcome=o) for o in outcomes}
    new_before = sample("rasd_items_new_total")
    async with rig(redis, keys) as r:
        await r.poller.poll(etag.id)  # ok
        await r.poller.poll(etag.id)  # 304: not_modified
        await r.poller.poll(plain.id)  # ok; a first poll records what is there, none new
        http_server.serve("/plain", Response(rss20(items("plain", 5))))
        await r.poller.poll(plain.id)  # ok, two new
        await r.poller.poll(plain.id)  # same bytes: unchanged
        await r.poller.poll(broken.id)  # 404: failed
    after = {o: sample("rasd_feeds_polled_total", outcome=o) for o in outcomes}
    assert {o: after[o] - before[o] for o in outcomes} == {
        "ok": 3, "not_modified": 1, "unchanged": 1, "failed": 1,
    }  # fmt: skip
    assert sample("rasd_items_new_total") - new_before == 2
