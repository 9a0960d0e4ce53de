"""Rasd admins manage feeds: /addfeed (read once first), /rmfeed and /feeds, in a private chat."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

from telegram import Update
from telegram.ext import CommandHandler

from bot.count_phrase import ARTICLE, count_phrase
from bot.store.feed_admission import FeedRefusedError, checked_feed
from bot.store.feed_config import fetch_policy
from bot.store.feed_health import health_rows
from feeds.errors import FetchError, Reason
from feeds.fetcher import Fetcher
from feeds.trial import ReadFeed, WebPage, try_feed
from handlers.admin import admin_turn
from handlers.app_type import AnyApplication
from handlers.feed_cards import feed_messages
from handlers.texts import isolate, reason_words, text
from handlers.turn import Context, Turn, argument, reply, say

FOUND_NAME_CHARS = 60  # a discovered feed's title, as its suggested name


@dataclass(frozen=True, slots=True)
class AddFeedArgs:
    """What follows /addfeed: the URL, a name, and options (--word)."""

    url: str
    name: str | None
    options: frozenset[str]


# Options /addfeed understands, written --option anywhere after the URL. Both words
# mark a full-text feed: each new item's page is fetched and its main text read.
FULL_TEXT = frozenset({"--full-text", "--نص_كامل"})
OPTIONS: frozenset[str] = FULL_TEXT


def parse_addfeed(typed: str) -> AddFeedArgs:
    """Read `/addfeed URL [name words] [--option ...]`: the URL first, every --word an option."""
    words = typed.split()
    url = words[0] if words else ""
    rest = words[1:]
    options = frozenset(word for word in rest if word.startswith("--"))
    name = " ".join(word for word in rest if not word.startswith("--"))
    return AddFeedArgs(url, name or None, options)


def _refused(turn: Turn, reason: Reason) -> str:
    return text("addfeed_refused", turn.lang, reason=reason_words(reason, turn.lang))


async def add_feed(update: Update, context: Context) -> None:
    """Add a feed once read: /addfeed URL [name] [--full-text]; a page's feeds are offered."""
    turn = await admin_turn(update, context)
    if turn is None:
        return
    args = parse_addfeed(argument(update))
    if not args.url:
        await say(update, turn, "addfeed_usage")
        return
    unknown = sorted(args.options - OPTIONS)
    if unknown:
        await say(update, turn, "addfeed_bad_option", option=unknown[0][:40])
        return
    config = turn.services.config
    try:
        feed = await checked_feed(config, args.url, args.name, None)
    except FeedRefusedError as error:
        await reply(update, _refused(turn, error.reason))
        return
    present = await turn.services.feeds.get(feed.id)
    if present is not None:
        await say(update, turn, "addfeed_present", name=present.feed.name, feed_id=feed.id)
        return
    try:
        async with Fetcher(fetch_policy(config)) as fetcher:
            found = await try_feed(fetcher, feed.url)
    except FetchError as error:
        await reply(update, _refused(turn, error.reason))
        return
    if isinstance(found, WebPage):
        await reply(update, _page(turn, found, args.name))
        return
    feed = replace(feed, full_text=bool(args.options & FULL_TEXT))
    await turn.services.feeds.add(feed)
    await reply(update, _added(turn, found, feed.name, feed.id))


def _added(turn: Turn, found: ReadFeed, name: str, feed_id: str) -> str:
    lang = turn.lang
    articles = count_phrase(found.items, ARTICLE, lang)
    body = text("addfeed_done", lang, name=name, feed_id=feed_id, articles=articles)
    if found.problem is not None:
        body += text("addfeed_warning", lang, reason=reason_words(found.problem, lang))
    return body


def _page(turn: Turn, page: WebPage, name: str | None) -> str:
    lang = turn.lang
    parts = [text("addfeed_page", lang)]
    for feed in page.feeds:
        suggested = name or feed.title[:FOUND_NAME_CHARS]
        command = f"/addfeed {feed.url} {suggested}".rstrip()
        articles = count_phrase(feed.items, ARTICLE, lang)
        title = isolate(feed.title or feed.url)
        parts.append(text("addfeed_found", lang, title=title, articles=articles, command=command))
    return "\n\n".join(parts)


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


async def list_feeds(update: Update, context: Context) -> None:
    """Show each feed's health, a short block per feed."""
    turn = await admin_turn(update, context)
    if turn is None:
        return
    services = turn.services
    rows = await health_rows(services.feeds, services.feed_states)
    if not rows:
        await say(update, turn, "feeds_empty")
        return
    for message in feed_messages(rows, time.time(), turn.lang):
        await reply(update, message)


def register(app: AnyApplication) -> None:
    """Add this module's handlers to the application."""
    # Reading the feed may take the whole fetch timeout: PTB runs it as a task it tracks, so
    # every other chat's updates are handled meanwhile.
    app.add_handler(CommandHandler("addfeed", add_feed, block=False))
    app.add_handler(CommandHandler("rmfeed", remove_feed))
    app.add_handler(CommandHandler("feeds", list_feeds))
