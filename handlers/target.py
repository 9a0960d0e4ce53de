"""Which chat's terms a command changes: the chat itself, or a channel managed from it."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Bot, Update

from bot.store.chats import Chat
from handlers.permissions import bot_can_post, is_chat_admin, may_change_chat
from handlers.texts import Html, text
from handlers.turn import Context, Turn, begin, refuse


@dataclass(frozen=True, slots=True)
class Target:
    """The chat whose terms change, and how replies name it."""

    chat: Chat
    where: Html


def own(turn: Turn) -> Target:
    """Return the turn's own chat as the target."""
    return Target(turn.chat, Html(text("here_self", turn.lang)))


async def resolve(update: Update, bot: Bot, turn: Turn, *, changing: bool) -> Target | None:
    """Return the command's target, or tell the sender why there is none and return None.

    A tapped button is answered when there is no target (the caller answers it otherwise).
    """
    chat = turn.chat
    if chat.kind == "channel":
        return None  # channels are managed from a private chat
    if chat.kind != "private":
        if changing and not await may_change_chat(bot, turn):
            await refuse(update, turn, "not_group_admin")
            return None
        return own(turn)
    if chat.managing is None:
        return own(turn)
    channel = await turn.services.chats.get(chat.managing)
    name = channel.title if channel else str(chat.managing)
    shown = Html(text("here_chat", turn.lang, title=name))
    if channel is None or not await _still_manages(bot, channel.id, turn.user_id):
        await turn.services.chats.set_managing(chat.id, None)
        await refuse(update, turn, "channel_lost", name=shown)
        return None
    return Target(channel, shown)


async def begin_on_target(
    update: Update, context: Context, *, changing: bool
) -> tuple[Turn, Target] | None:
    """Start a turn and resolve its target; None when there is none (the sender was told)."""
    turn = await begin(update, context)
    if turn is None:
        return None
    target = await resolve(update, context.bot, turn, changing=changing)
    return None if target is None else (turn, target)


async def _still_manages(bot: Bot, channel_id: int, user_id: int | None) -> bool:
    if user_id is None:
        return False
    return await is_chat_admin(bot, channel_id, user_id) and await bot_can_post(bot, channel_id)
