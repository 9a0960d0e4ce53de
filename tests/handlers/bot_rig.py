"""Rasd's Application running in the test's event loop against the local Bot API server.

The real python-telegram-bot polls the fake server over HTTP and the handlers
use a real Redis; a test acts as Telegram users and reads what they would see.
The fake server's waits block, so they run in a thread while the bot works.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from telegram.ext import BaseRateLimiter

from bot.app.telegram_app import build_application
from bot.config import Config
from bot.environment import Env
from bot.keys import Keys
from bot.settings_validation import parse_settings
from handlers.app_type import AnyApplication
from handlers.services import Services, services_of_app
from tests.telegram_api import FakeBotAPI, SentMessage

ADMIN = 900
WAIT = 20.0


@dataclass
class BotRig:
    """The running bot, its store, and the fake Telegram it talks to."""

    api: FakeBotAPI
    app: AnyApplication
    redis: Redis
    keys: Keys

    @property
    def services(self) -> Services:
        """Return the stores the handlers use."""
        return services_of_app(self.app)

    async def says(
        self, user_id: int, text: str, *, chat_id: int | None = None, **update: Any
    ) -> SentMessage:
        """Send a message as a user and return the bot's next message to that chat."""
        after = self.api.sent_count()
        self.api.user_says(user_id, text, chat_id=chat_id, **update)
        return await self.next_message(chat_id or user_id, after)

    async def says_nothing_back(self, user_id: int, text: str, *, chat_id: int) -> None:
        """Send a message and check the bot handled it without answering in that chat."""
        after = self.api.sent_count()
        self.api.user_says(user_id, text, chat_id=chat_id)
        # A /start in the user's private chat is a marker: once it is answered,
        # every earlier update has been handled (updates are processed in order).
        marker = self.api.sent_count()
        self.api.user_says(user_id, "/start")
        await self.next_message(user_id, marker)
        assert [m.text for m in self.api.state.sent[after:] if m.chat_id == chat_id] == []

    async def next_message(self, chat_id: int, after: int) -> SentMessage:
        """Return the first message to a chat sent after `after` messages in all."""
        return await asyncio.to_thread(self.api.wait_for, chat_id, None, timeout=WAIT, after=after)

    async def presses(self, user_id: int, message: SentMessage, data: str) -> dict[str, Any]:
        """Press an inline button; return the bot's answerCallbackQuery once it came."""
        query_id = self.api.user_presses(user_id, message, data)
        answer: dict[str, Any] = await asyncio.to_thread(
            self.api.wait_for_answer, query_id, timeout=WAIT
        )
        return answer


def buttons(message: SentMessage) -> list[tuple[str, str]]:
    """Return the message's inline buttons as (label, callback data), row by row."""
    return [(button.text, button.callback_data or "") for button in message.buttons()]


async def eventually(check: Callable[[], Any], within: float = WAIT) -> Any:
    """Await a condition that the bot makes true a little later; return its truthy value."""
    deadline = time.monotonic() + within
    while True:
        value = check()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {within} s")
        await asyncio.sleep(0.05)


@asynccontextmanager
async def running_bot(
    api: FakeBotAPI,
    redis_url: str,
    keys: Keys,
    settings: Mapping[str, object] | None = None,
    rate_limiter: BaseRateLimiter[Any] | None = None,
) -> AsyncIterator[BotRig]:
    """Run the bot with these config.yaml settings until the block ends."""
    data = {"admins": [ADMIN], "key_prefix": keys.prefix, "timezone": "UTC", **(settings or {})}
    config = Config(parse_settings(data, "test config"), Env.from_environ(api.env()))
    redis = Redis.from_url(redis_url, decode_responses=True)
    app = build_application(config, redis, rate_limiter)
    try:
        async with app:
            assert app.post_init is not None and app.updater is not None
            await app.post_init(app)
            await app.start()
            await app.updater.start_polling(timeout=1)
            try:
                yield BotRig(api, app, redis, keys)
            finally:
                await app.updater.stop()
                await app.stop()
    finally:
        await redis.aclose()
