"""/quiet and /preview: a chat's quiet hours (silent, or held for a digest) and link previews."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.deliver.quiet_hours import QuietHours, parse_quiet
from bot.lang import Lang
from bot.store.chats import Chat
from handlers.app_type import AnyApplication
from handlers.target import begin_on_target
from handlers.texts import Html, text
from handlers.turn import Context, argument, say

OFF_WORDS = frozenset({"off", "none", "إيقاف", "ايقاف", "لا", "بلا"})
ON_WORDS = frozenset({"on", "تشغيل", "نعم"})
HOLD_WORDS = frozenset({"digest", "hold", "ملخص", "تجميع"})
SILENT_WORDS = frozenset({"silent", "صامت", "بلا_صوت"})


def _state(chat: Chat, lang: Lang) -> str:
    quiet = parse_quiet(chat.quiet)
    if quiet is None:
        return text("quiet_none", lang)
    return _window(quiet, chat.quiet_hold, lang)


def _window(quiet: QuietHours, hold: bool, lang: Lang) -> str:
    start, end = f"{quiet.start:02d}:00", f"{quiet.end:02d}:00"
    return text("quiet_hold" if hold else "quiet_silent", lang, start=start, end=end)


async def quiet(update: Update, context: Context) -> None:
    """Show quiet hours, or set them: /quiet 23-7 [digest], /quiet off."""
    words = argument(update).split()
    started = await begin_on_target(update, context, changing=bool(words))
    if started is None:
        return
    turn, target = started
    chat, lang, store = target.chat, turn.lang, turn.services.chats
    zone = chat.zone(turn.services.config.settings.timezone).key
    if not words:
        await say(update, turn, "quiet_status", where=target.where,
                  state=Html(_state(chat, lang)), zone=zone)  # fmt: skip
        return
    if len(words) == 1 and words[0].lower() in OFF_WORDS:
        await store.set_quiet(chat.id, None)
        await say(update, turn, "quiet_off", where=target.where)
        return
    window = parse_quiet(words[0])
    choice = words[1].lower() if len(words) == 2 else ""
    if window is None or len(words) > 2 or (choice and choice not in HOLD_WORDS | SILENT_WORDS):
        await say(update, turn, "quiet_bad", value=" ".join(words))
        return
    hold = choice in HOLD_WORDS
    await store.set_quiet(chat.id, str(window), hold=hold)
    await say(update, turn, "quiet_set", where=target.where,
              state=Html(_window(window, hold, lang)), zone=zone)  # fmt: skip


async def preview(update: Update, context: Context) -> None:
    """Show or set link previews under alerts: /preview on|off."""
    typed = argument(update).strip().lower()
    started = await begin_on_target(update, context, changing=bool(typed))
    if started is None:
        return
    turn, target = started
    chat, lang = target.chat, turn.lang
    if typed in ON_WORDS | OFF_WORDS:
        on = typed in ON_WORDS
        await turn.services.chats.set_preview(chat.id, on)
        await say(update, turn, "preview_on" if on else "preview_off", where=target.where)
        return
    state = text("state_on" if chat.preview else "state_off", lang)
    await say(update, turn, "preview_status", where=target.where, state=state)


def register(app: AnyApplication) -> None:
    """Add this module's handlers to the application."""
    app.add_handler(CommandHandler("quiet", quiet))
    app.add_handler(CommandHandler("preview", preview))
