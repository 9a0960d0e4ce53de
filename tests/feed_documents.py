"""Arabic feed documents written for the tests, in every format Rasd reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from xml.sax.saxutils import escape

BASE_TIME = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

# Headlines of our own, so a fresh clone needs no corpus.
HEADLINES = (
    ("القوات الكورية الشمالية تجري مناورات قرب الحدود", "أعلنت وسائل إعلام رسمية بدء المناورات."),
    ("وزير الخارجية الروسي يصل إلى القاهرة", "يبحث الوزير مع نظيره المصري ملفات المنطقة."),
    ("ارتفاع أسعار النفط بعد قرار أوبك", "صعد خام برنت في التعاملات المبكرة."),
    ("افتتاح معرض الرياض الدولي للكتاب", "يشارك في المعرض ناشرون من ثلاثين دولة."),
    ("أمطار غزيرة وسيول في جنوب البلاد", "حذرت هيئة الأرصاد من جريان الأودية."),
    ("البنك المركزي يبقي أسعار الفائدة دون تغيير", "قال المحافظ إن التضخم يتراجع ببطء."),
    ("منتخب المغرب يتأهل إلى نصف النهائي", "فاز المنتخب بهدفين دون رد."),
    ("محادثات جديدة بشأن الملف النووي الإيراني", "تستضيف مسقط الجولة المقبلة من المحادثات."),
)


@dataclass(frozen=True, slots=True)
class Item:
    """One article in a test feed."""

    guid: str
    title: str
    link: str
    summary: str
    published: datetime
    content: str = ""  # the item's full text as HTML, sent as content:encoded when set


def items(site: str, count: int, start: int = 0) -> list[Item]:
    """Return `count` distinct items of a site, numbered from `start`, newest first."""
    made = []
    for number in range(start, start + count):
        title, summary = HEADLINES[number % len(HEADLINES)]
        made.append(
            Item(
                guid=f"{site}-{number}",
                title=f"{title} ({number})",
                link=f"https://{site}.example/news/{number}",
                summary=summary,
                published=BASE_TIME + timedelta(minutes=number),
            )
        )
    return sorted(made, key=lambda item: item.published, reverse=True)


def _rfc822(moment: datetime) -> str:
    return moment.strftime("%a, %d %b %Y %H:%M:%S +0000")


def rss20(entries: list[Item], title: str = "أخبار الاختبار", ttl: int | None = None) -> bytes:
    """Return an RSS 2.0 document in UTF-8."""
    return rss20_text(entries, title, ttl, encoding="utf-8").encode("utf-8")


def rss20_text(entries: list[Item], title: str, ttl: int | None, encoding: str) -> str:
    """Return an RSS 2.0 document as text, declaring `encoding`."""
    body = "".join(
        f"<item><title>{escape(e.title)}</title><link>{escape(e.link)}</link>"
        f'<guid isPermaLink="false">{escape(e.guid)}</guid>'
        f"<pubDate>{_rfc822(e.published)}</pubDate>"
        f"<description>{escape('<p>' + e.summary + '</p>')}</description>"
        + (f"<content:encoded>{escape(e.content)}</content:encoded>" if e.content else "")
        + "</item>"
        for e in entries
    )
    ttl_tag = f"<ttl>{ttl}</ttl>" if ttl is not None else ""
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{escape(title)}</title>"
        f"<link>https://test.example/</link>{ttl_tag}{body}</channel></rss>"
    )


def rss20_windows1256(entries: list[Item], title: str = "أخبار قديمة الترميز") -> bytes:
    """Return an RSS 2.0 document encoded, and declared, as windows-1256."""
    return rss20_text(entries, title, None, encoding="windows-1256").encode("cp1256")


def atom(entries: list[Item], title: str = "أطلس الاختبار") -> bytes:
    """Return an Atom 1.0 document."""
    body = "".join(
        f"<entry><title>{escape(e.title)}</title><id>urn:{escape(e.guid)}</id>"
        f'<link href="{escape(e.link)}"/><updated>{e.published.isoformat()}</updated>'
        f'<summary type="text">{escape(e.summary)}</summary></entry>'
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}</title>'
        f"<id>urn:test-feed</id><updated>{BASE_TIME.isoformat()}</updated>{body}</feed>"
    ).encode()


def rss10(entries: list[Item], title: str = "قناة RDF") -> bytes:
    """Return an RSS 1.0 (RDF) document."""
    body = "".join(
        f'<item rdf:about="{escape(e.link)}"><title>{escape(e.title)}</title>'
        f"<link>{escape(e.link)}</link><description>{escape(e.summary)}</description>"
        f"<dc:date>{e.published.isoformat()}</dc:date></item>"
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="https://rdf.example/"><title>{escape(title)}</title>'
        "<link>https://rdf.example/</link><description>وصف</description></channel>"
        f"{body}</rdf:RDF>"
    ).encode()
