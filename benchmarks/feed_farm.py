"""A fast asyncio HTTP server in its own process, serving N generated Arabic feeds.

Being another process, its CPU is not counted as the poller's
(benchmarks/poll_scale.py). Every feed is an RSS 2.0 document of Arabic items
(about 1 KB each), built in memory with its response head and answered over
keep-alive connections; ``publish`` builds every feed at a new version, which
adds one item on top. With ``conditional`` the server sends ETags and answers
304 to an ``If-None-Match`` that is current. ``Server`` drives it over a pipe and
reads its counters: answers by status, connections accepted, and its process CPU.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import signal
import time
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from typing import Any, cast

from tests.feed_documents import HEADLINES, items, rss20

__all__ = [
    "CONTENT_TYPE",
    "Server",
    "ServerStats",
    "document",
    "etag_for",
    "feed_name",
    "feed_urls",
]

CONTENT_TYPE = "application/rss+xml; charset=utf-8"
SENTENCES = 5  # headline + summary pairs in one item's description: ~1 KB per item


# --- the feeds --------------------------------------------------------------------------


def _description(number: int) -> str:
    pairs = (HEADLINES[(number + k) % len(HEADLINES)] for k in range(SENTENCES))
    return " ".join(f"{title}. {summary}" for title, summary in pairs)


def feed_name(index: int) -> str:
    """Return the name feed `index` is stored under."""
    return f"وكالة الأنباء {index}"


def document(index: int, count: int, version: int) -> bytes:
    """Return feed `index`'s RSS 2.0 document; each version adds one item on top."""
    entries = items(f"site{index}", count, start=version)
    long = [replace(e, summary=_description(int(e.guid.rsplit("-", 1)[1]))) for e in entries]
    return rss20(long, title=feed_name(index))


def feed_urls(port: int, feeds: int) -> list[str]:
    """Return the URLs of the first `feeds` feeds on the server."""
    return [f"http://127.0.0.1:{port}/feed/{index}" for index in range(feeds)]


def etag_for(version: int, index: int) -> str:
    """Return the ETag of feed `index` at `version`."""
    return f'"{version}-{index}"'


# --- the server process ----------------------------------------------------------------

_NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"


class _Site:
    """The documents the server process answers with, and its counters."""

    def __init__(self, feeds: int, count: int) -> None:
        self._feeds = feeds
        self._count = count
        self._full: list[bytes] = []
        self._not_modified: list[bytes] = []
        self._etags: list[bytes] = []
        self._conditional = False
        self.counts = [0, 0, 0, 0]  # 200, 304, other answers; connections accepted

    def publish(self, version: int, conditional: bool) -> int:
        """Serve every feed at `version` from now on; return the bytes of all documents."""
        self._conditional = conditional
        self._full, self._not_modified, self._etags = [], [], []
        total = 0
        for index in range(self._feeds):
            body = document(index, self._count, version)
            total += len(body)
            tag = etag_for(version, index).encode()
            etag = b"ETag: " + tag + b"\r\n" if conditional else b""
            head = (
                b"HTTP/1.1 200 OK\r\nContent-Type: " + CONTENT_TYPE.encode() + b"\r\n"
                b"Content-Length: " + str(len(body)).encode() + b"\r\n" + etag + b"\r\n"
            )
            self._full.append(head + body)
            self._not_modified.append(b"HTTP/1.1 304 Not Modified\r\n" + etag + b"\r\n")
            self._etags.append(tag)
        return total

    def answer(self, head: bytes) -> bytes:
        """Return the whole response to one request head."""
        line = head.split(b"\r\n", 1)[0].split(b" ")
        path = line[1] if len(line) == 3 else b""
        number = path[6:] if path.startswith(b"/feed/") else b""
        index = int(number) if number.isdigit() else -1
        if not 0 <= index < len(self._full):
            self.counts[2] += 1
            return _NOT_FOUND
        if self._conditional and self._etags[index] == _if_none_match(head):
            self.counts[1] += 1
            return self._not_modified[index]
        self.counts[0] += 1
        return self._full[index]


def _if_none_match(head: bytes) -> bytes | None:
    lowered = head.lower()
    at = lowered.find(b"\r\nif-none-match:")
    if at < 0:
        return None
    start = at + len(b"\r\nif-none-match:")
    end = lowered.find(b"\r\n", start)
    return head[start : end if end >= 0 else len(head)].strip()


class _Connection(asyncio.Protocol):
    """One keep-alive connection: answers each request head as it completes."""

    def __init__(self, site: _Site) -> None:
        self._site = site
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)
        self._site.counts[3] += 1

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer + data if self._buffer else data
        end = buffer.find(b"\r\n\r\n")
        while end >= 0 and self._transport is not None:
            self._transport.write(self._site.answer(buffer[:end]))
            buffer = buffer[end + 4 :]
            end = buffer.find(b"\r\n\r\n")
        self._buffer = buffer


def serve(control: Connection, feeds: int, count: int) -> None:
    """The server process: serve the feeds until told to stop over `control`."""
    # Ctrl-C reaches the whole process group; the benchmark stops the server in order.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    asyncio.run(_serve(control, feeds, count))


async def _serve(control: Connection, feeds: int, count: int) -> None:
    site = _Site(feeds, count)
    size = site.publish(0, conditional=False)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Connection(site), "127.0.0.1", 0, backlog=4096)
    done: asyncio.Future[None] = loop.create_future()

    def command() -> None:
        try:
            message = control.recv()
        except EOFError:  # the benchmark went away
            message = ("stop",)
        if message[0] == "publish":
            control.send(site.publish(message[1], message[2]))
        elif message[0] == "stats":
            control.send((*site.counts, time.process_time()))
        else:
            loop.remove_reader(control.fileno())
            if not done.done():
                done.set_result(None)

    loop.add_reader(control.fileno(), command)
    control.send((server.sockets[0].getsockname()[1], size))
    await done
    server.close()


@dataclass(frozen=True, slots=True)
class ServerStats:
    """The server's counters: responses by status, and its process CPU seconds."""

    full: int = 0
    not_modified: int = 0
    other: int = 0
    connections: int = 0
    cpu: float = 0.0

    def __sub__(self, before: ServerStats) -> ServerStats:
        return ServerStats(
            self.full - before.full,
            self.not_modified - before.not_modified,
            self.other - before.other,
            self.connections - before.connections,
            self.cpu - before.cpu,
        )

    @property
    def requests(self) -> int:
        """Every request answered."""
        return self.full + self.not_modified + self.other


class Server:
    """The feed server in its own process, driven over a pipe."""

    def __init__(self, feeds: int, count: int) -> None:
        context = multiprocessing.get_context("spawn")
        self._control, child = context.Pipe()
        self._process = context.Process(
            target=serve, args=(child, feeds, count), daemon=True, name="poll-scale-server"
        )
        self._process.start()
        child.close()
        self.port, self.total_bytes = cast(tuple[int, int], self._control.recv())

    def _call(self, *message: object) -> Any:
        self._control.send(message)
        return self._control.recv()

    def publish(self, version: int, conditional: bool) -> None:
        """Serve every feed at `version`; returns once every document is built."""
        self.total_bytes = int(self._call("publish", version, conditional))

    def stats(self) -> ServerStats:
        """Return the server's counters now."""
        full, not_modified, other, connections, cpu = self._call("stats")
        return ServerStats(int(full), int(not_modified), int(other), int(connections), float(cpu))

    def stop(self) -> None:
        """Stop the server process."""
        with contextlib.suppress(OSError):
            self._control.send(("stop",))
        self._process.join(5)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)
