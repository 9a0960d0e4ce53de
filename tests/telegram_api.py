"""A local server that speaks the Telegram Bot API over HTTP, for end-to-end tests.

python-telegram-bot is pointed at it through its base_url option, so the real
client library runs unmodified. It answers in Telegram's shapes: HTTP status
equal to ``error_code``, ``{"ok": false, "description": ...}``. A method it does
not know fails loudly (HTTP 500 and a record in ``unknown_methods``) rather than
404, which PTB would read as an invalid token.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

BOT_ID = 700000001
BOT_USERNAME = "rasd_test_bot"
MAX_TEXT = 4096


class APIError(Exception):
    """An error answer, in Telegram's shape."""

    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


@dataclass
class SentMessage:
    """A message the bot sent, as Telegram stored it."""

    message_id: int
    chat_id: int
    text: str
    parse_mode: str | None
    params: dict[str, Any]


@dataclass
class BotAPIState:
    """Everything the fake Telegram knows; guarded by one condition variable."""

    token: str
    updates: list[dict[str, Any]] = field(default_factory=list)
    sent: list[SentMessage] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    unknown_methods: list[str] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))


def _decode_params(handler: BaseHTTPRequestHandler) -> dict[str, Any]:
    length = int(handler.headers.get("Content-Length") or 0)
    body = handler.rfile.read(length) if length else b""
    kind = handler.headers.get("Content-Type", "")
    if kind.startswith("application/json"):
        decoded: dict[str, Any] = json.loads(body or b"{}")
        return decoded
    params: dict[str, Any] = {}
    for key, value in parse_qsl(body.decode("utf-8"), keep_blank_values=True):
        # PTB sends strings as they are and everything else JSON-encoded.
        try:
            params[key] = json.loads(value)
        except json.JSONDecodeError:
            params[key] = value
    return params


class FakeBotAPI:
    """The server plus helpers for tests to act as Telegram users."""

    def __init__(self, token: str = "123456:TEST-token") -> None:
        self.state = BotAPIState(token=token)
        self.methods: dict[str, Callable[[dict[str, Any]], Any]] = {
            "getMe": self._get_me,
            "deleteWebhook": lambda _params: True,
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "setMyCommands": lambda _params: True,
        }
        api = self

        class _Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                api._handle(self)

            def do_GET(self) -> None:
                api._handle(self)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    # -- server side -------------------------------------------------------
    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        prefix = f"/bot{self.state.token}/"
        if not handler.path.startswith(prefix):
            self._reply(
                handler, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
            )
            return
        method = handler.path[len(prefix) :].split("?", 1)[0]
        params = _decode_params(handler)
        with self.state.changed:
            self.state.calls.append(method)
        known = self.methods.get(method)
        if known is None:
            with self.state.changed:
                self.state.unknown_methods.append(method)
            description = f"fake Bot API does not implement {method}"
            self._reply(handler, 500, {"ok": False, "error_code": 500, "description": description})
            return
        try:
            result = known(params)
        except APIError as exc:
            body = {"ok": False, "error_code": exc.code, "description": exc.description}
            self._reply(handler, exc.code, body)
            return
        self._reply(handler, 200, {"ok": True, "result": result})

    @staticmethod
    def _reply(handler: BaseHTTPRequestHandler, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def _get_me(self, _params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": BOT_ID, "is_bot": True, "first_name": "Rasd", "username": BOT_USERNAME,
            "can_join_groups": True, "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }  # fmt: skip

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        with self.state.changed:
            # Confirming an offset forgets earlier updates, as Telegram does.
            self.state.updates = [u for u in self.state.updates if u["update_id"] >= offset]
            while not self.state.updates and time.monotonic() < deadline:
                self.state.changed.wait(deadline - time.monotonic())
            return list(self.state.updates)

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        text = str(params.get("text", ""))
        if not text.strip():
            raise APIError(400, "Bad Request: message text is empty")
        if len(text) > MAX_TEXT:
            raise APIError(400, "Bad Request: message is too long")
        chat_id = int(params["chat_id"])
        with self.state.changed:
            message = SentMessage(
                message_id=next(self.state._ids), chat_id=chat_id, text=text,
                parse_mode=params.get("parse_mode"), params=params,
            )  # fmt: skip
            self.state.sent.append(message)
            self.state.changed.notify_all()
        return {
            "message_id": message.message_id, "date": int(time.time()), "text": text,
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": self._get_me({}),
        }  # fmt: skip

    # -- test side ---------------------------------------------------------
    def user_says(self, user_id: int, text: str, language_code: str = "ar") -> None:
        """Queue a private message from a user, as Telegram would deliver it."""
        user = {
            "id": user_id,
            "is_bot": False,
            "first_name": "قارئ",
            "language_code": language_code,
        }
        entities = []
        if text.startswith("/"):
            entities = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        with self.state.changed:
            update_id = next(self.state._ids)
            self.state.updates.append({
                "update_id": update_id,
                "message": {
                    "message_id": update_id, "date": int(time.time()), "text": text,
                    "chat": {"id": user_id, "type": "private", "first_name": "قارئ"},
                    "from": user, "entities": entities,
                },
            })  # fmt: skip
            self.state.changed.notify_all()

    def wait_for_message(self, chat_id: int, timeout: float = 20) -> SentMessage:
        """Block until the bot sends something to a chat; return it."""
        deadline = time.monotonic() + timeout
        with self.state.changed:
            while True:
                for message in self.state.sent:
                    if message.chat_id == chat_id:
                        return message
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no message to chat {chat_id} within {timeout} s")
                self.state.changed.wait(left)

    def env(self) -> dict[str, str]:
        """Return the environment that points a `rasd` process at this server."""
        return {"TELEGRAM_BOT_TOKEN": self.state.token, "TELEGRAM_API_BASE_URL": self.base_url}

    def start(self) -> None:
        """Serve in a background thread."""
        self._thread.start()

    def stop(self) -> None:
        """Wake long polls and stop serving."""
        with self.state.changed:
            self.state.changed.notify_all()
        self._httpd.shutdown()
        self._httpd.server_close()
