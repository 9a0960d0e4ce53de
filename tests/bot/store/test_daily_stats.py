"""Daily counters for /stats, one set per UTC day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from redis.asyncio import Redis

from bot.keys import Keys
from bot.store.daily_stats import KEEP_SECONDS, DailyStats, day_of

RIYADH = timezone(timedelta(hours=3))
NOON = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


async def test_counters_start_at_zero(redis: Redis, keys: Keys) -> None:
    assert await DailyStats(redis, keys).day(NOON) == {"alerts_sent": 0, "send_errors": 0}


async def test_counters_add_up_within_a_day(redis: Redis, keys: Keys) -> None:
    stats = DailyStats(redis, keys)
    await stats.incr("alerts_sent", NOON)
    await stats.incr("alerts_sent", NOON + timedelta(hours=5), 4)
    await stats.incr("send_errors", NOON - timedelta(hours=11))
    assert await stats.day(NOON) == {"alerts_sent": 5, "send_errors": 1}


async def test_days_are_counted_apart_by_utc_date(redis: Redis, keys: Keys) -> None:
    stats = DailyStats(redis, keys)
    # 01:30 in Riyadh on 2 March is still 1 March in UTC.
    await stats.incr("alerts_sent", datetime(2024, 3, 2, 1, 30, tzinfo=RIYADH))
    await stats.incr("alerts_sent", datetime(2024, 3, 2, 3, 30, tzinfo=RIYADH))
    assert await stats.day(NOON) == {"alerts_sent": 1, "send_errors": 0}
    next_day = await stats.day(NOON + timedelta(days=1))
    assert next_day == {"alerts_sent": 1, "send_errors": 0}


def test_day_of_names_the_utc_date() -> None:
    assert day_of(datetime(2024, 3, 2, 1, 30, tzinfo=RIYADH)) == "2024-03-01"
    assert day_of(NOON) == "2024-03-01"


async def test_a_days_counters_expire(redis: Redis, keys: Keys) -> None:
    await DailyStats(redis, keys).incr("send_errors", NOON)
    assert 0 < await redis.ttl(keys.stats("2024-03-01")) <= KEEP_SECONDS
