"""Shared fixtures: a real Redis, a real HTTP server on 127.0.0.1, isolated key prefixes.

With REDIS_URL set, tests use that server but only ever touch keys under their
own random prefix, and delete just those; without it, a private redis-server
is started on a free port for the session.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from redis import Redis as SyncRedis
from redis.asyncio import Redis

from bot.app.embedded_redis import EmbeddedRedis
from bot.keys import Keys
from tests.http_server import LocalHTTPServer
from tests.telegram_api import FakeBotAPI

REPO = Path(__file__).resolve().parent.parent
# As `rasd` sets it at start (bot/app/cli.py), for the PTB objects tests build in-process.
os.environ.setdefault("PTB_TIMEDELTA", "true")

# A shared CI machine can stall any one example; the properties are about results, not time.
settings.register_profile("rasd", deadline=None)
settings.load_profile("rasd")


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Yield the URL of a real Redis: $REDIS_URL, else one started here."""
    given = os.environ.get("REDIS_URL", "").strip()
    if given:
        yield given
        return
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis"), transport="tcp")
    with server:
        yield server.url


@pytest.fixture
def keys(redis_url: str) -> Iterator[Keys]:
    """Yield a key builder with a prefix no other test uses; then delete its keys only."""
    isolated = Keys(prefix=f"rasdtest-{uuid.uuid4().hex[:12]}")
    yield isolated
    client = SyncRedis.from_url(redis_url)
    for key in client.scan_iter(match=isolated.pattern(), count=500):
        client.delete(key)
    client.close()


@pytest.fixture
async def redis(redis_url: str, keys: Keys) -> AsyncIterator[Redis]:
    """Yield a client for the test Redis; `keys` cleans up after it."""
    client = Redis.from_url(redis_url, decode_responses=True)
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
