"""Config loading: the shipped file works, bad files name the key, value and what is allowed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_config
from bot.config_file import load_settings
from bot.environment import TELEGRAM_API, Env
from bot.settings import SettingsError

REPO = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_config_is_valid_and_has_arabic_feeds() -> None:
    settings = load_settings(REPO / "config.yaml")
    names = [feed.name for feed in settings.feeds]
    assert "BBC عربي" in names
    assert len(settings.feeds) >= 6
    assert all(feed.url.startswith("https://") for feed in settings.feeds)
    assert settings.admins == []
    assert settings.allow_private_feeds is False
    assert "كوريا الشمالية" in settings.console.terms


def test_relative_data_dir_is_taken_from_the_config_folder(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, "data_dir: state\n"))
    assert settings.data_dir == tmp_path / "state"


def test_defaults_for_a_file_declaring_no_feeds(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, "feeds: []\n"))
    assert settings.poll_interval == 300
    assert settings.timezone == "Asia/Riyadh"
    assert settings.feeds == []


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        pytest.param("poll_interval: 0\n", "poll_interval: 0 is not allowed", id="interval-zero"),
        pytest.param(
            "feeds:\n  - {url: 'ftp://x.org/rss', name: x}\n",
            "feeds[0].url: 'ftp://x.org/rss' is not allowed: must be an http:// or https://",
            id="feed-scheme",
        ),
        pytest.param(
            "feeds:\n  - {url: 'https://x.org/rss'}\n",
            "feeds[0].name: required key is missing",
            id="feed-name-missing",
        ),
        pytest.param(
            "timezone: Mars/Base\n",
            "timezone: 'Mars/Base' is not allowed: must be an IANA time zone name",
            id="timezone",
        ),
        pytest.param("admins: [-5]\n", "must be positive Telegram user ids", id="admin-negative"),
        pytest.param(
            "colour: red\n",
            "colour: unknown key; allowed here: admins, feeds, poll_interval",
            id="unknown-key",
        ),
        pytest.param(
            "token: '123:abc'\n",
            "token: secrets do not belong in the config file; set TELEGRAM_BOT_TOKEN",
            id="secret-in-file",
        ),
        pytest.param("- a\n- b\n", "the top level must be a mapping", id="list-top-level"),
        pytest.param(
            "feeds: [\n", "config.yaml, line 2, column 1: is not valid YAML", id="broken-yaml"
        ),
        pytest.param(
            "poll_interval: 60\nfeeds: []\npoll_interval: 30\n",
            "config.yaml, line 3, column 1: is not valid YAML: the key 'poll_interval' is given "
            "twice (lines 1 and 3)",
            id="duplicate-key",
        ),
        pytest.param(
            "feeds:\n  - {url: 'https://a.example/rss', name: A}\n"
            "  - {url: 'https://A.EXAMPLE/rss', name: B}\n",
            "feeds[1].url: 'https://A.EXAMPLE/rss' is already the url of feeds[0]",
            id="duplicate-feed-url",
        ),
        pytest.param(
            "feeds:\n  - {url: 'https://a.example/rss', name: وكالة}\n"
            "  - {url: 'https://b.example/rss', name: وكالة}\n",
            "feeds[1].name: 'وكالة' is already the name of feeds[0]",
            id="duplicate-feed-name",
        ),
        pytest.param("", "config.yaml: is empty", id="empty"),
        pytest.param("# feeds come later\n\n", "config.yaml: is empty", id="only-comments"),
        pytest.param(
            "allow_private_feeds: perhaps\n",
            "allow_private_feeds: 'perhaps' is not allowed",
            id="bool",
        ),
    ],
)
def test_bad_config_names_the_problem(tmp_path: Path, yaml_text: str, expected: str) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(write(tmp_path, yaml_text))
    assert expected in str(caught.value)


def test_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="RASD_CONFIG"):
        load_settings(tmp_path / "nope.yaml")


def test_environment_overrides(tmp_path: Path) -> None:
    path = write(tmp_path, "poll_interval: 60\n")
    config = load_config(
        {
            "TELEGRAM_BOT_TOKEN": "123:secret",
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/",
            "REDIS_URL": "redis://127.0.0.1:6390/0",
            "RASD_CONFIG": str(path),
        }
    )
    assert config.settings.poll_interval == 60
    assert config.env.telegram_token is not None
    assert config.env.telegram_token.get_secret_value() == "123:secret"
    assert "secret" not in repr(config.env)
    assert config.env.telegram_api_base_url == "http://127.0.0.1:8081"
    assert config.env.redis_url is not None


def test_environment_defaults() -> None:
    env = Env.from_environ({"TELEGRAM_BOT_TOKEN": "  "})
    assert env.telegram_token is None
    assert env.redis_url is None
    assert env.telegram_api_base_url == TELEGRAM_API
    assert env.config_path == Path("config.yaml")


def test_bad_api_base_url_is_refused() -> None:
    with pytest.raises(SettingsError, match="TELEGRAM_API_BASE_URL"):
        Env.from_environ({"TELEGRAM_API_BASE_URL": "localhost:8081"})


@pytest.mark.parametrize(
    "given", ["http://127.0.0.1:8081", "http://127.0.0.1:8081/", "http://127.0.0.1:8081/bot",
              "http://127.0.0.1:8081/bot/"],
)  # fmt: skip
def test_the_api_url_is_taken_as_the_server_root_or_in_ptbs_bot_form(given: str) -> None:
    env = Env.from_environ({"TELEGRAM_API_BASE_URL": given})
    assert env.telegram_api_base_url == "http://127.0.0.1:8081"


def test_an_api_url_with_the_token_in_it_is_refused_without_repeating_it() -> None:
    with pytest.raises(SettingsError) as caught:
        Env.from_environ({"TELEGRAM_API_BASE_URL": "https://api.telegram.org/bot123:SeCrEt-x"})
    assert "the token goes in TELEGRAM_BOT_TOKEN" in str(caught.value)
    assert "SeCrEt" not in str(caught.value)


@pytest.mark.parametrize(
    "token", ["bot123456:SeCrEt", "123456", "'123456:SeCrEt'", "123456:SeCrEt x", ":SeCrEt"]
)
def test_a_malformed_token_is_refused_without_showing_it(token: str) -> None:
    with pytest.raises(SettingsError) as caught:
        Env.from_environ({"TELEGRAM_BOT_TOKEN": token})
    assert str(caught.value).startswith("TELEGRAM_BOT_TOKEN is not a bot token")
    assert "SeCrEt" not in str(caught.value)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("localhost:6379", "must start with redis://, rediss:// or unix://"),
        ("http://localhost:6379", "must start with redis://, rediss:// or unix://"),
        ("redis://:SeCrEt@localhost:port/0", "port is not a number"),
        ("redis://:SeCrEt@localhost:6379/zero", "database (after the last /) must be a number"),
        ("unix://", "names no socket file"),
    ],
)
def test_a_malformed_redis_url_is_refused_without_showing_it(url: str, expected: str) -> None:
    with pytest.raises(SettingsError) as caught:
        Env.from_environ({"REDIS_URL": url})
    assert str(caught.value).startswith("REDIS_URL")
    assert expected in str(caught.value)
    assert "SeCrEt" not in str(caught.value)


def test_good_redis_urls_pass() -> None:
    for url in ("redis://localhost", "rediss://:pw@cache.example:6380/2", "unix:///tmp/r.sock"):
        assert Env.from_environ({"REDIS_URL": url}).redis_url is not None


def test_limits_and_teams_default_to_none_declared(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, "feeds: []\n"))
    assert settings.limits.terms_per_chat == 100
    assert settings.limits.term_length == 200
    assert settings.teams == []


def test_limits_and_teams_are_read(tmp_path: Path) -> None:
    settings = load_settings(
        write(
            tmp_path,
            "limits: {terms_per_chat: 20, term_length: 80}\n"
            "teams:\n"
            "  - chat_id: -1001234\n"
            "    terms: ['السودان', 'كوريا   الشمالية']\n"
            "    thread_id: 7\n"
            "    lang: en\n",
        )
    )
    assert (settings.limits.terms_per_chat, settings.limits.term_length) == (20, 80)
    (team,) = settings.teams
    assert (team.chat_id, team.thread_id, team.lang) == (-1001234, 7, "en")
    assert team.terms == ["السودان", "كوريا الشمالية"]  # cleaned as a typed term is


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        pytest.param(
            "limits: {terms: 5}\n",
            "limits.terms: unknown key; allowed here: terms_per_chat, term_length, list_page, "
            "test_articles",
            id="limits-unknown-key",
        ),
        pytest.param(
            "limits: {terms_per_chat: 0}\n",
            "limits.terms_per_chat: 0 is not allowed",
            id="limits-zero",
        ),
        pytest.param(
            "teams:\n  - {chatid: -100123, terms: [x]}\n",
            "teams[0].chatid: unknown key; allowed here: chat_id, terms, thread_id, lang",
            id="teams-unknown-key",
        ),
        pytest.param(
            "teams:\n  - {chat_id: -100123, terms: [x], token: abc}\n",
            "teams[0].token: secrets do not belong in the config file",
            id="teams-secret",
        ),
        pytest.param(
            "teams:\n  - {chat_id: 123, terms: [x]}\n",
            "teams[0].chat_id: 123 is not allowed",
            id="teams-positive-id",
        ),
        pytest.param(
            "teams:\n  - {chat_id: -100123}\n",
            "teams[0].terms: required key is missing",
            id="teams-no-terms",
        ),
        pytest.param(
            "teams:\n  - {chat_id: -100123, terms: [x], lang: fr}\n",
            "teams[0].lang: 'fr' is not allowed",
            id="teams-lang",
        ),
        pytest.param(
            "teams:\n  - {chat_id: -100123, terms: ['روسيا', '\"كوريا']}\n",
            "teams[0].terms[1]: '\"كوريا' is not allowed: A quote is not closed",
            id="teams-broken-term",
        ),
        pytest.param(
            "teams:\n  - {chat_id: -100123, terms: ['ًٌٍ']}\n",
            "teams[0].terms[0]: 'ًٌٍ' is not allowed: \"ًٌٍ\" has no letters or digits",
            id="teams-term-without-letters",
        ),
        pytest.param(
            "teams:\n  - {chat_id: -100123, terms: [a]}\n  - {chat_id: -100123, terms: [b]}\n",
            "chat_id -100123 is listed twice",
            id="teams-duplicate-chat",
        ),
        pytest.param(
            "polling: {timeout_s: 5}\n",
            "polling.timeout_s: unknown key; allowed here: max_interval, max_backoff",
            id="polling-unknown-key",
        ),
        pytest.param(
            "delivery: {paid_broadcast: sometimes}\n",
            "delivery.paid_broadcast: 'sometimes' is not allowed: must be true or false",
            id="paid-broadcast-not-a-boolean",
        ),
        pytest.param(
            "delivery: {paid_broadcast: 1}\n",
            "delivery.paid_broadcast: 1 is not allowed: must be true or false",
            id="paid-broadcast-a-number",
        ),
    ],
)
def test_bad_limits_and_teams_name_the_problem(
    tmp_path: Path, yaml_text: str, expected: str
) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(write(tmp_path, yaml_text))
    assert expected in str(caught.value)


def test_paid_broadcasts_are_off_unless_switched_on(tmp_path: Path) -> None:
    assert load_settings(write(tmp_path, "poll_interval: 60\n")).delivery.paid_broadcast is False
    on = load_settings(write(tmp_path, "delivery: {paid_broadcast: true}\n"))
    assert on.delivery.paid_broadcast is True
