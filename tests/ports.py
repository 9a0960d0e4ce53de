"""Local ports for tests that need a place nothing listens on."""

from __future__ import annotations

import socket


def closed_port() -> int:
    """Return a loopback port that was free a moment ago, so connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
