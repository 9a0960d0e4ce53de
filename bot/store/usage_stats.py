"""The numbers /stats shows, gathered from the stores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.store.chats import ChatStore
from bot.store.daily_stats import DailyStats
from bot.store.feed_table import status
from bot.store.subscriptions import Subscriptions
from feeds.state import FeedStates
from feeds.store import FeedStore


@dataclass(frozen=True, slots=True)
class UsageStats:
    """Subscribers, terms, feeds and today's sends."""

    subscribers: int  # private chats with at least one term
    paused: int
    inactive: int
    teams: int  # groups and channels with at least one term
    terms: int
    distinct: int
    feeds: int
    failing: int
    disabled: int
    sent: int
    errors: int


@dataclass(frozen=True, slots=True)
class StatsSources:
    """The stores the numbers come from."""

    chats: ChatStore
    subscriptions: Subscriptions
    feeds: FeedStore
    feed_states: FeedStates
    daily: DailyStats


async def collect(sources: StatsSources, now: datetime) -> UsageStats:
    """Count everything /stats reports."""
    _, terms_of = await sources.subscriptions.snapshot()
    records = await sources.chats.many(terms_of)
    private = [chat for chat in records.values() if chat.kind == "private"]
    feeds = await sources.feeds.all()
    states = [status(await sources.feed_states.load(record.feed.id)) for record in feeds]
    today = await sources.daily.day(now)
    return UsageStats(
        subscribers=len(private),
        paused=sum(chat.paused for chat in private),
        inactive=sum(bool(chat.inactive) for chat in private),
        teams=len(records) - len(private),
        terms=sum(len(terms) for terms in terms_of.values()),
        distinct=len({term for terms in terms_of.values() for term in terms}),
        feeds=len(feeds),
        failing=states.count("failing"),
        disabled=states.count("disabled"),
        sent=today["alerts_sent"],
        errors=today["send_errors"],
    )
