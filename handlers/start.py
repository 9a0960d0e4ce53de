"""/start, /help and /lang."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.lang import LANGS, Lang
from handlers.app_type import AnyApplication
from handlers.permissions import may_change_chat
from handlers.texts import text
from handlers.turn import Context, argument, begin, edit, private_turn, refuse, reply, say

LANG = "lang:"
LANG_NAMES: dict[Lang, str] = {"ar": "العربية", "en": "English"}


async def start(update: Update, context: Context) -> None:
    """Greet the user, or welcome back a chat that had blocked the bot."""
    turn = await begin(update, context)
    if turn is None:
        return
    returning = await turn.services.chats.reactivate(turn.chat.id)
    if turn.chat.kind == "private":
        await say(update, turn, "welcome_back" if returning else "welcome")
    else:
        await say(update, turn, "welcome_back_group" if returning else "group_welcome")


async def help_command(update: Update, context: Context) -> None:
    """List the commands: a group's own, or a private chat's with the admin ones for admins."""
    turn = await private_turn(update, context, "help_group")
    if turn is None:
        return
    body = text("help", turn.lang)
    if turn.user_id is not None and await turn.services.admins.is_admin(turn.user_id):
        body += text("help_admin", turn.lang)
    await reply(update, body)


async def lang(update: Update, context: Context) -> None:
    """Switch the chat's language, or offer the choice."""
    turn = await begin(update, context)
    if turn is None:
        return
    if not await may_change_chat(context.bot, turn):
        await say(update, turn, "not_group_admin")
        return
    wanted = argument(update).strip().lower()
    if not wanted:
        buttons = [
            InlineKeyboardButton(LANG_NAMES[code], callback_data=LANG + code) for code in LANGS
        ]
        await reply(update, text("lang_choose", turn.lang), InlineKeyboardMarkup([buttons]))
        return
    chosen = next((code for code in LANGS if wanted in (code, LANG_NAMES[code].lower())), None)
    if chosen is None:
        await say(update, turn, "lang_bad", value=wanted[:40])
        return
    await turn.services.chats.set_lang(turn.chat.id, chosen)
    await reply(update, text("lang_set", chosen))


async def lang_button(update: Update, context: Context) -> None:
    """Apply the language picked with a button."""
    query = update.callback_query
    turn = await begin(update, context)
    if query is None or turn is None or not query.data:
        return
    chosen: Lang = "en" if query.data == LANG + "en" else "ar"
    if not await may_change_chat(context.bot, turn):
        await refuse(update, turn, "not_group_admin")
        return
    await query.answer()
    await turn.services.chats.set_lang(turn.chat.id, chosen)
    await edit(query, text("lang_set", chosen), None)


def register(app: AnyApplication) -> None:
    """Add this module's handlers to the application."""
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("help", help_command))
    app.add_handler(CommandHandler("lang", lang))
    app.add_handler(CallbackQueryHandler(lang_button, pattern=f"^{LANG}"))
