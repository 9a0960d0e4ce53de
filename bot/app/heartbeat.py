"""A heartbeat file that says the process is alive, can reach Redis, and what troubles it.

A file, not a Redis key, because the container healthcheck asks about this
one process, and must answer even when Redis is what is down. The file's
time is the last Redis PING answered; its content (JSON) the problems the
process knows of by subject, such as ``{"telegram": "the Bot API at ... does
not answer"}``, which `rasd health` and `GET /health` both report.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
from pathlib import Path

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.app.waits import wait_first

HEARTBEAT_FILE = "heartbeat"
log = logging.getLogger(__name__)


class Problems:
    """What keeps this process from doing its work, by subject; written into the heartbeat."""

    def __init__(self) -> None:
        self._items: dict[str, str] = {}
        self.changed = asyncio.Event()

    def report(self, subject: str, text: str) -> None:
        """Say that a subject (e.g. "telegram") is in trouble, and how."""
        if self._items.get(subject) != text:
            self._items[subject] = text
            self.changed.set()

    def clear(self, subject: str) -> None:
        """Say that a subject is fine again."""
        if self._items.pop(subject, None) is not None:
            self.changed.set()

    def snapshot(self) -> dict[str, str]:
        """Return the current problems."""
        return dict(self._items)


def heartbeat_path(data_dir: Path) -> Path:
    """Return where the heartbeat of a data folder lives."""
    return data_dir / HEARTBEAT_FILE


async def beat(
    redis: Redis, path: Path, stop: asyncio.Event, problems: Problems | None = None,
    every: float = 15.0,
) -> None:  # fmt: skip
    """Write the heartbeat file after each successful Redis PING, until stopped.

    A change of the problems writes it at once rather than at the next beat.
    """
    problems = problems or Problems()
    path.parent.mkdir(parents=True, exist_ok=True)
    while not stop.is_set():
        problems.changed.clear()
        try:
            await redis.ping()
            await asyncio.to_thread(_write, path, problems.snapshot())
        except RedisError as exc:
            log.warning("heartbeat: Redis does not answer: %s", exc)
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(every):
                await wait_first(stop.wait(), problems.changed.wait())
    await asyncio.to_thread(path.unlink, missing_ok=True)


def _write(path: Path, problems: dict[str, str]) -> None:
    # Replaced in one step, so a reader never sees half a file.
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    partial.write_text(json.dumps(problems, ensure_ascii=False), encoding="utf-8")
    partial.replace(path)


def age(path: Path, now: float | None = None) -> float | None:
    """Return seconds since the last beat, or None if there is none."""
    try:
        mtime = path.stat().st_mtime
    except FileNotFoundError:
        return None
    return (time.time() if now is None else now) - mtime


def problems_in(path: Path) -> dict[str, str]:
    """Return the problems the last beat reported (none when there is no readable beat)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(subject): str(text) for subject, text in data.items()}
