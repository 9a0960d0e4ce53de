"""`rasd run` with a token talks to the Bot API server named by TELEGRAM_API_BASE_URL."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from pathlib import Path

import yaml
from redis.asyncio import Redis

from bot.keys import Keys
from feeds.feed import feed_id_for
from tests.http_server import LocalHTTPServer, Response
from tests.rasd_process import rasd_running
from tests.telegram_api import FakeBotAPI

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>محلي</title>
<item><title>انطلاق قمة المناخ في القاهرة</title><link>https://l.example/1</link><guid>a</guid></item>
<item><title>ارتفاع صادرات القمح</title><link>https://l.example/2</link><guid>b</guid></item>
</channel></rss>""".encode()


def test_bot_answers_start_through_the_configured_api_server(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], bot_api: FakeBotAPI
) -> None:
    config = tmp_path / "config.yaml"
    settings = {"feeds": [], "data_dir": str(tmp_path / "data"), "key_prefix": keys.prefix}
    config.write_text(yaml.safe_dump(settings), encoding="utf-8")
    env = {**subprocess_env, **bot_api.env(), "RASD_CONFIG": str(config)}
    with rasd_running(env):
        bot_api.user_says(42, "/start", language_code="ar")
        reply = bot_api.wait_for_message(42)
        assert "أهلًا بك في <b>رصد</b>" in reply.text
        assert reply.parse_mode == "HTML"
        bot_api.user_says(43, "/start", language_code="en")
        assert "Welcome to <b>Rasd</b>" in bot_api.wait_for_message(43).text
    assert "getUpdates" in bot_api.state.calls


def test_sender_role_without_a_token_says_what_it_needs(
    tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"data_dir": str(tmp_path / "d")}), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--role", "sender", "--config", str(config)],
        env=subprocess_env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "the sender role needs TELEGRAM_BOT_TOKEN" in result.stderr


async def test_poller_role_records_what_it_has_seen(
    tmp_path: Path,
    subprocess_env: dict[str, str],
    http_server: LocalHTTPServer,
    redis: Redis,
    keys: Keys,
) -> None:
    url = http_server.serve("/rss", Response(FEED))
    config = tmp_path / "config.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "feeds": [{"name": "محلي", "url": url}],
                "allow_private_feeds": True,
                "poll_interval": 1,
                "key_prefix": keys.prefix,
                "data_dir": str(tmp_path / "data"),
            }
        ),
        encoding="utf-8",
    )
    env = {**subprocess_env, "RASD_CONFIG": str(config)}  # a poller needs no bot token
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", "--role", "poller", env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        seen_key = keys.seen(feed_id_for(url))
        for _ in range(200):
            if http_server.hits("/rss") >= 2:
                break
            await asyncio.sleep(0.05)
        assert http_server.hits("/rss") >= 2  # polled again after poll_interval
        assert await redis.zcard(seen_key) == 4  # two items, each by GUID and by link
    finally:
        process.send_signal(signal.SIGTERM)
        _, raw_stderr = await asyncio.wait_for(process.communicate(), 30)
    stderr = raw_stderr.decode()
    assert process.returncode == 0, stderr
    assert "config feeds added=1" in stderr
