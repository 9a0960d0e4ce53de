"""End to end: full text, from the feed's content:encoded or the item's page.

`rasd run` polls two feeds on a local site (127.0.0.2, allowed by
polling.private_networks): one marked full_text, one not. A subscriber watches
«كوريا الشمالية». Every case publishes the item under test together with an
older sentinel item whose title names the term: the pollers hand items on
newest first, so once the sentinel's alert is in, the item under test has been
matched, and its alert, had there been one, would have come first.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from redis import Redis as SyncRedis

from bot.keys import Keys
from feeds.feed import feed_id_for
from tests.config_files import write_config
from tests.feed_documents import BASE_TIME, Item, rss20
from tests.http_server import LocalHTTPServer, Response
from tests.rasd_process import rasd_running
from tests.telegram_api import FakeBotAPI, SentMessage

READER = 5001
WAIT = 30.0
TERM = "كوريا الشمالية"
HTML = {"Content-Type": "text/html; charset=utf-8"}
OLD = Item(
    "old", "افتتاح معرض الكتاب", "https://old.example/1", "ناشرون من ثلاثين دولة.", BASE_TIME
)

NAV = (
    "<header><nav><ul><li><a href='/'>الرئيسية</a></li><li><a href='/world'>العالم</a></li>"
    "<li><a href='/sport'>رياضة</a></li></ul></nav></header>"
)


def page(title: str, paragraphs: list[str], sidebar: str = "", charset: str = "utf-8") -> str:
    """Return a news page: navigation, the article, an optional sidebar, a footer."""
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='{charset}'>"
        f"<title>{title}</title></head><body>{NAV}<main><article><h1>{title}</h1>{body}"
        f"</article>{sidebar}</main><footer><p>جميع الحقوق محفوظة لموقع الاختبار</p>"
        "</footer></body></html>"
    )


PARAGRAPHS = [
    "وصل وفد رفيع المستوى إلى العاصمة صباح الأحد في زيارة رسمية تستمر ثلاثة أيام، "
    "يلتقي خلالها كبار المسؤولين في الحكومة والبرلمان.",
    "وعقد الوفد في يومه الأول اجتماعات مطولة مع مسؤولين في وزارة الخارجية لبحث ملفات "
    "التعاون الثنائي والتجارة والطاقة.",
    "وقال المتحدث باسم الوفد إن كوريا الشمالية وافقت على استئناف المحادثات في الشهر "
    "المقبل. وأضاف أن الجولة الأولى ستعقد في جنيف.",
    "ومن المنتظر أن يختتم الوفد زيارته بمؤتمر صحفي مشترك يوم الثلاثاء.",
]


@dataclass
class Site:
    """The running Rasd, its two feeds on the local site, and the private server."""

    api: FakeBotAPI
    site: LocalHTTPServer
    internal: LocalHTTPServer
    redis: SyncRedis
    keys: Keys
    minutes: int = 10

    def item(self, guid: str, title: str, summary: str = "", content: str = "") -> Item:
        """Return an item whose link is a page on the site; each one newer than the last."""
        self.minutes += 1
        published = BASE_TIME + timedelta(minutes=self.minutes)
        return Item(guid, title, self.site.url(f"/news/{guid}"), summary, published, content)

    def publish(self, feed: str, *items: Item) -> None:
        """Make a feed ("full" or "plain") list these items, newest first, from now on."""
        self.site.serve(f"/{feed}.xml", Response(rss20([*items, OLD])))

    def sentinel(self, guid: str) -> Item:
        """An item older than the ones under test whose title names the term."""
        self.minutes -= 5
        item = self.item(guid, "كوريا الشمالية تعلن موعد الاستعراض العسكري")
        self.minutes += 10
        document = page(item.title, ["يقام الاستعراض العسكري في الساحة الرئيسية بالعاصمة."])
        self.site.serve(f"/news/{guid}", Response(document.encode(), headers=HTML))
        return item

    def mark(self) -> tuple[int, int]:
        """Return where the bot's messages, and the reader's, stand now."""
        return self.api.sent_count(), len(self.api.messages_to(READER))

    def alerts_after(self, mark: tuple[int, int], sentinel: Item) -> list[SentMessage]:
        """Wait for the sentinel's alert; return the reader's alerts since `mark`."""
        after, seen = mark
        self.api.wait_for(READER, lambda m: sentinel.link in m.text, timeout=WAIT, after=after)
        return [m for m in self.api.messages_to(READER)[seen:] if "🔔" in m.text]

    def only_alert(self, feed: str, item: Item) -> SentMessage:
        """Publish the item with a sentinel; return the item's alert, checked to be its only one."""
        sentinel = self.sentinel(f"s-{item.guid}")
        mark = self.mark()
        self.publish(feed, item, sentinel)
        alerts = self.alerts_after(mark, sentinel)
        links = [(f'"{item.link}"' in m.text, f'"{sentinel.link}"' in m.text) for m in alerts]
        assert links == [
            (True, False),
            (False, True),
        ]
        return alerts[0]


def _wait_primed(redis: SyncRedis, keys: Keys, url: str) -> None:
    key = keys.feed_state(feed_id_for(url))
    deadline = time.monotonic() + WAIT
    while not redis.hget(key, "primed"):
        assert time.monotonic() < deadline, f"{url} was never polled"
        time.sleep(0.1)


@pytest.fixture
def rasd(
    tmp_path: Path, keys: Keys, bot_api: FakeBotAPI, http_server: LocalHTTPServer,
    subprocess_env: dict[str, str], redis_url: str,
) -> Iterator[Site]:  # fmt: skip
    with LocalHTTPServer("127.0.0.2") as site:
        redis = SyncRedis.from_url(redis_url, decode_responses=True)
        running = Site(bot_api, site, http_server, redis, keys)
        running.publish("full")
        running.publish("plain")
        full, plain = site.url("/full.xml"), site.url("/plain.xml")
        feeds = [
            {"name": "موقع النص الكامل", "url": full, "full_text": True},
            {"name": "موقع المقدمات", "url": plain},
        ]
        polling = {"private_networks": ["127.0.0.2/32"], "page_gap": 0}
        config = write_config(
            tmp_path, keys, settings={"feeds": feeds, "polling": polling}, poll_interval=1
        )
        try:
            with rasd_running({**subprocess_env, **bot_api.env(), "RASD_CONFIG": str(config)}):
                _wait_primed(redis, keys, full)
                _wait_primed(redis, keys, plain)
                bot_api.user_says(READER, f"/watch {TERM}")
                bot_api.wait_for(READER, None, timeout=WAIT)
                yield running
        finally:
            redis.close()


def test_a_term_in_the_pages_third_paragraph_is_quoted_in_bold(rasd: Site) -> None:
    item = rasd.item("p1", "وفد رفيع يزور العاصمة", "بدأ وفد رفيع زيارة رسمية تستمر ثلاثة أيام.")
    rasd.site.serve("/news/p1", Response(page(item.title, PARAGRAPHS).encode(), headers=HTML))
    alert = rasd.only_alert("full", item)
    assert (
        "وقال المتحدث باسم الوفد إن <b>كوريا الشمالية</b> وافقت على استئناف المحادثات في "
        "الشهر المقبل. وأضاف أن الجولة الأولى ستعقد في جنيف." in alert.text
    )
    assert "موقع النص الكامل" in alert.text
    assert rasd.site.hits("/news/p1") == 1


def test_headlines_in_the_sidebar_and_related_links_do_not_alert(rasd: Site) -> None:
    sidebar = (
        "<aside class='sidebar'><h3>الأكثر قراءة</h3><ul>"
        "<li><a href='/n/1'>كوريا الشمالية تطلق صاروخا باليستيا جديدا</a></li>"
        "<li><a href='/n/2'>زعيم كوريا الشمالية يتفقد مصنعا للذخيرة</a></li></ul></aside>"
        "<section class='related'><h3>أخبار ذات صلة</h3><ul>"
        "<li><a href='/n/3'>عقوبات جديدة على كوريا الشمالية</a></li></ul></section>"
    )
    sport = [
        "فاز المنتخب الوطني على ضيفه بثلاثة أهداف مقابل هدف في المباراة التي أقيمت مساء "
        "السبت على الملعب الرئيسي أمام جمهور غفير.",
        "وسجل المهاجم هدفين في الشوط الأول قبل أن يضيف زميله الهدف الثالث بضربة رأسية.",
        "ويلتقي المنتخب في الجولة المقبلة منافسه على صدارة المجموعة.",
    ]
    item = rasd.item("p2", "المنتخب يفوز بثلاثية", "فوز كبير للمنتخب في التصفيات.")
    rasd.site.serve("/news/p2", Response(page(item.title, sport, sidebar).encode(), headers=HTML))
    sentinel = rasd.sentinel("p2s")
    mark = rasd.mark()
    rasd.publish("full", item, sentinel)
    alerts = rasd.alerts_after(mark, sentinel)
    assert [sentinel.link in m.text for m in alerts] == [True]
    assert rasd.site.hits("/news/p2") == 1


def test_a_page_that_answers_404_still_alerts_on_the_title(rasd: Site) -> None:
    item = rasd.item("p3", "كوريا الشمالية تفرج عن محتجزين", "أفرجت السلطات عن ثلاثة محتجزين.")
    alert = rasd.only_alert("full", item)
    assert "<b>كوريا الشمالية</b> تفرج عن محتجزين" in alert.text
    assert "أفرجت السلطات عن ثلاثة محتجزين." in alert.text
    assert rasd.site.hits("/news/p3") == 1
    state = rasd.redis.hgetall(rasd.keys.feed_state(feed_id_for(rasd.site.url("/full.xml"))))
    assert state["pages_failed"] == "1"
    assert "404" in state["page_error"]


def test_a_page_redirecting_to_a_private_address_is_never_connected(rasd: Site) -> None:
    secret = rasd.internal.serve(
        "/secret", Response(page("سري", PARAGRAPHS).encode(), headers=HTML)
    )
    item = rasd.item("p4", "وفد رفيع يزور العاصمة", "بدأ وفد رفيع زيارة رسمية.")
    rasd.site.serve("/news/p4", Response(status=302, headers={"Location": secret}))
    sentinel = rasd.sentinel("p4s")
    mark = rasd.mark()
    rasd.publish("full", item, sentinel)
    alerts = rasd.alerts_after(mark, sentinel)
    assert [sentinel.link in m.text for m in alerts] == [True]
    assert rasd.site.hits("/news/p4") == 1
    assert rasd.internal.requests == []
    state = rasd.redis.hgetall(rasd.keys.feed_state(feed_id_for(rasd.site.url("/full.xml"))))
    assert "private or local address" in state["page_error"]


def test_a_windows_1256_page_arrives_intact(rasd: Site) -> None:
    document = page("وفد رفيع يزور العاصمة", PARAGRAPHS, charset="windows-1256")
    item = rasd.item("p5", "وفد رفيع يزور العاصمة", "بدأ وفد رفيع زيارة رسمية.")
    # The charset is only in the page's <meta>: the header names none.
    headers = {"Content-Type": "text/html"}
    rasd.site.serve("/news/p5", Response(document.encode("cp1256"), headers=headers))
    alert = rasd.only_alert("full", item)
    assert (
        "وقال المتحدث باسم الوفد إن <b>كوريا الشمالية</b> وافقت على استئناف المحادثات في "
        "الشهر المقبل." in alert.text
    )


def test_a_plain_feeds_content_encoded_alerts_without_fetching_the_page(rasd: Site) -> None:
    content = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    item = rasd.item("p6", "وفد رفيع يزور العاصمة", "بدأ وفد رفيع زيارة رسمية.", content)
    rasd.site.serve("/news/p6", Response(page(item.title, PARAGRAPHS).encode(), headers=HTML))
    alert = rasd.only_alert("plain", item)
    assert "إن <b>كوريا الشمالية</b> وافقت" in alert.text
    assert "موقع المقدمات" in alert.text
    assert rasd.site.hits("/news/p6") == 0


def test_a_plain_feeds_page_is_never_fetched(rasd: Site) -> None:
    item = rasd.item("p7", "وفد رفيع يزور العاصمة", "بدأ وفد رفيع زيارة رسمية.")
    rasd.site.serve("/news/p7", Response(page(item.title, PARAGRAPHS).encode(), headers=HTML))
    sentinel = rasd.sentinel("p7s")
    mark = rasd.mark()
    rasd.publish("plain", item, sentinel)
    alerts = rasd.alerts_after(mark, sentinel)
    assert [sentinel.link in m.text for m in alerts] == [True]
    assert rasd.site.hits("/news/p7") == 0
