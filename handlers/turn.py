"""What every handler starts from: the chat's record, who spoke, and how to answer."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from telegram import CallbackQuery, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import CallbackContext

from bot.lang import Lang, as_lang
from bot.store.chats import KINDS, Chat
from handlers.services import Services, services_of
from handlers.texts import text

Context = CallbackContext[Any, Any, Any, Any]
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
ALERT_CHARS = 200  # Telegram's limit for the text answering a button
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class Turn:
    """One update: the chat it came from, its sender, and the services."""

    chat: Chat
    user_id: int | None
    sender_chat_id: int | None  # set when an anonymous group admin speaks as the group
    services: Services

    @property
    def lang(self) -> Lang:
        """Return the language of the chat's replies."""
        return self.chat.lang


async def begin(update: Update, context: Context) -> Turn | None:
    """Record the chat on first contact and return the turn; None for updates without a chat."""
    chat = update.effective_chat
    if chat is None or chat.type not in KINDS:
        return None
    user = update.effective_user
    # A private chat starts in the user's Telegram language if that is English;
    # everyone else, groups included, starts in Arabic.
    first_lang = as_lang(user.language_code if user and chat.type == "private" else None)
    title = chat.title or chat.full_name or chat.username or ""
    services = services_of(context)
    record = await services.chats.ensure(chat.id, chat.type, title, first_lang)
    message = update.effective_message
    sender_chat = message.sender_chat.id if message and message.sender_chat else None
    return Turn(record, user.id if user else None, sender_chat, services)


async def private_turn(update: Update, context: Context, elsewhere: str) -> Turn | None:
    """Return the turn of a private chat; any other chat is answered with text ``elsewhere``."""
    turn = await begin(update, context)
    if turn is None:
        return None
    if turn.chat.kind != "private":
        await say(update, turn, elsewhere)
        return None
    return turn


def argument(update: Update) -> str:
    """Return what follows the command word, spacing inside it kept."""
    message = update.effective_message
    parts = (message.text or "").split(maxsplit=1) if message else []
    return parts[1] if len(parts) == 2 else ""


async def reply(update: Update, html_text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Answer in the update's chat (and forum topic) in HTML, without link previews."""
    message = update.effective_message
    if message is not None:
        await message.reply_text(
            html_text,
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
            link_preview_options=NO_PREVIEW,
            do_quote=False,
        )


async def edit(query: CallbackQuery, html_text: str, markup: InlineKeyboardMarkup | None) -> None:
    """Replace a button message's text and buttons; an unchanged message is left as it is."""
    try:
        await query.edit_message_text(
            html_text, parse_mode=ParseMode.HTML, reply_markup=markup,
            link_preview_options=NO_PREVIEW,
        )  # fmt: skip
    except BadRequest as error:
        # Pressing a button that leads to the same page changes nothing; Telegram says so.
        if "not modified" not in error.message:
            raise


async def say(update: Update, turn: Turn, key: str, **values: object) -> None:
    """Answer with one of the bot's texts in the chat's language."""
    await reply(update, text(key, turn.lang, **values))


def plain(html_text: str, limit: int = ALERT_CHARS) -> str:
    """Return one of the bot's HTML texts as the plain text a button's answer shows."""
    flat = html.unescape(_TAG.sub("", html_text))
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


async def refuse(update: Update, turn: Turn, key: str, **values: object) -> None:
    """Say why nothing happened: on the tapped button itself, or as a reply to a message.

    A tap answered in the chat would tell a whole group what one member cannot do.
    """
    query = update.callback_query
    if query is None:
        await say(update, turn, key, **values)
    else:
        await query.answer(plain(text(key, turn.lang, **values)), show_alert=True)
