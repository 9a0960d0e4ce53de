"""Feed bytes to text: every encoding route keeps the Arabic; entity declarations are refused."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from feeds.feed import Feed
from feeds.parser import parse_feed
from tests.feed_documents import items, rss20, rss20_text, rss20_windows1256

FEED = Feed.from_url("https://news.example/ar/rss", "أخبار المثال")


# ---------------------------------------------------------------------------
# Encodings: declared, from HTTP only, contradicting each other
# ---------------------------------------------------------------------------

ENCODED = items("enc", 2)
TITLES = [item.title for item in ENCODED]


def _undeclared(encoding: str) -> bytes:
    """Return an RSS 2.0 document with no XML declaration at all."""
    text = rss20_text(ENCODED, "عنوان", None, encoding="x")
    return text.split("?>", 1)[1].lstrip().encode(encoding)


def _declared(declared: str, actual: str) -> bytes:
    return rss20_text(ENCODED, "عنوان", None, encoding=declared).encode(actual)


@pytest.mark.parametrize(
    ("document", "content_type"),
    [
        pytest.param(rss20_windows1256(ENCODED), None, id="declared-windows-1256"),
        pytest.param(
            _undeclared("cp1256"), "application/rss+xml; charset=windows-1256", id="http-only"
        ),
        pytest.param(_undeclared("cp1256"), "text/xml; charset=Windows-1256", id="http-only-text"),
        pytest.param(_undeclared("cp1256"), None, id="no-label-arabic-default"),
        pytest.param(
            _declared("windows-1256", "cp1256"), "text/xml; charset=utf-8", id="http-says-utf8"
        ),
        pytest.param(
            _declared("windows-1256", "cp1256"),
            "text/xml; charset=ISO-8859-1",
            id="http-server-default-latin1",
        ),
        pytest.param(
            _declared("iso-8859-1", "cp1256"),
            "application/xml; charset=windows-1256",
            id="declaration-says-latin1",
        ),
        pytest.param(
            _declared("utf-8", "utf-8"), "text/xml; charset=windows-1256", id="utf8-called-1256"
        ),
        pytest.param(
            _declared("utf-8", "utf-8"), "text/xml; charset=iso-8859-1", id="utf8-called-latin1"
        ),
        pytest.param(_declared("ISO-8859-6", "iso8859_6"), None, id="iso-8859-6"),
        pytest.param(_declared("utf-16", "utf-16"), None, id="utf-16-bom"),
        pytest.param(_declared("utf-16", "utf-16-be"), None, id="utf-16be-no-bom"),
        pytest.param(_declared("utf-8", "utf-8"), "text/xml", id="text-xml-without-charset"),
        pytest.param(_declared("utf-8", "utf-8"), "text/html; charset=utf-8", id="served-as-html"),
        pytest.param(_declared("utf-8", "utf-8"), "text/plain", id="served-as-text"),
        pytest.param(
            b"\xef\xbb\xbf\n\n  " + _declared("utf-8", "utf-8"), None, id="bom-and-blank-lines"
        ),
        pytest.param(_declared("unicode_escape", "cp1256"), None, id="nonsense-label"),
    ],
)
def test_arabic_survives_every_encoding_route(document: bytes, content_type: str | None) -> None:
    parsed = parse_feed(FEED, document, content_type)
    assert [e.article.title for e in parsed.entries] == TITLES
    # Wrong labels and non-XML media types lose nothing, so they are no warning.
    assert parsed.problem is None


def test_html_entities_and_control_characters_are_not_called_broken() -> None:
    text = rss20(ENCODED).decode()
    end = "</title><link>https://enc"  # the first item's, not the channel's
    text = text.replace(end, "&nbsp;&laquo;عاجل&raquo;\x08" + end, 1)
    parsed = parse_feed(FEED, text.encode())
    assert parsed.problem is None
    assert parsed.entries[0].article.title == TITLES[0] + " «عاجل»"


# ---------------------------------------------------------------------------
# Entity bombs and external entities
# ---------------------------------------------------------------------------


def _laughs(one_line: bool) -> bytes:
    """Return a "billion laughs" feed: ten entities, each ten of the one before."""
    levels = ['<!ENTITY lol0 "ضحك">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    ]
    separator = "" if one_line else "\n"
    dtd = separator.join(levels)
    return (
        f'<?xml version="1.0"?>{separator}<!DOCTYPE rss [{separator}{dtd}{separator}]>'
        '<rss version="2.0"><channel><title>ق</title><item><title>قنبلة &lol9;</title>'
        "<link>https://bomb.example/1</link><description>&lol9;</description></item>"
        "</channel></rss>"
    ).encode()


def _quadratic() -> bytes:
    """Return a feed repeating one 100 kB entity; feedparser's loose parser expands it."""
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY big "'
        + "ض" * 50_000
        + '">\n]>\n<rss version="2.0"><channel><item><title>ت</title>'
        + "<description>"
        + "&big;" * 2000
        + "</descr></item></channel></rss>"
    ).encode()


def _xxe(declaration: str, use: str) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n{declaration}\n]>\n'
        f'<rss version="2.0"><channel><item><title>ملف {use}</title>'
        f"<link>https://xxe.example/1</link><description>{use}</description></item>"
        "</channel></rss>"
    ).encode()


ATTACKS = [
    pytest.param(_laughs(one_line=False), id="billion-laughs"),
    pytest.param(_laughs(one_line=True), id="billion-laughs-one-line"),
    pytest.param(_laughs(one_line=True).decode().encode("utf-16"), id="billion-laughs-utf16"),
    pytest.param(_quadratic(), id="quadratic-blowup"),
    pytest.param(
        _quadratic().replace(b"<!DOCTYPE rss [\n", b"").replace(b"\n]>", b"\n<!DOCTYPE rss>"),
        id="entity-before-doctype",
    ),
    pytest.param(_xxe('<!ENTITY xxe SYSTEM "file:///etc/passwd">', "&xxe;"), id="xxe"),
    pytest.param(_xxe('<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;', ""), id="xxe-parameter"),
    pytest.param(
        _xxe('<!entity xxe system "file:///etc/passwd">', "&xxe;").replace(b"DOCTYPE", b"doctype"),
        id="xxe-lower-case",
    ),
]


@pytest.mark.parametrize("document", ATTACKS)
def test_entity_declarations_are_refused_cheaply(document: bytes) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        parsed = parse_feed(FEED, document, "application/rss+xml")
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50 * 1024 * 1024
    assert elapsed < 5
    assert parsed.entries == ()
    assert parsed.problem is not None
    assert "XML entities" in str(parsed.problem)


def test_external_dtd_is_never_read() -> None:
    document = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "file:///etc/passwd">\n'
        '<rss version="2.0"><channel><item><title>عنوان سليم</title>'
        "<link>https://dtd.example/1</link></item></channel></rss>"
    ).encode()
    parsed = parse_feed(FEED, document)
    (entry,) = parsed.entries
    assert entry.article.title == "عنوان سليم"
    assert "root:" not in f"{entry.article}"
