"""What the fake Telegram knows: chats, members, messages, and the JSON shapes it answers in.

Shapes follow the Bot API server (tdlib/telegram-bot-api, Client.cpp): which
fields a Chat, Message or ChatMember carries for each kind of chat.
"""

from __future__ import annotations

import itertools
import math
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar, NamedTuple

from tests.telegram_html import Entity

BOT_ID = 700000001
BOT_USERNAME = "rasd_test_bot"
BOT_NAME = "Rasd"
MAX_TEXT = 4096
GENERAL_TOPIC = 1  # the General topic of a forum; Telegram refuses it as a message_thread_id
JSON = dict[str, Any]


class APIError(Exception):
    """An error answer, in Telegram's shape."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


class NotFakedError(Exception):
    """A request this fake cannot answer faithfully; it fails loudly like an unknown method."""


@dataclass
class SentMessage:
    """A message the bot sent, as it stands now; ``history`` holds the versions before edits.

    ``text`` is the source the bot sent (HTML included), ``plain`` and ``entities``
    what Telegram made of it.
    """

    message_id: int
    chat_id: int
    text: str
    parse_mode: str | None
    params: JSON
    plain: str = ""
    entities: list[Entity] = field(default_factory=list)
    reply_markup: JSON | None = None
    thread_id: int | None = None
    date: int = 0
    edit_date: int | None = None
    version: int = 0
    history: list[SentMessage] = field(default_factory=list)

    def buttons(self) -> list[Button]:
        """Return the message's inline buttons as they are now, row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [
            Button(b["text"], b.get("callback_data", ""), b.get("url")) for r in rows for b in r
        ]

    def snapshot(self) -> SentMessage:
        return replace(self, history=[], entities=list(self.entities))


class Button(NamedTuple):
    """One inline button of a message; callback_data is "" on a URL button."""

    text: str
    callback_data: str
    url: str | None


@dataclass
class Failure:
    """An error that the next matching call gets instead of its real answer."""

    method: str
    error: APIError
    chat_id: int | str | None
    times: int


@dataclass
class Chat:
    """A chat and its members' statuses: creator, administrator, member, left or kicked."""

    id: int
    type: str  # private | group | supergroup | channel
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    is_forum: bool = False
    members: dict[int, str] = field(default_factory=dict)
    topics: dict[int, str] = field(default_factory=dict)
    migrated_to: int | None = None
    last_message_id: int = 0
    user_messages: set[int] = field(default_factory=set)

    def status(self, user_id: int) -> str:
        return self.members.get(user_id, "left")

    def next_message_id(self) -> int:
        self.last_message_id += 1
        return self.last_message_id

    def json(self) -> JSON:
        """The Chat object as it appears inside a Message or an update."""
        if self.type == "private":
            data: JSON = {"id": self.id, "first_name": self.first_name or ""}
        else:
            data = {"id": self.id, "title": self.title or ""}
        if self.username:
            data["username"] = self.username
        data["type"] = self.type
        if self.is_forum:
            data["is_forum"] = True
        return data

    def full_json(self) -> JSON:
        """The ChatFullInfo object that getChat returns."""
        gifts = dict.fromkeys(
            ("unlimited_gifts", "limited_gifts", "unique_gifts", "premium_subscription",
             "gifts_from_channels"), False,
        )  # fmt: skip
        data = {**self.json(), "accent_color_id": 0, "max_reaction_count": 11}
        data["accepted_gift_types"] = gifts
        if self.username:
            data["active_usernames"] = [self.username]
        return data


def admin_rights(chat_type: str) -> JSON:
    """An administrator's rights in the order the Bot API server writes them; all granted."""
    rights: JSON = {"can_be_edited": False, "can_manage_chat": True, "can_change_info": True}
    if chat_type == "channel":
        rights |= {"can_post_messages": True, "can_edit_messages": True}
    rights |= {"can_delete_messages": True, "can_invite_users": True, "can_restrict_members": True}
    if chat_type in {"group", "supergroup"}:
        rights["can_pin_messages"] = True
    if chat_type == "supergroup":
        rights["can_manage_topics"] = True
    rights |= {
        "can_promote_members": True, "can_manage_video_chats": True, "can_post_stories": True,
        "can_edit_stories": True, "can_delete_stories": True, "can_manage_voice_chats": True,
        "is_anonymous": False,
    }  # fmt: skip
    return rights


def member_json(user: JSON, status: str, chat_type: str) -> JSON:
    """A ChatMember object of the right subtype for status."""
    data: JSON = {"user": user, "status": status}
    if status == "creator":
        data["is_anonymous"] = False
    elif status == "administrator":
        data |= admin_rights(chat_type)
    elif status == "kicked":
        data["until_date"] = 0
    return data


class FloodLimits:
    """Telegram's published sending limits, as sliding windows over sendMessage.

    - all chats together: 30 free messages in any 1 s;
    - paid broadcasts (``allow_paid_broadcast``): beyond those 30, up to 1,000
      messages in any 1 s, free and paid together;
    - one private chat: 1 message in any 1 s;
    - one group, supergroup or channel: 20 messages in any 60 s.

    A message over a limit is refused with 429; retry_after is the whole seconds
    until the oldest message in the full window leaves it (at least 1). Refused
    messages do not count. ``admitted`` logs (time, paid) of every message let
    through. ``clock`` may be replaced to make a test exact.
    """

    WINDOWS: ClassVar[dict[str, tuple[int, float]]] = {
        "all": (30, 1.0), "paid": (1000, 1.0), "private": (1, 1.0), "group": (20, 60.0),
    }  # fmt: skip

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.sent: dict[tuple[str, int], deque[float]] = {}
        self.admitted: list[tuple[float, bool]] = []

    def admit(self, chat_id: int, private: bool, paid: bool = False) -> int | None:
        """Record a send and return None, or return retry_after in seconds.

        A paid broadcast is not held to the 30 free messages a second, only to
        the 1,000 a second of all messages; a free one is held to both.
        """
        now = self.clock()
        kind = "private" if private else "group"
        limits = [("paid", 0), (kind, chat_id)] + ([] if paid else [("all", 0)])
        waits = [self._wait(key, now) for key in limits]
        if any(waits):
            return max(waits)
        for key in limits:
            self.sent.setdefault(key, deque()).append(now)
        self.admitted.append((now, paid))
        return None

    def _wait(self, key: tuple[str, int], now: float) -> int:
        limit, window = self.WINDOWS[key[0]]
        times = self.sent.setdefault(key, deque())
        while times and times[0] <= now - window:
            times.popleft()
        if len(times) < limit:
            return 0
        return max(1, math.ceil(times[0] + window - now))


@dataclass
class BotAPIState:
    """Everything the fake Telegram knows; guarded by one condition variable (an RLock)."""

    token: str
    updates: list[JSON] = field(default_factory=list)
    sent: list[SentMessage] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    unknown_methods: list[str] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)
    chats: dict[int, Chat] = field(default_factory=dict)
    users: dict[int, JSON] = field(default_factory=dict)
    blocked: set[int] = field(default_factory=set)
    messages: dict[tuple[int, int], SentMessage] = field(default_factory=dict)
    edits: list[SentMessage] = field(default_factory=list)
    queries: dict[str, SentMessage] = field(default_factory=dict)
    answers: dict[str, JSON] = field(default_factory=dict)
    commands: dict[tuple[str, int, int, str], list[JSON]] = field(default_factory=dict)
    attempts: Counter[int | str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    flood_429s: int = 0
    polls: int = 0
    closed: bool = False
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def bot_json(self) -> JSON:
        return {"id": BOT_ID, "is_bot": True, "first_name": BOT_NAME, "username": BOT_USERNAME}

    def user(self, user_id: int, **fields: str | None) -> JSON:
        """Return a user's User object, registering the user on first sight; update given fields."""
        if user_id == BOT_ID:
            return self.bot_json()
        new = {"id": user_id, "is_bot": False, "first_name": "قارئ"}
        known = self.users.setdefault(user_id, new)
        known.update({k: v for k, v in fields.items() if v is not None})
        return known

    def private_chat(self, user_id: int) -> Chat:
        """Return the private chat with a user, opening it (the user started the bot)."""
        user = self.user(user_id)
        chat = self.chats.get(user_id)
        if chat is None:
            chat = Chat(user_id, "private", first_name=user["first_name"])
            chat.members = {user_id: "member", BOT_ID: "member"}
            self.chats[user_id] = chat
        chat.username = user.get("username")
        return chat

    def chat_by_username(self, username: str) -> Chat | None:
        wanted = username.removeprefix("@").lower()
        for chat in self.chats.values():
            if chat.username and chat.username.lower() == wanted and chat.type != "private":
                return chat
        return None

    def queue(self, kind: str, payload: JSON) -> int:
        """Queue an update and wake long polls; return its update_id."""
        update_id = next(self._ids)
        self.updates.append({"update_id": update_id, kind: payload})
        self.changed.notify_all()
        return update_id

    def member_update(self, chat: Chat, actor: JSON, old: str, new: str) -> None:
        """Queue the my_chat_member update Telegram sends when the bot's status changes."""
        bot = self.bot_json()
        self.queue("my_chat_member", {
            "chat": chat.json(), "from": actor, "date": int(time.time()),
            "old_chat_member": member_json(bot, old, chat.type),
            "new_chat_member": member_json(bot, new, chat.type),
        })  # fmt: skip

    def message_json(self, chat: Chat, message: SentMessage) -> JSON:
        """The Message object for something the bot sent, as it stands now."""
        data: JSON = {"message_id": message.message_id}
        if chat.type == "channel":
            data["sender_chat"] = chat.json()
        else:
            data["from"] = self.bot_json()
        data |= {"chat": chat.json(), "date": message.date}
        if message.thread_id is not None:
            data |= {"message_thread_id": message.thread_id, "is_topic_message": True}
        if message.edit_date is not None:
            data["edit_date"] = message.edit_date
        data["text"] = message.plain
        if message.entities:
            data["entities"] = message.entities
        if message.reply_markup and "inline_keyboard" in message.reply_markup:
            data["reply_markup"] = message.reply_markup
        return data
