"""/list: the chat's terms, a page at a time, each with a remove button."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.lang import Lang
from bot.store.offers import digest
from handlers.app_type import AnyApplication
from handlers.target import Target, begin_on_target, resolve
from handlers.texts import Html, isolate, text
from handlers.turn import Context, Turn, begin, edit, plain, reply

PAGE, REMOVE = "ls:", "rm:"
BUTTON_CHARS = 40  # a button shows the start of a long term


@dataclass(frozen=True, slots=True)
class ListView:
    """One page of the list, ready to send."""

    html: str
    buttons: InlineKeyboardMarkup | None


@dataclass(frozen=True, slots=True)
class ListOptions:
    """How a list page is laid out."""

    lang: Lang
    size: int  # terms per page
    limit: int  # the most terms a chat may have
    paused: bool


def render_page(terms: list[str], page: int, where: Html, options: ListOptions) -> ListView:
    """Lay out one page of terms with a remove button each and page buttons."""
    lang, size, limit = options.lang, options.size, options.limit
    if not terms:
        return ListView(text("list_empty", lang, where=where), None)
    pages = (len(terms) + size - 1) // size
    page = min(max(page, 0), pages - 1)
    shown = terms[page * size : (page + 1) * size]
    head = text(
        "list_head", lang, where=where, count=len(terms), limit=limit, page=page + 1, pages=pages
    )
    lines = [head, *(f"{page * size + n}. {isolate(term)}" for n, term in enumerate(shown, 1))]
    if options.paused:
        lines.append(text("list_paused", lang))
    rows = [
        [InlineKeyboardButton(f"🗑 {_short(term)}", callback_data=f"{REMOVE}{digest(term)}:{page}")]
        for term in shown
    ]
    nav = [
        InlineKeyboardButton(text(label, lang), callback_data=f"{PAGE}{to}")
        for label, to in (("button_prev", page - 1), ("button_next", page + 1))
        if 0 <= to < pages
    ]
    if nav:
        rows.append(nav)
    return ListView("\n".join(lines), InlineKeyboardMarkup(rows))


def _short(term: str) -> str:
    return term if len(term) <= BUTTON_CHARS else term[: BUTTON_CHARS - 1] + "…"


async def _view(turn: Turn, target: Target, page: int) -> ListView:
    terms = await turn.services.subscriptions.terms(target.chat.id)
    limits = turn.services.limits
    options = ListOptions(turn.lang, limits.list_page, limits.terms_per_chat, target.chat.paused)
    return render_page(terms, page, target.where, options)


async def list_terms(update: Update, context: Context) -> None:
    """Show the first page of the chat's terms."""
    started = await begin_on_target(update, context, changing=False)
    if started is not None:
        view = await _view(*started, 0)
        await reply(update, view.html, view.buttons)


async def list_button(update: Update, context: Context) -> None:
    """Turn the page, or remove the pressed term and show the page again."""
    query = update.callback_query
    turn = await begin(update, context)
    if query is None or turn is None or not query.data:
        return
    removing = query.data.startswith(REMOVE)
    target = await resolve(update, context.bot, turn, changing=removing)
    if target is None:
        return
    note = ""
    if removing:
        key, _, page_text = query.data.removeprefix(REMOVE).partition(":")
        note = await _remove(turn, target, key)
    else:
        page_text = query.data.removeprefix(PAGE)
    await query.answer(plain(note) if note else None)
    view = await _view(turn, target, int(page_text) if page_text.isdigit() else 0)
    await edit(query, view.html, view.buttons)


async def _remove(turn: Turn, target: Target, key: str) -> str:
    """Remove the term whose digest is `key`; return the note to flash."""
    subscriptions = turn.services.subscriptions
    term = next((t for t in await subscriptions.terms(target.chat.id) if digest(t) == key), None)
    if term is None:
        return text("list_gone", turn.lang)
    outcome = await subscriptions.remove(target.chat.id, term)
    if outcome == "config":
        return text("unwatch_config", turn.lang, term=term)
    return text("list_removed", turn.lang, term=term)


def register(app: AnyApplication) -> None:
    """Add this module's handlers to the application."""
    app.add_handler(CommandHandler("list", list_terms))
    app.add_handler(CallbackQueryHandler(list_button, pattern=f"^({PAGE}|{REMOVE})"))
