"""`rasd run` in console mode, as a newcomer runs it: real subprocess, real Redis, real HTTP."""

from __future__ import annotations

import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from bot.keys import Keys
from tests.config_files import write_config
from tests.http_server import LocalHTTPServer, Response
from tests.ports import closed_port
from tests.rasd_process import RasdProcess

TERMS = ["كوريا الشمالية", "روسيا", "ترامب | ترمب", "إيران", "سيول"]

LOCAL_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>محلي</title>
<item><title>وزير الخارجية الروسي يصل إلى بكين</title><link>https://l.example/1</link>
<guid>l1</guid><description>زيارة تستمر يومين.</description></item>
<item><title>افتتاح مهرجان للسينما</title><link>https://l.example/2</link><guid>l2</guid></item>
</channel></rss>""".encode()


def console_config(
    tmp_path: Path, keys: Keys, feeds: list[tuple[str, str]], **extra: object
) -> Path:
    return write_config(tmp_path, keys, feeds, {"console": {"terms": TERMS}, **extra})


def rasd(
    args: list[str], env: dict[str, str], timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env=env, capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip


def test_sample_feed_prints_alerts_and_skips_look_alikes(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str]
) -> None:
    config = console_config(tmp_path, keys, [])
    result = rasd(["run", "--sample", "--once", "--config", str(config)], subprocess_env)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "القوات **الكورية الشمالية** تجري" in out
    assert "**ترمب**" in out
    assert "**الروسية**" in out
    assert "https://example.org/rasd-sample/korea-drills" in out  # tracking parameter gone
    assert "round 1: 1 feed(s) read, 0 failed, 5 alert(s)" in out
    for look_alike in ("السيول تجتاح", "روسيا البيضاء يتعادل", "بايرن ميونخ"):
        assert look_alike not in out


def test_embedded_redis_is_started_and_stopped_without_redis_url(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str]
) -> None:
    env = {k: v for k, v in subprocess_env.items() if k != "REDIS_URL"}
    config = console_config(tmp_path, keys, [])
    result = rasd(["run", "--sample", "--once", "--config", str(config)], env)
    assert result.returncode == 0, result.stderr
    assert "القوات **الكورية الشمالية** تجري" in result.stdout
    assert "embedded redis-server at unix://" in result.stderr
    assert ", started (data in" in result.stderr
    data = tmp_path / "data"
    assert (data / "appendonlydir").exists() or (data / "appendonly.aof").exists()
    assert not (data / "redis.sock").exists()  # stopped on exit


def test_unreachable_feed_is_reported_and_others_keep_flowing(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], http_server: LocalHTTPServer
) -> None:
    good = http_server.serve("/rss", Response(LOCAL_FEED))
    dead = f"http://127.0.0.1:{closed_port()}/rss"
    config = console_config(
        tmp_path, keys, [("محلي", good), ("معطل", dead)], allow_private_feeds=True
    )
    result = rasd(["run", "--no-sample", "--once", "--config", str(config)], subprocess_env)
    assert result.returncode == 0, result.stderr
    assert "**الروسي**" in result.stdout
    assert f"⚠ معطل ({dead}): cannot connect to 127.0.0.1:" in result.stdout
    assert "connection refused (is the server up?)" in result.stdout
    assert "round 1: 1 feed(s) read, 1 failed, 1 alert(s)" in result.stdout


def test_private_feed_is_refused_by_default(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], http_server: LocalHTTPServer
) -> None:
    url = http_server.serve("/rss", Response(LOCAL_FEED))
    config = console_config(tmp_path, keys, [("محلي", url)])
    result = rasd(["run", "--no-sample", "--once", "--config", str(config)], subprocess_env)
    assert result.returncode == 0, result.stderr
    assert "refuses it unless allow_private_feeds is true" in result.stdout
    assert http_server.hits("/rss") == 0


def test_check_config_names_the_problem_and_exits_2(
    tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("poll_interval: -3\nfeeds: [{url: 'https://x.example/rss'}]\n", encoding="utf-8")
    result = rasd(["check-config", "--config", str(bad)], subprocess_env)
    assert result.returncode == 2
    assert "poll_interval: -3 is not allowed" in result.stderr
    assert "feeds[0].name: required key is missing" in result.stderr


def test_check_config_accepts_the_shipped_file(subprocess_env: dict[str, str]) -> None:
    repo = Path(__file__).resolve().parents[3]
    result = rasd(["check-config", "--config", str(repo / "config.yaml")], subprocess_env)
    assert result.returncode == 0, result.stderr
    assert "config OK: 6 feed(s)" in result.stdout


def test_run_refuses_a_bad_config_with_exit_2(
    tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("timezone: Nowhere/City\n", encoding="utf-8")
    result = rasd(["run", "--once", "--config", str(bad)], subprocess_env)
    assert result.returncode == 2
    assert "timezone: 'Nowhere/City' is not allowed" in result.stderr


@pytest.mark.parametrize("args", [["--help"], ["run", "--help"], ["check-config", "--help"]])
def test_help_everywhere(args: list[str], subprocess_env: dict[str, str]) -> None:
    result = rasd(args, subprocess_env)
    assert result.returncode == 0
    assert "usage: rasd" in result.stdout


def test_unreachable_redis_url_is_explained_without_the_password(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str]
) -> None:
    env = {**subprocess_env, "REDIS_URL": f"redis://:hunter2@127.0.0.1:{closed_port()}/0"}
    result = rasd(["run", "--once", "--config", str(console_config(tmp_path, keys, []))], env)
    assert result.returncode == 1
    assert "cannot reach Redis at redis://:***@127.0.0.1:" in result.stderr
    assert "unset REDIS_URL to let Rasd run its own" in result.stderr
    assert "hunter2" not in result.stderr


def test_console_metrics_count_the_alerts_it_printed(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str]
) -> None:
    port = closed_port()
    config = console_config(tmp_path, keys, [], metrics={"port": port})
    process = RasdProcess(["run", "--sample", "--config", str(config)], subprocess_env,
                          tmp_path / "rasd.log")  # fmt: skip
    try:
        process.wait_for_output("round 1: 1 feed(s) read, 0 failed, 5 alert(s)")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as answer:
            metrics = answer.read().decode()
    finally:
        assert process.finish() == 0, process.output()
    assert "\nrasd_matches_total 5.0\n" in metrics


def test_console_options_with_a_token_set_are_refused_not_ignored(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str]
) -> None:
    config = console_config(tmp_path, keys, [])
    env = {**subprocess_env, "TELEGRAM_BOT_TOKEN": "4242:AAHsecret"}
    for options, said in (
        (["--once"], "--once applies"), (["--no-sample"], "--no-sample applies"),
        (["--sample", "--once"], "--once and --sample apply"),
    ):  # fmt: skip
        result = rasd(["run", *options, "--config", str(config)], env)
        assert result.returncode == 2
        assert result.stderr.startswith(
            f"rasd: {said} only to console mode, which runs without TELEGRAM_BOT_TOKEN"
        ), result.stderr


def test_tasks_py_from_another_folder_uses_the_config_next_to_it(
    tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    repo = Path(__file__).resolve().parents[3]
    env = {k: v for k, v in subprocess_env.items() if k != "RASD_CONFIG"}
    result = subprocess.run(
        [sys.executable, str(repo / "tasks.py"), "rasd", "check-config"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # tasks.py may first say that it installs; the command's own report follows.
    assert "\nconfig OK: " in "\n" + result.stdout, result.stdout
    assert f"data_dir: {repo / '.data'}" in result.stdout
