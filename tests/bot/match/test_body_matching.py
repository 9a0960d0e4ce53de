"""Terms match in the article's body too, unless the term is kept to the headline."""

from __future__ import annotations

import pytest

from bot.match.matcher import MatchIndex, Span, Text, matches
from bot.match.query import TermError, parse

BODY = "قال الوزير إن الوفد عاد أمس.\nوأضاف أن كوريا الشمالية أطلقت صاروخا جديدا."


def test_a_term_only_in_the_body_matches_with_the_body_span() -> None:
    hit = matches("كوريا الشمالية", "وزير يعود من جولة", "عاد الوزير من جولة", BODY)
    assert hit is not None
    (span,) = hit.spans
    assert span.field == "body"
    assert BODY[span.start : span.end] == "كوريا الشمالية"


@pytest.mark.parametrize(
    "term", ["عنوان: كوريا الشمالية", "title:كوريا الشمالية", "TITLE: «كوريا الشمالية»"]
)
def test_a_headline_term_ignores_the_body(term: str) -> None:
    assert matches(term, "وزير يعود من جولة", "عاد الوزير", BODY) is None
    hit = matches(term, "كوريا الشمالية تطلق صاروخا", "", BODY)
    assert hit is not None and hit.term == term
    assert {span.field for span in hit.spans} == {"title"}


def test_a_headline_term_matches_in_the_teaser() -> None:
    hit = matches("عنوان: روسيا", "خبر", "وصل وفد إلى روسيا", "روسيا")
    assert hit is not None
    assert [span.field for span in hit.spans] == ["summary"]


def test_the_scope_is_parsed_and_needs_words() -> None:
    assert parse("عنوان: روسيا").headline_only
    assert not parse("روسيا").headline_only
    with pytest.raises(TermError, match="nothing after it"):
        parse("عنوان:  ")


def test_an_exclusion_in_the_body_drops_a_whole_article_term_not_a_headline_term() -> None:
    body = "وفي روسيا البيضاء جرت انتخابات."
    assert matches('روسيا -"روسيا البيضاء"', "روسيا تعلن", "", body) is None
    assert matches('عنوان: روسيا -"روسيا البيضاء"', "روسيا تعلن", "", body) is not None


def test_hits_come_in_reading_order_title_summary_body() -> None:
    index = MatchIndex()
    for term in ("الصين", "روسيا", "إيران"):
        index.add(term)
    hits = index.match(Text("إيران ترد", "اتصال مع روسيا", "الصين وروسيا وإيران"))
    assert [hit.term for hit in hits] == ["إيران", "روسيا", "الصين"]
    start = "اتصال مع روسيا".index("روسيا")
    assert hits[1].spans[0] == Span("summary", start, start + len("روسيا"))
    assert [span.field for span in hits[1].spans] == ["summary", "body"]


def test_an_article_without_a_body_matches_as_before() -> None:
    assert matches("روسيا", "خبر عن روسيا") is not None
    assert matches("روسيا", "خبر", "", "") is None
