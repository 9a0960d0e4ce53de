"""Rasd admins: who may use the admin commands, /stats and /admin, in a private chat only."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime

from telegram import Update
from telegram.ext import CommandHandler

from bot.store.usage_stats import StatsSources, collect
from handlers.app_type import AnyApplication
from handlers.menu import hide_admin_menu, show_admin_menu
from handlers.texts import Html, isolate, text
from handlers.turn import Context, Turn, argument, begin, reply, say

TOP_WRONG = 5  # terms named in /stats's "not about this" line


async def admin_turn(update: Update, context: Context) -> Turn | None:
    """Return the turn if an admin speaks in a private chat; otherwise refuse politely."""
    turn = await begin(update, context)
    if turn is None:
        return None
    if turn.user_id is None or not await turn.services.admins.is_admin(turn.user_id):
        await say(update, turn, "not_admin", user_id=turn.user_id or 0)
        return None
    if turn.chat.kind != "private":
        await say(update, turn, "private_only")
        return None
    return turn


async def stats(update: Update, context: Context) -> None:
    """Show subscribers, terms, feeds and today's sends."""
    turn = await admin_turn(update, context)
    if turn is None:
        return
    s = turn.services
    sources = StatsSources(s.chats, s.subscriptions, s.feeds, s.feed_states, s.stats)
    now = datetime.now(UTC)
    numbers = await collect(sources, now)
    wrong = await s.feedback.day(now)
    top = " · ".join(f"{isolate(term)} {count}" for term, count in list(wrong.items())[:TOP_WRONG])
    feedback = text("stats_feedback", turn.lang, count=sum(wrong.values()), top=Html(top or "—"))
    await reply(update, text("stats", turn.lang, **asdict(numbers)) + "\n" + feedback)


async def admin(update: Update, context: Context) -> None:
    """Add or remove an admin: /admin add|remove USER_ID."""
    turn = await admin_turn(update, context)
    if turn is None:
        return
    store = turn.services.admins
    action, _, who = argument(update).strip().partition(" ")
    who = who.strip()
    if action not in ("add", "remove") or not who.isdigit() or int(who) <= 0:
        everyone = ", ".join(str(user) for user in await store.everyone())
        await say(update, turn, "admin_usage", admins=everyone or "—")
        return
    user = int(who)
    shown = Html(f"<code>{user}</code>")
    if action == "add":
        outcome = await store.add(user)
        if outcome == "done":
            await show_admin_menu(context.bot, user)
        await say(update, turn, "admin_added" if outcome == "done" else "admin_already", user=shown)
        return
    if user == turn.user_id:
        await say(update, turn, "admin_self")
        return
    outcome = await store.remove(user)
    if outcome == "done":
        await hide_admin_menu(context.bot, user)
    key = {"done": "admin_removed", "unchanged": "admin_not", "config": "admin_config"}[outcome]
    await say(update, turn, key, user=shown)


def register(app: AnyApplication) -> None:
    """Add this module's handlers to the application."""
    app.add_handler(CommandHandler("stats", stats))
    app.add_handler(CommandHandler("admin", admin))
