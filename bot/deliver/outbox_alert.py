"""One message on its way to Telegram, as it travels through the outbox.

An alert may share its body (text, buttons, preview) with every other chat
that gets the same rendering: then ``body`` names it, the stored form leaves
the three out, and the outbox keeps the body once (bot.deliver.outbox).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, replace
from json.encoder import encode_basestring
from operator import attrgetter
from typing import Literal

AlertKind = Literal["alert", "digest", "notice", "edit"]
KINDS: tuple[AlertKind, ...] = ("alert", "digest", "notice", "edit")


# One encoder for every alert: json.dumps with an option makes a new one per call.
_encode = json.JSONEncoder(ensure_ascii=False).encode


@dataclass(frozen=True, slots=True)
class OutboxAlert:
    """A ready-to-send HTML message for one chat; `id` is what the sent record is keyed by."""

    id: str  # stable: the same alert queued twice has the same id, and is sent once
    chat_id: int
    text: str  # Telegram HTML within Telegram's limits
    kind: AlertKind = "alert"
    thread: int | None = None  # forum topic
    feed_id: str = ""
    article_id: str = ""
    attempts: int = 0  # failed tries so far (network errors, 5xx)
    queued_at: float = 0.0  # Unix time it first entered the outbox, for the lag metric
    buttons: tuple[tuple[str, str], ...] = ()  # one row of (label, callback data)
    silent: bool = False  # sent in the chat's quiet hours: no sound (disable_notification)
    preview: str = ""  # the link Telegram previews under the text; "" for no preview
    edits: str = ""  # kind "edit": the id of the sent alert whose message gets this text
    body: str = ""  # the id of the shared body (text, buttons, preview); "" when inline

    def to_json(self) -> str:
        """Return the stored form: without text, buttons and preview when the body is shared."""
        # Fields at their default are left out (from_json puts them back): a big story
        # keeps an entry per chat in Redis, and most of them hold defaults. Written out
        # field by field: the fan-out stores 100,000 of these for a big story.
        data: dict[str, object] = {"id": self.id, "chat_id": self.chat_id}
        if self.kind != "alert":
            data["kind"] = self.kind
        if self.thread is not None:
            data["thread"] = self.thread
        if self.feed_id:
            data["feed_id"] = self.feed_id
        if self.article_id:
            data["article_id"] = self.article_id
        if self.attempts:
            data["attempts"] = self.attempts
        if self.queued_at:
            data["queued_at"] = self.queued_at
        if self.edits:
            data["edits"] = self.edits
        if self.silent:
            data["silent"] = self.silent
        if self.body:
            data["body"] = self.body
        else:
            data.update(self.body_fields())
        return _encode(data)

    def body_fields(self) -> dict[str, object]:
        """Return what a shared body holds: the text, the buttons and the preview."""
        buttons = [list(b) for b in self.buttons]
        return {"text": self.text, "buttons": buttons, "preview": self.preview}

    def body_json(self) -> str:
        """Return the stored form of the body alone."""
        return _encode(self.body_fields())

    def sharing(self, body: str) -> OutboxAlert:
        """Return this alert marked as using the shared body `body` (see body_id)."""
        return replace(self, body=body)

    def with_body(self, raw: str | bytes) -> OutboxAlert:
        """Return this alert with its shared body (body_json's output) filled in."""
        data = json.loads(raw)
        return replace(
            self, text=str(data["text"]), preview=str(data.get("preview", "")),
            buttons=tuple((str(b[0]), str(b[1])) for b in data.get("buttons", [])),
        )  # fmt: skip

    def inlined(self) -> OutboxAlert:
        """Return this alert carrying its body itself (kept beyond the shared body's life)."""
        return replace(self, body="")

    @classmethod
    def from_json(cls, raw: str | bytes) -> OutboxAlert:
        """Rebuild an alert from `to_json`'s output."""
        data = json.loads(raw)
        kind = data.get("kind", "alert")
        return cls(
            id=str(data["id"]),
            chat_id=int(data["chat_id"]),
            # A shared body is filled in later (with_body); an inline one must be there.
            text="" if data.get("body") else str(data["text"]),
            kind=kind if kind in KINDS else "alert",
            thread=int(data["thread"]) if data.get("thread") else None,
            feed_id=str(data.get("feed_id", "")),
            article_id=str(data.get("article_id", "")),
            attempts=int(data.get("attempts", 0)),
            queued_at=float(data.get("queued_at", 0.0)),
            buttons=tuple((str(b[0]), str(b[1])) for b in data.get("buttons", [])),
            silent=bool(data.get("silent", False)),
            preview=str(data.get("preview", "")),
            edits=str(data.get("edits", "")),
            body=str(data.get("body", "")),
        )

    def retried(self) -> OutboxAlert:
        """Return this alert with one more failed try counted."""
        return replace(self, attempts=self.attempts + 1)

    def moved_to(self, chat_id: int) -> OutboxAlert:
        """Return this alert addressed to a chat's new id (group → supergroup)."""
        return replace(self, chat_id=chat_id)


# Everything but the id and the chat: what the alerts of one rendering have alike.
_alike = attrgetter(*(f.name for f in fields(OutboxAlert) if f.name not in ("id", "chat_id")))
_BLANK_HEAD = '{"id": "", "chat_id": 0'


def stored_lines(alerts: Iterable[OutboxAlert]) -> Iterator[str]:
    """Yield each alert's to_json(); what follows the id and the chat is encoded once per alike.

    A big story's alerts share a body and differ in id and chat alone: encoding
    each one whole was most of what queuing 100,000 of them cost the process.
    """
    tails: dict[tuple[object, ...], str] = {}
    for alert in alerts:
        if not alert.body:
            yield alert.to_json()
            continue
        alike = _alike(alert)
        tail = tails.get(alike)
        if tail is None:
            tail = tails[alike] = replace(alert, id="", chat_id=0).to_json()[len(_BLANK_HEAD) :]
        # json writes an int as int.__repr__ does and a str as encode_basestring does.
        yield '{"id": ' + encode_basestring(alert.id) + ', "chat_id": ' + repr(alert.chat_id) + tail


def body_id(alert: OutboxAlert) -> str:
    """Return the id of the alert's body: a digest of it, so equal bodies share one id."""
    digest = hashlib.sha1(alert.body_json().encode("utf-8"), usedforsecurity=False)
    return digest.hexdigest()[:20]
