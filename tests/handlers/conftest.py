"""The running bot for handler tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.keys import Keys
from tests.handlers.bot_rig import BotRig, running_bot
from tests.telegram_api import FakeBotAPI


@pytest.fixture(autouse=True)
def _no_proxy_for_local_servers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
async def rig(bot_api: FakeBotAPI, redis_url: str, keys: Keys) -> AsyncIterator[BotRig]:
    """Yield the bot running with default settings (admin 900)."""
    async with running_bot(bot_api, redis_url, keys) as running:
        yield running
