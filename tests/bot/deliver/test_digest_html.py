"""The digest: kept alerts grouped by term, as valid Telegram HTML split to fit."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.article import Article
from bot.deliver.alert_html import MAX_MESSAGE, RLM, html_to_text, utf16_len
from bot.deliver.digest_html import DigestItem, render_digest
from bot.match.matcher import Hit, MatchIndex
from tests.bot.deliver.test_alert_html import assert_valid_telegram_html
from tests.telegram_html import parse_html

RIYADH = ZoneInfo("Asia/Riyadh")
START = datetime(2026, 3, 1, 6, 0, tzinfo=UTC)


def item(
    number: int,
    title: str,
    *terms: str,
    link: str = "",
    feed_name: str = "وكالة الأنباء",
) -> DigestItem:
    article = Article(
        id=f"a{number}",
        feed_id="f1",
        feed_name=feed_name,
        link=link or f"https://news.example/{number}",
        title=title,
        summary="",
        published=START + timedelta(minutes=number),
    )
    index = MatchIndex()
    for term in terms:
        index.add(term)
    hits = index.match(article)
    assert [hit.term for hit in hits] == list(terms), "each term must match the title"
    return DigestItem.of(article, hits)


def test_heading_groups_and_lines() -> None:
    items = [
        item(1, "القوات الكورية الشمالية تعبر الحدود", "كوريا الشمالية"),
        item(2, "روسيا تحذر من التصعيد", "روسيا"),
        item(3, "كوريا الشمالية وروسيا توقعان اتفاقا", "كوريا الشمالية", "روسيا"),
    ]
    [message] = render_digest(items, lang="ar", zone=RIYADH)
    lines = message.split("\n")
    assert lines[0] == f"{RLM}📋 ملخص رصد — 3 أخبار"
    assert lines[1:4] == [
        "",
        f"{RLM}<b>🔔 كوريا الشمالية</b>",
        f"{RLM}• القوات <b>الكورية الشمالية</b> تعبر الحدود — وكالة الأنباء · 03-01 09:01 · "
        '<a href="https://news.example/1">اقرأ</a>',
    ]
    assert lines[4] == (
        f"{RLM}• <b>كوريا الشمالية</b> <b>وروسيا</b> توقعان اتفاقا — وكالة الأنباء · "
        '03-01 09:03 · <a href="https://news.example/3">اقرأ</a> · وأيضًا: روسيا'
    )
    assert lines[5:] == [
        "",
        f"{RLM}<b>🔔 روسيا</b>",
        f"{RLM}• <b>روسيا</b> تحذر من التصعيد — وكالة الأنباء · 03-01 09:02 · "
        '<a href="https://news.example/2">اقرأ</a>',
    ]
    assert_valid_telegram_html(message)


def test_english_digest() -> None:
    items = [item(1, "Russia warns", "Russia"), item(2, "Russia and China", "Russia", "China")]
    [message] = render_digest(items, lang="en", zone=RIYADH)
    assert message.startswith("📋 Rasd digest — 2 articles\n")
    assert "also: China" in message
    assert '<a href="https://news.example/2">Read</a>' in message
    assert RLM not in message
    assert_valid_telegram_html(message)


def test_an_article_kept_twice_is_shown_once() -> None:
    one = item(1, "روسيا تحذر", "روسيا")
    [message] = render_digest([one, one], lang="ar", zone=RIYADH)
    assert "خبر واحد" in message
    assert message.count("روسيا</b> تحذر") == 1


def test_no_items_no_message() -> None:
    assert render_digest([], lang="ar", zone=RIYADH) == []


def test_300_items_split_into_valid_messages() -> None:
    terms = ["كوريا الشمالية", "روسيا", "إيران"]
    items = [
        item(n, f"{terms[n % 3]} في خبر رقم {n} " + "تفاصيل إضافية عن الحدث " * 5, terms[n % 3])
        for n in range(300)
    ]
    messages = render_digest(items, lang="ar", zone=RIYADH)
    assert len(messages) > 2
    shown: list[str] = []
    for number, message in enumerate(messages, start=1):
        assert utf16_len(message) <= MAX_MESSAGE
        assert_valid_telegram_html(message)
        first = message.split("\n")[0]
        assert first == f"{RLM}📋 ملخص رصد — 300 خبر ({number}/{len(messages)})"
        lines = message.split("\n")
        # Each message's first item sits under its term's heading.
        assert lines[2].startswith(f"{RLM}<b>🔔 ")
        shown += [line for line in lines if line.startswith(f"{RLM}• ")]
    assert len(shown) == 300
    for n in range(300):
        assert sum(f'news.example/{n}"' in line for line in shown) == 1


def test_hostile_items_still_fit_one_by_one() -> None:
    hostile = DigestItem(
        article_id="x",
        terms=tuple("&<>" * 20 for _ in range(10)),
        title="&" * 200,
        title_spans=tuple((i, i + 1) for i in range(0, 200, 2)),
        feed_name="<" * 60,
        link="https://news.example/" + "&" * 270,
        published="2026-03-01T06:00:00+00:00",
    )
    copies = [replace(hostile, article_id=f"x{n}") for n in range(12)]
    messages = render_digest(copies, lang="ar", zone=RIYADH)
    for message in messages:
        assert utf16_len(message) <= MAX_MESSAGE
        assert_valid_telegram_html(message)
    assert sum(message.count("• ") for message in messages) == 12


def test_stored_form_round_trips_and_stays_small() -> None:
    long_title = "كوريا الشمالية " + "تفاصيل " * 500
    kept = item(1, long_title, "كوريا الشمالية")
    again = DigestItem.from_json(kept.to_json())
    assert again == kept
    assert len(kept.title) <= 202
    assert kept.title[slice(*kept.title_spans[0])] == "كوريا الشمالية"
    assert len(kept.to_json()) < 700


def test_a_bad_link_is_not_linked_and_a_missing_time_is_left_out() -> None:
    bad = DigestItem("b", ("روسيا",), "روسيا", ((0, 5),), "مصدر", "javascript:alert(1)", "")
    [message] = render_digest([bad], lang="ar", zone=RIYADH)
    assert "<a " not in message
    assert html_to_text(message).split("\n")[-1] == f"{RLM}• روسيا — مصدر"


@settings(max_examples=30)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet="كوريا<>&\"'🚀\n", max_size=400),
            st.text(alphabet="<>&ab", max_size=80),
            st.lists(st.text(alphabet="&<روس", min_size=1, max_size=70), min_size=1, max_size=12),
        ),
        max_size=60,
    ),
    st.sampled_from(["ar", "en"]),
)
def test_any_items_give_valid_messages_with_every_item_once(
    raw: list[tuple[str, str, list[str]]], lang: str
) -> None:
    items = [
        DigestItem.of(
            Article(f"a{n}", "f", name, f"https://x.example/{n}", title, "", START),
            [Hit(term, ()) for term in terms],
        )
        for n, (title, name, terms) in enumerate(raw)
    ]
    messages = render_digest(items, lang="ar" if lang == "ar" else "en", zone=RIYADH)
    for message in messages:
        assert utf16_len(message) <= MAX_MESSAGE
        parse_html(message)
        assert_valid_telegram_html(message)
    joined = "\n".join(messages)
    for n in range(len(items)):
        assert joined.count(f'href="https://x.example/{n}"') == 1
