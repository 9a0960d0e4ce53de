"""Chunked Redis work with the process and Redis busy at once, one call ahead.

A big story's fan-out sends a hundred script calls of a thousand chats each.
Awaited one by one, the process waits while Redis runs a chunk and Redis waits
while the process prepares the next or reads the last. `one_ahead` sends call
k+1 while the caller works on call k's result, and prepares call k+1 (the
iterable's next item) while call k runs. Calls still run one after the other,
in order: a stream written by them keeps its order. `line_chunks` makes the
argument such a call carries: many records, one per line.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable, Iterator
from itertools import islice
from typing import TypeVar

__all__ = ["EACH_LINE_LUA", "line_chunks", "one_ahead"]

R = TypeVar("R")

# The Lua side of line_chunks, put before a script's own code: each_line(lines, visit)
# calls visit on every line of a chunk and returns how many there were.
EACH_LINE_LUA = """
local function each_line(lines, visit)
  local from, count = 1, 0
  while from <= #lines do
    local stop = string.find(lines, '\\n', from, true) or #lines + 1
    visit(string.sub(lines, from, stop - 1))
    from, count = stop + 1, count + 1
  end
  return count
end
"""


async def one_ahead(calls: Iterable[Callable[[], Awaitable[R]]]) -> AsyncGenerator[R, None]:
    """Yield each call's result in order, the next call already running meanwhile."""
    running: asyncio.Future[R] | None = None
    try:
        for call in calls:  # preparing this call while the one before runs
            before = running
            if before is not None:
                result = await before
            running = asyncio.ensure_future(call())
            await asyncio.sleep(0)  # let it send its command before anything else runs
            if before is not None:
                yield result
        if running is not None:
            last, running = await running, None
            yield last
    finally:
        if running is not None and not running.done():
            running.cancel()


def line_chunks(lines: Iterable[str], size: int) -> Iterator[str]:
    """Yield the lines joined by newlines, `size` a chunk, taken from `lines` as needed.

    One script argument per chunk: a command or an argument per record would cost
    the client more than Redis. A record holds no raw newline (JSON escapes them).
    """
    records = iter(lines)
    while chunk := list(islice(records, size)):
        yield "\n".join(chunk)
