"""Full-text feeds over real HTTP: only new items' pages are read, and a bad page costs nothing."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import timedelta

import pytest
from prometheus_client import REGISTRY
from redis.asyncio import Redis

from bot.keys import Keys
from feeds.feed import Feed
from feeds.fetcher import Fetcher
from feeds.page_reader import Pacing, PageError, PageReader
from feeds.page_text import is_html, main_text, page_encoding
from feeds.store import FeedStore
from tests.feed_documents import BASE_TIME, Item, rss20
from tests.feeds.poll_rig import POLICY, rig
from tests.http_server import LocalHTTPServer, Response

HTML = {"Content-Type": "text/html; charset=utf-8"}
ARTICLE = (
    "<html><head><meta charset='{charset}'><title>خبر</title></head><body>"
    "<nav><a href='/'>الرئيسية</a> <a href='/w'>العالم</a></nav>"
    "<article><h1>{title}</h1><p>بدأ الوفد زيارته الرسمية إلى العاصمة صباح اليوم وسط "
    "إجراءات أمنية مشددة.</p><p>وقال المتحدث إن كوريا الشمالية وافقت على استئناف المحادثات "
    "في الشهر المقبل.</p></article><footer>جميع الحقوق محفوظة</footer></body></html>"
)


def article_page(title: str, charset: str = "utf-8") -> str:
    return ARTICLE.format(title=title, charset=charset)


def pages_read(outcome: str) -> float:
    return REGISTRY.get_sample_value("rasd_pages_read_total", {"outcome": outcome}) or 0.0


def item(server: LocalHTTPServer, number: int) -> Item:
    published = BASE_TIME + timedelta(minutes=number)
    link = server.url(f"/news/{number}")
    return Item(f"n{number}", f"وفد يزور العاصمة ({number})", link, "بدأ الوفد زيارته.", published)


async def test_only_new_items_pages_are_read_and_become_the_body(
    redis: Redis, keys: Keys, http_server: LocalHTTPServer
) -> None:
    listed = [item(http_server, n) for n in (3, 2, 1)]
    for entry in [item(http_server, 4), *listed]:
        page = article_page(entry.title).encode()
        http_server.serve(f"/news/{entry.guid[1:]}", Response(page, headers=HTML))
    http_server.serve("/rss", Response(rss20(listed)))
    feed = Feed.from_url(http_server.url("/rss"), "موقع", full_text=True)
    await FeedStore(redis, keys).add(feed)
    async with rig(redis, keys) as r:
        await r.poller.poll(feed.id)  # the first poll only records what is there
        assert [path for path, _ in http_server.requests] == ["/rss"]
        http_server.serve("/rss", Response(rss20([item(http_server, 4), *listed])))
        outcome = await r.poller.poll(feed.id)
        assert outcome.new == 1
        assert [path for path, _ in http_server.requests] == ["/rss", "/rss", "/news/4"]
        (streamed,) = await r.streamed()
        assert "كوريا الشمالية وافقت على استئناف المحادثات" in streamed.body
        assert "الرئيسية" not in streamed.body and "محفوظة" not in streamed.body
        state = await r.state(feed.id)
        assert (state.pages_read, state.pages_failed) == (1, 0)


async def test_a_failing_page_lets_the_item_through_and_is_counted(
    redis: Redis, keys: Keys, http_server: LocalHTTPServer
) -> None:
    http_server.serve("/rss", Response(rss20([])))
    feed = Feed.from_url(http_server.url("/rss"), "موقع", full_text=True)
    await FeedStore(redis, keys).add(feed)
    failed_before = pages_read("failed")
    async with rig(redis, keys) as r:
        await r.poller.poll(feed.id)
        http_server.serve(
            "/news/1", Response(b"%PDF-1.4", headers={"Content-Type": "application/pdf"})
        )
        http_server.serve("/rss", Response(rss20([item(http_server, 2), item(http_server, 1)])))
        outcome = await r.poller.poll(feed.id)  # /news/2 is not served: 404
        assert (outcome.new, outcome.error) == (2, None)
        streamed = await r.streamed()
        assert [(a.title, a.summary, a.body) for a in streamed] == [
            ("وفد يزور العاصمة (2)", "بدأ الوفد زيارته.", ""),
            ("وفد يزور العاصمة (1)", "بدأ الوفد زيارته.", ""),
        ]
        state = await r.state(feed.id)
    assert (state.pages_read, state.pages_failed) == (0, 2)
    assert str(state.page_error) == "the page is not HTML (application/pdf)"
    assert pages_read("failed") == failed_before + 2


async def test_a_page_error_says_what_went_wrong(http_server: LocalHTTPServer) -> None:
    http_server.serve("/empty", Response(b"<html><body></body></html>", headers=HTML))
    async with Fetcher(POLICY) as fetcher:
        reader = PageReader(fetcher, Pacing(0))
        with pytest.raises(PageError, match=r"^the page answered HTTP 404$"):
            await reader.read(http_server.url("/missing"))
        with pytest.raises(PageError, match=r"^no article text found on the page$"):
            await reader.read(http_server.url("/empty"))


def test_the_charset_comes_from_the_header_then_the_meta() -> None:
    page = article_page("وفد يزور العاصمة", "windows-1256").encode("cp1256")
    assert page_encoding(page, "text/html") == "cp1256"
    assert page_encoding(page, "text/html; charset=UTF-8") == "utf-8"
    assert page_encoding(b"\xef\xbb\xbf<html>", "text/html; charset=cp1256") == "utf-8"
    assert page_encoding(b"<html>", None) == "utf-8"
    http_equiv = b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
    assert page_encoding(http_equiv, None) == "cp1256"
    assert "كوريا الشمالية وافقت" in main_text(page, "text/html")


def test_html_is_told_by_type_or_by_its_start() -> None:
    assert is_html(b"<p>x</p>", "text/html; charset=utf-8")
    assert not is_html(b"<html>", "application/json")
    assert is_html(b"  <!DOCTYPE html><html>", None)
    assert not is_html(b"%PDF-1.4", None)


def test_extraction_needs_no_network() -> None:
    # trafilatura must never download anything at run time: with every way to the
    # network closed, extraction still works.
    script = (
        "import socket\n"
        "def closed(*args, **kwargs): raise OSError('network used')\n"
        "socket.socket.connect = closed\n"
        "socket.create_connection = closed\n"
        "socket.getaddrinfo = closed\n"
        "from feeds.page_text import main_text\n"
        f"page = {article_page('وفد').encode()!r}\n"
        "print('كوريا الشمالية' in main_text(page, 'text/html'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=60
    )
    assert (done.returncode, done.stdout.strip()) == (0, "True"), done.stderr


async def test_pacing_spaces_requests_to_one_site() -> None:
    loop = asyncio.get_running_loop()
    pacing = Pacing(0.2)
    started = loop.time()
    for _ in range(3):
        await pacing.turn("news.example")
    # Three turns on one site: the third starts two gaps after the first at the earliest.
    assert loop.time() - started >= 0.4
