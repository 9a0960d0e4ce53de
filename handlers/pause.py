"""/pause and /resume."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from handlers.app_type import AnyApplication
from handlers.target import begin_on_target
from handlers.turn import Context, say


async def _set_paused(update: Update, context: Context, paused: bool) -> None:
    started = await begin_on_target(update, context, changing=True)
    if started is None:
        return
    turn, target = started
    await turn.services.chats.set_paused(target.chat.id, paused)
    await say(update, turn, "paused" if paused else "resumed", where=target.where)


async def pause(update: Update, context: Context) -> None:
    """Hold the chat's alerts; its terms stay."""
    await _set_paused(update, context, paused=True)


async def resume(update: Update, context: Context) -> None:
    """Send the chat's alerts again."""
    await _set_paused(update, context, paused=False)


def register(app: AnyApplication) -> None:
    """Add this module's handlers to the application."""
    app.add_handler(CommandHandler("pause", pause))
    app.add_handler(CommandHandler("resume", resume))
