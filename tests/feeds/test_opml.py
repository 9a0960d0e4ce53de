"""OPML subscription lists: read from what feed readers export, written for them to import."""

from __future__ import annotations

import time
import tracemalloc
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feeds.opml import OpmlError, OpmlFeed, read_opml, write_opml

FEEDS = [
    OpmlFeed(url="https://akhbar.example/rss.xml", name="أخبار الصباح"),
    OpmlFeed(
        url="https://iqtisad.example/feed?lang=ar&section=oil", name='نشرة "الاقتصاد" & <الطاقة>'
    ),
    OpmlFeed(url="https://riyada.example/atom", name="رياضة\u200f — الدوري ⚽"),
    OpmlFeed(url="https://multi.example/rss", name="سطر أول\nسطر ثانٍ\tمع جدولة"),
]

# Written here in the shape Feedly exports: OPML 1.0, one category level, htmlUrl on each.
FEEDLY_EXPORT = """<?xml version="1.0" encoding="UTF-8"?>

<opml version="1.0">
    <head>
        <title>مشتركات محمد in feedly Cloud</title>
    </head>
    <body>
        <outline text="سياسة" title="سياسة">
            <outline type="rss" text="صحيفة الوطن" title="صحيفة الوطن"
              xmlUrl="https://watan.example/rss" htmlUrl="https://watan.example"/>
            <outline type="rss" text="وكالة الأنباء" title="وكالة الأنباء"
              xmlUrl="https://wakala.example/ar/feed" htmlUrl="https://wakala.example/ar"/>
        </outline>
        <outline text="تقنية" title="تقنية">
            <outline type="rss" text="عالم التقنية" title="عالم التقنية"
              xmlUrl="https://tech.example/feed/" htmlUrl="https://tech.example/"/>
        </outline>
    </body>
</opml>
""".encode()

# Inoreader-style: OPML 2.0, folders inside folders, a plain link outline to skip,
# a feed repeated in two folders, and names given only as text or not at all.
NESTED_EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Subscriptions</title>
    <dateCreated>Mon, 02 Mar 2026 10:00:00 +0000</dateCreated></head>
  <body>
    <outline text="العالم" title="العالم">
      <outline text="الشرق الأوسط">
        <outline type="rss" text="مرصد المشرق" xmlUrl="https://mashreq.example/rss"/>
        <outline type="link" text="صفحة بلا خلاصة" url="https://page.example/"/>
      </outline>
      <outline type="rss" title="" text="" xmlUrl="https://nameless.example/feed.xml"/>
    </outline>
    <outline text="مفضلة">
      <outline type="rss" text="نسخة مكررة" xmlUrl="https://mashreq.example/rss"/>
    </outline>
    <outline type="rss" text="نص فقط" xmlUrl="  https://top.example/rss  "/>
  </body>
</opml>
""".encode()


def test_arabic_names_round_trip_exactly() -> None:
    assert read_opml(write_opml(FEEDS)) == FEEDS


def test_written_file_is_opml_2_that_any_parser_reads() -> None:
    document = write_opml(FEEDS[:1], title="خلاصات رصد")
    assert document.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(document)
    assert root.tag == "opml"
    assert root.get("version") == "2.0"
    assert root.findtext("head/title") == "خلاصات رصد"
    (outline,) = root.iter("outline")
    assert outline.attrib == {
        "type": "rss",
        "text": "أخبار الصباح",
        "title": "أخبار الصباح",
        "xmlUrl": "https://akhbar.example/rss.xml",
    }


def test_characters_xml_cannot_carry_are_left_out() -> None:
    (feed,) = read_opml(write_opml([OpmlFeed("https://c.example/rss", "عاجل\x07\x1b")]))
    assert feed.name == "عاجل"


def test_empty_list_writes_and_reads_back_empty() -> None:
    assert read_opml(write_opml([])) == []


def test_feedly_export_is_read() -> None:
    assert read_opml(FEEDLY_EXPORT) == [
        OpmlFeed("https://watan.example/rss", "صحيفة الوطن"),
        OpmlFeed("https://wakala.example/ar/feed", "وكالة الأنباء"),
        OpmlFeed("https://tech.example/feed/", "عالم التقنية"),
    ]


def test_nested_folders_are_flattened_and_each_url_kept_once() -> None:
    assert read_opml(NESTED_EXPORT) == [
        OpmlFeed("https://mashreq.example/rss", "مرصد المشرق"),
        OpmlFeed("https://nameless.example/feed.xml", "nameless.example"),
        OpmlFeed("https://top.example/rss", "نص فقط"),
    ]


def test_opml_1_with_odd_attribute_case_and_windows_1256() -> None:
    document = (
        '<?xml version="1.0" encoding="windows-1256"?>'
        '<opml version="1.0"><head/><body>'
        '<outline TEXT="قناة قديمة" xmlurl="https://old.example/rss"/>'
        "</body></opml>"
    ).encode("cp1256")
    assert read_opml(document) == [OpmlFeed("https://old.example/rss", "قناة قديمة")]


def test_utf16_file_is_read() -> None:
    document = write_opml(FEEDS).decode().replace("UTF-8", "UTF-16").encode("utf-16")
    assert read_opml(document) == FEEDS


def test_empty_body_gives_no_feeds() -> None:
    assert read_opml(b'<opml version="2.0"><head><title>x</title></head><body/></opml>') == []


def test_outlines_outside_body_are_ignored() -> None:
    document = (
        b'<opml version="2.0"><head><outline xmlUrl="https://head.example/"/></head>'
        b'<body><outline text="a" xmlUrl="https://body.example/"/></body></opml>'
    )
    assert read_opml(document) == [OpmlFeed("https://body.example/", "a")]


def _error(document: bytes) -> str:
    with pytest.raises(OpmlError) as caught:
        read_opml(document)
    return str(caught.value)


def test_broken_xml_names_the_line() -> None:
    broken = FEEDLY_EXPORT.replace(b"</outline>\n        <outline", b"\n        <outline", 1)
    lines = broken.decode().split("\n")
    line = next(n for n, text in enumerate(lines, 1) if "</body>" in text)
    assert _error(broken) == f"line {line}: mismatched tag"


def test_truncated_file_is_refused() -> None:
    assert _error(FEEDLY_EXPORT[:300]).startswith("line ")


def test_undefined_entity_is_refused() -> None:
    document = b'<opml version="2.0"><body>\n<outline text="&nbsp;" xmlUrl="x"/></body></opml>'
    assert _error(document) == "line 2: undefined entity"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        pytest.param(b"", "not an OPML file: the file is empty", id="empty"),
        pytest.param(b"  \n", "not an OPML file: the file is empty", id="blank"),
        pytest.param(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>أخبار</title>'
            "</channel></rss>".encode(),
            "not an OPML file: this is an RSS or Atom feed itself; add its address as a feed",
            id="rss",
        ),
        pytest.param(
            b'<feed xmlns="http://www.w3.org/2005/Atom"/>',
            "not an OPML file: this is an RSS or Atom feed itself; add its address as a feed",
            id="atom",
        ),
        pytest.param(
            b"<html><body></body></html>",
            "not an OPML file: its root element is <html>, not <opml>",
            id="html",
        ),
        pytest.param(
            "اسم,رابط\nأخبار,https://a.example/rss\n".encode(),
            "not an OPML file: it is not XML (line 1: syntax error)",
            id="csv",
        ),
        pytest.param(
            b'<opml version="2.0"><head/></opml>',
            "not an OPML file: it has no <body> holding the feeds",
            id="no-body",
        ),
    ],
)
def test_not_opml_is_refused_in_plain_words(document: bytes, expected: str) -> None:
    assert _error(document) == expected


def _laughs() -> bytes:
    levels = ['<!ENTITY lol0 "ها">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE opml [' + "".join(levels) + "]>\n"
        '<opml version="2.0"><body><outline text="&lol9;" xmlUrl="https://b.example/"/>'
        "</body></opml>"
    ).encode()


def _xxe() -> bytes:
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE opml [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'
        b'<opml version="2.0"><body><outline text="&xxe;" xmlUrl="https://x.example/"/>'
        b"</body></opml>"
    )


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(_laughs(), id="billion-laughs"),
        pytest.param(_xxe(), id="xxe"),
        pytest.param(_laughs().decode().encode("utf-16"), id="billion-laughs-utf16"),
        pytest.param(
            b'<!DOCTYPE opml SYSTEM "file:///etc/passwd"><opml><body/></opml>', id="external-dtd"
        ),
    ],
)
def test_dtds_are_refused_before_any_entity(document: bytes) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        message = _error(document)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "DOCTYPE" in message
    assert message.startswith("line ")
    assert "root:" not in message
    assert peak < 5 * 1024 * 1024
    assert elapsed < 1


_NAMES = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn")), min_size=1, max_size=40
).filter(lambda name: name.strip() == name and name != "")


@given(st.lists(st.tuples(st.from_regex(r"[a-z0-9/?=&._-]{0,20}", fullmatch=True), _NAMES)))
@settings(max_examples=100)
def test_any_names_round_trip(pairs: list[tuple[str, str]]) -> None:
    feeds = list(
        {
            f"https://h.example/{path}": OpmlFeed(f"https://h.example/{path}", name)
            for path, name in pairs
        }.values()
    )
    assert read_opml(write_opml(feeds, title="عنوان")) == feeds
