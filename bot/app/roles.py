"""The long-running roles of `rasd run`, supervised in one TaskGroup.

- bot: answers Telegram updates (commands, buttons).
- poller: polls the feeds and appends new articles to ``{p}:articles``.
- sender: matches new articles and fans them out to the outbox, sends the
  digests and admin notices that fall due, and delivers the outbox.

Every role can run many times, on one Redis.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Coroutine, Mapping, Sequence
from typing import Any, Literal
from zoneinfo import ZoneInfo

from redis.asyncio import Redis

from bot.app.admin_notices import NoticeAudience, deliver_notices
from bot.app.heartbeat import Problems
from bot.app.polling import run_poller
from bot.app.sender_role import build_bot, run_sender
from bot.app.telegram_app import build_application
from bot.app.telegram_link import TelegramLink, TokenRejectedError
from bot.config import Config
from bot.deliver.alert_stream import ensure_alert_group
from bot.deliver.digest import DigestScheduler
from bot.deliver.fanout import FanOut, FanOutOptions, FanOutParts
from bot.store.admins import AdminStore
from bot.store.keyspace import keys_for
from feeds.notices import Notices

Role = Literal["bot", "poller", "sender"]
log = logging.getLogger(__name__)


async def run_bot(config: Config, redis: Redis, link: TelegramLink, stop: asyncio.Event) -> None:
    """Answer Telegram updates until stopped, once the Bot API answered."""
    if not await link.ready(stop):
        return
    app = build_application(config, redis)
    async with app:
        if app.post_init is not None:
            await app.post_init(app)  # run_polling() would call it; this role starts by hand
        if app.updater is None:
            raise RuntimeError("the Application was built without an updater")
        await app.start()
        try:
            await app.updater.start_polling()
            log.info("bot role: polling Telegram at %s", config.env.telegram_api_base_url)
            await stop.wait()
        finally:
            # Also when polling failed to start: a running Application cannot shut down,
            # and its complaint would hide the real failure.
            if app.updater.running:
                await app.updater.stop()
            await app.stop()


async def run_sender_role(
    config: Config, redis: Redis, link: TelegramLink, stop: asyncio.Event
) -> None:
    """Fan new articles out to the outbox, queue digests and notices, deliver the outbox."""
    settings = config.settings
    keys = keys_for(redis, settings.key_prefix)
    parts = FanOutParts.build(redis, keys, settings.delivery, settings.timezone)
    # One consumer per process: what a dead process left pending is taken over by
    # the others (or by its replacement) after delivery.claim_after.
    consumer = f"{socket.gethostname()}:{os.getpid()}"
    claim_after_ms = settings.delivery.claim_after * 1000
    options = FanOutOptions(
        consumer=consumer, default_zone=settings.timezone, claim_after_ms=claim_after_ms
    )
    digests = DigestScheduler(redis, keys, parts.chats, parts.outbox, settings.timezone)
    audience = NoticeAudience(
        AdminStore(redis, keys, settings.admins), parts.chats, ZoneInfo(settings.timezone),
        parts.outbox,
    )  # fmt: skip
    async with asyncio.TaskGroup() as group:
        group.create_task(FanOut(redis, keys, parts, stop, options).run())
        group.create_task(digests.run(stop))
        notices = Notices(redis, keys.notices(), claim_after_ms=claim_after_ms)
        group.create_task(deliver_notices(notices, audience, consumer, stop))
        group.create_task(_after(link, stop, run_sender(config, redis, stop)))


async def _after(link: TelegramLink, stop: asyncio.Event, work: Coroutine[Any, Any, None]) -> None:
    """Run work once the Bot API answered (the fan-out meanwhile fills the outbox)."""
    if await link.ready(stop):
        await work
    else:
        work.close()


class RoleFailedError(Exception):
    """A role failed or ended by itself; every other role was stopped."""

    def __init__(self, role: str, cause: BaseException | None) -> None:
        while isinstance(cause, BaseExceptionGroup) and len(cause.exceptions) == 1:
            cause = cause.exceptions[0]  # a role's own TaskGroup: say what failed inside
        self.role = role
        self.cause = cause
        if isinstance(cause, TokenRejectedError):
            text = str(cause)
        elif cause is None:
            text = f"the {role} role ended by itself"
        else:
            text = f"the {role} role failed: {type(cause).__name__}: {cause}"
        super().__init__(text)


async def run_roles(
    config: Config, redis: Redis, roles: Sequence[Role], stop: asyncio.Event,
    problems: Problems,
) -> None:  # fmt: skip
    """Run the chosen roles side by side until stopped; one failing stops them all.

    Raises RoleFailedError for the first role that failed or ended while the
    others ran, so the process ends non-zero instead of living on without it.
    """
    if "poller" in roles or "sender" in roles:
        # Before the first article is published, so the fan-out sees it even
        # when it starts later than the pollers.
        await ensure_alert_group(redis, keys_for(redis, config.settings.key_prefix))
    work: dict[str, Coroutine[Any, Any, None]] = {}
    if "bot" in roles or "sender" in roles:
        link = TelegramLink(build_bot(config), config.env.telegram_api_base_url, problems)
        work["telegram"] = link.run(stop)
        if "bot" in roles:
            work["bot"] = run_bot(config, redis, link, stop)
        if "sender" in roles:
            work["sender"] = run_sender_role(config, redis, link, stop)
    if "poller" in roles:
        work["poller"] = run_poller(config, redis, stop)
    await supervise(work, stop)


async def supervise(
    work: Mapping[str, Coroutine[Any, Any, None]], stop: asyncio.Event, grace: float = 20.0
) -> None:
    """Run each role until stop; the first to fail or end sets stop, and is raised once all ended.

    The others get `grace` seconds to finish what they hold, then are cancelled.
    """
    failures: list[RoleFailedError] = []

    async def one(role: str, job: Coroutine[Any, Any, None]) -> None:
        try:
            await job
        except Exception as exc:
            if not isinstance(exc, TokenRejectedError):
                log.error("the %s role failed; stopping the others", role, exc_info=exc)
            failures.append(RoleFailedError(role, exc))
        else:
            if not stop.is_set():
                failures.append(RoleFailedError(role, None))
        finally:
            stop.set()

    tasks = [asyncio.create_task(one(role, job), name=f"rasd {role}") for role, job in work.items()]
    try:
        await stop.wait()
        _, late = await asyncio.wait(tasks, timeout=grace)
        if late:
            names = ", ".join(task.get_name() for task in late)
            log.warning("%s did not stop within %.0f s; cancelling", names, grace)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    if failures:
        raise failures[0]
