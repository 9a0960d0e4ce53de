"""Terms loaded in bulk wait uncompiled, and match exactly as terms added one by one.

Every answer of an index whose terms were loaded (compiled when an article
first could match them) is compared with an index whose terms were added
(compiled at once), on the whole table of matching cases and on texts where
terms come and go.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from bot.match.key_marks import BARE, ENDED, HIS
from bot.match.matcher import Hit, MatchIndex
from bot.match.query import TermError, parse, plain_words
from bot.match.terms import compile_term, trigger_keys, triggers
from tests.bot.match.match_cases import ALL_CASES as TUNED_CASES
from tests.bot.match.mechanism_cases import MECHANISM_CASES

ALL_CASES = [*TUNED_CASES, *MECHANISM_CASES]
TERMS = tuple(dict.fromkeys(case.values[0] for case in ALL_CASES))
TITLES = tuple(dict.fromkeys(case.values[1] for case in ALL_CASES))


@dataclass(frozen=True)
class _Text:
    title: str
    summary: str = ""
    body: str = ""


def _added(terms: list[str] | tuple[str, ...]) -> MatchIndex:
    index = MatchIndex()
    for term in terms:
        index.add(term)
    return index


def _loaded(terms: list[str] | tuple[str, ...]) -> MatchIndex:
    index = MatchIndex()
    for term in terms:
        index.load(term)
    return index


PLAIN_TERMS = tuple(term for term in TERMS if plain_words(term) is not None)


def test_most_test_terms_are_plain_ones_that_wait() -> None:
    # Terms with syntax are compiled at once; the rest must be the many.
    assert len(PLAIN_TERMS) >= 0.8 * len(TERMS) >= 150


@pytest.mark.parametrize("term", PLAIN_TERMS)
def test_every_way_a_term_matches_has_a_word_its_triggers_cover(term: str) -> None:
    words = plain_words(term)
    assert words is not None
    query = parse(term)
    covered = frozenset().union(*map(trigger_keys, triggers(words)))
    # A bare key is covered by its word: a text token with BARE + word has the word too.
    covered |= {BARE + key for key in covered}
    # An ending key is covered by its noun: a token with it looks under the noun too.
    covered |= {mark + key for key in covered for mark in (ENDED, HIS)}
    _, alternatives = compile_term(term, query.alternatives, query.exclusions)
    for alternative in alternatives:
        assert any(keys and keys <= covered for keys in alternative.words), alternative


@pytest.mark.parametrize(("term", "title", "expected"), ALL_CASES)
def test_a_loaded_term_matches_as_an_added_one(
    term: str, title: str, expected: tuple[str, ...]
) -> None:
    text = _Text(title)
    assert _loaded([term]).match(text) == _added([term]).match(text)


def test_one_loaded_index_of_every_term_answers_as_an_added_one() -> None:
    loaded, added = _loaded(TERMS), _added(TERMS)
    assert len(loaded) == len(added) == len(TERMS)
    for title in TITLES:
        text = _Text(title, "وقال مسؤولون إن روسيا وكوريا الشمالية", "وفي التفاصيل أن " + title)
        # Hits at the same place come in the order their terms were compiled.
        assert sorted(loaded.match(text)) == sorted(added.match(text)), title
    # Matching compiled what the titles could match, no more than was loaded.
    assert len(loaded) == len(TERMS)


def test_terms_loaded_removed_and_matched_in_any_order_agree_with_added_ones() -> None:
    rng = random.Random(11)
    loaded = MatchIndex()
    stored: set[str] = set()
    for _ in range(600):
        term = rng.choice(TERMS)
        if term in stored and rng.random() < 0.5:
            loaded.remove(term)
            stored.discard(term)
        elif term not in stored:
            loaded.load(term)
            stored.add(term)
        title = rng.choice(TITLES)
        assert sorted(loaded.match(_Text(title))) == sorted(
            _added(sorted(stored)).match(_Text(title))
        ), title


def test_a_loaded_term_is_stored_once_and_removed_whether_compiled_or_not() -> None:
    index = MatchIndex()
    index.load("كوريا الشمالية")
    index.load("كوريا الشمالية")
    index.add("كوريا الشمالية")
    assert len(index) == 1 and "كوريا الشمالية" in index
    index.remove("كوريا الشمالية")
    assert len(index) == 0 and "كوريا الشمالية" not in index
    assert index.match(_Text("كوريا الشمالية تطلق صاروخا")) == []
    index.load("روسيا")
    assert [hit.term for hit in index.match(_Text("وفد يصل إلى موسكو وروسيا"))] == ["روسيا"]
    index.remove("روسيا")
    assert index.match(_Text("وفد يصل إلى روسيا")) == []
    with pytest.raises(KeyError):
        index.remove("روسيا")


@pytest.mark.parametrize("term", ['"روسيا', "-روسيا", "  ", "روسيا " * 20, "ب" * 300])
def test_a_malformed_term_is_refused_when_loaded_as_when_added(term: str) -> None:
    with pytest.raises(TermError) as added:
        MatchIndex().add(term)
    with pytest.raises(TermError) as loaded:
        MatchIndex().load(term)
    assert loaded.value.en == added.value.en


def test_plain_words_are_the_words_parse_finds_in_a_plain_term() -> None:
    for term in PLAIN_TERMS:
        (phrase,) = parse(term).alternatives
        assert plain_words(term) == tuple(word.text for word in phrase.words), term


def test_a_variant_spelling_in_the_text_compiles_the_loaded_term() -> None:
    # The text spells the name differently from the term: only the spelling
    # index links them, so the waiting term's spellings must be in it.
    for term, title in (
        ("زيلينسكي", "زيلنسكي يلتقي ترامب"),
        ("بيونغ يانغ", "بيونج يانج ترد على سيول"),
        ("عبد الله الثاني", "العاهل عبدالله الثاني يستقبل"),
    ):
        loaded = _loaded([term])
        hits: list[Hit] = loaded.match(_Text(title))
        assert [hit.term for hit in hits] == [term], (term, title)
        assert hits == _added([term]).match(_Text(title))
