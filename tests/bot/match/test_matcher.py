"""The matcher: the table of cases, then the index's own behaviour."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.article import Article
from bot.match.matcher import Hit, MatchIndex, Span, matches
from bot.match.query import TermError
from tests.bot.match.match_cases import ALL_CASES as TUNED_CASES
from tests.bot.match.mechanism_cases import MECHANISM_CASES

ALL_CASES = [*TUNED_CASES, *MECHANISM_CASES]


@dataclass(frozen=True)
class _Text:
    title: str
    summary: str = ""
    body: str = ""


def _highlights(text: str, hit: Hit | None) -> tuple[str, ...]:
    """Return the highlighted substrings of the title, as a reader would see them."""
    if hit is None:
        return ()
    assert all(span.field == "title" for span in hit.spans)
    return tuple(text[span.start : span.end] for span in hit.spans)


def test_the_table_is_large_and_ids_are_unique() -> None:
    ids = [case.id for case in ALL_CASES]
    assert len(ids) >= 200
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize(("term", "title", "expected"), ALL_CASES)
def test_case(term: str, title: str, expected: tuple[str, ...]) -> None:
    hit = matches(term, title)
    assert _highlights(title, hit) == expected
    if hit is not None:
        assert hit.term == term


_PLAIN_CASES = [case for case in ALL_CASES if not set('|-"«»:=').intersection(case.values[0])]


@pytest.mark.parametrize(("term", "title", "expected"), _PLAIN_CASES)
def test_syntax_keeps_every_form_of_the_term(
    term: str, title: str, expected: tuple[str, ...]
) -> None:
    # A term with an exclusion the headline lacks, or with a second alternative,
    # is compiled another way (the general path), and finds what the term alone finds.
    for written in (f"{term} -زقزقة", f"{term} | زقزقة"):
        hit = matches(written, title)
        assert _highlights(title, hit) == expected, written


def test_one_index_gives_the_same_answers_as_one_term_at_a_time() -> None:
    index = MatchIndex()
    for case in ALL_CASES:
        index.add(case.values[0])
    for case in ALL_CASES:
        term, title, expected = case.values
        hits = {hit.term: hit for hit in index.match(_Text(title))}
        assert _highlights(title, hits.get(term)) == expected, case.id


def test_summary_spans_name_their_field() -> None:
    summary = "تقرير عن القوات الروسية"
    hit = matches("روسيا", "عنوان بلا ذكر", summary)
    start = summary.index("الروسية")
    assert hit == Hit("روسيا", (Span("summary", start, start + len("الروسية")),))


def test_spans_are_title_first_then_in_order() -> None:
    summary = "أطفال غزة ومستشفيات غزة"
    hit = matches("غزة", "غزة اليوم", summary)
    assert hit is not None
    assert [(s.field, s.start) for s in hit.spans] == [
        ("title", 0),
        ("summary", summary.index("غزة")),
        ("summary", summary.rindex("غزة")),
    ]


def test_exclusion_in_summary_drops_title_hit() -> None:
    assert matches("ترامب -ميلانيا", "ترامب يصل", "برفقة ميلانيا") is None


def test_phrase_does_not_cross_from_title_to_summary() -> None:
    assert matches("كوريا الشمالية", "خبر عن كوريا", "الشمالية") is None


def test_works_on_articles() -> None:
    article = Article(
        id="a1", feed_id="f", feed_name="F", link="https://x", title="إيران ترد", summary=""
    )
    index = MatchIndex()
    index.add("إيران")
    assert index.match(article) == [Hit("إيران", (Span("title", 0, 5),))]


def test_hits_come_in_order_of_first_appearance() -> None:
    index = MatchIndex()
    for term in ("غزة", "روسيا", "إيران"):
        index.add(term)
    hits = index.match(_Text("إيران وروسيا", "غزة"))
    assert [hit.term for hit in hits] == ["إيران", "روسيا", "غزة"]


def test_same_term_is_stored_once_and_kept_verbatim() -> None:
    index = MatchIndex()
    index.add("ترامب | ترمب")
    index.add("ترامب | ترمب")
    assert len(index) == 1
    assert "ترامب | ترمب" in index
    assert [hit.term for hit in index.match(_Text("ترمب"))] == ["ترامب | ترمب"]


def test_equivalent_spellings_are_separate_terms() -> None:
    index = MatchIndex()
    index.add("إيران")
    index.add("ايران")
    assert len(index) == 2
    assert [hit.term for hit in index.match(_Text("طهران: إيران"))] == ["إيران", "ايران"]


def test_remove_forgets_only_that_term() -> None:
    index = MatchIndex()
    for term in ("كوريا الشمالية", "كوريا", "سيول"):
        index.add(term)
    text = _Text("كوريا الشمالية وسيول ونزاع كوريا")
    found = sorted(h.term for h in index.match(text))
    assert found == sorted(["كوريا الشمالية", "كوريا", "سيول"])
    index.remove("كوريا الشمالية")
    assert "كوريا الشمالية" not in index
    found = sorted(h.term for h in index.match(text))
    assert found == sorted(["كوريا", "سيول"])
    index.remove("كوريا")
    index.remove("سيول")
    assert len(index) == 0
    assert index.match(_Text("كوريا الشمالية وسيول")) == []


def test_removing_a_variant_term_forgets_its_spelling_variants() -> None:
    index = MatchIndex()
    index.add("زيلينسكي")
    assert index.match(_Text("زيلنسكي"))
    index.remove("زيلينسكي")
    index.add("روسيا")
    assert index.match(_Text("زيلنسكي")) == []


def test_remove_unknown_term_raises() -> None:
    with pytest.raises(KeyError):
        MatchIndex().remove("روسيا")


def test_bad_term_is_refused_and_not_stored() -> None:
    index = MatchIndex()
    with pytest.raises(TermError):
        index.add('روسيا "')
    assert len(index) == 0


def test_adding_after_matching_sees_the_new_term() -> None:
    index = MatchIndex()
    index.add("روسيا")
    assert [h.term for h in index.match(_Text("بيونج يانج"))] == []
    index.add("بيونغ يانغ")
    assert [h.term for h in index.match(_Text("بيونج يانج"))] == ["بيونغ يانغ"]


def test_many_terms_on_one_key_all_hit() -> None:
    index = MatchIndex()
    terms = [f"غزة {n}" for n in range(50)] + ["غزة"]
    for term in terms:
        index.add(term)
    hits = index.match(_Text("غزة 7 و غزة"))
    assert sorted(h.term for h in hits) == sorted(["غزة 7", "غزة"])
