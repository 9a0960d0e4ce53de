"""/addfeed reads a feed once before adding it, finds the feed of a web page, and words every
refusal in the admin's language; /feeds shows a short block per feed."""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator
from http.server import BaseHTTPRequestHandler

import pytest

from bot.keys import Keys
from feeds.errors import Reason
from feeds.feed import Feed
from tests.feed_documents import items, rss20
from tests.handlers.bot_rig import ADMIN, BotRig, eventually, running_bot
from tests.http_server import LocalHTTPServer, Response
from tests.telegram_api import FakeBotAPI

LOCAL_ONLY = {"polling": {"private_networks": ["127.0.0.1/32"], "timeout": 5}}
READER = 5151
FSI, PDI = "\u2068", "\u2069"  # a feed's name keeps its own direction inside the line
CLOSED_PORT = "http://127.0.0.1:9/rss.xml"  # the discard port: nothing listens there


@pytest.fixture
async def local(bot_api: FakeBotAPI, redis_url: str, keys: Keys) -> AsyncIterator[BotRig]:
    """The bot, allowed to read feeds on 127.0.0.1 (the test's HTTP server) and nowhere else."""
    async with running_bot(bot_api, redis_url, keys, LOCAL_ONLY) as rig:
        yield rig


def page(*links: str) -> Response:
    head = "<title>موقع المثال</title>" + "".join(links)
    html = f"<!doctype html><html><head>{head}</head><body>…</body></html>"
    return Response(html.encode(), headers={"Content-Type": "text/html; charset=utf-8"})


def rss_link(href: str, title: str = "") -> str:
    return f'<link rel="alternate" type="application/rss+xml" title="{title}" href="{href}">'


async def test_a_feed_is_read_once_and_added_with_its_article_count(
    local: BotRig, http_server: LocalHTTPServer
) -> None:
    url = http_server.serve("/rss.xml", Response(rss20(items("site", 5))))
    added = await local.says(ADMIN, f"/addfeed {url} أخبار <المثال>")
    assert added.plain.startswith("✅ أضفت أخبار <المثال>")
    assert "وقرأته الآن: فيه 5 أخبار" in added.plain
    assert http_server.hits("/rss.xml") == 1
    [record] = await local.services.feeds.all()
    assert record.feed.url == url and record.feed.name == "أخبار <المثال>"
    again = await local.says(ADMIN, f"/addfeed {url}")
    assert "موجود من قبل" in again.plain and http_server.hits("/rss.xml") == 1
    await local.says(ADMIN, "/lang en")
    other = http_server.serve("/one.xml", Response(rss20(items("one", 1))))
    english = await local.says(ADMIN, f"/addfeed {other}")
    assert "and read it just now: it holds 1 article." in english.plain


async def test_an_unreachable_host_is_refused_in_the_admins_language(local: BotRig) -> None:
    refused = await local.says(ADMIN, f"/addfeed {CLOSED_PORT} مصدر")
    assert refused.plain == (
        "⚠️ لم أضف المصدر: تعذّر الاتصال بـ 127.0.0.1:9: رُفض الاتصال (هل الخادم يعمل؟)"
    )
    await local.says(ADMIN, "/lang en")
    english = await local.says(ADMIN, f"/addfeed {CLOSED_PORT}")
    assert english.plain == (
        "⚠️ Feed not added: cannot connect to 127.0.0.1:9: connection refused (is the server up?)"
    )
    assert await local.services.feeds.all() == []


async def test_a_page_without_a_feed_and_a_broken_document_are_refused(
    local: BotRig, http_server: LocalHTTPServer
) -> None:
    url = http_server.serve("/", page())
    refused = await local.says(ADMIN, f"/addfeed {url}")
    assert "✅" not in refused.plain
    assert "لم أضف المصدر: الرابط صفحة ويب (HTML)، لا مصدر RSS أو Atom" in refused.plain
    empty = http_server.serve("/empty.xml", Response(b"   "))
    blank = await local.says(ADMIN, f"/addfeed {empty}")
    assert "الرابط أعاد مستندًا فارغًا" in blank.plain
    gone = http_server.serve("/gone.xml", Response(b"", status=404))
    missing = await local.says(ADMIN, f"/addfeed {gone}")
    assert "أجاب الخادم بالرمز HTTP 404 Not Found: المصدر لم يعد على هذا العنوان" in missing.plain
    assert await local.services.feeds.all() == []


async def test_refusals_show_what_was_typed_escaped_once(rig: BotRig) -> None:
    typed = "ftp://x.example/feed?a=1&b='2'"
    refused = await rig.says(ADMIN, f"/addfeed {typed}")
    assert refused.plain == (
        "⚠️ لم أضف المصدر: الرابط يجب أن يبدأ بـ http:// أو https:// وأن يحوي اسم موقع: " + typed
    )
    private = await rig.says(ADMIN, f"/addfeed {CLOSED_PORT}")  # private addresses not allowed
    assert private.plain.startswith("⚠️ لم أضف المصدر: عنوان خاص أو محلي: 127.0.0.1؛")
    assert await rig.services.feeds.all() == []


async def test_a_web_page_gets_the_feed_it_names_offered_not_added(
    local: BotRig, http_server: LocalHTTPServer
) -> None:
    http_server.serve("/feeds/main.xml", Response(rss20(items("site", 2))))
    url = http_server.serve("/news/", page(rss_link("../feeds/main.xml", "أخبار المثال")))
    offered = await local.says(ADMIN, f"/addfeed {url}")
    feed_url = http_server.url("/feeds/main.xml")
    command = f"/addfeed {feed_url} أخبار المثال"
    assert "هذا الرابط صفحة ويب، لا مصدر أخبار" in offered.plain
    assert f"• {FSI}أخبار المثال{PDI} — فيه الآن خبران\n{command}" in offered.plain
    assert f"<code>{command}</code>" in offered.text  # one tap copies it
    assert await local.services.feeds.all() == []
    added = await local.says(ADMIN, command)
    assert "✅ أضفت أخبار المثال" in added.plain
    [record] = await local.services.feeds.all()
    assert record.feed.url == feed_url


async def test_a_page_pointing_into_a_private_network_gets_no_fetch_there(
    local: BotRig, http_server: LocalHTTPServer
) -> None:
    with LocalHTTPServer("127.0.0.2") as inside:  # not in the allowed 127.0.0.1/32
        secret = inside.serve("/feed.xml", Response(rss20(items("inside", 3))))
        url = http_server.serve("/", page(rss_link(secret, "داخلي")))
        refused = await local.says(ADMIN, f"/addfeed {url}")
        assert refused.plain.startswith("⚠️ لم أضف المصدر: عنوان خاص أو محلي: 127.0.0.2؛")
        assert f"(المصدر الذي تشير إليه الصفحة: {secret})" in refused.plain
        assert inside.hits("/feed.xml") == 0
    assert await local.services.feeds.all() == []


async def test_other_chats_are_answered_while_a_slow_site_is_read(
    local: BotRig, http_server: LocalHTTPServer
) -> None:
    release = threading.Event()

    def slow(request: BaseHTTPRequestHandler) -> None:
        release.wait(timeout=10)
        body = rss20(items("slow", 1))
        request.send_response(200)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    url = http_server.serve("/slow.xml", slow)
    after, before = local.api.sent_count(), len(local.api.messages_to(ADMIN))
    local.api.user_says(ADMIN, f"/addfeed {url} بطيء")
    await eventually(lambda: http_server.hits("/slow.xml") == 1)
    answered = await local.says(READER, "/watch روسيا")  # while the site has not answered
    assert "سأنبه" in answered.plain
    assert len(local.api.messages_to(ADMIN)) == before  # /addfeed is still reading
    release.set()
    added = await local.next_message(ADMIN, after)
    assert "✅ أضفت بطيء" in added.plain


async def test_unknown_options_are_refused_before_anything_is_fetched(
    local: BotRig, http_server: LocalHTTPServer
) -> None:
    url = http_server.serve("/rss.xml", Response(rss20(items("site", 1))))
    refused = await local.says(ADMIN, f"/addfeed {url} اسم --frobnicate")
    assert "لا أعرف الخيار «--frobnicate»" in refused.plain
    assert http_server.hits("/rss.xml") == 0


async def add_with_state(rig: BotRig, url: str, name: str) -> Feed:
    feed = Feed.from_url(url, name)
    await rig.services.feeds.add(feed)
    return feed


async def test_feeds_shows_a_short_block_per_feed_in_the_admins_language(
    bot_api: FakeBotAPI, redis_url: str, keys: Keys
) -> None:
    async with running_bot(bot_api, redis_url, keys) as rig:
        states, now = rig.services.feed_states, time.time()
        good = await add_with_state(rig, "https://good.example/rss", "الجيد")
        await states.success(good.id, now - 300, None, None, None)
        bad = await add_with_state(rig, "https://bad.example/rss", "المتعثر")
        redirect = "https://bad.example/" + "tracking-" * 20
        blocked = Reason.of("private_resolved", host="bad.example", address="10.0.0.7")
        error = Reason.of("redirected", blocked, url=redirect[:59] + "…")
        await states.failure(bad.id, now - 7200, error)
        await states.failure(bad.id, now - 60, error)
        shown = await rig.says(ADMIN, "/feeds")
        assert "<pre>" not in shown.text and "LAST OK" not in shown.plain
        assert shown.plain.startswith("📡 المصادر: مصدران · 🟢 1 · 🟡 0 · 🔴 1 · ⛔ 0")
        blocks = shown.plain.split("\n\n")
        assert blocks[1].startswith(f"🔴 {FSI}المتعثر{PDI} · {bad.id}\nيفشل منذ ساعتين (محاولتان)")
        assert "\nالسبب: عنوان خاص أو محلي: bad.example يشير إلى 10.0.0.7؛" in blocks[1]
        assert blocks[2] == (
            f"🟢 {FSI}الجيد{PDI} · {good.id}\nسليم · آخر قراءة ناجحة قبل 5 دقائق · التالية الآن"
        )
        await rig.says(ADMIN, "/lang en")
        english = await rig.says(ADMIN, "/feeds")
        blocks = english.plain.split("\n\n")
        assert blocks[1].startswith(
            f"🔴 {FSI}المتعثر{PDI} · {bad.id}\nfailing for 2 hours (2 attempts)"
        )
        assert "\nWhy: private or local address: bad.example resolves to 10.0.0.7;" in blocks[1]
        assert blocks[2] == (
            f"🟢 {FSI}الجيد{PDI} · {good.id}\nhealthy · last read 5 minutes ago · next now"
        )


async def test_an_admin_adds_a_full_text_feed_with_its_name(
    local: BotRig, http_server: LocalHTTPServer
) -> None:
    full = http_server.serve("/full.xml", Response(rss20(items("full", 2))))
    added = await local.says(ADMIN, f"/addfeed {full} أخبار كاملة --full-text")
    assert added.plain.startswith("✅ أضفت أخبار كاملة")
    arabic = http_server.serve("/arabic.xml", Response(rss20(items("arabic", 1))))
    await local.says(ADMIN, f"/addfeed {arabic} --نص_كامل")
    plain = http_server.serve("/plain.xml", Response(rss20(items("plain", 1))))
    await local.says(ADMIN, f"/addfeed {plain} مقدمات")
    flags = {r.feed.url: (r.feed.name, r.feed.full_text) for r in await local.services.feeds.all()}
    assert flags[full] == ("أخبار كاملة", True)
    assert flags[arabic][1] is True
    assert flags[plain] == ("مقدمات", False)
