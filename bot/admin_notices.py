"""Send the poller's notices (a feed switched off) to every admin in Telegram."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from redis.exceptions import RedisError
from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError

from bot.admins import AdminStore
from bot.chats import ChatStore
from bot.lang import Lang
from feeds.notices import FeedDisabled, Notices, Queued
from handlers.texts import text

log = logging.getLogger(__name__)


def render_feed_disabled(notice: FeedDisabled, lang: Lang, zone: tzinfo) -> str:
    """Return the HTML message telling an admin a feed was switched off."""
    since = datetime.fromtimestamp(notice.since, tz=UTC).astimezone(zone)
    return text(
        "feed_disabled",
        lang,
        name=notice.name,
        since=since.strftime("%Y-%m-%d %H:%M %Z"),
        reason=notice.reason,
        url=notice.url,
        feed_id=notice.feed_id,
    )


@dataclass(frozen=True, slots=True)
class NoticeAudience:
    """Who is told, and in which language and time zone."""

    admins: AdminStore
    chats: ChatStore
    zone: tzinfo


async def _send_to_admins(bot: Bot, audience: NoticeAudience, notice: FeedDisabled) -> bool:
    """Send to every admin in their language; False when a retry could help."""
    admins = await audience.admins.everyone()
    if not admins:
        return False  # kept in Redis until someone is made admin
    records = await audience.chats.many(admins)
    for admin in admins:
        lang = records[admin].lang if admin in records else "ar"
        message = render_feed_disabled(notice, lang, audience.zone)
        try:
            await bot.send_message(admin, message, parse_mode=ParseMode.HTML)
        except Forbidden as exc:
            # An admin who blocked the bot cannot be reached by retrying.
            log.warning("admin=%s cannot be told (%s)", admin, exc.message)
        except TelegramError as exc:
            log.warning("admin=%s notice not sent yet (%s); will retry", admin, exc.message)
            return False
    return True


async def deliver_notices(
    bot: Bot, notices: Notices, audience: NoticeAudience, stop: asyncio.Event
) -> None:
    """Send each notice to the admins, acknowledging it only once sent, until stopped."""
    if not audience.admins.configured:
        log.warning("no admins in config.yaml: admin notices wait in Redis until there are")
    while not stop.is_set():
        try:
            queued = await notices.read(consumer="bot", block_ms=1000)
            delivered = await _deliver(bot, notices, audience, queued)
        except RedisError as exc:
            log.warning("notices: Redis did not answer (%s); retrying", exc)
            delivered = False
        if not delivered:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 5.0)


async def _deliver(
    bot: Bot, notices: Notices, audience: NoticeAudience, queued: list[Queued]
) -> bool:
    for item in queued:
        if not await _send_to_admins(bot, audience, item.notice):
            return False
        await notices.ack(item.entry_id)
    return True
