"""Admin commands: feeds, statistics and admins, refused politely to everyone else."""

from __future__ import annotations

import time

from bot.keys import Keys
from feeds.feed import Feed
from tests.feed_documents import items, rss20
from tests.handlers.bot_rig import ADMIN, BotRig, running_bot
from tests.http_server import LocalHTTPServer, Response
from tests.telegram_api import FakeBotAPI

MEMBER = 3131
FEED = "http://127.0.0.1:9/rss.xml"


async def test_non_admins_are_refused_and_nothing_changes(rig: BotRig) -> None:
    for command in (f"/addfeed {FEED}", "/rmfeed abc", "/feeds", "/stats", "/admin add 3131"):
        reply = await rig.says(MEMBER, command)
        assert "لمشرفي رصد فقط" in reply.text, command
        assert f"/admin add {MEMBER}" in reply.text
    assert await rig.services.feeds.all() == []
    assert not await rig.services.admins.is_admin(MEMBER)


async def test_a_private_network_feed_is_refused_with_the_reason(rig: BotRig) -> None:
    reply = await rig.says(ADMIN, f"/addfeed {FEED}")
    assert "لم أضف المصدر" in reply.text and "127.0.0.1" in reply.text
    usage = await rig.says(ADMIN, "/addfeed")
    assert "اكتب رابط المصدر" in usage.text
    bad = await rig.says(ADMIN, "/addfeed ftp://x.example/feed")
    assert "http://" in bad.text
    assert await rig.services.feeds.all() == []


async def test_admin_adds_lists_and_removes_a_feed(
    bot_api: FakeBotAPI, redis_url: str, keys: Keys, http_server: LocalHTTPServer
) -> None:
    url = http_server.serve("/rss.xml", Response(rss20(items("local", 2))))
    async with running_bot(bot_api, redis_url, keys, {"allow_private_feeds": True}) as rig:
        added = await rig.says(ADMIN, f"/addfeed {url} أخبار <المحلية>")
        assert "✅ أضفت أخبار &lt;المحلية&gt;" in added.text
        [record] = await rig.services.feeds.all()
        assert record.feed.url == url and record.feed.name == "أخبار <المحلية>"
        again = await rig.says(ADMIN, f"/addfeed {url}")
        assert "موجود من قبل" in again.text
        listed = await rig.says(ADMIN, "/feeds")
        assert f"⚪ \u2068أخبار <المحلية>\u2069 · {record.feed.id}" in listed.plain
        removed = await rig.says(ADMIN, f"/rmfeed {record.feed.id}")
        assert "حذفت المصدر" in removed.text
        assert await rig.services.feeds.all() == []
        missing = await rig.says(ADMIN, "/rmfeed nothing-here")
        assert "لا مصدر بالمعرّف" in missing.text


async def test_config_feeds_cannot_be_removed_by_command(
    bot_api: FakeBotAPI, redis_url: str, keys: Keys
) -> None:
    async with running_bot(bot_api, redis_url, keys) as rig:
        feed = Feed.from_url("https://feeds.example/a.xml", "الملف")
        await rig.services.feeds.add(feed, "config")
        reply = await rig.says(ADMIN, "/rmfeed https://feeds.example/a.xml")
        assert "معرّف في config.yaml" in reply.text
        assert len(await rig.services.feeds.all()) == 1


async def test_stats_counts_subscribers_terms_and_feeds(rig: BotRig) -> None:
    await rig.says(MEMBER, "/watch روسيا")
    await rig.says(MEMBER, "/watch إيران")
    await rig.says(MEMBER + 1, "/watch روسيا")
    await rig.says(MEMBER + 1, "/pause")
    reply = await rig.says(ADMIN, "/stats", language_code="en")
    assert "Subscribers: 2 (paused: 1, unreachable: 0)" in reply.text
    assert "Terms: 3 (2 distinct)" in reply.text
    assert "Alerts sent today: 0" in reply.text
    assert "👎 “Not about this” today: 0 — —" in reply.plain


async def test_stats_counts_today_s_not_about_this_by_term(rig: BotRig) -> None:
    feedback, now = rig.services.feedback, time.time()
    for article in ("a1", "a2"):
        await feedback.record("كوريا", article, MEMBER, "wire", now)
    await feedback.record("روسيا", "a3", MEMBER + 1, "wire", now)
    await feedback.record("روسيا", "a0", MEMBER, "wire", now - 2 * 86_400)  # another day
    reply = await rig.says(ADMIN, "/stats")
    assert "👎 «ليس عن هذا» اليوم: 3 — \u2068كوريا\u2069 2 · \u2068روسيا\u2069 1" in reply.plain


async def test_admins_add_and_remove_admins_but_not_config_ones(rig: BotRig) -> None:
    added = await rig.says(ADMIN, f"/admin add {MEMBER}")
    assert f"صار <code>{MEMBER}</code> مشرفًا" in added.text
    assert await rig.services.admins.is_admin(MEMBER)
    assert [c["command"] for c in rig.api.commands("ar", "chat", MEMBER)][-1] == "admin"
    feeds = await rig.says(MEMBER, "/feeds")
    assert "لا مصادر بعد" in feeds.text
    refused = await rig.says(MEMBER, f"/admin remove {ADMIN}")
    assert "مشرف في config.yaml" in refused.text
    removed = await rig.says(ADMIN, f"/admin remove {MEMBER}")
    assert "لم يعد" in removed.text
    assert not await rig.services.admins.is_admin(MEMBER)
    usage = await rig.says(ADMIN, "/admin promote @someone")
    assert "/admin add 123456" in usage.text and str(ADMIN) in usage.text


async def test_admin_commands_stay_out_of_groups(rig: BotRig) -> None:
    rig.api.add_group(-1001, "فريق الأخبار", admins=(ADMIN,))
    reply = await rig.says(ADMIN, "/stats", chat_id=-1001)
    assert "المحادثة الخاصة" in reply.text
