"""Test-side helpers of the fake Telegram: building chats, and acting as their users.

Each helper takes the state's lock, changes the world as Telegram would, and
queues the updates Telegram would send the bot (waking its long poll).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable

from tests.telegram_html import utf16_len
from tests.telegram_model import (
    BOT_ID,
    BOT_USERNAME,
    GENERAL_TOPIC,
    JSON,
    APIError,
    BotAPIState,
    Chat,
    Failure,
    SentMessage,
)

# tdlib's match_bot_commands: no word character, "/", "<" or ">" on either side.
_COMMAND = re.compile(r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>@])")
# Telegram posts group service messages on behalf of this account.
_GROUP_BOT = {
    "id": 1087968824, "is_bot": True, "first_name": "Group", "username": "GroupAnonymousBot",
}  # fmt: skip


class TelegramWorld:
    """Chats, users and their actions; FakeBotAPI serves the result over HTTP."""

    state: BotAPIState
    _queries: int = 0

    def _chat_key(self, raw: str | int) -> int | str:
        """A chat_id as a number where it names a known chat or is numeric."""
        raw = str(raw)
        chat = self.state.chat_by_username(raw) if raw.startswith("@") else None
        if chat is not None:
            return chat.id
        return int(raw) if re.fullmatch(r"-?\d+", raw) else raw

    def add_user(
        self, user_id: int, first_name: str = "قارئ", *, username: str | None = None,
        language_code: str | None = None, started: bool = False,
    ) -> None:  # fmt: skip
        """Make a user known; ``started`` also opens their private chat with the bot."""
        with self.state.changed:
            self.state.user(
                user_id, first_name=first_name, username=username, language_code=language_code
            )
            if started:
                self.state.private_chat(user_id)

    def add_group(
        self, chat_id: int, title: str, *, kind: str = "supergroup", is_forum: bool = False,
        admins: Iterable[int] = (), creator: int | None = None, members: Iterable[int] = (),
        username: str | None = None, bot_is_admin: bool = False, added_by: int | None = None,
    ) -> None:  # fmt: skip
        """Register a group the bot is in; ``added_by`` also queues the my_chat_member update."""
        assert kind in {"group", "supergroup"} and chat_id < 0, (kind, chat_id)
        assert not is_forum or kind == "supergroup", "only supergroups can be forums"
        chat = Chat(chat_id, kind, title=title, username=username, is_forum=is_forum)
        if is_forum:  # message 1 opened the General topic, whose id is therefore 1
            chat.last_message_id = GENERAL_TOPIC
        self._register(chat, admins, creator, members, bot_is_admin, added_by)

    def add_channel(
        self, chat_id: int, username: str | None, title: str, *, admins: Iterable[int] = (),
        creator: int | None = None, bot_is_admin: bool = True, added_by: int | None = None,
    ) -> None:  # fmt: skip
        """Register a channel; a bot can only be in one as an administrator."""
        assert chat_id < 0, chat_id
        chat = Chat(chat_id, "channel", title=title, username=username and username.lstrip("@"))
        self._register(chat, admins, creator, (), bot_is_admin, added_by)
        if not bot_is_admin:
            chat.members[BOT_ID] = "left"

    def _register(
        self, chat: Chat, admins: Iterable[int], creator: int | None, members: Iterable[int],
        bot_is_admin: bool, added_by: int | None,
    ) -> None:  # fmt: skip
        with self.state.changed:
            assert chat.id not in self.state.chats, f"chat {chat.id} is already registered"
            people = [(u, "member") for u in members] + [(u, "administrator") for u in admins]
            for user_id, status in [*people, *([(creator, "creator")] if creator else [])]:
                self.state.user(user_id)
                chat.members[user_id] = status
            chat.members[BOT_ID] = "administrator" if bot_is_admin else "member"
            self.state.chats[chat.id] = chat
            if added_by is not None:
                actor = self.state.user(added_by)
                self.state.member_update(chat, actor, "left", chat.members[BOT_ID])

    def add_topic(self, chat_id: int, name: str) -> int:
        """Open a topic in a forum supergroup; return its message_thread_id."""
        with self.state.changed:
            chat = self.state.chats[chat_id]
            assert chat.is_forum, f"chat {chat_id} is not a forum"
            thread_id = chat.next_message_id()
            chat.topics[thread_id] = name
            return thread_id

    def set_member(self, chat_id: int, user_id: int, status: str) -> None:
        """Set a user's status in a chat: creator, administrator, member, left or kicked."""
        assert status in {"creator", "administrator", "member", "left", "kicked"}, status
        with self.state.changed:
            self.state.user(user_id)
            self.state.chats[chat_id].members[user_id] = status

    def user_blocks(self, user_id: int) -> None:
        """The user blocks the bot: sends to them fail with 403; the bot is told."""
        with self.state.changed:
            chat = self.state.private_chat(user_id)
            assert user_id not in self.state.blocked, f"user {user_id} already blocked the bot"
            self.state.blocked.add(user_id)
            self.state.member_update(chat, self.state.user(user_id), "member", "kicked")

    def user_unblocks(self, user_id: int) -> None:
        """The user restarts the bot after blocking it."""
        with self.state.changed:
            chat = self.state.private_chat(user_id)
            assert user_id in self.state.blocked, f"user {user_id} has not blocked the bot"
            self.state.blocked.discard(user_id)
            self.state.member_update(chat, self.state.user(user_id), "kicked", "member")

    def bot_removed(self, chat_id: int, *, by: int | None = None) -> None:
        """Someone removes the bot from a group or channel: sends fail with 403 from now on."""
        with self.state.changed:
            chat = self.state.chats[chat_id]
            assert chat.type != "private", "a private chat is left by blocking: use user_blocks"
            old = chat.status(BOT_ID)
            chat.members[BOT_ID] = "kicked"
            actor = self.state.user(by or self._someone(chat))
            self.state.member_update(chat, actor, old, "kicked")

    def migrate_group(self, old_id: int, new_id: int, *, by: int | None = None) -> None:
        """Upgrade a basic group to a supergroup, with the two service messages Telegram sends."""
        with self.state.changed:
            old = self.state.chats[old_id]
            assert old.type == "group" and new_id not in self.state.chats, (old.type, new_id)
            new = Chat(new_id, "supergroup", title=old.title, members=dict(old.members))
            self.state.chats[new_id] = new
            old.migrated_to = new_id
            now = int(time.time())
            actor = self.state.user(by or self._someone(old))
            self.state.queue("message", {
                "message_id": old.next_message_id(), "from": actor,
                "chat": old.json(), "date": now, "migrate_to_chat_id": new_id,
            })  # fmt: skip
            self.state.queue("message", {
                "message_id": new.next_message_id(), "from": _GROUP_BOT, "sender_chat": new.json(),
                "chat": new.json(), "date": now, "migrate_from_chat_id": old_id,
            })  # fmt: skip

    @staticmethod
    def _someone(chat: Chat) -> int:
        """The chat's creator, else an administrator, else a stranger, to act for the chat."""
        ranked = sorted((s != "creator", s != "administrator", u) for u, s in chat.members.items())
        return next((u for *_, u in ranked if u != BOT_ID), 777000)

    def fail_next(
        self, method: str, code: int, description: str, *, parameters: JSON | None = None,
        chat_id: int | str | None = None, times: int = 1,
    ) -> None:  # fmt: skip
        """Answer the next ``times`` calls of method (to chat_id, if given) with this error."""
        with self.state.changed:
            key = None if chat_id is None else self._chat_key(chat_id)
            failure = Failure(method.lower(), APIError(code, description, parameters), key, times)
            self.state.failures.append(failure)

    # -- test side: acting as users ----------------------------------------
    def user_says(
        self, user_id: int, text: str, language_code: str = "ar", *, chat_id: int | None = None,
        thread_id: int | None = None, forward_from_chat: int | None = None,
        first_name: str | None = None, username: str | None = None,
        reply_to: SentMessage | None = None,
    ) -> int:  # fmt: skip
        """Queue a message from a user (privately, or in group chat_id); return its message_id.

        thread_id is a forum topic, which exists from then on. In groups the bot is in
        privacy mode, as bots are by default: unless it is an administrator it gets only
        commands, mentions of it and replies to it.
        """
        with self.state.changed:
            user = self.state.user(
                user_id, first_name=first_name, username=username, language_code=language_code
            )
            chat = self._speaking_in(user_id, chat_id)
            if thread_id is not None:
                self._topic_exists(chat, thread_id)
            message_id = chat.next_message_id()
            chat.user_messages.add(message_id)
            message: JSON = {"message_id": message_id, "from": user, "chat": chat.json()}
            message["date"] = int(time.time())
            if thread_id not in (None, GENERAL_TOPIC):  # General's messages carry no thread id
                message |= {"message_thread_id": thread_id, "is_topic_message": True}
            if forward_from_chat is not None:
                message |= self._forward_origin(forward_from_chat)
            if reply_to is not None:
                message["reply_to_message"] = self.state.message_json(chat, reply_to)
            message["text"] = text
            entities = [
                {"type": "bot_command", "offset": utf16_len(text[: m.start()]),
                 "length": utf16_len(m.group())}
                for m in _COMMAND.finditer(text)
            ]  # fmt: skip
            if entities:
                message["entities"] = entities
            if chat.type == "private" or self._bot_sees(chat, text, entities, reply_to):
                self.state.queue("message", message)
            return message_id

    def _speaking_in(self, user_id: int, chat_id: int | None) -> Chat:
        if chat_id is None:
            private = self.state.private_chat(user_id)
            if user_id in self.state.blocked:  # writing to a blocked bot means restarting it
                self.state.blocked.discard(user_id)
                self.state.member_update(private, self.state.user(user_id), "kicked", "member")
            return private
        group = self.state.chats.get(chat_id)
        assert group is not None, f"chat {chat_id} is not registered: add_group() it first"
        chat = group
        assert chat.type in {"group", "supergroup"}, f"users don't speak in a {chat.type}"
        assert chat.migrated_to is None, f"group {chat_id} became {chat.migrated_to}"
        assert chat.status(user_id) != "kicked", f"user {user_id} is banned from {chat_id}"
        if chat.status(user_id) == "left":
            chat.members[user_id] = "member"
        return chat

    @staticmethod
    def _topic_exists(chat: Chat, thread_id: int) -> None:
        """A user writing in a topic proves it exists; its id is that of an older message."""
        assert chat.is_forum, f"chat {chat.id} is not a forum: it has no topic {thread_id}"
        if thread_id != GENERAL_TOPIC:
            chat.topics.setdefault(thread_id, f"topic {thread_id}")
            chat.last_message_id = max(chat.last_message_id, thread_id)

    def _forward_origin(self, channel_id: int) -> JSON:
        channel = self.state.chats.get(channel_id)
        assert channel is not None and channel.type == "channel", f"no channel {channel_id}"
        post_id, date = channel.next_message_id(), int(time.time())
        origin = {"type": "channel", "chat": channel.json(), "message_id": post_id, "date": date}
        # The server still sends the pre-7.0 fields beside forward_origin.
        return {
            "forward_origin": origin, "forward_from_chat": channel.json(),
            "forward_from_message_id": post_id, "forward_date": date,
        }  # fmt: skip

    def _bot_sees(
        self, chat: Chat, text: str, entities: list[JSON], reply_to: SentMessage | None
    ) -> bool:
        status = chat.status(BOT_ID)
        if status not in {"member", "administrator"}:
            return False
        commands = [text[e["offset"] : e["offset"] + e["length"]] for e in entities]
        return (
            status == "administrator"
            or any("@" not in c or c.endswith(f"@{BOT_USERNAME}") for c in commands)
            or f"@{BOT_USERNAME}" in text
            or reply_to is not None
        )

    def user_presses(self, user_id: int, message: SentMessage, data: str) -> str:
        """Press the inline button with callback_data data; return the callback query id."""
        with self.state.changed:
            current = self.state.messages.get((message.chat_id, message.message_id))
            assert current is not None, f"the bot sent no message {message.message_id}"
            assert data and data in [b.callback_data for b in current.buttons()], (
                f"message {current.message_id} in chat {current.chat_id} has no button {data!r}; "
                f"its buttons now: {current.buttons()}"
            )
            chat = self.state.chats[current.chat_id]
            self._queries += 1
            query_id = str(4_000_000_000_000_000 + self._queries)
            self.state.queries[query_id] = current
            self.state.queue("callback_query", {
                "id": query_id, "from": self.state.user(user_id),
                "message": self.state.message_json(chat, current),
                "chat_instance": str(abs(chat.id) * 31), "data": data,
            })  # fmt: skip
            return query_id

    def chat_post(self, chat_id: int, text: str) -> int:
        """Post in a channel; the bot gets the channel_post if it is an administrator there."""
        with self.state.changed:
            chat = self.state.chats[chat_id]
            assert chat.type == "channel", f"chat {chat_id} is a {chat.type}"
            post: JSON = {"message_id": chat.next_message_id(), "sender_chat": chat.json()}
            post |= {"chat": chat.json(), "date": int(time.time()), "text": text}
            chat.user_messages.add(post["message_id"])
            if chat.status(BOT_ID) == "administrator":
                self.state.queue("channel_post", post)
            return int(post["message_id"])
