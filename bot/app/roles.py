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
from collections.abc import Sequence
from typing import Literal
from zoneinfo import ZoneInfo

from redis.asyncio import Redis

from bot.app.admin_notices import NoticeAudience, deliver_notices
from bot.app.polling import run_poller
from bot.app.sender_role import run_sender
from bot.app.telegram_app import build_application
from bot.deliver.alert_stream import ensure_alert_group
from bot.deliver.digest import DigestScheduler
from bot.deliver.fanout import FanOut, FanOutOptions, FanOutParts
from bot.keys import Keys
from bot.settings import Config
from bot.store.admins import AdminStore
from feeds.notices import Notices

Role = Literal["bot", "poller", "sender"]
log = logging.getLogger(__name__)


async def run_bot(config: Config, redis: Redis, stop: asyncio.Event) -> None:
    """Answer Telegram updates until stopped."""
    app = build_application(config, redis)
    async with app:
        if app.post_init is not None:
            await app.post_init(app)  # run_polling() would call it; this role starts by hand
        await app.start()
        if app.updater is None:
            raise RuntimeError("the Application was built without an updater")
        await app.updater.start_polling()
        log.info("bot role: polling Telegram at %s", config.env.telegram_api_base_url)
        await stop.wait()
        await app.updater.stop()
        await app.stop()


async def run_sender_role(config: Config, redis: Redis, stop: asyncio.Event) -> None:
    """Fan new articles out to the outbox, queue digests and notices, deliver the outbox."""
    settings = config.settings
    keys = Keys(settings.key_prefix)
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
        group.create_task(run_sender(config, redis, stop))


async def run_roles(
    config: Config, redis: Redis, roles: Sequence[Role], stop: asyncio.Event
) -> None:
    """Run the chosen roles side by side; one failing stops the others."""
    if "poller" in roles or "sender" in roles:
        # Before the first article is published, so the fan-out sees it even
        # when it starts later than the pollers.
        await ensure_alert_group(redis, Keys(config.settings.key_prefix))
    async with asyncio.TaskGroup() as group:
        if "bot" in roles:
            group.create_task(run_bot(config, redis, stop))
        if "poller" in roles:
            group.create_task(run_poller(config, redis, stop))
        if "sender" in roles:
            group.create_task(run_sender_role(config, redis, stop))
