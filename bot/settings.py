"""Typed settings: config.yaml for what is shared, the environment for secrets.

Loaded once at start-up by the CLI and passed down; nothing else reads the
file or the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from ipaddress import IPv4Network, IPv6Network
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    StringConstraints,
    ValidationError,
    field_validator,
)

from bot.logs import LOG_FORMAT_ENV, LogFormat, parse_log_format
from bot.match.query import TermError
from bot.match.term_input import clean_term

DEFAULT_CONFIG = Path("config.yaml")
TELEGRAM_API = "https://api.telegram.org"
SECRET_KEYS = frozenset({"token", "bot_token", "telegram_bot_token", "redis_url", "password"})

# The longest poll interval a feed or the default may be given, in seconds (one day).
MAX_POLL_INTERVAL = 86_400
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


class SettingsError(Exception):
    """A config problem, worded for the person who edits the file."""


def check_http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("must be an http:// or https:// URL with a host name")
    return value


class FeedSettings(BaseModel):
    """One feed declared in the config file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str
    name: Name
    interval: int | None = Field(default=None, ge=1, le=MAX_POLL_INTERVAL)

    _url = field_validator("url")(check_http_url)


class ConsoleSettings(BaseModel):
    """What console mode (no bot token) watches for."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    terms: list[Name] = Field(default_factory=list, max_length=100)
    sample: bool = True


class PollingSettings(BaseModel):
    """How feeds are fetched and scheduled; durations are in seconds."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_interval: int = Field(default=6 * 3600, ge=1, le=7 * 86_400)
    max_backoff: int = Field(default=6 * 3600, ge=1, le=7 * 86_400)
    disable_after: int = Field(default=2 * 86_400, ge=1, le=365 * 86_400)
    seen_ttl: int = Field(default=30 * 86_400, ge=3600, le=3650 * 86_400)
    backfill: int = Field(default=0, ge=0, le=100)
    timeout: float = Field(default=20.0, gt=0, le=300)
    max_bytes: int = Field(default=5 * 1024 * 1024, ge=1024, le=100 * 1024 * 1024)
    max_redirects: int = Field(default=5, ge=0, le=20)
    concurrency: int = Field(default=20, ge=1, le=1000)
    per_host: int = Field(default=2, ge=1, le=100)
    private_networks: list[IPv4Network | IPv6Network] = Field(default_factory=list)


class LimitSettings(BaseModel):
    """Caps on what one chat may store and see."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    terms_per_chat: int = Field(default=100, ge=1, le=10_000)
    term_length: int = Field(default=200, ge=10, le=1000)
    list_page: int = Field(default=8, ge=1, le=50)
    test_articles: int = Field(default=500, ge=10, le=100_000)


def _team_term(value: str) -> str:
    # Stored as a typed term would be, so /list shows it alike and a broken one
    # is caught here rather than silently never matching.
    try:
        return clean_term(value, 1000)
    except TermError as exc:
        raise ValueError(exc.en) from None


TeamTerm = Annotated[Name, AfterValidator(_team_term)]


class DeliverySettings(BaseModel):
    """How alerts reach Telegram: flood limits shared by every sender, retries, de-duplication."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    overall_per_second: float = Field(default=30, gt=0, le=1000)
    private_per_second: float = Field(default=1, gt=0, le=100)
    group_per_minute: float = Field(default=20, gt=0, le=6000)
    max_attempts: int = Field(default=6, ge=1, le=50)  # network errors and 5xx, then dead letter
    retry_base: float = Field(default=2.0, gt=0, le=600)  # seconds; doubled per attempt
    claim_after: int = Field(default=60, ge=5, le=86_400)  # a crashed sender's alerts move on
    story_window: int = Field(default=172_800, ge=60, le=30 * 86_400)
    title_similarity: int = Field(default=90, ge=50, le=100)  # rapidfuzz ratio for one story
    batch: int = Field(default=50, ge=1, le=1000)


class MetricsSettings(BaseModel):
    """The Prometheus and health endpoint of each Rasd process."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    host: str = "127.0.0.1"
    port: int = Field(default=9108, ge=0, le=65_535)  # 0 switches it off


class TeamSettings(BaseModel):
    """A group or channel whose terms are declared in the config file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    chat_id: int = Field(lt=0)
    terms: list[TeamTerm] = Field(min_length=1, max_length=10_000)
    # Unset, the group's own choice (/here, /lang) is kept.
    thread_id: int | None = Field(default=None, ge=1)
    lang: Literal["ar", "en"] | None = None


class Settings(BaseModel):
    """Everything config.yaml may say; secrets are not allowed here."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    admins: list[int] = Field(default_factory=list)
    feeds: list[FeedSettings] = Field(default_factory=list, max_length=10_000)
    poll_interval: int = Field(default=300, ge=1, le=MAX_POLL_INTERVAL)
    allow_private_feeds: bool = False
    polling: PollingSettings = Field(default_factory=PollingSettings)
    data_dir: Path = Path(".data")
    timezone: str = "Asia/Riyadh"
    key_prefix: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]{1,32}$")] = "rasd"
    console: ConsoleSettings = Field(default_factory=ConsoleSettings)
    limits: LimitSettings = Field(default_factory=LimitSettings)
    teams: list[TeamSettings] = Field(default_factory=list, max_length=10_000)
    delivery: DeliverySettings = Field(default_factory=DeliverySettings)
    metrics: MetricsSettings = Field(default_factory=MetricsSettings)

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                "must be an IANA time zone name such as Asia/Riyadh, Africa/Cairo or UTC"
            ) from None
        return value

    @field_validator("teams")
    @classmethod
    def _one_entry_per_chat(cls, value: list[TeamSettings]) -> list[TeamSettings]:
        seen: set[int] = set()
        for team in value:
            if team.chat_id in seen:
                raise ValueError(
                    f"chat_id {team.chat_id} is listed twice; "
                    "list each chat once with all its terms"
                )
            seen.add(team.chat_id)
        return value

    @field_validator("admins")
    @classmethod
    def _positive_ids(cls, value: list[int]) -> list[int]:
        if any(user_id <= 0 for user_id in value):
            raise ValueError("must be positive Telegram user ids (numbers, not @usernames)")
        return value


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
            check_http_url(base)
        except ValueError as exc:
            raise SettingsError(f"TELEGRAM_API_BASE_URL={base!r}: {exc}") from None
        try:
            log_format = parse_log_format(env.get(LOG_FORMAT_ENV))
        except ValueError as exc:
            raise SettingsError(str(exc)) from None
        return cls(
            log_format=log_format,
            telegram_token=SecretStr(token) if token else None,
            telegram_api_base_url=base.rstrip("/"),
            redis_url=SecretStr(redis_url) if redis_url else None,
            config_path=Path(env.get("RASD_CONFIG", "").strip() or DEFAULT_CONFIG),
        )


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
        return Settings.model_validate(data)
    except ValidationError as exc:
        lines = "\n".join(f"  - {_describe(err)}" for err in exc.errors())
        raise SettingsError(f"{source} has {exc.error_count()} problem(s):\n{lines}") from None


def load_settings(path: Path) -> Settings:
    """Read and validate a config file; relative data_dir is taken from the file's folder."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SettingsError(
            f"{path}: no such config file; copy config.yaml from the Rasd repository "
            "or point RASD_CONFIG at yours"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: cannot be read as UTF-8 text: {exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SettingsError(f"{path}: is not valid YAML: {exc}") from None
    settings = parse_settings(data, str(path))
    if not settings.data_dir.is_absolute():
        settings = settings.model_copy(
            update={"data_dir": (path.parent / settings.data_dir).resolve()}
        )
    return settings


@dataclass(frozen=True, slots=True)
class Config:
    """The settings and the environment, loaded once and passed down."""

    settings: Settings
    env: Env


def load_config(environ: Mapping[str, str] | None = None, path: Path | None = None) -> Config:
    """Load the environment, then the config file it (or the caller) points at."""
    env = Env.from_environ(environ)
    return Config(settings=load_settings(path or env.config_path), env=env)
