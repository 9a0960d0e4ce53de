"""The buttons under an alert: mute a term (for a day, or for good), and 👎 "not about this".

Every tap is answered (answerCallbackQuery): with a short toast, or with an
alert box when it has something to read (the fix offered for a wrong hit, a
refusal). The alert's own message changes only its row of buttons, to show a
choice and then come back; those edits go through the senders' flood gate,
like every message, so many taps at once keep within Telegram's limits. In a
group or channel only its administrators may use the buttons: anyone else
gets a toast and nothing changes. A card that expired, or a term no longer
watched, gets a toast saying so.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler

from bot.deliver import alert_buttons as ab
from bot.lang import Lang
from bot.store.alert_cards import AlertCard
from bot.store.chats import Chat
from bot.store.mutes import DAY
from handlers.app_type import AnyApplication
from handlers.permissions import is_chat_admin
from handlers.texts import isolate, text
from handlers.turn import Context, Turn, begin, plain, refuse

LABEL_CHARS = 40  # of a term shown on a button


async def on_button(update: Update, context: Context) -> None:
    """Answer a tap on any button under an alert or a digest."""
    query = update.callback_query
    turn = await begin(update, context)
    if query is None or turn is None or query.data is None:
        return
    parsed = ab.parse_data(query.data)
    if parsed is None:
        return
    action, token, index = parsed
    if not await _may_act(update, context, turn):
        await refuse(update, turn, "actions_admins_only")
        return
    card = await turn.services.cards.get(token)
    if card is None or (index is not None and index >= len(card.terms)):
        await refuse(update, turn, "actions_stale")
        return
    await _act(update, turn, Tap(action, token, index, card))


async def _may_act(update: Update, context: Context, turn: Turn) -> bool:
    """Private chats: yes. Groups and channels: only if Telegram says the tapper is an admin.

    The tapper is the user; the message's sender_chat is the bot's own post in
    a channel, so it proves nothing here.
    """
    if turn.chat.kind == "private":
        return True
    user = update.effective_user
    return user is not None and await is_chat_admin(context.bot, turn.chat.id, user.id)


@dataclass(frozen=True, slots=True)
class Tap:
    """One tap: what was asked, on which card, about which of its terms."""

    action: str
    token: str
    index: int | None
    card: AlertCard

    @property
    def term(self) -> str:
        """Return the term the tap is about (the only one when the card has one)."""
        return self.card.terms[self.index or 0]

    @property
    def chosen(self) -> int | None:
        """Return the term's index if known: given, or the card's only term."""
        return self.index if self.index is not None else (0 if len(self.card.terms) == 1 else None)


async def _act(update: Update, turn: Turn, tap: Tap) -> None:
    lang, action = turn.lang, tap.action
    if action == ab.BACK:
        await _answer(update)
        await _show(update, turn, _own_row(tap, lang))
    elif action in (ab.MUTE, ab.MUTE_TERM):
        await _answer(update)
        await _show(update, turn, _mute_choices(tap, lang))
    elif action in (ab.NOT_THIS, ab.NOT_TERM):
        await _not_this(update, turn, tap)
    elif action in (ab.MUTE_DAY, ab.MUTE_FOREVER, ab.EXCLUDE, ab.EXACT):
        await _change(update, turn, tap)
    else:
        await refuse(update, turn, "actions_stale")


def _own_row(tap: Tap, lang: Lang) -> InlineKeyboardMarkup:
    digest = not tap.card.article_id
    return _markup([ab.alert_buttons(tap.token, lang, digest=digest)])


def _mute_choices(tap: Tap, lang: Lang) -> InlineKeyboardMarkup:
    back = (text("button_back", lang), ab.data(ab.BACK, tap.token))
    chosen = tap.chosen
    if chosen is None:  # several terms: which one first
        rows = [((f"🔕 {_short(term)}", ab.data(ab.MUTE_TERM, tap.token, i)),)
                for i, term in enumerate(tap.card.terms)]  # fmt: skip
        return _markup([*rows, (back,)])
    return _markup([(
        (text("button_mute_day", lang), ab.data(ab.MUTE_DAY, tap.token, chosen)),
        (text("button_mute_forever", lang), ab.data(ab.MUTE_FOREVER, tap.token, chosen)),
    ), (back,)])  # fmt: skip


async def _not_this(update: Update, turn: Turn, tap: Tap) -> None:
    """Record the feedback and offer a fix to save in one more tap."""
    lang, chosen = turn.lang, tap.chosen
    if chosen is None:  # several terms: which one was wrong
        rows = [((f"👎 {_short(term)}", ab.data(ab.NOT_TERM, tap.token, i)),)
                for i, term in enumerate(tap.card.terms)]  # fmt: skip
        await _answer(update)
        back = (text("button_back", lang), ab.data(ab.BACK, tap.token))
        await _show(update, turn, _markup([*rows, (back,)]))
        return
    card, term = tap.card, tap.card.terms[chosen]
    services = turn.services
    await services.feedback.record(term, card.article_id, turn.chat.id, card.feed_id,
                                   services.clock())  # fmt: skip
    excluding, exact = card.narrowing(chosen)
    offers = [(f"✅ {offer}", ab.data(kind, tap.token, chosen))
              for offer, kind in ((excluding, ab.EXCLUDE), (exact, ab.EXACT)) if offer]  # fmt: skip
    if not offers:
        await _answer(update, text("not_this_noted", lang, term=isolate(term)), alert=True)
        await _show(update, turn, _own_row(tap, lang))
        return
    shown = excluding or exact
    await _answer(update, text("not_this_offer", lang, term=isolate(term), offer=shown),
                  alert=True)  # fmt: skip
    back = (text("button_back", lang), ab.data(ab.BACK, tap.token))
    await _show(update, turn, _markup([*[(offer,) for offer in offers], (back,)]))


async def _change(update: Update, turn: Turn, tap: Tap) -> None:
    """Mute, unwatch, or replace the term with the offered fix; then the alert's own row."""
    services, chat_id, term, lang = turn.services, turn.chat.id, tap.term, turn.lang
    if term not in await services.subscriptions.terms(chat_id):
        await refuse(update, turn, "actions_term_gone", term=isolate(term))
        return
    if tap.action == ab.MUTE_DAY:
        now = services.clock()
        await services.mutes.mute(chat_id, term, now + DAY, now)
        until = _time(turn.chat, turn, now + DAY)
        answer = text("muted_day", lang, term=isolate(term), until=until)
    elif tap.action == ab.MUTE_FOREVER:
        outcome = await services.subscriptions.remove(chat_id, term)
        if outcome == "config":
            await refuse(update, turn, "actions_term_config", term=isolate(term))
            return
        await services.mutes.unmute(chat_id, term)
        answer = text("muted_forever", lang, term=isolate(term))
    else:
        excluding, exact = tap.card.narrowing(tap.index or 0)
        better = excluding if tap.action == ab.EXCLUDE else exact
        if await services.subscriptions.is_from_config(chat_id, term) or not better:
            await refuse(update, turn, "actions_term_config", term=isolate(term))
            return
        await services.subscriptions.remove(chat_id, term)
        await services.subscriptions.add(chat_id, better, services.limits.terms_per_chat)
        answer = text("term_narrowed", lang, term=isolate(better), old=isolate(term))
    await _answer(update, answer, alert=tap.action in (ab.EXCLUDE, ab.EXACT))
    await _show(update, turn, _own_row(tap, lang))


async def _answer(update: Update, html_text: str = "", *, alert: bool = False) -> None:
    """Answer the tap: nothing to show, a toast, or (alert) a box to read and close."""
    query = update.callback_query
    if query is not None:
        await query.answer(plain(html_text) if html_text else None, show_alert=alert or None)


async def _show(update: Update, turn: Turn, markup: InlineKeyboardMarkup) -> None:
    """Change the message's buttons, once the senders' flood gate lets a message to the chat go."""
    query = update.callback_query
    if query is None:
        return
    await _wait_for_gate(turn)
    try:
        await query.edit_message_reply_markup(markup)
    except BadRequest as error:
        if "not modified" not in error.message:
            raise


async def _wait_for_gate(turn: Turn) -> None:
    """Take a slot of the chat's (and the bot's) flood limit, waiting as long as the gate says."""
    gate, chat = turn.services.gate, turn.chat
    while True:
        verdict = await gate.ask(chat.id, chat.kind)
        if verdict.scope == "none":
            return
        await asyncio.sleep(verdict.seconds)


def _markup(rows: list[tuple[tuple[str, str], ...]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )


def _short(term: str) -> str:
    return term if len(term) <= LABEL_CHARS else term[: LABEL_CHARS - 1] + "…"


def _time(chat: Chat, turn: Turn, moment: float) -> str:
    """Return a moment as the chat reads it: 07-31 14:05 in its zone."""
    zone = chat.zone(turn.services.config.settings.timezone)
    return datetime.fromtimestamp(moment, zone).strftime("%m-%d %H:%M")


def register(app: AnyApplication) -> None:
    """Add this module's handlers to the application."""
    # Not blocking: a tap whose edit waits for the flood gate holds up no other update.
    app.add_handler(CallbackQueryHandler(on_button, pattern=f"^{ab.PREFIX}", block=False))
