"""Typed settings: config.yaml for what is shared, the environment for secrets.

Loaded once at start-up by the CLI and passed down; nothing else reads the
file or the environment.
"""

from __future__ import annotations

import os
import re
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
    # Fetch each new item's page and match its main text too.
    full_text: bool = False

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
    page_gap: float = Field(default=1.0, ge=0, le=60)  # between two page requests to one site
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
    # Telegram's paid broadcasts: up to 1,000 messages/s overall, those above the free
    # rate paid (0.1 Star each; see README, "Paid broadcasts"). Off: the free rate only.
    paid_broadcast: bool = False

    @field_validator("paid_broadcast", mode="before")
    @classmethod
    def _true_or_false(cls, value: object) -> object:
        if not isinstance(value, bool):
            raise ValueError(
                "must be true or false (true sends above the free rate as paid broadcasts, "
                "at 0.1 Star per message)"
            )
        return value


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
    if not _has_content(text):
        raise SettingsError(
            f"{path}: is empty; Rasd would run with no feeds, admins or teams from it and "
            "remove the feeds it once declared. Write at least one key (`feeds: []` to "
            "declare none), or point RASD_CONFIG at the right file"
        )
    data = _parse_yaml(text, path)
    settings = parse_settings(data, str(path))
    if not settings.data_dir.is_absolute():
        settings = settings.model_copy(
            update={"data_dir": (path.parent / settings.data_dir).resolve()}
        )
    return settings


def _has_content(text: str) -> bool:
    lines = (line.strip() for line in text.splitlines())
    return any(line and not line.startswith("#") for line in lines)


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML's safe loader, refusing a key given twice in one mapping (YAML keeps the last)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[object, int] = {}
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if key in seen:
                raise yaml.MarkedYAMLError(
                    problem=f"the key {key!r} is given twice (lines {seen[key]} and {line}); "
                    "YAML would silently keep only the last one",
                    problem_mark=key_node.start_mark,
                )
            seen[key] = line
        return super().construct_mapping(node, deep)


def _parse_yaml(text: str, path: Path) -> object:
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        what = f"{exc.problem} ({exc.context})" if exc.context else str(exc.problem)
        raise SettingsError(f"{path}{where}: is not valid YAML: {what}") from None
    except yaml.YAMLError as exc:
        raise SettingsError(f"{path}: is not valid YAML: {exc}") from None


@dataclass(frozen=True, slots=True)
class Config:
    """The settings and the environment, loaded once and passed down."""

    settings: Settings
    env: Env


def load_config(environ: Mapping[str, str] | None = None, path: Path | None = None) -> Config:
    """Load the environment, then the config file it (or the caller) points at."""
    env = Env.from_environ(environ)
    return Config(settings=load_settings(path or env.config_path), env=env)
