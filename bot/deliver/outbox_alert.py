"""One message on its way to Telegram, as it travels through the outbox."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Literal

AlertKind = Literal["alert", "digest", "notice", "edit"]
KINDS: tuple[AlertKind, ...] = ("alert", "digest", "notice", "edit")


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

    def to_json(self) -> str:
        """Return the stored form."""
        return json.dumps(
            {
                "id": self.id, "chat_id": self.chat_id, "text": self.text, "kind": self.kind,
                "thread": self.thread, "feed_id": self.feed_id, "article_id": self.article_id,
                "attempts": self.attempts, "queued_at": self.queued_at, "edits": self.edits,
                "buttons": [list(b) for b in self.buttons], "silent": self.silent,
                "preview": self.preview,
            },
            ensure_ascii=False,
        )  # fmt: skip

    @classmethod
    def from_json(cls, raw: str | bytes) -> OutboxAlert:
        """Rebuild an alert from `to_json`'s output."""
        data = json.loads(raw)
        kind = data.get("kind", "alert")
        return cls(
            id=str(data["id"]),
            chat_id=int(data["chat_id"]),
            text=str(data["text"]),
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
        )

    def retried(self) -> OutboxAlert:
        """Return this alert with one more failed try counted."""
        return replace(self, attempts=self.attempts + 1)

    def moved_to(self, chat_id: int) -> OutboxAlert:
        """Return this alert addressed to a chat's new id (group → supergroup)."""
        return replace(self, chat_id=chat_id)
