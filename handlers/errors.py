"""The one error handler: log the failure with its ids, and tell the chat nothing was lost."""

from __future__ import annotations

import logging

from redis.exceptions import RedisError
from telegram import Update
from telegram.error import TelegramError

from bot.lang import as_lang
from handlers.texts import text
from handlers.turn import Context

log = logging.getLogger(__name__)


async def on_error(update: object, context: Context) -> None:
    """Log an update that failed and answer its chat in the sender's language."""
    error = context.error
    if not isinstance(update, Update):
        log.warning("Telegram connection: %s", error)
        return
    chat, user = update.effective_chat, update.effective_user
    log.error(
        "update=%s chat=%s user=%s failed", update.update_id, chat.id if chat else None,
        user.id if user else None, exc_info=error,
    )  # fmt: skip
    if chat is None or chat.type == "channel":
        return
    # The chat's stored language may be unreachable (Redis down); the user's is at hand.
    lang = as_lang(user.language_code if user else None)
    key = "error_storage" if isinstance(error, RedisError) else "error"
    message = update.effective_message
    try:
        await context.bot.send_message(
            chat.id, text(key, lang),
            message_thread_id=message.message_thread_id if message else None,
        )  # fmt: skip
    except TelegramError as failure:
        log.warning("chat=%s: could not report the error (%s)", chat.id, failure.message)
