"""one_ahead: results in order, the next call already running while the caller works."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator

import pytest

from bot.one_ahead import line_chunks, one_ahead


def calls(log: list[str], count: int) -> Iterator[Callable[[], Awaitable[int]]]:
    for number in range(count):
        log.append(f"prepare {number}")

        async def call(number: int = number) -> int:
            log.append(f"start {number}")
            await asyncio.sleep(0.01)
            log.append(f"end {number}")
            return number

        yield call


async def test_results_come_in_order_and_the_next_call_runs_while_the_caller_works() -> None:
    log: list[str] = []
    async for result in one_ahead(calls(log, 3)):
        log.append(f"handle {result}")
    assert log == [
        "prepare 0", "start 0",
        "prepare 1",  # while call 0 runs
        "end 0", "start 1", "handle 0",  # call 1 already sent when 0 is handled
        "prepare 2", "end 1", "start 2", "handle 1",
        "end 2", "handle 2",
    ]  # fmt: skip


async def test_no_calls_yield_nothing() -> None:
    assert [result async for result in one_ahead(calls([], 0))] == []


async def test_a_failed_call_raises_and_nothing_after_it_is_sent() -> None:
    started: list[int] = []

    def failing() -> Iterator[Callable[[], Awaitable[int]]]:
        async def slow() -> int:
            started.append(1)
            await asyncio.sleep(10)
            return 1

        async def broken() -> int:
            started.append(0)
            raise ValueError("Redis said no")

        yield broken
        yield slow
        yield slow

    with pytest.raises(ValueError, match="Redis said no"):
        async for _result in one_ahead(failing()):
            pass
    assert started == [0]  # nothing after the failed call was sent


async def test_a_call_running_when_the_caller_stops_is_cancelled() -> None:
    log: list[str] = []
    found = one_ahead(calls(log, 3))
    async for _result in found:
        break  # call 1 was sent meanwhile
    await found.aclose()
    await asyncio.sleep(0.05)
    assert "start 1" in log and "end 1" not in log and "start 2" not in log


def test_line_chunks_join_records_a_chunk_at_a_time_and_lose_none() -> None:
    records = [f'{{"n": {n}}}' for n in range(7)]
    chunks = list(line_chunks(records, 3))
    assert chunks == ['{"n": 0}\n{"n": 1}\n{"n": 2}', '{"n": 3}\n{"n": 4}\n{"n": 5}', '{"n": 6}']
    assert list(line_chunks([], 3)) == []
