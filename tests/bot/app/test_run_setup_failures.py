"""`rasd run` when something is wrong at start: it says so, and its health tells the truth.

Each runs `rasd run` as a subprocess against the local Bot API server.
"""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from bot.keys import Keys
from tests.ports import closed_port
from tests.rasd_process import RasdProcess
from tests.telegram_api import FakeBotAPI

SECRET = "AAHsecretPART-never-shown_42"
TOKEN = f"4242:{SECRET}"


def config_file(tmp_path: Path, keys: Keys, metrics_port: int = 0) -> Path:
    config = tmp_path / "config.yaml"
    settings = {
        "feeds": [], "data_dir": str(tmp_path / "data"), "key_prefix": keys.prefix,
        "metrics": {"port": metrics_port},
    }  # fmt: skip
    config.write_text(yaml.safe_dump(settings), encoding="utf-8")
    return config


def health_command(config: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "health", "--config", str(config)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def health_endpoint(port: int) -> tuple[int, dict[str, object]]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())


def test_a_token_telegram_rejects_ends_the_run_naming_the_variable_not_the_secret(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], bot_api: FakeBotAPI
) -> None:
    env = {**subprocess_env, **bot_api.env(), "TELEGRAM_BOT_TOKEN": TOKEN,
           "RASD_CONFIG": str(config_file(tmp_path, keys))}  # fmt: skip
    rasd = RasdProcess(["run"], env, tmp_path / "rasd.log")
    code = rasd.finish(sig=None, timeout=30)  # ends by itself, within seconds
    output = rasd.output()
    assert code == 2, output
    assert (
        f"rasd: the Bot API at {bot_api.base_url} rejected TELEGRAM_BOT_TOKEN (Unauthorized). "
        "Copy the token again from @BotFather"
    ) in output
    assert SECRET not in output
    assert "Traceback" not in output


@pytest.mark.parametrize("suffix", ["/bot", "/bot/", "/"])
def test_the_api_url_in_python_telegram_bots_own_form_works_too(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], bot_api: FakeBotAPI, suffix: str
) -> None:
    env = {**subprocess_env, **bot_api.env(), "RASD_CONFIG": str(config_file(tmp_path, keys)),
           "TELEGRAM_API_BASE_URL": bot_api.base_url + suffix}  # fmt: skip
    rasd = RasdProcess(["run"], env, tmp_path / "rasd.log")
    try:
        bot_api.user_says(42, "/start", language_code="en")
        assert "Welcome to <b>Rasd</b>" in bot_api.wait_for_message(42, timeout=60).text
    finally:
        assert rasd.finish() == 0, rasd.output()


def test_an_unreachable_bot_api_is_retried_reported_unhealthy_and_then_used(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str]
) -> None:
    api_port, metrics_port = closed_port(), closed_port()
    address = f"http://127.0.0.1:{api_port}"
    config = config_file(tmp_path, keys, metrics_port)
    env = {**subprocess_env, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": address,
           "RASD_CONFIG": str(config)}  # fmt: skip
    rasd = RasdProcess(["run"], env, tmp_path / "rasd.log")
    api = FakeBotAPI(token=TOKEN, port=api_port)
    try:
        rasd.wait_for_output(f"telegram: the Bot API at {address} does not answer")
        down = f"the Telegram Bot API at {address} does not answer (since "
        checked = health_command(config, env)
        assert checked.returncode == 1
        assert checked.stdout.startswith(f"unhealthy: telegram: {down}")
        status, body = health_endpoint(metrics_port)
        assert status == 503
        assert str(body["problems"]["telegram"]).startswith(down)  # type: ignore[index]
        api.start()  # Telegram is back: Rasd carries on by itself
        rasd.wait_for_output(f"telegram: the Bot API at {address} answers again; carrying on")
        api.user_says(42, "/start", language_code="en")
        assert "Welcome to <b>Rasd</b>" in api.wait_for_message(42, timeout=60).text
        assert health_command(config, env).stdout.startswith("healthy")
        assert health_endpoint(metrics_port)[0] == 200
    finally:
        code = rasd.finish()
        api.stop()
    output = rasd.output()
    assert code == 0, output
    assert output.count("does not answer (") == 1  # warned once per change, not per retry
    assert SECRET not in output


# `python -m bot`, once Python itself is up: a Ctrl-C inside CPython's own start-up
# (its site module, a few tens of ms on a busy machine) is answered by CPython before
# any of Rasd has run, so the moments below count from the line this prints, just
# before bot/__main__.py runs.
PYTHON_IS_UP = "python is up"


def launch(first: str = "") -> tuple[str, str]:
    """Return Python's arguments to run `first`, then bot/__main__.py, saying when it is up."""
    return ("-c", f"{first}\nimport importlib.util; main = importlib.util.find_spec('bot.__main__')"
                  f"\ncode = main.loader.get_code(main.name); print({PYTHON_IS_UP!r}, flush=True)"
                  "\nexec(code, {'__name__': '__main__'})")  # fmt: skip


def unreachable_telegram_env(tmp_path: Path, keys: Keys, base: dict[str, str]) -> dict[str, str]:
    """Telegram unreachable, so later moments fall while the roles wait for it."""
    return {**base, "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{closed_port()}",
            "RASD_CONFIG": str(config_file(tmp_path, keys))}  # fmt: skip


@pytest.mark.parametrize("after", [0.0, 0.1, 0.5, 1.5, 4.0])
def test_ctrl_c_at_any_moment_of_the_start_prints_no_traceback(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], after: float
) -> None:
    env = unreachable_telegram_env(tmp_path, keys, subprocess_env)
    rasd = RasdProcess(["run"], env, tmp_path / "rasd.log", launch=launch())
    rasd.wait_for_output(PYTHON_IS_UP)
    with contextlib.suppress(subprocess.TimeoutExpired):
        rasd.process.wait(after)
    code = rasd.finish(signal.SIGINT, timeout=60)
    output = rasd.output()
    assert code in (0, 130), output
    assert "Traceback" not in output and "ExceptionGroup" not in output
    assert SECRET not in output


def test_ctrl_c_that_the_shell_told_rasd_to_ignore_stays_ignored_and_sigterm_stops_it(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str]
) -> None:
    # `rasd run &` in a script: the shell starts it with Ctrl-C ignored, and that must
    # hold for the whole run, not only until Rasd's own handlers are in place.
    env = unreachable_telegram_env(tmp_path, keys, subprocess_env)
    ignoring = launch("import signal; signal.signal(signal.SIGINT, signal.SIG_IGN)")
    rasd = RasdProcess(["run"], env, tmp_path / "rasd.log", launch=ignoring)
    rasd.wait_for_output("poller: config feeds")
    rasd.process.send_signal(signal.SIGINT)
    with pytest.raises(subprocess.TimeoutExpired):
        rasd.process.wait(3)
    assert rasd.finish(signal.SIGTERM, timeout=60) == 0, rasd.output()


def test_a_malformed_redis_url_is_explained_without_a_traceback(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str]
) -> None:
    env = {**subprocess_env, "REDIS_URL": f"localhost:6379/{SECRET}",
           "RASD_CONFIG": str(config_file(tmp_path, keys))}  # fmt: skip
    rasd = RasdProcess(["run"], env, tmp_path / "rasd.log")
    assert rasd.finish(sig=None, timeout=30) == 2
    output = rasd.output()
    assert output.startswith("rasd: REDIS_URL must start with redis://, rediss:// or unix://")
    assert "Traceback" not in output and SECRET not in output


def test_a_role_that_fails_ends_the_process_instead_of_dying_alone(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], bot_api: FakeBotAPI
) -> None:
    # The bot role's start (python-telegram-bot's deleteWebhook) is refused: without the
    # bot role, the process must not look fine.
    bot_api.fail_next("deleteWebhook", 400, "Bad Request: webhook is being set up elsewhere")
    env = {**subprocess_env, **bot_api.env(), "RASD_CONFIG": str(config_file(tmp_path, keys))}
    rasd = RasdProcess(["run"], env, tmp_path / "rasd.log")
    code = rasd.finish(sig=None, timeout=60)
    output = rasd.output()
    assert code == 1, output
    assert output.rstrip().endswith(
        "rasd: the bot role failed: BadRequest: Webhook is being set up elsewhere"
    ), output


def test_a_ctrl_c_that_a_library_swallowed_during_the_start_still_stops_rasd(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str]
) -> None:
    # CPython's _zoneinfo drops a KeyboardInterrupt raised while it loads; here a stand-in
    # swallows one on purpose before Rasd's start carries on.
    env = unreachable_telegram_env(tmp_path, keys, subprocess_env)
    swallowing = launch("import os, signal; from bot.app.ctrl_c import EARLY_CTRL_C\n"
                        "EARLY_CTRL_C.install()\n"
                        "try:\n    os.kill(os.getpid(), signal.SIGINT)\n"
                        "except KeyboardInterrupt:\n    pass")  # fmt: skip
    rasd = RasdProcess(["run"], env, tmp_path / "rasd.log", launch=swallowing)
    code = rasd.finish(sig=None, timeout=60)
    output = rasd.output()
    assert code == 0, output
    assert "Traceback" not in output and SECRET not in output
