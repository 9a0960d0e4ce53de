"""The sender role: one Sender delivering the outbox until stopped."""

from __future__ import annotations

import asyncio
import logging
import os
import socket

from redis.asyncio import Redis
from telegram import Bot
from telegram.error import InvalidToken, TelegramError
from telegram.request import HTTPXRequest

from bot.config import Config
from bot.deliver.dead_letters import DeadLetters
from bot.deliver.flood_gate import FloodGate
from bot.deliver.outbox import Outbox
from bot.deliver.sender import Sender
from bot.store.chats import ChatStore
from bot.store.daily_stats import DailyStats
from bot.store.keyspace import keys_for
from bot.store.subscriptions import Subscriptions

log = logging.getLogger(__name__)
SEND_CONCURRENCY = 32


def build_bot(config: Config) -> Bot:
    """Return a Bot for sending alerts: no rate limiter of its own, the flood gate limits it."""
    token = config.env.telegram_token
    if token is None:
        raise ValueError("the sender role needs TELEGRAM_BOT_TOKEN")
    base = config.env.telegram_api_base_url
    # As wide as the sends a Sender keeps in flight; PTB's default pool holds one connection.
    request = HTTPXRequest(connection_pool_size=SEND_CONCURRENCY)
    return Bot(
        token.get_secret_value(),
        base_url=f"{base}/bot",
        base_file_url=f"{base}/file/bot",
        request=request,
    )


async def run_sender(config: Config, redis: Redis, stop: asyncio.Event) -> None:
    """Deliver the outbox until stopped; Telegram unreachable at start is waited for."""
    keys = keys_for(redis, config.settings.key_prefix)
    settings = config.settings.delivery
    bot = build_bot(config)
    try:
        if not await _initialize(bot, stop):
            return
        sender = Sender(
            bot,
            Outbox(redis, keys, claim_after_ms=settings.claim_after * 1000),
            FloodGate(redis, keys, settings),
            ChatStore(redis, keys),
            Subscriptions(redis, keys),
            DailyStats(redis, keys),
            DeadLetters(redis, keys),
            settings,
            stop,
            concurrency=SEND_CONCURRENCY,
        )
        await sender.run(consumer=f"{socket.gethostname()}:{os.getpid()}")
    finally:
        await bot.shutdown()


async def _initialize(bot: Bot, stop: asyncio.Event) -> bool:
    """Initialize the bot (getMe), retrying network trouble; False if stopped first."""
    wait = 1.0
    while not stop.is_set():
        try:
            await bot.initialize()
            return True
        except InvalidToken:
            raise
        except TelegramError as exc:
            log.warning("sender: Telegram not reachable (%s); retrying in %.0f s", exc, wait)
        try:
            await asyncio.wait_for(stop.wait(), wait)
        except TimeoutError:
            wait = min(wait * 2, 60.0)
    return False
