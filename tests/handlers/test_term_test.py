"""/test TERM: what a term would have caught among the latest articles, highlighted."""

from __future__ import annotations

from bot.article import Article
from bot.keys import Keys
from handlers.term_test import render_test
from tests.handlers.bot_rig import BotRig

USER = 6161


def article(number: int, title: str, summary: str = "", link: str = "") -> Article:
    return Article(
        id=f"a{number}", feed_id="f1", feed_name="وكالة <الاختبار>",
        link=link or f"https://news.example/{number}", title=title, summary=summary,
    )  # fmt: skip


async def publish(rig: BotRig, keys: Keys, *articles: Article) -> None:
    for item in articles:
        await rig.redis.xadd(keys.articles(), {"article": item.to_json()})


async def test_test_shows_the_matches_in_bold_newest_first(rig: BotRig, keys: Keys) -> None:
    await publish(
        rig, keys,
        article(1, "القوات الكورية الشمالية تجري مناورات"),
        article(2, "كوريا الجنوبية تستضيف قمة اقتصادية"),
        article(3, "اجتماع أمني", "قال مسؤول إن كوريا الشماليّة أطلقت صاروخًا"),
    )  # fmt: skip
    reply = await rig.says(USER, "/test كوريا الشمالية")
    assert "التقطت \u2068كوريا الشمالية\u2069 2 من آخر 3 أخبار" in reply.text
    assert "القوات <b>الكورية الشمالية</b> تجري مناورات" in reply.text
    assert "<b>كوريا الشماليّة</b> أطلقت" in reply.text
    assert "الجنوبية" not in reply.text
    assert reply.text.index("أطلقت") < reply.text.index("مناورات")  # newest first
    assert "وكالة &lt;الاختبار&gt;" in reply.text
    assert await rig.services.subscriptions.terms(USER) == []  # testing stores nothing


async def test_test_says_when_nothing_matched_or_nothing_is_recorded(
    rig: BotRig, keys: Keys
) -> None:
    empty = await rig.says(USER, "/test روسيا")
    assert "لا أخبار جديدة مسجلة بعد" in empty.text
    await publish(rig, keys, article(1, "أمطار غزيرة في جنوب البلاد"))
    none = await rig.says(USER, "/test روسيا")
    assert "لم تلتقط \u2068روسيا\u2069 شيئًا من آخر خبر واحد" in none.text
    bad = await rig.says(USER, '/test "روسيا')
    assert "علامة اقتباس غير مغلقة" in bad.text


async def test_counts_agree_with_the_number_in_both_languages(rig: BotRig, keys: Keys) -> None:
    await publish(rig, keys, *(article(n, f"روسيا تعلن خطة رقم {n}") for n in range(1, 6)))
    five = await rig.says(USER, "/test روسيا")
    assert "التقطت \u2068روسيا\u2069 5 من آخر 5 أخبار:" in five.text
    none = await rig.says(USER, "/test إيران")
    assert "شيئًا من آخر 5 أخبار." in none.text
    await publish(rig, keys, *(article(n, f"أمطار في المدينة {n}") for n in range(6, 12)))
    eleven = await rig.says(USER, "/test إيران")
    assert "شيئًا من آخر 11 خبرًا." in eleven.text
    await rig.says(USER, "/lang en")
    english = await rig.says(USER, "/test إيران")
    assert "caught nothing in the last 11 articles." in english.text


def test_rendering_escapes_titles_and_drops_unsafe_links() -> None:
    hostile = article(1, "روسيا <script>alert(1)</script>", link="javascript:alert(1)")
    from bot.match.matcher import MatchIndex

    index = MatchIndex()
    index.add("روسيا")
    hit = index.match(hostile)[0]
    shown = render_test("روسيا", 10, [(hostile, hit)] * 7, "en")
    assert "&lt;script&gt;" in shown and "<script>" not in shown
    assert "javascript:" not in shown
    assert "caught 7 of the last 10 articles" in shown
    assert "… and 2 more." in shown


async def test_test_catches_a_term_in_the_body_and_shows_it(rig: BotRig, keys: Keys) -> None:
    body = "وصل الوفد صباح الأحد.\nوقال المتحدث إن كوريا الشمالية وافقت على الحوار."
    item = Article(
        id="b1", feed_id="f1", feed_name="صحيفة", link="https://news.example/b1",
        title="وفد يزور العاصمة", summary="بدأ الوفد زيارته.", body=body,
    )  # fmt: skip
    await publish(rig, keys, item)
    reply = await rig.says(USER, "/test كوريا الشمالية")
    assert "1 من آخر خبر واحد" in reply.text
    assert "<b>كوريا الشمالية</b> وافقت" in reply.text
    kept = await rig.says(USER, "/test عنوان: كوريا الشمالية")
    assert "لم تلتقط" in kept.text


async def test_test_adds_the_notes_about_a_risky_term(rig: BotRig, keys: Keys) -> None:
    await publish(
        rig, keys,
        article(1, "غينيا الاستوائية تفوز بالكأس"),
        article(2, "انتخابات رئاسية في غينيا"),
    )  # fmt: skip
    reply = await rig.says(USER, "/test غينيا")
    assert "التقطت \u2068غينيا\u2069 1 من آخر خبرين" in reply.text
    assert "انتخابات رئاسية في <b>غينيا</b>" in reply.text
    assert "\u2068غينيا الاستوائية\u2069" in reply.text and "لن أعدّ ذكرها" in reply.text
