"""A feed that keeps failing is switched off and every admin is told in Telegram."""

from __future__ import annotations

import asyncio
from datetime import UTC
from pathlib import Path
from typing import cast

import yaml
from redis.asyncio import Redis

from bot.app.admin_notices import NoticeAudience, deliver_notices, render_feed_disabled
from bot.deliver.outbox import Outbox
from bot.deliver.outbox_alert import OutboxAlert
from bot.keys import Keys
from bot.store.admins import AdminStore
from bot.store.chats import ChatStore
from feeds.notices import FeedDisabled, Notices
from tests.http_server import LocalHTTPServer, Response
from tests.rasd_process import rasd_running
from tests.telegram_api import FakeBotAPI


def test_notice_is_escaped_html_in_the_admins_language() -> None:
    notice = FeedDisabled(
        feed_id="abc123", name="<b>مصدر</b> & شركاه", url="https://x.example/?a=1&b=2",
        reason="the server answered HTTP 410 Gone: <removed>", since=0.0,
    )  # fmt: skip
    arabic = render_feed_disabled(notice, "ar", UTC)
    assert "&lt;b&gt;مصدر&lt;/b&gt; &amp; شركاه" in arabic
    assert "https://x.example/?a=1&amp;b=2" in arabic
    assert "HTTP 410 Gone: &lt;removed&gt;" in arabic
    assert "1970-01-01 00:00 UTC" in arabic
    assert "<code>rasd feeds enable abc123</code>" in arabic
    assert "Rasd stopped polling" in render_feed_disabled(notice, "en", UTC)


def test_running_bot_tells_each_admin_once_when_a_feed_is_switched_off(
    tmp_path: Path,
    keys: Keys,
    subprocess_env: dict[str, str],
    bot_api: FakeBotAPI,
    http_server: LocalHTTPServer,
) -> None:
    url = http_server.serve("/gone", Response(b"", status=410))
    config = tmp_path / "config.yaml"
    settings = {
        "admins": [501, 502],
        "feeds": [{"name": "صحيفة مغلقة", "url": url, "interval": 1}],
        "allow_private_feeds": True,
        "polling": {"disable_after": 1, "max_backoff": 1},
        "data_dir": str(tmp_path / "data"),
        "key_prefix": keys.prefix,
    }
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    env = {**subprocess_env, **bot_api.env(), "RASD_CONFIG": str(config)}
    with rasd_running(env):
        first = bot_api.wait_for_message(501, timeout=30)
        second = bot_api.wait_for_message(502, timeout=30)
        hits_when_told = http_server.hits("/gone")
    for message in (first, second):
        assert "صحيفة مغلقة" in message.text
        assert "HTTP 410 Gone" in message.text
        assert message.parse_mode == "HTML"
    assert [m.chat_id for m in bot_api.state.sent].count(501) == 1
    assert http_server.hits("/gone") == hits_when_told  # switched off: no more fetches


async def test_admins_added_by_command_are_told_in_their_language(redis: Redis, keys: Keys) -> None:
    admins = AdminStore(redis, keys, configured=())
    chats = ChatStore(redis, keys)
    outbox = Outbox(redis, keys, claim_after_ms=60_000)
    notices = Notices(redis, keys.notices())
    await notices.publish(FeedDisabled("f1", "مصدر", "https://x.example/rss", "HTTP 404", 0.0))
    stop = asyncio.Event()
    audience = NoticeAudience(admins, chats, UTC, outbox)
    task = asyncio.create_task(deliver_notices(notices, audience, "bot-1", stop))
    await asyncio.sleep(0.5)
    assert await redis.xlen(keys.outbox()) == 0  # nobody to tell yet: the notice waits
    await chats.ensure(777, "private", "مشرف", "en")
    await admins.add(777)
    for _ in range(200):
        if await redis.xlen(keys.outbox()):
            break
        await asyncio.sleep(0.05)
    stop.set()
    await task
    [(_, fields)] = cast(list[tuple[str, dict[str, str]]], await redis.xrange(keys.outbox()))
    message = OutboxAlert.from_json(fields["alert"])
    assert message.chat_id == 777 and message.kind == "notice"
    assert "Rasd stopped polling <b>مصدر</b>" in message.text
