"""What a Telegram error on sendMessage means for the message, and what to do about it.

Taken over from the stop-gap sender of the bot issue (its classification and its
``retry_seconds`` / ``inactive_reason`` helpers), for the outbox sender.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.warnings import PTBDeprecationWarning

Action = Literal["hold", "inactive", "migrated", "plain", "no_thread", "retry", "refused", "skip"]


@dataclass(frozen=True, slots=True)
class SendError:
    """One classified failure.

    - hold: Telegram's flood limit (429); wait ``seconds`` before sending to the chat.
    - inactive: the chat refuses the bot for good (blocked, kicked, gone); ``reason``
      is what Rasd stores.
    - migrated: the group became the supergroup ``new_chat_id``.
    - plain: the HTML was refused; send the text without formatting.
    - no_thread: the forum topic is gone; send to the main chat.
    - retry: the network or Telegram failed for now (timeouts, 5xx); try later.
    - refused: Telegram will not take this message (any other 400); retrying cannot help.
    - skip: an edit Telegram refuses because the message is gone, too old to edit, or
      already says this; nothing is lost by leaving it.
    """

    action: Action
    description: str
    seconds: float = 0.0
    new_chat_id: int = 0
    reason: str = ""


def retry_seconds(exc: RetryAfter) -> float:
    """Return how long Telegram asked to wait, whichever type this PTB version gives."""
    with warnings.catch_warnings():
        # Reading retry_after as seconds is deprecated in PTB 22 unless PTB_TIMEDELTA is set.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def inactive_reason(description: str) -> str:
    """Return why a chat refuses sends, in the words Rasd stores."""
    lowered = description.lower()
    for word in ("blocked", "kicked", "deactivated"):
        if word in lowered:
            return word
    if "not found" in lowered:
        return "not found"
    return "forbidden"


# Telegram's words when an edit cannot or need not be made (editMessageText).
_EDIT_REFUSALS = ("message is not modified", "message to edit not found", "message can't be edited")


def classify_edit(exc: TelegramError) -> SendError:
    """Say what an editMessageText error (an HTML edit of an alert) means."""
    if isinstance(exc, BadRequest) and any(
        words in exc.message.lower() for words in _EDIT_REFUSALS
    ):
        return SendError("skip", exc.message)
    return classify(exc, html=True, thread=False)


def classify(exc: TelegramError, *, html: bool, thread: bool) -> SendError:
    """Say what a sendMessage error means; html/thread: whether the request used them."""
    description = exc.message
    if isinstance(exc, RetryAfter):
        return SendError("hold", description, seconds=retry_seconds(exc))
    if isinstance(exc, ChatMigrated):
        return SendError("migrated", description, new_chat_id=int(exc.new_chat_id))
    if isinstance(exc, Forbidden):
        return SendError("inactive", description, reason=inactive_reason(description))
    if isinstance(exc, BadRequest):  # before NetworkError, its base class
        return _bad_request(description, html=html, thread=thread)
    if isinstance(exc, NetworkError | InvalidToken):  # timeouts, 5xx; a token mix-up is fixable
        return SendError("retry", description)
    return SendError("refused", description)


def _bad_request(description: str, *, html: bool, thread: bool) -> SendError:
    lowered = description.lower()
    if "chat not found" in lowered:
        return SendError("inactive", description, reason="not found")
    if "can't parse entities" in lowered and html:
        return SendError("plain", description)
    if "thread not found" in lowered and thread:
        return SendError("no_thread", description)
    return SendError("refused", description)
