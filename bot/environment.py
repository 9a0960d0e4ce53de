"""The environment: the bot token, the Redis URL and the addresses of a deployment, checked."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import SecretStr

from bot.logs import LOG_FORMAT_ENV, LogFormat, parse_log_format
from bot.settings import SettingsError, check_http_url

DEFAULT_CONFIG = Path("config.yaml")
TELEGRAM_API = "https://api.telegram.org"


@dataclass(frozen=True, slots=True)
class Env:
    """What comes from the environment: secrets and deployment addresses."""

    telegram_token: SecretStr | None
    telegram_api_base_url: str
    redis_url: SecretStr | None
    config_path: Path
    log_format: LogFormat = "text"

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> Env:
        """Read the variables Rasd knows; empty values count as unset."""
        env = os.environ if environ is None else environ
        token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
        redis_url = env.get("REDIS_URL", "").strip()
        base = env.get("TELEGRAM_API_BASE_URL", "").strip() or TELEGRAM_API
        try:
            log_format = parse_log_format(env.get(LOG_FORMAT_ENV))
        except ValueError as exc:
            raise SettingsError(str(exc)) from None
        if token:
            check_token(token)
        if redis_url:
            check_redis_url(redis_url)
        return cls(
            log_format=log_format,
            telegram_token=SecretStr(token) if token else None,
            telegram_api_base_url=bot_api_root(base),
            redis_url=SecretStr(redis_url) if redis_url else None,
            config_path=Path(env.get("RASD_CONFIG", "").strip() or DEFAULT_CONFIG),
        )

    def secrets(self) -> list[str]:
        """Return the texts that must never be shown: the token's secret part, Redis's password."""
        found: list[str] = []
        if self.telegram_token is not None:
            found.append(self.telegram_token.get_secret_value().partition(":")[2])
        if self.redis_url is not None:
            password = urlsplit(self.redis_url.get_secret_value()).password
            if password:
                found.append(password)
        return [secret for secret in found if len(secret) >= 3]


# What @BotFather hands out: the bot's numeric id, a colon, then the secret part.
_TOKEN = re.compile(r"\d{1,20}:[A-Za-z0-9_-]{1,200}")
# A Bot API URL with the token already in it: /bot123456:AAH...
_TOKEN_IN_PATH = re.compile(r"/bot\d+:")


def check_token(token: str) -> None:
    """Refuse a TELEGRAM_BOT_TOKEN that cannot be a bot token; the message never shows it."""
    if not _TOKEN.fullmatch(token):
        raise SettingsError(
            "TELEGRAM_BOT_TOKEN is not a bot token: it must look like 123456789:AAH... "
            "(the bot's number, a colon, then letters, digits, - and _), exactly as "
            "@BotFather gives it, without quotes, spaces or a 'bot' in front"
        )


def bot_api_root(url: str) -> str:
    """Return the Bot API server's root from TELEGRAM_API_BASE_URL.

    Both the server root (https://api.telegram.org) and python-telegram-bot's
    own base_url form (https://api.telegram.org/bot) are accepted.
    """
    try:
        check_http_url(url)
    except ValueError as exc:
        raise SettingsError(
            f"TELEGRAM_API_BASE_URL={url!r}: {exc}, such as https://api.telegram.org "
            "or http://127.0.0.1:8081 for a local Bot API server"
        ) from None
    parts = urlsplit(url)
    if _TOKEN_IN_PATH.search(parts.path) or parts.query or parts.fragment:
        raise SettingsError(
            "TELEGRAM_API_BASE_URL must be the Bot API server's address alone, such as "
            "https://api.telegram.org, without the token or a method: the token goes in "
            "TELEGRAM_BOT_TOKEN"
        )
    return parts._replace(path=parts.path.rstrip("/").removesuffix("/bot")).geturl().rstrip("/")


REDIS_SCHEMES = ("redis", "rediss", "unix")


def check_redis_url(url: str) -> None:
    """Refuse a REDIS_URL redis-py cannot use; never shown, for it may hold a password."""
    example = (
        "for example redis://localhost:6379/0, redis://:PASSWORD@HOST:6379/0, "
        "rediss://... for TLS, or unix:///path/to/redis.sock"
    )
    parts = urlsplit(url)
    if parts.scheme not in REDIS_SCHEMES or not url.startswith(f"{parts.scheme}:/"):
        raise SettingsError(f"REDIS_URL must start with redis://, rediss:// or unix://; {example}")
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise SettingsError(f"REDIS_URL's port is not a number 0-65535; {example}") from None
    if parts.scheme == "unix":
        if not parts.path:
            raise SettingsError(f"REDIS_URL names no socket file; {example}")
        return
    if not parts.hostname:
        raise SettingsError(f"REDIS_URL names no host; {example}")
    db = parts.path.strip("/")
    if db and not db.isdigit():
        raise SettingsError(f"REDIS_URL's database (after the last /) must be a number; {example}")
