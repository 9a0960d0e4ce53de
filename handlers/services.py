"""The stores and settings handlers use, built once and kept in the Application."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast
from zoneinfo import ZoneInfo

from redis.asyncio import Redis
from telegram.ext import CallbackContext

from bot.config import Config
from bot.deliver.dead_letters import DeadLetters
from bot.deliver.digest import DigestStore
from bot.deliver.flood_gate import FloodGate
from bot.settings import LimitSettings
from bot.store.admins import AdminStore
from bot.store.alert_cards import AlertCards
from bot.store.chats import ChatStore
from bot.store.daily_stats import DailyStats
from bot.store.feed_config import feed_states
from bot.store.feedback import Feedback
from bot.store.keyspace import keys_for
from bot.store.mutes import Mutes
from bot.store.offers import Offers
from bot.store.subscriptions import Subscriptions
from feeds.article_stream import ArticleStream
from feeds.state import FeedStates
from feeds.store import FeedStore
from handlers.app_type import AnyApplication

_SLOT = "rasd"


@dataclass(frozen=True, slots=True)
class Services:
    """Everything a handler may call besides Telegram."""

    config: Config
    chats: ChatStore
    subscriptions: Subscriptions
    admins: AdminStore
    offers: Offers
    feeds: FeedStore
    feed_states: FeedStates
    articles: ArticleStream
    stats: DailyStats
    zone: ZoneInfo
    dead_letters: DeadLetters
    digests: DigestStore
    mutes: Mutes
    cards: AlertCards
    feedback: Feedback
    gate: FloodGate  # the senders' flood control, for the edits buttons make
    clock: Callable[[], float] = field(default=time.time)  # Unix time; tests pass their own

    @property
    def limits(self) -> LimitSettings:
        """Return the per-chat limits from config.yaml."""
        return self.config.settings.limits

    @classmethod
    def build(cls, config: Config, redis: Redis) -> Services:
        """Build every store over one Redis client."""
        keys = keys_for(redis, config.settings.key_prefix)
        return cls(
            config=config,
            chats=ChatStore(redis, keys),
            subscriptions=Subscriptions(redis, keys),
            admins=AdminStore(redis, keys, config.settings.admins),
            offers=Offers(redis, keys),
            feeds=FeedStore(redis, keys),
            feed_states=feed_states(redis, keys),
            articles=ArticleStream(redis, keys.articles()),
            stats=DailyStats(redis, keys),
            zone=ZoneInfo(config.settings.timezone),
            dead_letters=DeadLetters(redis, keys),
            digests=DigestStore(redis, keys, config.settings.timezone),
            mutes=Mutes(redis, keys),
            cards=AlertCards(redis, keys),
            feedback=Feedback(redis, keys),
            gate=FloodGate(redis, keys, config.settings.delivery),
        )


def attach(bot_data: dict[Any, Any], services: Services) -> None:
    """Keep the services where handlers find them."""
    bot_data[_SLOT] = services


def services_of(context: CallbackContext[Any, Any, Any, Any]) -> Services:
    """Return the services of the running Application."""
    return cast(Services, context.bot_data[_SLOT])


def services_of_app(app: AnyApplication) -> Services:
    """Return the services attached to an Application."""
    return cast(Services, app.bot_data[_SLOT])
