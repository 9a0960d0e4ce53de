"""The watch-term language."""

from __future__ import annotations

import pytest

from bot.match.query import Limits, Phrase, Query, TermError, Word, parse


def _phrase(*words: str, exact: bool = False) -> Phrase:
    return Phrase(tuple(Word(w, exact) for w in words))


def test_word() -> None:
    assert parse("روسيا") == Query("روسيا", (_phrase("روسيا"),), ())


def test_words_form_one_phrase_normalized() -> None:
    assert parse("  كوريا   الشمالية ").alternatives == (_phrase("كوريا", "الشماليه"),)


def test_alternatives_and_exclusions() -> None:
    query = parse('ترامب | ترمب -ميلانيا -"روسيا البيضاء"')
    assert query.alternatives == (_phrase("ترامب"), _phrase("ترمب"))
    assert query.exclusions == (_phrase("ميلانيا"), _phrase("روسيا", "البيضاء"))


@pytest.mark.parametrize(
    "term",
    [
        pytest.param("«كوريا الشمالية»", id="guillemets"),
        pytest.param('"كوريا الشمالية"', id="ascii-quotes"),
        pytest.param("“كوريا الشمالية”", id="smart-quotes"),
    ],
)
def test_quotes(term: str) -> None:
    assert parse(term).alternatives == (_phrase("كوريا", "الشماليه"),)


def test_exact_applies_to_its_word_or_quote() -> None:
    query = parse('=مجلس الأمن | ="كوريا الشمالية" -=ترمب')
    assert query.alternatives == (
        Phrase((Word("مجلس", True), Word("الامن"))),
        _phrase("كوريا", "الشماليه", exact=True),
    )
    assert query.exclusions == (_phrase("ترمب", exact=True),)


def test_hyphen_inside_a_word_is_not_an_exclusion() -> None:
    assert parse("F-16").alternatives == (_phrase("f", "16"),)


def test_dash_from_phone_keyboard_excludes() -> None:
    assert parse("روسيا —بيلاروسيا").exclusions == (_phrase("بيلاروسيا"),)


@pytest.mark.parametrize(
    ("term", "en_fragment", "ar_fragment"),
    [
        pytest.param("", "empty", "فارغة", id="empty"),
        pytest.param("   ", "empty", "فارغة", id="blank"),
        pytest.param("-روسيا", "only has exclusions", "استثناءات فقط", id="only-exclusions"),
        pytest.param('روسيا "البيضاء', "not closed", "غير مغلقة", id="unbalanced-quote"),
        pytest.param("روسيا «البيضاء", "not closed", "غير مغلقة", id="unbalanced-guillemet"),
        pytest.param("روسيا»", "no opening quote", "بلا علامة فتح", id="stray-closer"),
        pytest.param("ترامب |", "empty", "فارغ", id="empty-last-alternative"),
        pytest.param("| ترامب", "empty", "فارغ", id="empty-first-alternative"),
        pytest.param("ترامب || ترمب", "empty", "فارغ", id="double-bar"),
        pytest.param(
            "ترامب | -ترمب", "only excludes", "استثناء فقط", id="alternative-only-excludes"
        ),
        pytest.param("ـــ", "no letters or digits", "لا يحوي", id="only-tatweel"),
        pytest.param("\u064e\u064f", "no letters or digits", "لا يحوي", id="only-diacritics"),
        pytest.param("!!!", "no letters or digits", "لا يحوي", id="only-punctuation"),
        pytest.param('""', "no letters or digits", "لا يحوي", id="empty-quotes"),
        pytest.param("روسيا - البيضاء", "no word after it", "بلا كلمة", id="dangling-minus"),
        pytest.param("= روسيا", "no word after it", "بلا كلمة", id="dangling-equals"),
        pytest.param("ر" * 201, "too long", "طويلة", id="too-long"),
        pytest.param(
            " | ".join(["كلمة"] * 11), "Too many alternatives", "البدائل كثيرة", id="alts"
        ),
        pytest.param(
            " ".join(["كلمة"] * 9), "too long (9 words)", "عدد كلماتها المتتالية 9", id="words"
        ),
        pytest.param(
            "غزة " + " ".join(f"-x{n}" for n in range(11)),
            "Too many exclusions",
            "الاستثناءات كثيرة",
            id="exclusions",
        ),
    ],
)
def test_malformed_terms_say_what_to_fix(term: str, en_fragment: str, ar_fragment: str) -> None:
    with pytest.raises(TermError) as caught:
        parse(term)
    assert en_fragment in caught.value.en
    assert ar_fragment in caught.value.ar
    assert caught.value.en in str(caught.value)
    assert caught.value.ar in str(caught.value)


def test_limits_are_parameters() -> None:
    small = Limits(max_length=10, max_alternatives=2, max_words=2, max_exclusions=1)
    parse("a | b", small)
    with pytest.raises(TermError):
        parse("a | b | c", small)
    with pytest.raises(TermError):
        parse("a b c", small)
    with pytest.raises(TermError):
        parse("abcdefghijk", small)
    assert parse(" | ".join(["كلمة"] * 10)).alternatives


def test_plain_term_keeps_what_was_typed() -> None:
    query = parse("بيونغ  يانغ")
    assert query == Query("بيونغ  يانغ", (_phrase("بيونغ", "يانغ"),), ())
    assert [word.raw for word in query.alternatives[0].words] == ["بيونغ", "يانغ"]


def test_plain_terms_share_the_words_they_have_in_common() -> None:
    # A word is read once however many terms have it: the index keeps one copy.
    first = parse("كوريا الشمالية").alternatives[0].words[0]
    assert parse("كوريا الجنوبية").alternatives[0].words[0] is first


def test_plain_term_with_a_piece_without_letters_says_which() -> None:
    with pytest.raises(TermError, match="«،»"):
        parse("روسيا ، أوكرانيا")


def test_plain_term_over_the_word_limit_is_refused() -> None:
    with pytest.raises(TermError, match="3 words"):
        parse("اتفاق وقف اطلاق", Limits(max_words=2))
