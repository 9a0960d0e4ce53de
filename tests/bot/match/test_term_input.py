"""Cleaning a typed term: what is stored is what the user sees, and bad input says why."""

from __future__ import annotations

import pytest

from bot.match.query import TermError
from bot.match.term_input import clean_term

LIMIT = 200


def refusal(raw: str, limit: int = LIMIT) -> TermError:
    with pytest.raises(TermError) as caught:
        clean_term(raw, limit)
    return caught.value


def test_spaces_tabs_and_newlines_collapse_to_single_spaces() -> None:
    assert clean_term("  كوريا \t\t الشمالية \n ", LIMIT) == "كوريا الشمالية"


@pytest.mark.parametrize(
    "invisible",
    [
        pytest.param("\u202e", id="right-to-left-override"),
        pytest.param("\u202d", id="left-to-right-override"),
        pytest.param("\u2067", id="right-to-left-isolate"),
        pytest.param("\u2069", id="pop-directional-isolate"),
        pytest.param("\u200f", id="right-to-left-mark"),
        pytest.param("\u200b", id="zero-width-space"),
        pytest.param("\u200d", id="zero-width-joiner"),
        pytest.param("\ufeff", id="byte-order-mark"),
        pytest.param("\u061c", id="arabic-letter-mark"),
        pytest.param("\u00ad", id="soft-hyphen"),
        pytest.param("\U000e0041", id="tag-character"),
        pytest.param("\ud800", id="lone-surrogate"),
    ],
)
def test_invisible_characters_are_dropped(invisible: str) -> None:
    assert clean_term(f"{invisible}رو{invisible}سيا{invisible}", LIMIT) == "روسيا"


def test_an_override_cannot_make_a_term_display_reversed() -> None:
    assert clean_term("\u202eابحث عن\u202c ايران", LIMIT) == "ابحث عن ايران"


def test_control_characters_are_dropped() -> None:
    assert clean_term("مص\x00ر\x07\x1b", LIMIT) == "مصر"


def test_the_same_letters_typed_two_ways_are_stored_alike() -> None:
    # Alef followed by a combining madda, and the precomposed alef with madda.
    assert clean_term("\u0627\u0653ل", LIMIT) == clean_term("\u0622ل", LIMIT) == "\u0622ل"


def test_a_huge_paste_is_refused_naming_its_length_and_the_limit() -> None:
    error = refusal("ب" * 10_000)
    assert "10000" in error.en
    assert "200" in error.en
    assert "too long" in error.en
    assert "10000" in error.ar
    assert "200" in error.ar
    assert "طويلة" in error.ar


def test_a_term_at_exactly_the_limit_is_accepted() -> None:
    term = "س" * 20
    assert clean_term(term, 20) == term


def test_one_character_over_the_limit_is_refused() -> None:
    error = refusal("س" * 21, 20)
    assert "21" in error.en
    assert "20" in error.en


def test_the_limit_counts_the_term_after_cleaning() -> None:
    assert clean_term("  " + "س" * 20 + "\u200b\u200b  ", 20) == "س" * 20


def test_only_diacritics_is_refused_for_having_no_letters() -> None:
    error = refusal("ًٌٍَُ")
    assert "no letters" in error.en
    assert "حروف" in error.ar


def test_only_invisible_characters_is_refused_as_empty() -> None:
    error = refusal("\u200b\u202e\u200f")
    assert "empty" in error.en


def test_html_is_kept_as_typed() -> None:
    assert clean_term("<b>x</b>", LIMIT) == "<b>x</b>"


def test_query_syntax_errors_pass_through() -> None:
    error = refusal('"كوريا الشمالية')
    assert "not closed" in error.en
    assert "غير مغلقة" in error.ar


def test_query_syntax_is_kept() -> None:
    term = 'روسيا -"روسيا البيضاء" | =ترامب'
    assert clean_term(term, LIMIT) == term
