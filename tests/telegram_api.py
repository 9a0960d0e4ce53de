"""A local server that speaks the Telegram Bot API over HTTP, for end-to-end tests.

python-telegram-bot is pointed at it through its base_url option, so the real
client library runs unmodified. It answers in Telegram's shapes: HTTP status
equal to ``error_code``, ``{"ok": false, "description": ..., "parameters": ...}``,
with the Bot API server's own error texts (see tests/telegram_methods.py). A
method or option it does not know fails loudly (HTTP 500 and a record in
``unknown_methods``) rather than 404, which PTB would read as an invalid token.

Tests build the world (users, groups, channels, topics), act as users
(``user_says``, ``user_presses``, ``user_blocks``...) and wait for what the bot
does (``wait_for``, ``wait_for_edit``, ``wait_for_answer``). Every helper is
thread-safe and wakes the bot's long poll when it queues an update.

Two deliberate leniencies, both switchable: any positive chat id counts as a
user who started the bot earlier (``strict_users=True`` makes unknown users
"chat not found"), and flood limits are off (``limits=True`` turns on
Telegram's published limits; see ``FloodLimits``).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TypeVar
from urllib.parse import parse_qsl, urlsplit

from tests.telegram_methods import Methods, Params
from tests.telegram_model import (
    BOT_ID,
    BOT_USERNAME,
    JSON,
    MAX_TEXT,
    APIError,
    BotAPIState,
    Button,
    FloodLimits,
    NotFakedError,
    SentMessage,
)
from tests.telegram_world import TelegramWorld

__all__ = [
    "BOT_ID", "BOT_USERNAME", "MAX_TEXT", "APIError", "BotAPIState", "Button",
    "FakeBotAPI", "FloodLimits", "SentMessage",
]  # fmt: skip

T = TypeVar("T")


def _decode_params(handler: BaseHTTPRequestHandler) -> Params | None:
    """Return the parameters as strings, as the Bot API server sees them; None for multipart."""
    params = dict(parse_qsl(urlsplit(handler.path).query, keep_blank_values=True))
    length = int(handler.headers.get("Content-Length") or 0)
    body = handler.rfile.read(length) if length else b""
    kind = handler.headers.get("Content-Type", "")
    if kind.startswith("multipart/"):
        return None
    if kind.startswith("application/json"):
        for key, value in json.loads(body or b"{}").items():
            if value is not None:
                params[key] = value if isinstance(value, str) else json.dumps(value)
    else:
        # Fields stay strings (PTB JSON-encodes non-strings); each method decodes what it needs.
        params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    return params


class _Server(ThreadingHTTPServer):
    # The default listen backlog (5) resets connections when a sender opens 32 at once.
    request_queue_size = 128


class FakeBotAPI(TelegramWorld):
    """The server plus helpers for tests to act as Telegram users."""

    def __init__(
        self,
        token: str = "123456:TEST-token",
        *,
        limits: bool | FloodLimits = False,
        strict_users: bool = False,
        port: int = 0,
    ) -> None:
        self.state = BotAPIState(token=token)
        self.limits = FloodLimits() if limits is True else (limits or None)
        self.methods = Methods(self.state, self.limits, strict_users).table()
        self._queries = 0
        api = self

        class _Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                api._handle(self)

            def do_GET(self) -> None:
                api._handle(self)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._httpd = _Server(("127.0.0.1", port), _Handler)
        self._httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    # -- server side -------------------------------------------------------
    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        prefix = f"/bot{self.state.token}/"
        path = urlsplit(handler.path).path
        if not path.startswith(prefix):
            body = {"ok": False, "error_code": 401, "description": "Unauthorized"}
            self._reply(handler, 401, body)
            return
        method = path[len(prefix) :]
        params = _decode_params(handler)
        if params is None:
            self._reply(handler, *self._call(method, {}, fake=f"{method} (multipart upload)"))
        else:
            self._reply(handler, *self._call(method, params))

    def _call(self, method: str, params: Params, fake: str | None = None) -> tuple[int, JSON]:
        name = method.lower()
        with self.state.changed:
            self.state.calls.append(method)
            handler = self.methods.get(name)
            if handler is None or fake:
                return self._not_faked(fake or method)
            if name == "sendmessage":
                self.state.attempts[self._chat_key(params.get("chat_id", ""))] += 1
            try:
                self._inject(name, params)
                result = handler(params)
            except APIError as exc:
                body: JSON = {"ok": False, "error_code": exc.code, "description": exc.description}
                if exc.parameters:
                    body["parameters"] = exc.parameters
                return exc.code, body
            except NotFakedError as exc:
                return self._not_faked(f"{method} ({exc})")
            return 200, {"ok": True, "result": result}

    def _not_faked(self, what: str) -> tuple[int, JSON]:
        self.state.unknown_methods.append(what)
        description = f"fake Bot API does not implement {what}"
        return 500, {"ok": False, "error_code": 500, "description": description}

    def _inject(self, method: str, params: Params) -> None:
        key = self._chat_key(params.get("chat_id", ""))
        for failure in self.state.failures:
            if failure.method == method and failure.chat_id in (None, key):
                failure.times -= 1
                if failure.times <= 0:
                    self.state.failures.remove(failure)
                raise failure.error

    @staticmethod
    def _reply(handler: BaseHTTPRequestHandler, status: int, body: JSON) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on a long poll; Telegram doesn't mind either

    # -- test side: what the bot did ---------------------------------------
    def messages_to(self, chat_id: int) -> list[SentMessage]:
        """Everything the bot has sent to a chat, oldest first."""
        with self.state.changed:
            return [m for m in self.state.sent if m.chat_id == chat_id]

    def current(self, message: SentMessage) -> SentMessage:
        """The message as it stands now, after any edits."""
        with self.state.changed:
            return self.state.messages[message.chat_id, message.message_id]

    def answers(self) -> list[JSON]:
        """Every answerCallbackQuery the bot made (its parameters), oldest first."""
        with self.state.changed:
            return list(self.state.answers.values())

    def sent_count(self) -> int:
        """How many messages the bot has sent; pass it as ``after`` to wait for the next one."""
        with self.state.changed:
            return len(self.state.sent)

    def attempts_to(self, chat_id: int | str) -> int:
        """How many sendMessage calls targeted a chat, refused ones included."""
        with self.state.changed:
            return self.state.attempts[self._chat_key(chat_id)]

    def commands(
        self, language_code: str = "", scope_type: str = "default",
        chat_id: int | None = None, user_id: int | None = None,
    ) -> list[JSON]:  # fmt: skip
        """The command list the bot set for a scope and language."""
        with self.state.changed:
            key = (scope_type, chat_id or 0, user_id or 0, language_code)
            return list(self.state.commands.get(key, []))

    def wait_for_message(self, chat_id: int, timeout: float = 20) -> SentMessage:
        """Block until the bot sends something to a chat; return the first such message."""
        return self.wait_for(chat_id, timeout=timeout)

    def wait_for(
        self, chat_id: int, predicate: Callable[[SentMessage], bool] | None = None, *,
        timeout: float = 20, after: int = 0,
    ) -> SentMessage:  # fmt: skip
        """Return the first message to chat_id, from index ``after`` of state.sent on, that
        satisfies predicate; wait for it up to timeout seconds."""

        def found() -> SentMessage | None:
            return next(
                (m for m in self.state.sent[after:]
                 if m.chat_id == chat_id and (predicate is None or predicate(m))),
                None,
            )  # fmt: skip

        what = "message" if predicate is None else "message matching the predicate"
        return self._wait(found, f"{what} to chat {chat_id} (after #{after})", chat_id, timeout)

    def wait_for_edit(
        self, chat_id: int, message_id: int, after_version: int = 0, *, timeout: float = 20
    ) -> SentMessage:
        """Wait until the bot edits a message past after_version; return the message."""

        def found() -> SentMessage | None:
            message = self.state.messages.get((chat_id, message_id))
            return message if message and message.version > after_version else None

        what = f"edit of message {message_id} in chat {chat_id} past version {after_version}"
        return self._wait(found, what, chat_id, timeout)

    def wait_for_answer(self, callback_query_id: str, *, timeout: float = 20) -> JSON:
        """Wait until the bot answers a callback query; return its answerCallbackQuery params."""
        what = f"answer to callback query {callback_query_id}"
        return self._wait(lambda: self.state.answers.get(callback_query_id), what, None, timeout)

    def _wait(self, found: Callable[[], T | None], what: str, chat_id: int | None, t: float) -> T:
        deadline = time.monotonic() + t
        with self.state.changed:
            while (result := found()) is None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no {what} within {t} s; {self._describe(chat_id)}")
                self.state.changed.wait(left)
            return result

    def _describe(self, chat_id: int | None) -> str:
        if chat_id is None:
            return f"answers so far: {list(self.state.answers.values())}"
        sent = [(m.message_id, m.text[:80]) for m in self.state.sent if m.chat_id == chat_id]
        attempts = self.state.attempts[chat_id]
        shown = f"the last 10 of {len(sent)}: {sent[-10:]}" if len(sent) > 10 else sent or "nothing"
        return f"{attempts} sendMessage call(s) to it; sent there: {shown}"

    # -- lifecycle ----------------------------------------------------------
    def env(self) -> dict[str, str]:
        """Return the environment that points a `rasd` process at this server."""
        return {"TELEGRAM_BOT_TOKEN": self.state.token, "TELEGRAM_API_BASE_URL": self.base_url}

    def start(self) -> None:
        """Serve in a background thread."""
        self._thread.start()

    def stop(self) -> None:
        """End long polls and stop serving."""
        with self.state.changed:
            self.state.closed = True
            self.state.changed.notify_all()
        self._httpd.shutdown()
        self._httpd.server_close()
