"""The typed settings of config.yaml: what every Rasd process shares; secrets are not allowed."""

from __future__ import annotations

from ipaddress import IPv4Network, IPv6Network
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from bot.match.query import TermError
from bot.match.term_input import clean_term

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
