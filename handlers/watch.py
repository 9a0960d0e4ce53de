"""/watch and /unwatch, and the offer to watch any plain text sent in a private chat."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.count_phrase import TERM, count_phrase
from bot.match.query import TermError
from bot.match.term_input import clean_term
from bot.store.offers import digest
from handlers.app_type import AnyApplication
from handlers.target import Target, begin_on_target, resolve
from handlers.term_advice import advice
from handlers.texts import isolate, text
from handlers.turn import Context, Turn, argument, begin, edit, reply, say

OFFER, DECLINE = "offer:", "offer-no:"


@dataclass(frozen=True, slots=True)
class TermReplies:
    """A term command's texts: how to use it, and what a refused term did not do."""

    usage: str
    refused: str


WATCH = TermReplies("watch_usage", "term_bad")
UNWATCH = TermReplies("unwatch_usage", "term_bad_unchanged")
TEST = TermReplies("test_usage", "term_bad_test")


async def checked_term(
    update: Update, turn: Turn, replies: TermReplies, raw: str | None = None
) -> str | None:
    """Return the cleaned term (the command's argument unless `raw`), or say what is wrong."""
    raw = argument(update) if raw is None else raw
    if not raw.strip():
        await say(update, turn, replies.usage)
        return None
    try:
        return clean_term(raw, turn.services.limits.term_length)
    except TermError as error:
        reason = error.ar if turn.lang == "ar" else error.en
        await say(update, turn, replies.refused, reason=reason)
        return None


async def add_term(turn: Turn, target: Target, term: str) -> str:
    """Add a term to the target and return the reply to show."""
    limit = turn.services.limits.terms_per_chat
    outcome = await turn.services.subscriptions.add(target.chat.id, term, limit)
    shown = isolate(term)
    if outcome == "full":
        terms = count_phrase(limit, TERM, turn.lang)
        return text("watch_full", turn.lang, where=target.where, terms=terms)
    if outcome == "present":
        return text("watch_present", turn.lang, term=shown, where=target.where)
    await turn.services.mutes.unmute(target.chat.id, term)  # watched anew: not muted
    added = text("watch_added", turn.lang, term=shown, where=target.where)
    notes = advice(term, turn.lang)
    added += "\n\n" + notes if notes else ""
    return added + (text("watch_paused_note", turn.lang) if target.chat.paused else "")


async def watch(update: Update, context: Context) -> None:
    """Start watching the term given after the command."""
    started = await begin_on_target(update, context, changing=True)
    if started is None:
        return
    turn, target = started
    term = await checked_term(update, turn, WATCH)
    if term is not None:
        await reply(update, await add_term(turn, target, term))


async def unwatch(update: Update, context: Context) -> None:
    """Stop watching the term given after the command."""
    started = await begin_on_target(update, context, changing=True)
    if started is None:
        return
    turn, target = started
    term = await checked_term(update, turn, UNWATCH)
    if term is None:
        return
    outcome = await turn.services.subscriptions.remove(target.chat.id, term)
    key = {"removed": "unwatch_done", "absent": "unwatch_absent", "config": "unwatch_config"}
    await say(update, turn, key[outcome], term=isolate(term), where=target.where)


async def offer(update: Update, context: Context) -> None:
    """Offer to watch a plain message, with a confirm button."""
    turn = await begin(update, context)
    if turn is None:
        return
    message = update.effective_message
    term = await checked_term(update, turn, WATCH, message.text or "" if message else "")
    if term is None:
        return
    key = await turn.services.offers.put(turn.chat.id, term)
    buttons = InlineKeyboardMarkup([[
        InlineKeyboardButton(text("offer_yes", turn.lang), callback_data=OFFER + key),
        InlineKeyboardButton(text("offer_no", turn.lang), callback_data=DECLINE + key),
    ]])  # fmt: skip
    await reply(update, text("offer", turn.lang, term=isolate(term)), buttons)


async def offer_answer(update: Update, context: Context) -> None:
    """Watch the offered term, or drop the offer, and edit the offer to say so."""
    query = update.callback_query
    turn = await begin(update, context)
    if query is None or turn is None or query.data is None:
        return
    accepted = query.data.startswith(OFFER)
    key = query.data.removeprefix(OFFER if accepted else DECLINE)
    term = await turn.services.offers.take(turn.chat.id, key)
    if not accepted:
        answer = text("offer_declined" if term else "offer_expired", turn.lang)
    else:
        target = await resolve(update, context.bot, turn, changing=True)
        if target is None:
            return
        # A second tap finds the offer taken: if the first one saved the term, say so.
        term = term or await _watched(turn, target, key)
        answer = await add_term(turn, target, term) if term else text("offer_expired", turn.lang)
    await query.answer()
    await edit(query, answer, None)


async def _watched(turn: Turn, target: Target, key: str) -> str | None:
    """Return the target's term whose digest is `key`, if it watches one."""
    terms = await turn.services.subscriptions.terms(target.chat.id)
    return next((term for term in terms if digest(term) == key), None)


def register(app: AnyApplication) -> None:
    """Add this module's handlers to the application."""
    app.add_handler(CommandHandler("watch", watch))
    app.add_handler(CommandHandler("unwatch", unwatch))
    app.add_handler(CallbackQueryHandler(offer_answer, pattern=f"^({OFFER}|{DECLINE})"))
    plain_private = filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND
    app.add_handler(MessageHandler(plain_private & ~filters.FORWARDED, offer))
