"""Word the poller's notices (a feed switched off) for every admin and queue them in the outbox."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from redis.exceptions import RedisError

from bot.deliver.outbox import Outbox
from bot.deliver.outbox_alert import OutboxAlert
from bot.lang import Lang
from bot.metrics import ALERTS_QUEUED
from bot.store.admins import AdminStore
from bot.store.chats import ChatStore
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
    """Who is told, in which language and time zone, and the outbox that carries it."""

    admins: AdminStore
    chats: ChatStore
    zone: tzinfo
    outbox: Outbox


async def _queue_for_admins(audience: NoticeAudience, entry_id: str, notice: FeedDisabled) -> bool:
    """Put one message per admin, in their language, in the outbox; False if nobody to tell."""
    admins = await audience.admins.everyone()
    if not admins:
        return False  # kept in Redis until someone is made admin
    records = await audience.chats.many(admins)
    messages = [
        OutboxAlert(
            # Stable per notice and admin: queued twice after a crash, sent once.
            id=f"notice:{entry_id}:{admin}", chat_id=admin, kind="notice",
            text=render_feed_disabled(
                notice, records[admin].lang if admin in records else "ar", audience.zone
            ),
            feed_id=notice.feed_id, queued_at=time.time(),
        )
        for admin in admins
    ]  # fmt: skip
    await audience.outbox.put(messages)
    ALERTS_QUEUED.labels("notice").inc(len(messages))
    return True


async def deliver_notices(
    notices: Notices, audience: NoticeAudience, consumer: str, stop: asyncio.Event
) -> None:
    """Queue each notice for the admins, acknowledging it only once queued, until stopped."""
    if not audience.admins.configured:
        log.warning("no admins in config.yaml: admin notices wait in Redis until there are")
    while not stop.is_set():
        try:
            queued = await notices.read(consumer, block_ms=1000)
            delivered = await _deliver(notices, audience, queued)
        except RedisError as exc:
            log.warning("notices: Redis did not answer (%s); retrying", exc)
            delivered = False
        if not delivered:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 5.0)


async def _deliver(notices: Notices, audience: NoticeAudience, queued: list[Queued]) -> bool:
    for item in queued:
        if not await _queue_for_admins(audience, item.entry_id, item.notice):
            return False
        await notices.ack(item.entry_id)
    return True
