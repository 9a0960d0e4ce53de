"""Loaded YAML data validated into Settings, each problem worded for whoever edits the file."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ValidationError

from bot.settings import (
    ConsoleSettings,
    DeliverySettings,
    FeedSettings,
    LimitSettings,
    MetricsSettings,
    PollingSettings,
    Settings,
    SettingsError,
    TeamSettings,
)

SECRET_KEYS = frozenset({"token", "bot_token", "telegram_bot_token", "redis_url", "password"})


def _key_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path.lstrip(".") or "(top level)"


def _allowed_keys(loc: tuple[int | str, ...]) -> str:
    # Sections whose items sit in a list are one level deeper than their key.
    sections: dict[str, tuple[type[BaseModel], int]] = {
        "feeds": (FeedSettings, 2),
        "teams": (TeamSettings, 2),
        "console": (ConsoleSettings, 1),
        "polling": (PollingSettings, 1),
        "limits": (LimitSettings, 1),
        "delivery": (DeliverySettings, 1),
        "metrics": (MetricsSettings, 1),
    }
    model, depth = sections.get(str(loc[0]), (Settings, 0))
    return ", ".join((model if len(loc) > depth else Settings).model_fields)


def _describe(error: Mapping[str, Any]) -> str:
    key = _key_path(tuple(error["loc"]))
    value = error.get("input")
    message = str(error["msg"]).removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        if str(error["loc"][-1]).lower() in SECRET_KEYS:
            return (
                f"{key}: secrets do not belong in the config file; set TELEGRAM_BOT_TOKEN "
                "or REDIS_URL in the environment instead"
            )
        return f"{key}: unknown key; allowed here: {_allowed_keys(tuple(error['loc']))}"
    if error["type"] == "missing":
        return f"{key}: required key is missing"
    shown = repr(value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return f"{key}: {shown} is not allowed: {message}"


def parse_settings(data: object, source: str) -> Settings:
    """Validate already-loaded YAML data into Settings."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SettingsError(
            f"{source}: the top level must be a mapping of keys, not a list or text"
        )
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        lines = "\n".join(f"  - {_describe(err)}" for err in exc.errors())
        raise SettingsError(f"{source} has {exc.error_count()} problem(s):\n{lines}") from None
    twice = _feeds_given_twice(settings.feeds)
    if twice:
        lines = "\n".join(f"  - {line}" for line in twice)
        raise SettingsError(f"{source} has {len(twice)} problem(s):\n{lines}")
    return settings


def _url_key(url: str) -> str:
    # Scheme and host are case-insensitive; the path and query are not.
    parts = urlsplit(url.strip())
    return parts._replace(scheme=parts.scheme.lower(), netloc=parts.netloc.lower()).geturl()


def _feeds_given_twice(feeds: list[FeedSettings]) -> list[str]:
    """Name each feed whose URL or name an earlier one already has (each would be one feed)."""
    problems: list[str] = []
    for what in ("url", "name"):
        first: dict[str, int] = {}
        for index, feed in enumerate(feeds):
            value = str(getattr(feed, what))
            key = _url_key(value) if what == "url" else value.casefold()
            if key in first:
                problems.append(
                    f"feeds[{index}].{what}: {value!r} is already the {what} of "
                    f"feeds[{first[key]}]; list each feed once, with a name of its own"
                )
            else:
                first[key] = index
    return problems
