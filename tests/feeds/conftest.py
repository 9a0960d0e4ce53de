"""Fixtures of the feed tests: slow handlers' release, and a second host."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from tests.http_server import LocalHTTPServer


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
