"""The long-running roles of `rasd run`, supervised in one TaskGroup."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Sequence
from typing import Literal
from zoneinfo import ZoneInfo

from redis.asyncio import Redis

from bot.admin_notices import NoticeAudience, deliver_notices
from bot.admins import AdminStore
from bot.alert_pipeline import AlertOptions, ensure_alert_group, run_alerts
from bot.chats import ChatStore
from bot.keys import Keys
from bot.polling import run_poller
from bot.settings import Config
from bot.telegram_app import build_application
from feeds.notices import Notices

Role = Literal["bot", "poller", "sender"]
log = logging.getLogger(__name__)


async def run_bot(config: Config, redis: Redis, stop: asyncio.Event) -> None:
    """Answer Telegram updates, send alerts and admin notices until stopped."""
    app = build_application(config, redis)
    keys = Keys(config.settings.key_prefix)
    notices = Notices(redis, keys.notices())
    zone = ZoneInfo(config.settings.timezone)
    async with app:
        if app.post_init is not None:
            await app.post_init(app)  # run_polling() would call it; this role starts by hand
        await app.start()
        if app.updater is None:
            raise RuntimeError("the Application was built without an updater")
        await app.updater.start_polling()
        log.info("bot role: polling Telegram at %s", config.env.telegram_api_base_url)
        # Until the delivery outbox exists, the bot role sends the alerts itself.
        async with asyncio.TaskGroup() as group:
            # One consumer name per host: a restarted bot resumes its own pending articles.
            options = AlertOptions(consumer=f"bot@{socket.gethostname()}")
            group.create_task(run_alerts(app.bot, redis, keys, zone, stop, options))
            audience = NoticeAudience(
                AdminStore(redis, keys, config.settings.admins), ChatStore(redis, keys), zone
            )
            group.create_task(deliver_notices(app.bot, notices, audience, stop))
        await app.updater.stop()
        await app.stop()


async def run_roles(
    config: Config, redis: Redis, roles: Sequence[Role], stop: asyncio.Event
) -> None:
    """Run the chosen roles side by side; one failing stops the others."""
    if "poller" in roles:
        # Before the first article is published, so the alerts group sees it
        # even when the bot role starts later.
        await ensure_alert_group(redis, Keys(config.settings.key_prefix))
    async with asyncio.TaskGroup() as group:
        if "bot" in roles:
            group.create_task(run_bot(config, redis, stop))
        if "poller" in roles:
            group.create_task(run_poller(config, redis, stop))
