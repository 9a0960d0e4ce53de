"""Team chats: /here in groups, channels linked with /channel or a forwarded post,
group→supergroup migration, and the bot being blocked, removed or added."""

from __future__ import annotations

from telegram import (
    Bot,
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MessageOriginChannel,
    Update,
)
from telegram.constants import ChatMemberStatus
from telegram.error import BadRequest, Forbidden
from telegram.ext import (
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from handlers.app_type import AnyApplication
from handlers.permissions import bot_can_post, is_chat_admin, may_change_chat
from handlers.services import services_of
from handlers.texts import Html, text
from handlers.turn import Context, Turn, argument, begin, edit, private_turn, reply, say

CHANNEL = "ch:"
_GONE = frozenset({ChatMemberStatus.LEFT, ChatMemberStatus.BANNED})


async def here(update: Update, context: Context) -> None:
    """Send this group's alerts to the forum topic the command was sent in."""
    turn = await begin(update, context)
    message = update.effective_message
    if turn is None or message is None:
        return
    if turn.chat.kind not in ("group", "supergroup"):
        await say(update, turn, "groups_only")
        return
    if not await may_change_chat(context.bot, turn):
        await say(update, turn, "not_group_admin")
        return
    topic = message.message_thread_id if message.is_topic_message else None
    await turn.services.chats.set_thread(turn.chat.id, topic)
    await say(update, turn, "here_topic" if topic else "here_main")


async def channel(update: Update, context: Context) -> None:
    """Link a channel (/channel @name), list linked ones (/channel), or go back (/channel off)."""
    turn = await private_turn(update, context, "private_only")
    if turn is None:
        return
    ref = argument(update).strip()
    if ref.lower() in ("off", "me", "إلغاء"):
        await turn.services.chats.set_managing(turn.chat.id, None)
        await say(update, turn, "channel_off")
    elif ref:
        await _link(update, context.bot, turn, ref.split()[0])
    else:
        await _choose(update, turn)


async def forwarded_post(update: Update, context: Context) -> None:
    """Link the channel a forwarded post came from."""
    turn = await begin(update, context)
    message = update.effective_message
    if turn is None or message is None:
        return
    origin = message.forward_origin
    if isinstance(origin, MessageOriginChannel):
        await _link(update, context.bot, turn, origin.chat.id)


def _named(turn: Turn, name: str) -> Html:
    return Html(text("here_chat", turn.lang, title=name))


async def _link(update: Update, bot: Bot, turn: Turn, ref: str | int) -> None:
    """Check both sides' rights in the channel, then manage its terms from this chat."""
    if isinstance(ref, str) and not ref.lstrip("-").isdigit() and not ref.startswith("@"):
        ref = "@" + ref
    name = str(ref)[:64]
    try:
        found = await bot.get_chat(ref)
    except (BadRequest, Forbidden):
        await say(update, turn, "channel_not_found", name=_named(turn, name))
        return
    name = found.title or name
    if found.type != "channel":
        await say(update, turn, "channel_not_channel", name=_named(turn, name))
        return
    if not await bot_can_post(bot, found.id):
        await say(update, turn, "channel_bot_not_admin", name=_named(turn, name))
        return
    if turn.user_id is None or not await is_chat_admin(bot, found.id, turn.user_id):
        await say(update, turn, "channel_user_not_admin", name=_named(turn, name))
        return
    chats = turn.services.chats
    await chats.ensure(found.id, "channel", name, turn.lang)
    await chats.link_channel(turn.user_id, found.id)
    await chats.set_managing(turn.chat.id, found.id)
    await say(update, turn, "channel_linked", name=_named(turn, name))


async def _choose(update: Update, turn: Turn) -> None:
    """Offer the linked channels, and the user's own terms, as buttons."""
    if turn.user_id is None:
        return
    linked = await turn.services.chats.linked_channels(turn.user_id)
    if not linked:
        await say(update, turn, "channel_none")
        return
    records = await turn.services.chats.many(linked)
    rows = [
        [InlineKeyboardButton(f"📢 {records[cid].title if cid in records else cid}",
                              callback_data=f"{CHANNEL}{cid}")]
        for cid in linked
    ]  # fmt: skip
    rows.append([InlineKeyboardButton(text("button_own_terms", turn.lang), callback_data=CHANNEL)])
    await reply(update, text("channel_list", turn.lang), InlineKeyboardMarkup(rows))


async def channel_button(update: Update, context: Context) -> None:
    """Switch to managing the pressed channel, or the user's own terms."""
    query = update.callback_query
    turn = await begin(update, context)
    if query is None or turn is None or query.data is None:
        return
    await query.answer()
    chosen = query.data.removeprefix(CHANNEL)
    if not chosen:
        await turn.services.chats.set_managing(turn.chat.id, None)
        await edit(query, text("channel_off", turn.lang), None)
        return
    await _link(update, context.bot, turn, int(chosen))


async def migrated(update: Update, context: Context) -> None:
    """Move a group's terms and settings to its new supergroup id."""
    message = update.effective_message
    if message is None:
        return
    if message.migrate_to_chat_id:
        old, new = message.chat.id, message.migrate_to_chat_id
    elif message.migrate_from_chat_id:
        old, new = message.migrate_from_chat_id, message.chat.id
    else:
        return
    # Not through begin(): that would record the old group again after the move.
    services = services_of(context)
    if await services.subscriptions.move(old, new):
        record = await services.chats.get(new)
        await context.bot.send_message(new, text("migrated", record.lang if record else "ar"))


async def membership(update: Update, context: Context) -> None:
    """Follow the bot being blocked, removed, unblocked or added."""
    change: ChatMemberUpdated | None = update.my_chat_member
    if change is None:
        return
    chats = services_of(context).chats
    old, new = change.old_chat_member.status, change.new_chat_member.status
    if new in _GONE:
        reason = "blocked" if change.chat.type == "private" else "removed"
        await chats.mark_inactive(change.chat.id, reason)
        return
    turn = await begin(update, context)
    if turn is None or turn.chat.kind == "private":
        return  # a user who unblocks the bot comes back with /start, which welcomes them back
    await chats.reactivate(turn.chat.id)
    if old in _GONE and turn.chat.kind in ("group", "supergroup"):
        await context.bot.send_message(turn.chat.id, text("group_welcome", turn.lang),
                                       parse_mode="HTML")  # fmt: skip


def register(app: AnyApplication) -> None:
    """Add this module's handlers to the application."""
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, migrated))
    app.add_handler(ChatMemberHandler(membership, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(CommandHandler("here", here))
    app.add_handler(CommandHandler("channel", channel))
    app.add_handler(CallbackQueryHandler(channel_button, pattern=f"^{CHANNEL}"))
    forwarded = filters.ChatType.PRIVATE & filters.FORWARDED
    app.add_handler(MessageHandler(forwarded, forwarded_post))
