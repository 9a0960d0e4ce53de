"""Roles side by side: one failing or ending by itself stops the others and the process."""

from __future__ import annotations

import asyncio

import pytest

from bot.app.roles import RoleFailedError, supervise
from bot.app.telegram_link import TokenRejectedError


async def until_stopped(stop: asyncio.Event, finished: list[str], name: str) -> None:
    await stop.wait()
    finished.append(name)


async def test_a_failing_role_stops_the_others_and_is_raised() -> None:
    stop, finished = asyncio.Event(), list[str]()

    async def broken() -> None:
        raise LookupError("no such feed table")

    with pytest.raises(RoleFailedError) as caught:
        await supervise({"poller": broken(), "bot": until_stopped(stop, finished, "bot")}, stop)
    assert str(caught.value) == "the poller role failed: LookupError: no such feed table"
    assert finished == ["bot"]  # stopped cleanly, not cancelled


async def test_a_role_that_ends_by_itself_is_a_failure_too() -> None:
    stop, finished = asyncio.Event(), list[str]()

    async def quits() -> None:
        return

    with pytest.raises(RoleFailedError, match="the sender role ended by itself"):
        await supervise({"sender": quits(), "bot": until_stopped(stop, finished, "bot")}, stop)
    assert finished == ["bot"]


async def test_a_rejected_token_is_told_as_it_is() -> None:
    stop = asyncio.Event()

    async def rejected() -> None:
        raise TokenRejectedError("the Bot API at http://x rejected TELEGRAM_BOT_TOKEN")

    with pytest.raises(RoleFailedError) as caught:
        await supervise({"telegram": rejected()}, stop)
    assert str(caught.value) == "the Bot API at http://x rejected TELEGRAM_BOT_TOKEN"


async def test_a_role_that_ignores_stop_is_cancelled_after_the_grace_time() -> None:
    stop = asyncio.Event()

    async def deaf() -> None:
        await asyncio.Event().wait()

    async def fails() -> None:
        raise OSError("disk full")

    with pytest.raises(RoleFailedError, match="disk full"):
        await supervise({"deaf": deaf(), "poller": fails()}, stop, grace=0.1)


async def test_roles_stopped_by_a_signal_end_without_error() -> None:
    stop, finished = asyncio.Event(), list[str]()
    work = {"bot": until_stopped(stop, finished, "bot"),
            "poller": until_stopped(stop, finished, "poller")}  # fmt: skip
    asyncio.get_running_loop().call_later(0.05, stop.set)
    await supervise(work, stop)
    assert sorted(finished) == ["bot", "poller"]


async def test_a_failure_inside_a_roles_own_task_group_is_named_as_itself() -> None:
    stop = asyncio.Event()

    async def sender() -> None:
        async def fan_out() -> None:
            raise KeyError("chat")

        async with asyncio.TaskGroup() as group:
            group.create_task(fan_out())

    with pytest.raises(RoleFailedError) as caught:
        await supervise({"sender": sender()}, stop)
    assert str(caught.value) == "the sender role failed: KeyError: 'chat'"
