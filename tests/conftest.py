"""Shared fixtures: a real Redis, a real HTTP server on 127.0.0.1, isolated key prefixes.

With REDIS_URL set, tests use that server but only ever touch keys under their
own random prefix, and delete just those; without it, a private redis-server
is started on a free port for the session.

A test module runs on a Redis Cluster as well with
``pytestmark = ON_SINGLE_AND_CLUSTER`` (tests.redis_cluster): `redis_url` is then
parametrised, and its cluster case starts a local cluster of three primaries
and three replicas once per session (the first test to need it waits about
three seconds for it).
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from redis.asyncio import Redis

from bot.app.embedded_redis import EmbeddedRedis
from bot.app.redis_endpoint import connect
from bot.keys import Keys
from tests.http_server import LocalHTTPServer
from tests.redis_cluster import LocalCluster, is_cluster_url, sync_client
from tests.telegram_api import FakeBotAPI

REPO = Path(__file__).resolve().parent.parent
# As `rasd` sets it at start (bot/app/cli.py), for the PTB objects tests build in-process.
os.environ.setdefault("PTB_TIMEDELTA", "true")

# A runner that starts the tests in the background of a script hands them Ctrl-C ignored,
# and every `rasd` they start would inherit that; the tests send Ctrl-C as a terminal does.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

# A shared CI machine can stall any one example; the properties are about results, not time.
settings.register_profile("rasd", deadline=None)
settings.load_profile("rasd")


def pytest_configure(config: pytest.Config) -> None:
    """Declare the marker of tests run on a cluster too."""
    config.addinivalue_line(
        "markers", "single_and_cluster: run the Redis tests on a single server and a cluster"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run a marked test's Redis twice: a single server, then a local cluster."""
    marked = metafunc.definition.get_closest_marker("single_and_cluster") is not None
    if marked and "redis_url" in metafunc.fixturenames:
        metafunc.parametrize("redis_url", ["single", "cluster"], indirect=True)


@pytest.fixture(scope="session")
def single_redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Yield the URL of a real Redis: $REDIS_URL, else one started here."""
    given = os.environ.get("REDIS_URL", "").strip()
    if given:
        yield given
        return
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis"), transport="tcp")
    with server:
        yield server.url


@pytest.fixture(scope="session")
def redis_cluster() -> Iterator[LocalCluster]:
    """Yield a local Redis Cluster (three primaries, three replicas) for the session."""
    folder = Path(tempfile.mkdtemp(prefix="rasd-cluster-", dir="/tmp"))
    cluster = LocalCluster(folder)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def redis_url(request: pytest.FixtureRequest, single_redis_url: str) -> str:
    """Return the URL tests use: the single server, or a cluster node when parametrised so."""
    if getattr(request, "param", "single") == "cluster":
        cluster: LocalCluster = request.getfixturevalue("redis_cluster")
        return cluster.url
    return single_redis_url


@pytest.fixture
def keys(redis_url: str) -> Iterator[Keys]:
    """Yield a key builder with a prefix no other test uses; then delete its keys only."""
    cluster = is_cluster_url(redis_url)
    isolated = Keys(prefix=f"rasdtest-{uuid.uuid4().hex[:12]}", cluster=cluster)
    yield isolated
    client = sync_client(redis_url)
    for key in client.scan_iter(match=isolated.pattern(), count=500):
        client.delete(key)
    client.close()


@pytest.fixture
async def redis(redis_url: str, keys: Keys) -> AsyncIterator[Redis]:
    """Yield a client for the test Redis (a cluster client on a cluster); `keys` cleans up."""
    client = await connect(redis_url)
    yield client
    await client.aclose()


@pytest.fixture
def own_redis() -> Iterator[EmbeddedRedis]:
    """Yield a redis-server with an append-only file that the test may stop and start."""
    # A short folder, so the server listens on a unix socket whose URL survives a restart.
    folder = Path(tempfile.mkdtemp(prefix="rasd-own-", dir="/tmp"))
    server = EmbeddedRedis(folder)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def http_server() -> Iterator[LocalHTTPServer]:
    """Yield a started HTTP server on 127.0.0.1."""
    server = LocalHTTPServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def bot_api() -> Iterator[FakeBotAPI]:
    """Yield a started local Bot API server; fail the test if the bot called an unknown method."""
    server = FakeBotAPI()
    server.start()
    yield server
    server.stop()
    assert server.state.unknown_methods == [], "the bot called methods the fake does not know"


@pytest.fixture
def subprocess_env(redis_url: str, tmp_path: Path) -> dict[str, str]:
    """Return an environment for running `rasd` as a subprocess against the test Redis."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "RASD_"))}
    env.update(
        REDIS_URL=redis_url,
        NO_PROXY="127.0.0.1,localhost",
        no_proxy="127.0.0.1,localhost",
        PYTHONPATH=str(REPO),
    )
    return env
