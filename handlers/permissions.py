"""Who may change what: group administrators, channel administrators, Rasd admins."""

from __future__ import annotations

from telegram import Bot
from telegram.constants import ChatMemberStatus
from telegram.error import BadRequest, Forbidden

from handlers.turn import Turn

_ADMIN = frozenset({ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR})


async def is_chat_admin(bot: Bot, chat_id: int, user_id: int) -> bool:
    """Tell whether Telegram says the user administers the chat."""
    try:
        member = await bot.get_chat_member(chat_id, user_id)
    except (BadRequest, Forbidden):
        return False  # the chat is gone or the bot is no longer in it
    return member.status in _ADMIN


async def bot_can_post(bot: Bot, channel_id: int) -> bool:
    """Tell whether the bot is an administrator allowed to post in a channel."""
    try:
        member = await bot.get_chat_member(channel_id, bot.id)
    except (BadRequest, Forbidden):
        return False
    return member.status in _ADMIN and bool(getattr(member, "can_post_messages", True))


async def may_change_chat(bot: Bot, turn: Turn) -> bool:
    """Tell whether the sender may change this chat's terms and settings."""
    chat = turn.chat
    if chat.kind == "private":
        return True
    if turn.sender_chat_id == chat.id:
        return True  # an anonymous administrator, speaking as the group
    return turn.user_id is not None and await is_chat_admin(bot, chat.id, turn.user_id)
