"""Team chats declared in config.yaml: their records and terms made to match the file."""

from __future__ import annotations

from bot.settings import Settings
from bot.store.chats import ChatStore, kind_by_id
from bot.store.subscriptions import Subscriptions


async def apply_teams(settings: Settings, chats: ChatStore, subscriptions: Subscriptions) -> None:
    """Create each declared team chat, set the topic and language it declares, sync its terms."""
    for team in settings.teams:
        record = await chats.get(team.chat_id)
        if record is None:
            await chats.ensure(team.chat_id, kind_by_id(team.chat_id), "", team.lang or "ar")
        if team.lang is not None:
            await chats.set_lang(team.chat_id, team.lang)
        if team.thread_id is not None:
            await chats.set_thread(team.chat_id, team.thread_id)
    await subscriptions.sync_config(settings.teams)
