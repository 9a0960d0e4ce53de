"""`rasd check-config` catches what would break or silently spoil a start."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app.cli import main


def check(
    tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str], **env: str
) -> tuple[int, str]:
    config = tmp_path / "config.yaml"
    config.write_text(text, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_BASE_URL", "REDIS_URL", "RASD_CONFIG"):
            patch.delenv(name, raising=False)
        for name, value in env.items():
            patch.setenv(name, value)
        code = main(["check-config", "--config", str(config)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_config_feeds_on_private_addresses_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, said = check(tmp_path, (
        "feeds:\n"
        "  - {url: 'http://127.0.0.1:8000/rss', name: محلي}\n"
        "  - {url: 'http://10.1.2.3/feed', name: داخلي}\n"
        "  - {url: 'http://93.184.215.14/feed', name: عام}\n"
    ), capsys)  # fmt: skip
    assert code == 2
    assert "has 2 problem(s)" in said
    assert "feeds[0].url: private or local address: 127.0.0.1;" in said
    assert "feeds[1].url: private or local address: 10.1.2.3;" in said
    assert "feeds[2]" not in said


def test_private_feeds_pass_when_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, said = check(
        tmp_path, "allow_private_feeds: true\nfeeds:\n  - {url: 'http://127.0.0.1/r', name: x}\n",
        capsys,
    )  # fmt: skip
    assert code == 0
    assert said.startswith("config OK: 1 feed(s)")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"REDIS_URL": "localhost:6379"}, "rasd: REDIS_URL must start with redis://"),
        ({"TELEGRAM_BOT_TOKEN": "bot4242:x"}, "rasd: TELEGRAM_BOT_TOKEN is not a bot token"),
        ({"TELEGRAM_API_BASE_URL": "api.telegram.org"}, "rasd: TELEGRAM_API_BASE_URL="),
    ],
)
def test_the_environment_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], env: dict[str, str], expected: str
) -> None:
    code, said = check(tmp_path, "feeds: []\n", capsys, **env)
    assert code == 2
    assert said.startswith(expected)


def test_the_bot_form_of_the_api_url_is_shown_as_the_server_root(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, said = check(
        tmp_path, "feeds: []\n", capsys, TELEGRAM_API_BASE_URL="http://127.0.0.1:8081/bot"
    )
    assert code == 0
    assert "API http://127.0.0.1:8081\n" in said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "config.yaml: is empty"),
        ("poll_interval: 60\npoll_interval: 30\n", "line 2, column 1: is not valid YAML: the key"),
        ("feeds: [\n", "config.yaml, line 2, column 1: is not valid YAML"),
        (
            "feeds:\n  - {url: 'https://a.example/r', name: A}\n"
            "  - {url: 'https://a.example/r', name: B}\n",
            "feeds[1].url: 'https://a.example/r' is already the url of feeds[0]",
        ),
    ],
)
def test_the_file_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    code, said = check(tmp_path, text, capsys)
    assert code == 2
    assert expected in said
    assert "<unicode string>" not in said
