"""Waiting on several events at once, for the roles' loops."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any


async def wait_first(*waits: Coroutine[Any, Any, object]) -> None:
    """Return when the first of these waits is done; the others are cancelled and awaited."""
    tasks = [asyncio.create_task(wait) for wait in waits]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
