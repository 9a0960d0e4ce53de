"""The alert's excerpt: from the teaser or the body, around the matches, showing every term."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.article import Article
from bot.deliver.alert_html import RLM, html_to_text, render_alert
from bot.match.matcher import MatchIndex
from tests.telegram_html import parse_html

RIYADH = ZoneInfo("Asia/Riyadh")
BODY = (
    "وصل الوفد إلى العاصمة صباح الأحد في زيارة تستمر ثلاثة أيام.\n"
    "وعقد الوفد اجتماعات مع مسؤولين في وزارة الخارجية.\n"
    "وقال المتحدث إن كوريا الشمالية وافقت على استئناف المحادثات. "
    "وأضاف أن الجولة المقبلة ستعقد في جنيف.\n"
    "ولم يصدر تعليق رسمي حتى الآن."
)


def item(title: str, summary: str, body: str = "") -> Article:
    return Article("a1", "f1", "صحيفة", "https://news.example/1", title, summary, body=body)


def render(article: Article, *terms: str) -> str:
    index = MatchIndex()
    for term in terms:
        index.add(term)
    hits = index.match(article)
    assert [hit.term for hit in hits] == list(terms)
    return render_alert(article, hits, lang="ar", zone=RIYADH)


def excerpt_line(message: str) -> str:
    return message.split("\n")[2]


def bold_texts(message: str) -> list[str]:
    text, entities = parse_html(message)
    units = text.encode("utf-16-le")
    return [
        units[2 * e["offset"] : 2 * (e["offset"] + e["length"])].decode("utf-16-le")
        for e in entities
        if e["type"] == "bold"
    ]


def test_a_match_only_in_the_body_quotes_the_body_sentences_around_it() -> None:
    message = render(
        item("وفد يزور العاصمة", "وصل وفد رفيع في زيارة رسمية.", BODY), "كوريا الشمالية"
    )
    assert excerpt_line(message) == (
        f"{RLM}وقال المتحدث إن <b>كوريا الشمالية</b> وافقت على استئناف المحادثات. "
        "وأضاف أن الجولة المقبلة ستعقد في جنيف."
    )
    assert bold_texts(message) == ["كوريا الشمالية"]


def test_a_match_in_the_teaser_is_quoted_from_the_teaser() -> None:
    teaser = "قالت كوريا الشمالية إنها مستعدة للحوار."
    message = render(item("وفد يزور العاصمة", teaser, BODY), "كوريا الشمالية")
    assert excerpt_line(message) == f"{RLM}قالت <b>كوريا الشمالية</b> إنها مستعدة للحوار."


def test_the_body_wins_when_it_shows_a_term_the_teaser_does_not() -> None:
    teaser = "أعلنت روسيا موقفها من المحادثات."
    body = "وفي سياق متصل أعلنت روسيا أن كوريا الشمالية أرسلت وفدا إلى موسكو."
    message = render(item("محادثات جديدة", teaser, body), "روسيا", "كوريا الشمالية")
    assert set(bold_texts(message)) == {"روسيا", "كوريا الشمالية"}
    assert "أرسلت وفدا" in excerpt_line(message)


def test_every_term_of_the_header_shows_in_a_cut_sentence_when_it_fits() -> None:
    # Issue 15: one long sentence names both terms 300 characters apart; the old
    # clip kept 400 characters around the first and cut the second off.
    filler = "في إطار الجهود الدبلوماسية المتواصلة "
    sentence = (
        filler * 12 + "أعلنت روسيا " + filler * 8 + "أن كوريا الشمالية وافقت " + filler * 12 + "."
    )
    assert sentence.index("كوريا") - sentence.index("روسيا") > 250
    message = render(item("محادثات", sentence), "روسيا", "كوريا الشمالية")
    line = excerpt_line(message)
    assert line.startswith(f"{RLM}…") and line.endswith("…")
    assert len(html_to_text(line)) <= 404
    assert bold_texts(message) == ["روسيا", "كوريا الشمالية"]


def test_the_window_holding_more_terms_wins_over_the_first_match() -> None:
    teaser = (
        "أعلنت روسيا موقفها.\n"
        "ولم يعلق أحد على ذلك.\n"
        "وفي جنيف التقى مندوب روسيا بمندوب كوريا الشمالية."
    )
    message = render(item("محادثات", teaser), "روسيا", "كوريا الشمالية")
    assert "التقى مندوب" in excerpt_line(message)
    assert set(bold_texts(message)) >= {"روسيا", "كوريا الشمالية"}


def test_with_every_term_in_the_title_the_teaser_opens_the_excerpt() -> None:
    article = item("كوريا الشمالية تطلق صاروخا", "أطلقت بيونغ يانغ صاروخا فجر اليوم.", BODY)
    message = render(article, "كوريا الشمالية")
    assert excerpt_line(message) == f"{RLM}أطلقت بيونغ يانغ صاروخا فجر اليوم."


def test_without_a_teaser_the_body_is_quoted_around_its_match() -> None:
    message = render(item("كوريا الشمالية تطلق صاروخا", "", BODY), "كوريا الشمالية")
    assert excerpt_line(message).startswith(f"{RLM}وقال المتحدث إن <b>كوريا الشمالية</b>")


def test_without_a_teaser_or_a_match_in_the_body_the_body_opens_the_excerpt() -> None:
    message = render(item("كوريا الشمالية تطلق صاروخا", "", BODY[:100]), "كوريا الشمالية")
    assert excerpt_line(message).startswith(f"{RLM}وصل الوفد إلى العاصمة صباح الأحد")
