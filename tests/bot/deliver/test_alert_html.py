"""The alert message: Telegram HTML with the matches in bold, escaped, short, right to left."""

from __future__ import annotations

from datetime import UTC, datetime
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.article import Article
from bot.deliver.alert_html import (
    MAX_MESSAGE,
    RLM,
    html_to_text,
    render_alert,
    safe_link,
    utf16_len,
    with_outlets,
)
from bot.lang import Lang
from bot.match.matcher import Hit, MatchIndex
from tests.telegram_html import parse_html

RIYADH = ZoneInfo("Asia/Riyadh")


def article(
    title: str = "القوات الكورية الشمالية تعبر الحدود",
    summary: str = "قال متحدث إن كوريا الشمالية أطلقت صاروخا قرب الحدود.",
    link: str = "https://news.example/a/1",
    feed_name: str = "وكالة الأنباء",
    published: datetime | None = datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
) -> Article:
    return Article("a1", "feed1", feed_name, link, title, summary, published)


def hits_for(item: Article, *terms: str) -> list[Hit]:
    index = MatchIndex()
    for term in terms:
        index.add(term)
    return index.match(item)


def render(item: Article, *terms: str, lang: Lang = "ar") -> str:
    return render_alert(item, hits_for(item, *terms), lang=lang, zone=RIYADH)


def entity_texts(message: str) -> list[tuple[str, str]]:
    """Return (type, text) of each entity Telegram would find, in order."""
    text, entities = parse_html(message)
    units = text.encode("utf-16-le")
    return [
        (e["type"], units[2 * e["offset"] : 2 * (e["offset"] + e["length"])].decode("utf-16-le"))
        for e in entities
    ]


class _TagCheck(HTMLParser):
    """Fails on any tag but <b> and <a href>, and on unbalanced ones."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in ("b", "a"), tag
        assert tag not in self.open, f"nested <{tag}>"
        if tag == "a":
            assert [name for name, _ in attrs] == ["href"]
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"unbalanced </{tag}>"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def assert_valid_telegram_html(message: str) -> None:
    """Parse as Telegram would (raises on a markup error); allow only <b> and <a href>."""
    text, entities = parse_html(message)
    assert {entity["type"] for entity in entities} <= {"bold", "text_link"}
    assert utf16_len(text) <= MAX_MESSAGE
    parser = _TagCheck()
    parser.feed(message)
    parser.close()
    assert parser.open == []


def test_matched_words_are_bold_in_title_and_summary() -> None:
    message = render(article(), "كوريا الشمالية")
    lines = message.split("\n")
    assert lines[0] == f"{RLM}🔔 تنبيه: كوريا الشمالية"
    assert lines[1] == f"{RLM}القوات <b>الكورية الشمالية</b> تعبر الحدود"
    assert lines[2] == f"{RLM}قال متحدث إن <b>كوريا الشمالية</b> أطلقت صاروخا قرب الحدود."
    assert_valid_telegram_html(message)


def test_telegram_sees_bold_exactly_on_the_matches_and_one_link() -> None:
    item = article(summary="وقالت روسيا إن كوريا الشمالية شريك 🤝 في المنطقة.")
    found = entity_texts(render(item, "كوريا الشمالية", "روسيا"))
    assert found == [
        ("bold", "الكورية الشمالية"),
        ("bold", "روسيا"),
        ("bold", "كوريا الشمالية"),
        ("text_link", "اقرأ الخبر"),
    ]


def test_source_time_in_the_zone_and_link() -> None:
    lines = render(article(), "كوريا الشمالية").split("\n")
    assert lines[3] == f"{RLM}📰 المصدر: وكالة الأنباء"
    assert lines[4] == f"{RLM}🕒 2026-03-01 12:30 +03"
    assert lines[5] == f'{RLM}🔗 <a href="https://news.example/a/1">اقرأ الخبر</a>'


def test_every_arabic_line_starts_right_to_left() -> None:
    item = article(
        title="Reuters: كوريا الشمالية", summary="«كوريا الشمالية» 2026", feed_name="BBC"
    )
    for line in render(item, "كوريا الشمالية").split("\n"):
        assert line.startswith(RLM)


def test_english_labels_and_no_rtl_marks() -> None:
    message = render(article(), "كوريا الشمالية", "روسيا", lang="en")
    assert "🔔 Alert: كوريا الشمالية" in message
    assert "📰 Source: وكالة الأنباء" in message
    assert ">Read the article</a>" in message
    assert RLM not in message
    assert_valid_telegram_html(message)


def test_every_matched_term_is_listed() -> None:
    item = article(summary="وقالت روسيا إن كوريا الشمالية شريك، ونقلت إيران الخبر.")
    first = render(item, "روسيا", "إيران", "كوريا الشمالية", "الصين").split("\n")[0]
    assert first == f"{RLM}🔔 تنبيه: كوريا الشمالية · روسيا · إيران"


def test_everything_from_the_feed_is_escaped() -> None:
    item = article(
        title="<script>alert(1)</script> كوريا الشمالية & شركاؤها",
        summary='قال "المتحدث" <i>إن</i> كوريا الشمالية A&B',
        feed_name="<b>وكالة</b> & شركاه",
        link='https://news.example/a?x=1&y="2"<>',
    )
    message = render(item, "كوريا الشمالية")
    assert "<script>" not in message
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in message
    assert "<b>كوريا الشمالية</b> &amp; شركاؤها" in message
    assert "&lt;i&gt;إن&lt;/i&gt;" in message
    assert "A&amp;B" in message
    assert "&lt;b&gt;وكالة&lt;/b&gt; &amp; شركاه" in message
    assert 'href="https://news.example/a?x=1&amp;y=&quot;2&quot;&lt;&gt;"' in message
    assert_valid_telegram_html(message)


def test_terms_are_escaped_too() -> None:
    item = article(title="كوريا الشمالية <تحذر>")
    message = render(item, 'كوريا الشمالية -"<كوريا الجنوبية>"')
    assert "&lt;كوريا الجنوبية&gt;" in message.split("\n")[0]
    assert_valid_telegram_html(message)


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(document.cookie)",
        "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://files.example/a",
        "//news.example/a",
        "https://",
        "https://news.example/a b",
        "",
    ],
)
def test_only_http_links_are_linked(link: str) -> None:
    message = render(article(link=link), "كوريا الشمالية")
    assert "<a " not in message
    assert "javascript" not in message.lower()
    assert safe_link(link) is None


def test_no_time_line_without_a_publication_time() -> None:
    message = render(article(published=None), "كوريا الشمالية")
    assert "🕒" not in message


def test_a_naive_publication_time_is_taken_as_utc() -> None:
    message = render(article(published=datetime(2026, 3, 1, 9, 30)), "كوريا الشمالية")
    assert "🕒 2026-03-01 12:30 +03" in message


def test_a_newline_in_the_title_does_not_break_the_layout() -> None:
    message = render(article(title="عاجل\nكوريا الشمالية\r\tتطلق صاروخا"), "كوريا الشمالية")
    assert f"{RLM}عاجل <b>كوريا الشمالية</b>  تطلق صاروخا" in message.split("\n")


def test_a_20000_character_title_stays_under_the_limit() -> None:
    filler = "خبر طويل جدا عن الأحداث الجارية " * 700
    item = article(title=f"{filler}كوريا الشمالية {filler}", summary=f"{filler}كوريا الشمالية")
    assert len(item.title) > 20_000
    message = render(item, "كوريا الشمالية")
    assert len(message) <= MAX_MESSAGE
    title_line = message.split("\n")[1]
    assert "<b>كوريا الشمالية</b>" in title_line
    assert title_line.startswith(f"{RLM}…") and title_line.endswith("…")
    assert_valid_telegram_html(message)


def test_hostile_text_that_grows_when_escaped_still_fits() -> None:
    item = article(
        title="&<>" * 7000,
        summary="&" * 20_000,
        feed_name="<>" * 5000,
        link="https://news.example/" + "&" * 280,
    )
    terms = [f"كلمة{i}" for i in range(100)]
    hits = [Hit(term, ()) for term in terms]
    message = render_alert(item, hits, lang="ar", zone=RIYADH)
    assert len(message) <= MAX_MESSAGE
    assert_valid_telegram_html(message)


def test_a_title_of_emoji_is_counted_as_telegram_counts() -> None:
    item = article(title="🚀" * 5000 + " كوريا الشمالية", summary="🔥" * 5000)
    message = render(item, "كوريا الشمالية")
    assert utf16_len(message) <= MAX_MESSAGE
    assert_valid_telegram_html(message)


def test_many_long_terms_are_summarized() -> None:
    hits = [Hit(f"عبارة طويلة رقم {i} " + "ط" * 150, ()) for i in range(100)]
    message = render_alert(article(), hits, lang="en", zone=RIYADH)
    assert len(message) <= MAX_MESSAGE
    assert "more" in message.split("\n")[0]


def test_html_to_text_spells_links_out_and_decodes_entities() -> None:
    message = render(article(title="كوريا الشمالية & <الجنوبية>"), "كوريا الشمالية")
    plain = html_to_text(message)
    assert "<b>" not in plain
    assert "كوريا الشمالية & <الجنوبية>" in plain
    assert plain.endswith("اقرأ الخبر: https://news.example/a/1")


LONG_SUMMARY = (
    "عقد مجلس الأمن جلسة طارئة مساء الاثنين. وناقش الأعضاء الوضع الإنساني في المنطقة.\n\n"
    "وقال المندوب الروسي إن بلاده تعارض أي قرار جديد بشأن كوريا الشمالية. "
    "وأضاف أن موسكو تدعم الحوار. ورد المندوب الأمريكي بأن الوقت ينفد.\n\n"
    "ومن المقرر أن تستأنف المشاورات يوم الخميس. ولم يصدر بيان ختامي."
)


def summary_line(message: str) -> str:
    return message.split("\n")[2]


def test_the_summary_is_the_sentences_around_the_match() -> None:
    item = article(title="مجلس الأمن يجتمع", summary=LONG_SUMMARY)
    line = summary_line(render(item, "كوريا الشمالية"))
    assert line == (
        f"{RLM}وقال المندوب الروسي إن بلاده تعارض أي قرار جديد بشأن <b>كوريا الشمالية</b>. "
        "وأضاف أن موسكو تدعم الحوار."
    )


def test_a_match_in_the_title_only_shows_the_first_sentences() -> None:
    item = article(title="كوريا الشمالية على طاولة مجلس الأمن", summary=LONG_SUMMARY)
    line = summary_line(render(item, "مجلس الأمن"))
    assert line == (
        f"{RLM}عقد <b>مجلس الأمن</b> جلسة طارئة مساء الاثنين. "
        "وناقش الأعضاء الوضع الإنساني في المنطقة."
    )
    only_title = article(title="الملف النووي على الطاولة", summary=LONG_SUMMARY)
    line = summary_line(render(only_title, "الطاولة"))
    assert line.startswith(f"{RLM}عقد مجلس الأمن جلسة طارئة")


def test_a_summary_that_repeats_the_title_starts_after_it() -> None:
    item = article(
        title="انفجار في مرفأ بيروت",
        summary="انفجار في مرفأ بيروت. وقالت السلطات إن الحريق تحت السيطرة؟ ولم تعلن الأسباب.",
    )
    line = summary_line(render(item, "بيروت"))
    assert line == f"{RLM}وقالت السلطات إن الحريق تحت السيطرة؟ ولم تعلن الأسباب."
    same = article(title="انفجار في مرفأ بيروت", summary="انفجار في مرفأ بيروت")
    assert len(render(same, "بيروت").split("\n")) == 5  # no summary line at all


def test_question_mark_semicolon_and_decimals_in_the_summary() -> None:
    item = article(
        title="أسعار النفط",
        summary="هل يرتفع النفط؟ ارتفع خام برنت 3.5 دولار؛ وقال محللون إن الطلب قوي. وانتهى.",
    )
    line = summary_line(render(item, "برنت"))
    assert line == f"{RLM}ارتفع خام <b>برنت</b> 3.5 دولار؛ وقال محللون إن الطلب قوي."


def test_several_terms_bold_in_the_excerpt() -> None:
    item = article(title="اجتماع دولي", summary=LONG_SUMMARY)
    message = render(item, "موسكو", "كوريا الشمالية", "الخميس")
    assert summary_line(message) == (
        f"{RLM}وقال المندوب الروسي إن بلاده تعارض أي قرار جديد بشأن <b>كوريا الشمالية</b>. "
        "وأضاف أن <b>موسكو</b> تدعم الحوار."
    )
    assert message.split("\n")[0] == f"{RLM}🔔 تنبيه: كوريا الشمالية · موسكو · الخميس"
    assert_valid_telegram_html(message)


def test_a_very_long_sentence_is_clipped_around_the_match() -> None:
    filler = "في إطار الجهود الدبلوماسية المتواصلة منذ أشهر طويلة "
    summary = filler * 40 + "أعلنت كوريا الشمالية تعليق التجارب " + filler * 40 + "."
    message = render(article(title="خبر", summary=summary), "كوريا الشمالية")
    line = summary_line(message)
    assert line.startswith(f"{RLM}…") and line.endswith("…")
    assert "<b>كوريا الشمالية</b>" in line
    assert len(html_to_text(line)) <= 404
    assert_valid_telegram_html(message)


def test_html_in_the_summary_sentences_is_escaped() -> None:
    item = article(
        title="خبر",
        summary='مقدمة. قال <script>x</script> إن "كوريا الشمالية" & <b>حلفاءها</b> اجتمعوا.',
    )
    message = render(item, "كوريا الشمالية")
    assert summary_line(message) == (
        f'{RLM}مقدمة. قال &lt;script&gt;x&lt;/script&gt; إن "<b>كوريا الشمالية</b>" &amp; '
        "&lt;b&gt;حلفاءها&lt;/b&gt; اجتمعوا."
    )
    assert_valid_telegram_html(message)


def test_a_summary_in_many_lines_stays_one_line() -> None:
    item = article(title="خبر", summary="سطر أول\nفيه كوريا الشمالية\r\nوسطر ثالث")
    message = render(item, "كوريا الشمالية")
    assert summary_line(message) == f"{RLM}فيه <b>كوريا الشمالية</b> وسطر ثالث"
    assert all(line.startswith(RLM) for line in message.split("\n"))


def test_english_alert_with_the_excerpt_is_valid_and_fits() -> None:
    item = article(title="Security Council meets", summary=LONG_SUMMARY * 20)
    message = render(item, "كوريا الشمالية", lang="en")
    assert_valid_telegram_html(message)
    assert utf16_len(message) <= MAX_MESSAGE


_HOSTILE = st.text(alphabet="كوريا الشمالية<>&\"'؟.؛!\n🚀\u200f", max_size=3000)


@settings(max_examples=60)
@given(title=_HOSTILE, summary=_HOSTILE, name=_HOSTILE, lang=st.sampled_from(["ar", "en"]))
def test_any_text_gives_valid_html_within_the_limit(
    title: str, summary: str, name: str, lang: Lang
) -> None:
    item = article(title=title, summary=summary, feed_name=name)
    message = render(item, "كوريا الشمالية", "الشمالية", lang=lang)
    assert utf16_len(message) <= MAX_MESSAGE
    assert_valid_telegram_html(message)


def test_the_other_outlets_join_the_source_line_as_links() -> None:
    sent = render(article(), "كوريا الشمالية")
    outlets = [("سكاي نيوز <عربية>", "https://sky.example/1?a=1&b=2"), ("فرانس 24", "js:x")]
    edited = with_outlets(sent, outlets, lang="ar")
    source = next(line for line in edited.split("\n") if "📰" in line)
    assert source.startswith(RLM + "📰 المصدر: وكالة الأنباء · وأيضًا: ")
    assert '<a href="https://sky.example/1?a=1&amp;b=2">سكاي نيوز &lt;عربية&gt;</a>' in source
    assert source.endswith("، فرانس 24")  # not a safe link: the name alone
    assert edited.replace(source, "") == sent.replace(sent.split("\n")[3], "")  # the rest kept
    assert_valid_telegram_html(edited)


def test_outlets_are_cut_to_fit_telegrams_limit() -> None:
    sent = render(article(summary="خبر " * 2000), "كوريا الشمالية")
    many = [(f"مصدر رقم {n}", f"https://outlet{n}.example/" + "x" * 900) for n in range(40)]
    edited = with_outlets(sent, many, lang="en")
    assert utf16_len(edited) <= MAX_MESSAGE
    assert "مصدر رقم 0" in edited
    assert_valid_telegram_html(edited)
