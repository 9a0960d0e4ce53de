"""/pause and /resume."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from handlers.app_type import AnyApplication
from handlers.target import resolve
from handlers.turn import Context, begin, say


async def _set_paused(update: Update, context: Context, paused: bool) -> None:
    turn = await begin(update, context)
    if turn is None:
        return
    target = await resolve(update, context.bot, turn, changing=True)
    if target is None:
        return
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
