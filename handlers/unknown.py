"""Commands Rasd does not know: a hint in private chats, silence for other bots' commands."""

from __future__ import annotations

from telegram import Update
from telegram.ext import MessageHandler, filters

from handlers.app_type import AnyApplication
from handlers.turn import Context, begin, say


async def unknown_command(update: Update, context: Context) -> None:
    """Point to /help, unless the command was meant for another bot in a group."""
    message = update.effective_message
    if message is None or not message.text:
        return
    word = message.text.split(maxsplit=1)[0]
    command, _, addressee = word.partition("@")
    if message.chat.type != "private" and addressee.lower() != (context.bot.username or "").lower():
        return
    turn = await begin(update, context)
    if turn is not None:
        await say(update, turn, "unknown_command", command=command[:40])


def register(app: AnyApplication) -> None:
    """Add this module's handler; registered last, it sees only commands nobody took."""
    app.add_handler(MessageHandler(filters.COMMAND, unknown_command))
