"""The numbers /stats shows, counted from what the stores hold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from redis.asyncio import Redis

from bot.keys import Keys
from bot.store.chats import ChatStore
from bot.store.daily_stats import DailyStats
from bot.store.feed_config import feed_states
from bot.store.subscriptions import Subscriptions
from bot.store.usage_stats import StatsSources, UsageStats, collect
from feeds.errors import Reason
from feeds.feed import Feed
from feeds.store import FeedStore

NOW = datetime(2024, 5, 10, 9, 0, tzinfo=UTC)


def sources(redis: Redis, keys: Keys) -> StatsSources:
    return StatsSources(
        chats=ChatStore(redis, keys),
        subscriptions=Subscriptions(redis, keys),
        feeds=FeedStore(redis, keys),
        feed_states=feed_states(redis, keys),
        daily=DailyStats(redis, keys),
    )


async def test_nothing_stored_counts_zero(redis: Redis, keys: Keys) -> None:
    assert await collect(sources(redis, keys), NOW) == UsageStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)


async def test_everything_is_counted(redis: Redis, keys: Keys) -> None:
    src = sources(redis, keys)
    chats, subs = src.chats, src.subscriptions
    # Subscribers: private chats with at least one term.
    for user in (1, 2, 3, 4):
        await chats.ensure(user, "private", f"مشترك {user}", "ar")
    await subs.add(1, "روسيا", 100)
    await subs.add(1, "إيران", 100)
    await subs.add(2, "روسيا", 100)
    await chats.set_paused(2, True)
    await subs.add(3, "السودان", 100)
    await chats.mark_inactive(3, "blocked")
    await chats.set_paused(4, True)  # no terms: not a subscriber, not counted as paused
    await chats.mark_inactive(4, "blocked")
    # Teams: groups and channels with at least one term.
    await chats.ensure(-1001, "supergroup", "غرفة الأخبار", "ar")
    await subs.add(-1001, "روسيا", 100)
    await chats.ensure(-1002, "channel", "قناة", "en")
    await subs.add(-1002, "ليبيا", 100)
    await chats.ensure(-1003, "group", "بلا عبارات", "ar")
    # Feeds: one healthy, one failing, one disabled, one never polled.
    feeds = [Feed.from_url(f"https://news{n}.example/rss", f"مصدر {n}") for n in range(4)]
    for feed in feeds:
        await src.feeds.add(feed)
    now = NOW.timestamp()
    await src.feed_states.success(feeds[0].id, now, None, None, None)
    await src.feed_states.failure(feeds[1].id, now, Reason.of("other", detail="HTTP 503"))
    await src.feed_states.failure(feeds[2].id, now, Reason.of("other", detail="HTTP 404"))
    gone = Reason.of("other", detail="HTTP 404 for two days")
    await src.feed_states.disable(feeds[2].id, now, gone)
    # Sends today, and yesterday's that do not count.
    await src.daily.incr("alerts_sent", NOW, 7)
    await src.daily.incr("send_errors", NOW - timedelta(hours=8), 2)
    await src.daily.incr("alerts_sent", NOW - timedelta(days=1), 50)

    assert await collect(src, NOW) == UsageStats(
        subscribers=3,
        paused=1,
        inactive=1,
        teams=2,
        terms=6,
        distinct=4,
        feeds=4,
        failing=1,
        disabled=1,
        sent=7,
        errors=2,
    )


async def test_a_subscriber_who_removed_every_term_is_no_longer_counted(
    redis: Redis, keys: Keys
) -> None:
    src = sources(redis, keys)
    await src.chats.ensure(1, "private", "", "ar")
    await src.subscriptions.add(1, "روسيا", 100)
    await src.subscriptions.remove(1, "روسيا")
    numbers = await collect(src, NOW)
    assert (numbers.subscribers, numbers.terms) == (0, 0)
