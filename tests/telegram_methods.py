"""The Bot API methods the fake Telegram answers, with Telegram's checks and error texts.

Error descriptions are the Bot API server's (tdlib/telegram-bot-api Client.cpp and
tdlib): it prefixes "Bad Request: " or "Forbidden: " and lower-cases the first
letter of tdlib's message, but keeps upper-case server codes (BOT_COMMAND_INVALID).
Checks run in the server's order: the text is parsed before the chat is looked
up, and Telegram's own limits (length, flood) come last.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from typing import Any

from tests.telegram_html import Entity, HTMLParseError, parse_html, tidy, utf16_len
from tests.telegram_model import (
    BOT_ID,
    GENERAL_TOPIC,
    JSON,
    MAX_TEXT,
    APIError,
    BotAPIState,
    Chat,
    FloodLimits,
    NotFakedError,
    SentMessage,
    member_json,
)

Params = dict[str, str]
Handler = Callable[[Params], Any]
CHAT_NOT_FOUND = "Bad Request: chat not found"
QUERY_INVALID = "Bad Request: query is too old and response timeout expired or query ID is invalid"
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
# Characters of a callback query's answer text (Bot API docs: 0-200); beyond, Telegram
# answers MESSAGE_TOO_LONG (as reported in eternnoir/pyTelegramBotAPI#500).
MAX_ANSWER = 200
_BAD_SCOPE = "Unsupported type specified"
_COMMAND = re.compile(r"[a-z0-9_]+")
_SCOPES = {"default", "all_private_chats", "all_group_chats", "all_chat_administrators"}
_CHAT_SCOPES = {"chat", "chat_administrators", "chat_member"}


def _bool(params: Params, name: str) -> bool:
    return params.get(name, "").lower() in {"true", "1"}


def _int(params: Params, name: str) -> int:
    try:
        return int(float(params.get(name) or 0))
    except ValueError:
        return 0


def _json(params: Params, name: str, what: str) -> Any:
    if not params.get(name):
        return None
    try:
        return json.loads(params[name])
    except json.JSONDecodeError:
        raise APIError(400, f"Bad Request: can't parse {what} JSON object") from None


class Methods:
    """Server-side handlers; each takes the string parameters and returns the result."""

    def __init__(self, state: BotAPIState, limits: FloodLimits | None, strict_users: bool) -> None:
        self.state = state
        self.limits = limits
        self.strict_users = strict_users

    def table(self) -> dict[str, Handler]:
        """Handlers by lower-case method name (Telegram's method names ignore case)."""
        handlers: dict[str, Handler] = {
            "getMe": self.get_me, "deleteWebhook": self.delete_webhook,
            "getUpdates": self.get_updates, "sendMessage": self.send_message,
            "editMessageText": self.edit_message_text,
            "editMessageReplyMarkup": self.edit_message_reply_markup,
            "answerCallbackQuery": self.answer_callback_query,
            "setMyCommands": self.set_my_commands, "getMyCommands": self.get_my_commands,
            "deleteMyCommands": self.delete_my_commands, "getChat": self.get_chat,
            "getChatMember": self.get_chat_member,
            "getChatAdministrators": self.get_chat_administrators,
        }  # fmt: skip
        return {name.lower(): handler for name, handler in handlers.items()}

    # -- chats ------------------------------------------------------------
    def find_chat(self, raw: str) -> Chat:
        """Resolve a chat_id parameter (an id or a public @username) or fail like Telegram."""
        if not raw:
            raise APIError(400, "Bad Request: chat_id is empty")
        if raw.startswith("@"):
            chat = self.state.chat_by_username(raw)
        else:
            chat_id = int(raw) if re.fullmatch(r"-?\d+", raw) else 0
            chat = self.state.chats.get(chat_id)
            if chat is None and chat_id > 0 and not self.strict_users:
                chat = self.state.private_chat(chat_id)  # a user who started the bot before
            elif chat is None and chat_id in self.state.users:
                raise APIError(403, "Forbidden: bot can't initiate conversation with a user")
        if chat is None:
            raise APIError(400, CHAT_NOT_FOUND)
        return chat

    def check_access(self, chat: Chat, write: bool) -> None:
        """Refuse a chat the bot was removed from, or a group that became a supergroup."""
        if chat.migrated_to is not None and write:
            raise APIError(
                400, "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": chat.migrated_to},
            )  # fmt: skip
        status = chat.status(BOT_ID)
        if chat.type == "private" or status not in {"left", "kicked"}:
            return
        public = chat.username is not None and chat.type != "group"
        if status == "kicked" and (write or chat.type != "group"):
            raise APIError(403, f"Forbidden: bot was kicked from the {chat.type} chat")
        if status == "left" and (write or not public):
            raise APIError(403, f"Forbidden: bot is not a member of the {chat.type} chat")

    def user_id(self, params: Params) -> int:
        user_id = _int(params, "user_id")
        if user_id <= 0:
            raise APIError(400, "Bad Request: invalid user_id specified")
        return user_id

    # -- text -------------------------------------------------------------
    def formatted(self, params: Params) -> tuple[str, list[Entity]]:
        """Parse text as the server does before it looks at the chat."""
        text = params.get("text", "")
        if not text:
            raise APIError(400, "Bad Request: message text is empty")
        mode = params.get("parse_mode", "").lower()
        if mode in {"markdown", "markdownv2"}:
            raise NotFakedError(f"parse_mode={params['parse_mode']}")
        if mode not in {"", "none", "html"}:
            raise APIError(400, "Bad Request: unsupported parse_mode")
        if mode != "html":
            return text, []
        try:
            return parse_html(text)
        except HTMLParseError as exc:
            raise APIError(400, f"Bad Request: can't parse entities: {exc}") from None

    def markup(self, params: Params) -> JSON | None:
        markup = _json(params, "reply_markup", "reply markup")
        for row in (markup or {}).get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise APIError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup if isinstance(markup, dict) else None

    def thread(self, chat: Chat, params: Params) -> int | None:
        """A forum topic id, checked; the server ignores message_thread_id outside forums."""
        thread_id = _int(params, "message_thread_id")
        if not thread_id or not chat.is_forum:
            return None
        if thread_id == GENERAL_TOPIC or thread_id not in chat.topics:
            raise APIError(400, "Bad Request: message thread not found")
        return thread_id

    @staticmethod
    def tidy(text: str, entities: list[Entity], too_long: str) -> tuple[str, list[Entity]]:
        text, entities = tidy(text, entities)
        if not text:
            raise APIError(400, "Bad Request: text must be non-empty")
        if utf16_len(text) > MAX_TEXT:
            raise APIError(400, too_long)
        return text, entities

    # -- methods ----------------------------------------------------------
    def get_me(self, _params: Params) -> JSON:
        return self.state.bot_json() | {
            "can_join_groups": True, "can_read_all_group_messages": False,
            "supports_inline_queries": False, "can_connect_to_business": False,
            "has_main_web_app": False,
        }  # fmt: skip

    def delete_webhook(self, params: Params) -> bool:
        if _bool(params, "drop_pending_updates"):
            self.state.updates.clear()
        return True

    def get_updates(self, params: Params) -> list[JSON]:
        state = self.state
        offset, limit = _int(params, "offset"), min(max(_int(params, "limit") or 100, 1), 100)
        deadline = time.monotonic() + min(max(_int(params, "timeout"), 0), 50)
        # Confirming an offset forgets earlier updates; a negative one keeps only the last few.
        if offset < 0:
            del state.updates[:offset]
        elif offset:
            state.updates[:] = [u for u in state.updates if u["update_id"] >= offset]
        state.polls += 1
        poll = state.polls
        while not state.updates and not state.closed and time.monotonic() < deadline:
            state.changed.wait(deadline - time.monotonic())
            if state.polls != poll:
                raise APIError(409, "Conflict: terminated by other getUpdates request; "
                               "make sure that only one bot instance is running")  # fmt: skip
        return state.updates[:limit]

    def send_message(self, params: Params) -> JSON:
        text, entities = self.formatted(params)
        markup = self.markup(params)
        chat = self.find_chat(params.get("chat_id", ""))
        self.check_access(chat, write=True)
        thread_id = self.thread(chat, params)
        if chat.type == "private" and chat.id in self.state.blocked:
            raise APIError(403, "Forbidden: bot was blocked by the user")
        self.check_reply(chat, params)
        plain, entities = self.tidy(text, entities, "Bad Request: message is too long")
        paid = _bool(params, "allow_paid_broadcast")
        limits = self.limits
        retry_after = limits.admit(chat.id, chat.type == "private", paid) if limits else None
        if retry_after:
            self.state.flood_429s += 1
            raise APIError(429, f"Too Many Requests: retry after {retry_after}",
                           {"retry_after": retry_after})  # fmt: skip
        message = SentMessage(
            message_id=chat.next_message_id(), chat_id=chat.id, text=params["text"],
            parse_mode=params.get("parse_mode"), params=typed(params), plain=plain,
            entities=entities, reply_markup=markup, thread_id=thread_id, date=int(time.time()),
        )  # fmt: skip
        self.state.sent.append(message)
        self.state.messages[chat.id, message.message_id] = message
        self.state.changed.notify_all()
        return self.state.message_json(chat, message)

    def check_reply(self, chat: Chat, params: Params) -> None:
        reply = _json(params, "reply_parameters", "reply parameters") or {}
        reply_to = reply.get("message_id") or _int(params, "reply_to_message_id")
        allowed = reply.get("allow_sending_without_reply") or _bool(
            params, "allow_sending_without_reply"
        )
        if reply_to and not allowed and not 0 < reply_to <= chat.last_message_id:
            raise APIError(400, "Bad Request: message to be replied not found")

    def edit_message_text(self, params: Params) -> JSON:
        if params.get("inline_message_id"):
            raise NotFakedError("inline_message_id")
        text, entities = self.formatted(params)
        markup = self.markup(params)
        chat = self.find_chat(params.get("chat_id", ""))
        self.check_access(chat, write=True)
        message_id = _int(params, "message_id")
        message = self.state.messages.get((chat.id, message_id))
        if message is None:
            if message_id in chat.user_messages:
                raise APIError(400, "Bad Request: message can't be edited")
            raise APIError(400, "Bad Request: message to edit not found")
        plain, entities = self.tidy(text, entities, "Bad Request: MESSAGE_TOO_LONG")
        if (plain, entities, markup) == (message.plain, message.entities, message.reply_markup):
            raise APIError(400, NOT_MODIFIED)
        message.history.append(message.snapshot())
        message.text, message.parse_mode, message.params = (
            params["text"], params.get("parse_mode"), typed(params),
        )  # fmt: skip
        message.plain, message.entities, message.reply_markup = plain, entities, markup
        message.version += 1
        message.edit_date = int(time.time())
        self.state.edits.append(message.snapshot())
        self.state.changed.notify_all()
        return self.state.message_json(chat, message)

    def edit_message_reply_markup(self, params: Params) -> JSON:
        """Change only the buttons; like editMessageText, an identical markup is refused."""
        if params.get("inline_message_id"):
            raise NotFakedError("inline_message_id")
        chat = self.find_chat(params.get("chat_id", ""))
        self.check_access(chat, write=True)
        message_id = _int(params, "message_id")
        message = self.state.messages.get((chat.id, message_id))
        if message is None:
            if message_id in chat.user_messages:
                raise APIError(400, "Bad Request: message can't be edited")
            raise APIError(400, "Bad Request: message to edit not found")
        markup = self.markup(params)
        if markup == message.reply_markup:
            raise APIError(400, NOT_MODIFIED)
        message.history.append(message.snapshot())
        message.reply_markup = markup
        message.version += 1
        message.edit_date = int(time.time())
        self.state.edits.append(message.snapshot())
        self.state.changed.notify_all()
        return self.state.message_json(chat, message)

    def answer_callback_query(self, params: Params) -> bool:
        query_id = params.get("callback_query_id", "")
        if query_id not in self.state.queries or query_id in self.state.answers:
            raise APIError(400, QUERY_INVALID)
        if len(params.get("text", "")) > MAX_ANSWER:
            raise APIError(400, "Bad Request: MESSAGE_TOO_LONG")
        self.state.answers[query_id] = typed(params)
        self.state.changed.notify_all()
        return True

    # -- commands ---------------------------------------------------------
    def command_key(self, params: Params) -> tuple[str, int, int, str]:
        scope = _json(params, "scope", "BotCommandScope") or {"type": "default"}
        kind = scope.get("type") if isinstance(scope, dict) else None
        if kind not in _SCOPES | _CHAT_SCOPES:
            raise APIError(400, f"Bad Request: can't parse BotCommandScope: {_BAD_SCOPE}")
        chat_id = user_id = 0
        if kind in _CHAT_SCOPES:
            chat_id = self.find_chat(str(scope.get("chat_id", ""))).id
            user_id = int(scope.get("user_id") or 0) if kind == "chat_member" else 0
        language = params.get("language_code", "")
        if language and not re.fullmatch("[a-z]{2}", language):
            raise APIError(400, "Bad Request: invalid language code specified")
        return kind, chat_id, user_id, language

    def set_my_commands(self, params: Params) -> bool:
        raw = _json(params, "commands", "commands") or []
        if not isinstance(raw, list):
            raise APIError(400, "Bad Request: expected an Array of BotCommand")
        key = self.command_key(params)
        commands = [_command(item) for item in raw]
        if len(commands) > 100:
            raise APIError(400, "Bad Request: BOT_COMMANDS_TOO_MUCH")
        if commands:
            self.state.commands[key] = commands
        else:
            self.state.commands.pop(key, None)
        return True

    def get_my_commands(self, params: Params) -> list[JSON]:
        return list(self.state.commands.get(self.command_key(params), []))

    def delete_my_commands(self, params: Params) -> bool:
        self.state.commands.pop(self.command_key(params), None)
        return True

    # -- chat information -------------------------------------------------
    def get_chat(self, params: Params) -> JSON:
        chat = self.find_chat(params.get("chat_id", ""))
        self.check_access(chat, write=False)
        return chat.full_json()

    def get_chat_member(self, params: Params) -> JSON:
        chat = self.find_chat(params.get("chat_id", ""))
        user_id = self.user_id(params)
        self.check_access(chat, write=False)
        if chat.type == "channel" and user_id != BOT_ID and chat.status(BOT_ID) != "administrator":
            raise APIError(400, "Bad Request: member list is inaccessible")
        if self.strict_users and user_id not in self.state.users and user_id != BOT_ID:
            raise APIError(400, "Bad Request: member not found")
        return member_json(self.state.user(user_id), chat.status(user_id), chat.type)

    def get_chat_administrators(self, params: Params) -> list[JSON]:
        chat = self.find_chat(params.get("chat_id", ""))
        if chat.type == "private":
            raise APIError(400, "Bad Request: there are no administrators in the private chat")
        self.check_access(chat, write=False)
        return [
            member_json(self.state.user(user_id), status, chat.type)
            for user_id, status in chat.members.items()
            if status in {"creator", "administrator"}
        ]


def _command(item: Any) -> JSON:
    """Check one BotCommand as tdlib, then Telegram's server, would."""
    if not isinstance(item, dict) or not {"command", "description"} <= item.keys():
        raise APIError(400, "Bad Request: can't parse BotCommand: expected an Object")
    command = str(item["command"]).strip().removeprefix("/")
    description = str(item["description"]).strip()
    if not command:
        raise APIError(400, "Bad Request: command must be non-empty")
    if len(command) > 32:
        raise APIError(400, "Bad Request: command length must not exceed 32")
    if not description:
        raise APIError(400, "Bad Request: command description must be non-empty")
    if len(description) > 256:
        raise APIError(400, "Bad Request: command description length must not exceed 256")
    if not _COMMAND.fullmatch(command):
        raise APIError(400, "Bad Request: BOT_COMMAND_INVALID")
    return {"command": command, "description": description}


_STRING_PARAMS = {"text", "parse_mode", "callback_query_id", "url", "language_code", "chat_id"}


def typed(params: Params) -> JSON:
    """Parameters as values, for tests to read: JSON fields decoded, text left as sent."""
    result: JSON = {}
    for name, value in params.items():
        if name in _STRING_PARAMS and not (name == "chat_id" and re.fullmatch(r"-?\d+", value)):
            result[name] = value
            continue
        try:
            result[name] = json.loads(value)
        except json.JSONDecodeError:
            result[name] = value
    return result
