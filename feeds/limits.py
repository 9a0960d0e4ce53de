"""Concurrency caps and time allowances for fetches; httpx caps neither per host nor per fetch."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator


class _Gate:
    """One host's semaphore and how many fetches hold or await it."""

    def __init__(self, size: int) -> None:
        self.semaphore = asyncio.Semaphore(size)
        self.users = 0


class Slots:
    """Caps concurrent requests overall and per host name."""

    def __init__(self, total: int, per_host: int) -> None:
        self._total = asyncio.Semaphore(total)
        self._per_host = per_host
        self._gates: dict[str, _Gate] = {}

    @contextlib.asynccontextmanager
    async def hold(self, host: str) -> AsyncIterator[None]:
        """Wait for a slot on this host, then for one overall; hold both inside."""
        gate = self._gates.get(host)
        if gate is None:
            gate = self._gates[host] = _Gate(self._per_host)
        gate.users += 1
        try:
            # Host first: a fetch queued behind its host must not sit on an overall slot.
            async with gate.semaphore, self._total:
                yield
        finally:
            gate.users -= 1
            if gate.users == 0:
                del self._gates[host]  # polled hosts come and go; keep only busy ones

    def busy_hosts(self) -> int:
        """Return how many hosts have a fetch running or queued."""
        return len(self._gates)


class Budget:
    """A fetch's time allowance, spent while it works but not while it queues for a slot."""

    def __init__(self, seconds: float) -> None:
        self._left = seconds

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Run the body under what is left of the allowance; TimeoutError when it runs out."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            async with asyncio.timeout(self._left):
                yield
        finally:
            self._left = max(0.0, self._left - (loop.time() - started))
