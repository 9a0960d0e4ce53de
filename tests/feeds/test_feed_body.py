"""The feed's own full text (RSS content:encoded, Atom <content>) is kept as the body."""

from __future__ import annotations

from bot.article import MAX_BODY, Article, cap_body
from feeds.feed import Feed
from feeds.parser import parse_feed

FEED = Feed.from_url("https://news.example/rss", "أخبار")

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>ق</title>
<item><title>وفد يزور العاصمة</title><link>https://news.example/1</link>
<description>وصل وفد رفيع في زيارة رسمية.</description>
<content:encoded><![CDATA[<p>وصل الوفد صباح الأحد.</p><p>وقال المتحدث إن كوريا الشمالية
وافقت على الحوار.</p><script>x()</script>]]></content:encoded></item>
</channel></rss>""".encode()

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>أطلس</title><id>urn:x</id>
<updated>2026-03-02T08:00:00Z</updated>
<entry><title>انتخابات بلدية</title><id>urn:e:1</id><link href="https://atom.example/1"/>
<updated>2026-03-02T08:00:00Z</updated><summary>أدلى الناخبون بأصواتهم.</summary>
<content type="html">&lt;p&gt;أدلى الناخبون بأصواتهم.&lt;/p&gt;
&lt;p&gt;وبلغت المشاركة الثلث.&lt;/p&gt;</content>
</entry></feed>""".encode()


def test_rss_content_encoded_is_the_body_beside_the_description() -> None:
    (entry,) = parse_feed(FEED, RSS).entries
    article = entry.article
    assert article.summary == "وصل وفد رفيع في زيارة رسمية."
    assert article.body == "وصل الوفد صباح الأحد.\nوقال المتحدث إن كوريا الشمالية وافقت على الحوار."


def test_atom_content_is_the_body_beside_the_summary() -> None:
    (entry,) = parse_feed(FEED, ATOM).entries
    assert entry.article.summary == "أدلى الناخبون بأصواتهم."
    assert entry.article.body == "أدلى الناخبون بأصواتهم.\nوبلغت المشاركة الثلث."


def test_the_body_survives_the_trip_through_json() -> None:
    (entry,) = parse_feed(FEED, RSS).entries
    assert Article.from_json(entry.article.to_json()) == entry.article


def test_a_long_body_is_capped_at_a_word_break() -> None:
    text = "كلمة " * 10_000
    capped = cap_body(text)
    assert len(capped) <= MAX_BODY
    assert len(capped) > MAX_BODY - 500
    assert capped.endswith("كلمة")
    assert cap_body("قصير") == "قصير"
