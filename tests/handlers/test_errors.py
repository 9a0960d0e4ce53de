"""When Redis is down, a command gets a clear answer and nothing is lost once it is back."""

from __future__ import annotations

import asyncio

import pytest

from bot.app.embedded_redis import EmbeddedRedis
from bot.keys import Keys
from tests.handlers.bot_rig import running_bot
from tests.telegram_api import FakeBotAPI

USER = 9191


async def test_a_redis_outage_is_explained_and_the_next_try_works(
    bot_api: FakeBotAPI, own_redis: EmbeddedRedis, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    async with running_bot(bot_api, own_redis.url, keys) as rig:
        await rig.says(USER, "/watch روسيا")
        await asyncio.to_thread(own_redis.stop)
        failed = await rig.says(USER, "/watch إيران")
        assert "مخزن رصد لا يستجيب" in failed.text and "أعد المحاولة" in failed.text
        await asyncio.to_thread(own_redis.start)
        retried = await rig.says(USER, "/watch إيران")
        assert "سأنبه" in retried.text
        assert await rig.services.subscriptions.terms(USER) == ["روسيا", "إيران"]
    assert f"chat={USER}" in caplog.text
