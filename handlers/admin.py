"""Rasd admins: /addfeed, /rmfeed, /feeds, /stats and /admin, in a private chat only."""

from __future__ import annotations

import html
import time
from dataclasses import asdict, replace
from datetime import UTC, datetime

from telegram import Update
from telegram.ext import CommandHandler

from bot.store.feed_admission import FeedRefusedError, checked_feed
from bot.store.feed_health import health_rows
from bot.store.feed_table import render_table
from bot.store.usage_stats import StatsSources, collect
from handlers.app_type import AnyApplication
from handlers.menu import hide_admin_menu, show_admin_menu
from handlers.texts import Html
from handlers.turn import Context, Turn, argument, begin, reply, say

# The word after /addfeed's URL that marks a full-text feed, in either language.
FULL_TEXT_WORDS = frozenset({"full_text", "نص_كامل"})
MESSAGE_CHARS = 3800  # room under Telegram's 4,096 for the <pre> tags and escapes


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


async def add_feed(update: Update, context: Context) -> None:
    """Add a feed: /addfeed URL [full_text] [name]; full_text fetches each item's page."""
    turn = await admin_turn(update, context)
    if turn is None:
        return
    url, _, name = argument(update).strip().partition(" ")
    first, _, rest = name.strip().partition(" ")
    full_text = first.lower() in FULL_TEXT_WORDS
    if full_text:
        name = rest
    if not url:
        await say(update, turn, "addfeed_usage")
        return
    try:
        feed = await checked_feed(turn.services.config, url, name.strip() or None, None)
    except FeedRefusedError as error:
        await say(update, turn, "addfeed_refused", reason=str(error))
        return
    feed = replace(feed, full_text=full_text)
    added = await turn.services.feeds.add(feed)
    key = "addfeed_done" if added else "addfeed_present"
    record = await turn.services.feeds.get(feed.id)
    name_shown = record.feed.name if record else feed.name
    await say(update, turn, key, name=name_shown, feed_id=feed.id)


async def remove_feed(update: Update, context: Context) -> None:
    """Remove an admin-added feed: /rmfeed ID|URL|name."""
    turn = await admin_turn(update, context)
    if turn is None:
        return
    ref = argument(update).strip()
    if not ref:
        await say(update, turn, "rmfeed_usage")
        return
    record = await turn.services.feeds.find(ref)
    if record is None:
        await say(update, turn, "rmfeed_absent", ref=ref[:200])
    elif record.origin == "config":
        await say(update, turn, "rmfeed_config", name=record.feed.name)
    else:
        await turn.services.feeds.remove(record.feed.id)
        await say(update, turn, "rmfeed_done", name=record.feed.name)


def table_messages(table: str, limit: int = MESSAGE_CHARS) -> list[str]:
    """Cut a plain-text table into <pre> messages of whole lines, each under the limit."""
    messages: list[str] = []
    chunk: list[str] = []
    size = 0
    for line in table.splitlines():
        escaped = html.escape(line[: limit // 2])
        if chunk and size + len(escaped) + 1 > limit:
            messages.append("<pre>" + "\n".join(chunk) + "</pre>")
            chunk, size = [], 0
        chunk.append(escaped)
        size += len(escaped) + 1
    if chunk:
        messages.append("<pre>" + "\n".join(chunk) + "</pre>")
    return messages


async def list_feeds(update: Update, context: Context) -> None:
    """Show the feed health table."""
    turn = await admin_turn(update, context)
    if turn is None:
        return
    services = turn.services
    rows = await health_rows(services.feeds, services.feed_states)
    if not rows:
        await say(update, turn, "feeds_empty")
        return
    for message in table_messages(render_table(rows, time.time())):
        await reply(update, message)


async def stats(update: Update, context: Context) -> None:
    """Show subscribers, terms, feeds and today's sends."""
    turn = await admin_turn(update, context)
    if turn is None:
        return
    s = turn.services
    sources = StatsSources(s.chats, s.subscriptions, s.feeds, s.feed_states, s.stats)
    numbers = await collect(sources, datetime.now(UTC))
    await say(update, turn, "stats", **asdict(numbers))


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
    app.add_handler(CommandHandler("addfeed", add_feed))
    app.add_handler(CommandHandler("rmfeed", remove_feed))
    app.add_handler(CommandHandler("feeds", list_feeds))
    app.add_handler(CommandHandler("stats", stats))
    app.add_handler(CommandHandler("admin", admin))
