"""Redis restarted under a running Rasd (append-only file): every role reconnects, none lost."""

from __future__ import annotations

import time
from pathlib import Path

from bot.app.embedded_redis import EmbeddedRedis
from bot.keys import Keys
from tests.end_to_end.rig import WAIT, deployment, story
from tests.http_server import LocalHTTPServer
from tests.telegram_api import FakeBotAPI

READER = 4301


def test_alerts_published_while_redis_was_down_arrive_once_it_is_back(
    tmp_path: Path, keys: Keys, bot_api: FakeBotAPI, http_server: LocalHTTPServer,
    subprocess_env: dict[str, str], own_redis: EmbeddedRedis,
) -> None:  # fmt: skip
    env = {**subprocess_env, "REDIS_URL": own_redis.url}
    with deployment(tmp_path, keys, bot_api, http_server, env, own_redis.url) as rasd:
        rasd.says(READER, "/watch البنك المركزي")
        after = rasd.api.sent_count()
        rasd.publish(story("r1", "البنك المركزي يبقي أسعار الفائدة دون تغيير"))
        first = rasd.api.wait_for(READER, None, timeout=WAIT, after=after)
        own_redis.stop()
        after = rasd.api.sent_count()
        rasd.publish(
            story("r2", "البنك المركزي يطرح سندات جديدة", minutes=20),
            story("r1", "البنك المركزي يبقي أسعار الفائدة دون تغيير"),
        )
        time.sleep(3)  # polls, the fan-out and the sender all fail meanwhile
        own_redis.start()
        second = rasd.api.wait_for(READER, None, timeout=60, after=after)
        rasd.says(READER, "/start")  # handled after the alerts in flight
    assert "<b>البنك المركزي</b> يبقي" in first.text
    assert "<b>البنك المركزي</b> يطرح" in second.text
    alerts = [m.text for m in bot_api.messages_to(READER) if "w.example/r" in m.text]
    assert len(alerts) == 2  # each exactly once
