"""The bot's own words, in Arabic and English, as Telegram HTML: one module per command group."""

from __future__ import annotations

from bot.lang import Lang
from handlers.texts.catalog import TEXTS, text
from handlers.texts.markup import Html, isolate
from handlers.texts.reasons import REASONS_AR, reason_words

__all__ = ["REASONS_AR", "TEXTS", "Html", "Lang", "isolate", "reason_words", "text"]
