"""The languages Rasd speaks to people in."""

from typing import Literal

Lang = Literal["ar", "en"]
LANGS: tuple[Lang, ...] = ("ar", "en")


def as_lang(value: str | None) -> Lang:
    """Return the language a stored or Telegram-given code stands for (Arabic unless English)."""
    return "en" if (value or "").lower().startswith("en") else "ar"
