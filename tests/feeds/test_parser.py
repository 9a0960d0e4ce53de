"""Feed documents become plain-text Articles; broken documents say what is wrong."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feeds.feed import Feed
from feeds.parser import parse_feed
from feeds.sample import SAMPLE_FEED, sample_bytes
from tests.feed_documents import atom, items, rss10, rss20

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
    assert "HTML web page, not an RSS or Atom feed" in str(parsed.problem)


def test_truncated_feed_keeps_readable_items() -> None:
    parsed = parse_feed(FEED, RSS2[: RSS2.index(b"</item>") + 7])
    assert [e.article.title for e in parsed.entries] == [
        "وزير الخارجية يزور & يلتقي نظيره في القاهرة"
    ]
    assert parsed.problem is not None
    assert "partly broken" in str(parsed.problem)


def test_bundled_sample_feed_parses() -> None:
    parsed = parse_feed(SAMPLE_FEED, sample_bytes())
    assert parsed.problem is None
    assert len(parsed.entries) == 8
    assert all(entry.article.title for entry in parsed.entries)


# ---------------------------------------------------------------------------
# Every feed format, from Arabic documents
# ---------------------------------------------------------------------------

NETSCAPE_DOCTYPE = (
    '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"\n'
    ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
)


def _rss09x(version: str, doctype: str = "") -> bytes:
    """Return an RSS 0.91/0.92 document: no GUIDs, HTML escaped in descriptions."""
    body = "".join(
        f"<item><title>{escape(e.title)}</title><link>{escape(e.link)}</link>"
        f"<description>{escape('<p>' + e.summary + '</p>')}</description></item>"
        for e in items("old", 2)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n{doctype}<rss version="{version}"><channel>'
        "<title>أخبار قديمة</title><link>https://old.example/</link>"
        f"<description>قناة</description><language>ar</language>{body}</channel></rss>"
    ).encode()


def _atom03() -> bytes:
    """Return an Atom 0.3 document, dated with <issued> and <modified>."""
    body = "".join(
        f"<entry><title>{escape(e.title)}</title><id>tag:{escape(e.guid)}</id>"
        f'<link rel="alternate" type="text/html" href="{escape(e.link)}"/>'
        f"<issued>{e.published.isoformat()}</issued><modified>{e.published.isoformat()}</modified>"
        f'<summary type="text/html" mode="escaped">{escape("<p>" + e.summary + "</p>")}</summary>'
        "</entry>"
        for e in items("atom03", 2)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>أطلس قديم</title>'
        f'<link rel="alternate" type="text/html" href="https://atom03.example/"/>{body}</feed>'
    ).encode()


@pytest.mark.parametrize(
    ("document", "site", "dated"),
    [
        pytest.param(_rss09x("0.91"), "old", False, id="rss-0.91"),
        pytest.param(_rss09x("0.91", NETSCAPE_DOCTYPE), "old", False, id="rss-0.91-netscape"),
        pytest.param(_rss09x("0.92"), "old", False, id="rss-0.92"),
        pytest.param(rss20(items("r2", 2)), "r2", True, id="rss-2.0"),
        pytest.param(rss10(items("rdf", 2)), "rdf", True, id="rss-1.0"),
        pytest.param(atom(items("at", 2)), "at", True, id="atom-1.0"),
        pytest.param(_atom03(), "atom03", True, id="atom-0.3"),
    ],
)
def test_every_format_yields_clean_articles(document: bytes, site: str, dated: bool) -> None:
    parsed = parse_feed(FEED, document)
    assert parsed.problem is None
    expected = items(site, 2)
    assert [e.article.title for e in parsed.entries] == [item.title for item in expected]
    assert [e.article.link for e in parsed.entries] == [item.link for item in expected]
    assert [e.article.summary for e in parsed.entries] == [item.summary for item in expected]
    published = [e.article.published for e in parsed.entries]
    assert published == ([item.published for item in expected] if dated else [None, None])
    assert all(p is None or p.tzinfo == UTC for p in published)


def test_rss_without_guid_uses_the_canonical_link_as_guid() -> None:
    (first, _) = parse_feed(FEED, _rss09x("0.92")).entries
    assert first.guid == "https://old.example/news/1"


# ---------------------------------------------------------------------------
# Partly broken feeds keep what they can and say where they broke
# ---------------------------------------------------------------------------


def _one_item_per_line(count: int = 5) -> list[str]:
    """Return an RSS 2.0 document split so that item k sits on line k + 2."""
    return rss20(items("br", count)).decode().replace("<item>", "\n<item>").split("\n")


def test_unclosed_tag_in_the_middle_names_the_line() -> None:
    lines = _one_item_per_line()
    lines[3] = lines[3].replace("</title>", "", 1)
    parsed = parse_feed(FEED, "\n".join(lines).encode())
    assert len(parsed.entries) == 4
    assert str(parsed.problem) == (
        "the feed is partly broken (line 4: mismatched tag); Rasd read 4 item(s)"
    )


def test_bad_entity_in_the_middle_keeps_every_item() -> None:
    lines = _one_item_per_line()
    lines[4] = lines[4].replace("</title>", " &خطأ; & </title>", 1)
    parsed = parse_feed(FEED, "\n".join(lines).encode())
    assert len(parsed.entries) == 5
    assert parsed.problem is not None
    assert str(parsed.problem).startswith("the feed is partly broken (line 5: ")
    assert str(parsed.problem).endswith("); Rasd read 5 item(s)")


def test_truncated_document_is_called_cut_off_at_its_last_line() -> None:
    lines = _one_item_per_line()
    # Two blank lines on top that the admin also sees, and the last item cut in half.
    document = "\n\n" + "\n".join(lines)[: -len(lines[-1]) // 2]
    parsed = parse_feed(FEED, document.encode())
    assert len(parsed.entries) == 4
    assert parsed.problem is not None
    assert str(parsed.problem).startswith(f"the feed is partly broken (line {len(lines) + 2}: ")
    assert "cut off" in str(parsed.problem)
    assert "SAXParseException" not in str(parsed.problem)


def test_feed_broken_before_its_first_item_says_nothing_was_read() -> None:
    document = rss20(items("br", 3))
    parsed = parse_feed(FEED, document[: document.index(b"<item>") + 3])
    assert parsed.entries == ()
    assert parsed.problem is not None
    assert str(parsed.problem).startswith("the feed is broken (line 2: ")
    assert str(parsed.problem).endswith("Rasd could read no item from it")


# ---------------------------------------------------------------------------
# Things that are not feeds
# ---------------------------------------------------------------------------

HTML_PAGE = "<!DOCTYPE html>\n<html lang='ar'><head><title>الرئيسية</title></head><body><p>أهلا</p>"


@pytest.mark.parametrize(
    ("document", "content_type"),
    [
        pytest.param(HTML_PAGE.encode(), "text/html; charset=utf-8", id="doctype-and-header"),
        pytest.param(HTML_PAGE.encode(), None, id="doctype-only"),
        pytest.param(b"\n  <html><body>x</body></html>", "application/rss+xml", id="html-tag"),
        pytest.param("<div>صفحة</div>".encode(), "text/html", id="header-only"),
        pytest.param(b"<!-- cms -->\n<!doctype HTML><html>", None, id="after-a-comment"),
    ],
)
def test_html_page_is_called_a_web_page(document: bytes, content_type: str | None) -> None:
    parsed = parse_feed(FEED, document, content_type)
    assert parsed.entries == ()
    assert str(parsed.problem) == (
        "the address serves an HTML web page, not an RSS or Atom feed;"
        " look on the site for its RSS link"
    )


@pytest.mark.parametrize(
    ("document", "words"),
    [
        pytest.param(b"", "empty document", id="empty"),
        pytest.param(b" \r\n\t", "empty document", id="blank"),
        pytest.param("خبر عاجل بلا أي وسم".encode(), "plain text", id="text"),
        pytest.param(b'{"version": "https://jsonfeed.org/version/1.1"}', "JSON", id="json"),
        pytest.param(bytes(range(256)) * 4, "binary", id="binary"),
        pytest.param(b"\x00" * 64, "binary", id="nul-bytes"),
        pytest.param(
            b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>',
            "XML document",
            id="sitemap",
        ),
    ],
)
def test_non_feeds_say_so(document: bytes, words: str) -> None:
    parsed = parse_feed(FEED, document)
    assert parsed.entries == ()
    assert parsed.ttl_minutes is None
    assert parsed.problem is not None
    assert "not an RSS or Atom feed" in str(parsed.problem)
    assert words in str(parsed.problem)


def test_a_body_that_names_a_local_file_is_not_opened(tmp_path: Path) -> None:
    # Given bytes, feedparser tries them as a file name first.
    local = tmp_path / "local.xml"
    local.write_bytes(rss20(items("local", 1)))
    parsed = parse_feed(FEED, str(local).encode())
    assert parsed.entries == ()
    assert parsed.problem is not None


HOSTILE = [
    b"<",
    b"<?xml",
    b"<?xml version='1.0' encoding='no-such-codec'?><rss version='2.0'>",
    b"<rss version='2.0'><channel>" + b"<item>" * 5000,
    b"<rss version='2.0'><channel><item><title><![CDATA[" + b"x" * 10_000,
    b"<rss version='2.0'><channel><item><pubDate>Mon, 01 Jan 99999 00:00:00 GMT</pubDate>"
    b"<title>x</title></item></channel></rss>",
    b"<rss version='2.0'><channel><item><link>javascript:alert(1)</link></item></channel></rss>",
    b"\xff\xfe\x00\x00" + b"\xff" * 33,
    b"\xfe\xff\xd8\x00",
    b"\x00<\x00?\x00x",
    b"<" * 50_000,
    b"&" * 50_000,
    b"<![CDATA[" * 5000,
    b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><title type='xhtml'>" + b"<div>" * 3000,
]


@pytest.mark.parametrize("document", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_bytes_never_raise(document: bytes) -> None:
    parsed = parse_feed(FEED, document, "text/html; charset=bogus")
    assert parsed.problem is not None or parsed.entries == ()


@given(st.binary(max_size=600), st.sampled_from([None, "text/xml", "text/html; charset=x"]))
@settings(max_examples=150)
def test_any_bytes_parse_without_raising(document: bytes, content_type: str | None) -> None:
    parsed = parse_feed(FEED, document, content_type)
    assert all(entry.guid for entry in parsed.entries)


PREFIX_SOURCE = rss20(items("cut", 3))


@given(st.integers(min_value=0, max_value=len(PREFIX_SOURCE)))
@settings(max_examples=60)
def test_any_prefix_of_a_feed_yields_only_whole_items(cut: int) -> None:
    parsed = parse_feed(FEED, PREFIX_SOURCE[:cut])
    whole = {(item.guid, item.title, item.link) for item in items("cut", 3)}
    got = {(e.guid, e.article.title, e.article.link) for e in parsed.entries}
    assert got <= whole
    assert (parsed.problem is None) == (cut == len(PREFIX_SOURCE))


# ---------------------------------------------------------------------------
# Entries: which are kept, and under which GUID
# ---------------------------------------------------------------------------


def _rss_items(*bodies: str) -> bytes:
    inner = "".join(f"<item>{body}</item>" for body in bodies)
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>ق</title>'
        f"{inner}</channel></rss>"
    ).encode()


def test_entries_without_title_or_link_are_skipped() -> None:
    parsed = parse_feed(
        FEED,
        _rss_items(
            '<description>وصف بلا عنوان ولا رابط</description><guid isPermaLink="false">g</guid>',
            "<description>ولا هذا</description><guid>g-1</guid>",
            "<title>عنوان فقط</title>",
            "<link>https://only.example/link</link>",
        ),
    )
    assert [(e.article.title, e.article.link) for e in parsed.entries] == [
        ("عنوان فقط", ""),
        ("", "https://only.example/link"),
    ]
    assert parsed.problem is None


def test_duplicate_guids_are_kept_once_first_wins() -> None:
    parsed = parse_feed(
        FEED,
        _rss_items(
            '<title>الأول</title><guid isPermaLink="false">same</guid>',
            '<title>الثاني</title><guid isPermaLink="false">same</guid>',
            '<title>الثالث</title><guid isPermaLink="false">other</guid>',
        ),
    )
    assert [(e.guid, e.article.title) for e in parsed.entries] == [
        ("same", "الأول"),
        ("other", "الثالث"),
    ]


def test_missing_guid_falls_back_to_canonical_link() -> None:
    parsed = parse_feed(
        FEED,
        _rss_items(
            "<title>أ</title><link>https://News.example/a?utm_medium=rss&amp;x=1#top</link>",
            "<title>ب</title><link>https://news.example/a?x=1</link><guid> </guid>",
        ),
    )
    # Both spell one article, so the second is the same GUID and is dropped.
    assert [e.guid for e in parsed.entries] == ["https://news.example/a?x=1"]


def test_relative_links_are_resolved_against_the_feed() -> None:
    parsed = parse_feed(FEED, _rss_items("<title>نسبي</title><link>/ar/news/9</link>"))
    assert parsed.entries[0].article.link == "https://news.example/ar/news/9"


def test_links_that_are_not_web_addresses_are_dropped() -> None:
    parsed = parse_feed(
        FEED,
        _rss_items(
            "<title>خطر</title><link>javascript:alert(1)</link>",
            "<link>data:text/html,x</link>",
        ),
    )
    assert [(e.article.title, e.article.link) for e in parsed.entries] == [("خطر", "")]


# ---------------------------------------------------------------------------
# Feed-level hints
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ttl", "expected"),
    [
        pytest.param("30", 30, id="plain"),
        pytest.param(" 45 ", 45, id="spaces"),
        pytest.param("10080", 10080, id="one-week"),
        pytest.param("10081", None, id="over-a-week"),
        pytest.param("99999999999999999999", None, id="huge"),
        pytest.param("0", None, id="zero"),
        pytest.param("-5", None, id="negative"),
        pytest.param("ساعة", None, id="words"),
        pytest.param("١٥", 15, id="arabic-indic-digits"),
        pytest.param("", None, id="empty"),
    ],
)
def test_ttl_is_read_and_nonsense_ignored(ttl: str, expected: int | None) -> None:
    document = rss20(items("ttl", 1)).replace(b"<channel>", f"<channel><ttl>{ttl}</ttl>".encode())
    assert parse_feed(FEED, document).ttl_minutes == expected
