"""/dead and /replay: alerts that could not be delivered, for Rasd admins in a private chat."""

from __future__ import annotations

import html
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import CommandHandler

from bot.count_phrase import ALERT, count_phrase
from bot.deliver.dead_letters import DeadLetter
from bot.lang import Lang
from handlers.admin import admin_turn
from handlers.app_type import AnyApplication
from handlers.texts import text
from handlers.turn import Context, argument, reply, say

SHOWN = 10  # the newest dead letters /dead lists
LINE_CHARS = 100  # how much of an alert's first line is shown
REASON_CHARS = 150
_TAG = re.compile(r"<[^>]*>")


def first_line(alert_html: str, limit: int = LINE_CHARS) -> str:
    """Return the first non-empty line of an alert's HTML as plain text, cut to `limit`."""
    plain = html.unescape(_TAG.sub("", alert_html))
    line = next((part.strip() for part in plain.splitlines() if part.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _cut(value: str, limit: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


def render_item(n: int, letter: DeadLetter, lang: Lang, zone: ZoneInfo) -> str:
    """Return one dead letter as a few lines of HTML, every value escaped."""
    when = datetime.fromtimestamp(letter.failed_at, zone).strftime("%Y-%m-%d %H:%M")
    return text(
        "dead_item", lang,
        n=n, chat=letter.alert.chat_id, when=when,
        reason=_cut(letter.reason, REASON_CHARS) or "—",
        line=first_line(letter.alert.text) or "—",
    )  # fmt: skip


async def dead(update: Update, context: Context) -> None:
    """Show how many alerts could not be delivered, and the newest ones."""
    turn = await admin_turn(update, context)
    if turn is None:
        return
    letters = turn.services.dead_letters
    count = await letters.count()
    if count == 0:
        await say(update, turn, "dead_none")
        return
    newest = await letters.recent(SHOWN)
    zone = turn.chat.zone(turn.services.config.settings.timezone)
    alerts = count_phrase(count, ALERT, turn.lang, "oblique")
    lines = [text("dead_head", turn.lang, alerts=alerts, shown=len(newest))]
    lines += [render_item(n, letter, turn.lang, zone) for n, letter in enumerate(newest, 1)]
    lines.append(text("dead_foot", turn.lang))
    await reply(update, "\n\n".join(lines))


async def replay(update: Update, context: Context) -> None:
    """Put undelivered alerts back in the outbox: all, or /replay N."""
    turn = await admin_turn(update, context)
    if turn is None:
        return
    typed = argument(update).strip()
    if typed and not (typed.isdecimal() and int(typed) > 0):
        await say(update, turn, "replay_usage")
        return
    letters = turn.services.dead_letters
    moved = await letters.replay(int(typed) if typed else None)
    if moved == 0:
        await say(update, turn, "replay_none")
        return
    alerts = count_phrase(moved, ALERT, turn.lang, "oblique")
    await say(update, turn, "replay_done", alerts=alerts, left=await letters.count())


def register(app: AnyApplication) -> None:
    """Add this module's handlers to the application."""
    app.add_handler(CommandHandler("dead", dead))
    app.add_handler(CommandHandler("replay", replay))
