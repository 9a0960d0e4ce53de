"""The long-running roles of `rasd run`, supervised in one TaskGroup."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Literal
from zoneinfo import ZoneInfo

from redis.asyncio import Redis

from bot.admin_notices import deliver_notices
from bot.keys import Keys
from bot.polling import run_poller
from bot.settings import Config
from bot.telegram_app import build_application
from feeds.notices import Notices

Role = Literal["bot", "poller", "sender"]
log = logging.getLogger(__name__)


async def run_bot(config: Config, redis: Redis, stop: asyncio.Event) -> None:
    """Answer Telegram updates and send admin notices until stopped."""
    app = build_application(config)
    notices = Notices(redis, Keys(config.settings.key_prefix).notices())
    zone = ZoneInfo(config.settings.timezone)
    async with app:
        await app.start()
        if app.updater is None:
            raise RuntimeError("the Application was built without an updater")
        await app.updater.start_polling()
        log.info("bot role: polling Telegram at %s", config.env.telegram_api_base_url)
        await deliver_notices(app.bot, notices, config.settings.admins, zone, stop)
        await app.updater.stop()
        await app.stop()


async def run_roles(
    config: Config, redis: Redis, roles: Sequence[Role], stop: asyncio.Event
) -> None:
    """Run the chosen roles side by side; one failing stops the others."""
    async with asyncio.TaskGroup() as group:
        if "bot" in roles:
            group.create_task(run_bot(config, redis, stop))
        if "poller" in roles:
            group.create_task(run_poller(config, redis, stop))
