"""Feed documents become plain-text Articles; broken documents say what is wrong."""

from __future__ import annotations

from datetime import UTC, datetime

from feeds.feed import Feed
from feeds.parser import parse_feed
from feeds.sample import SAMPLE_FEED, sample_bytes

FEED = Feed.from_url("https://news.example/ar/rss", "أخبار المثال")

RSS2 = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>أخبار</title><ttl>15</ttl>
<item>
  <title>وزير الخارجية يزور &amp; يلتقي نظيره في القاهرة</title>
  <link>https://news.example/ar/a1?utm_source=rss&amp;id=7#comments</link>
  <guid isPermaLink="false">item-1</guid>
  <pubDate>Mon, 02 Mar 2026 10:00:00 +0300</pubDate>
  <description><![CDATA[<p>بحث   الوزيران <b>العلاقات</b> الثنائية.</p>
  <script>alert(1)</script><p>وأكدا&nbsp;التعاون.</p>]]></description>
</item>
</channel></rss>""".encode()

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>أطلس</title><id>urn:x</id>
<updated>2026-03-02T08:00:00Z</updated>
<entry><title>انتخابات بلدية في تونس</title><id>urn:entry:9</id>
<link href="https://atom.example/e/9"/><updated>2026-03-02T08:00:00Z</updated>
<content type="html">&lt;p&gt;أدلى الناخبون بأصواتهم.&lt;/p&gt;</content></entry>
</feed>""".encode()

RSS1 = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>قناة</title><link>https://rdf.example/</link>
<description>وصف</description></channel>
<item rdf:about="https://rdf.example/n/1"><title>افتتاح معرض الكتاب</title>
<link>https://rdf.example/n/1</link><description>يستمر المعرض عشرة أيام.</description>
<dc:date>2026-03-01T12:30:00+02:00</dc:date></item>
</rdf:RDF>""".encode()


def test_rss2_entry_becomes_a_clean_article() -> None:
    parsed = parse_feed(FEED, RSS2)
    assert parsed.problem is None
    assert parsed.ttl_minutes == 15
    (entry,) = parsed.entries
    article = entry.article
    assert entry.guid == "item-1"
    assert article.title == "وزير الخارجية يزور & يلتقي نظيره في القاهرة"
    assert article.link == "https://news.example/ar/a1?id=7"
    assert article.summary == "بحث الوزيران العلاقات الثنائية.\nوأكدا التعاون."
    assert article.published == datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
    assert article.feed_id == FEED.id
    assert article.feed_name == "أخبار المثال"


def test_article_id_is_stable_across_parses() -> None:
    assert (
        parse_feed(FEED, RSS2).entries[0].article.id == parse_feed(FEED, RSS2).entries[0].article.id
    )


def test_atom_content_is_used_when_there_is_no_summary() -> None:
    (entry,) = parse_feed(FEED, ATOM).entries
    assert entry.article.title == "انتخابات بلدية في تونس"
    assert entry.article.summary == "أدلى الناخبون بأصواتهم."
    assert entry.article.link == "https://atom.example/e/9"
    assert entry.article.published == datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def test_rss1_is_read() -> None:
    (entry,) = parse_feed(FEED, RSS1).entries
    assert entry.article.title == "افتتاح معرض الكتاب"
    assert entry.article.published == datetime(2026, 3, 1, 10, 30, tzinfo=UTC)


def test_windows_1256_feed_is_decoded() -> None:
    document = (
        '<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>ق</title>'
        "<item><title>ارتفاع أسعار النفط</title><link>https://w.example/1</link></item>"
        "</channel></rss>"
    ).encode("cp1256")
    (entry,) = parse_feed(FEED, document).entries
    assert entry.article.title == "ارتفاع أسعار النفط"


def test_html_page_is_reported_as_not_a_feed() -> None:
    parsed = parse_feed(FEED, b"<!doctype html><html><body><p>Hello</p></body></html>")
    assert parsed.entries == ()
    assert parsed.problem is not None
    assert parsed.problem.startswith("not an RSS or Atom feed")


def test_truncated_feed_keeps_readable_items() -> None:
    parsed = parse_feed(FEED, RSS2[: RSS2.index(b"</item>") + 7])
    assert [e.article.title for e in parsed.entries] == [
        "وزير الخارجية يزور & يلتقي نظيره في القاهرة"
    ]
    assert parsed.problem is not None
    assert "partly broken" in parsed.problem


def test_bundled_sample_feed_parses() -> None:
    parsed = parse_feed(SAMPLE_FEED, sample_bytes())
    assert parsed.problem is None
    assert len(parsed.entries) == 8
    assert all(entry.article.title for entry in parsed.entries)
