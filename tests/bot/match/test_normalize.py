"""Normalization and tokenization."""

from __future__ import annotations

import pytest

from bot.match.normalize import Token, normalize, tokenize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("إِيرَانُ", "ايران", id="tashkeel-and-hamza-below"),
        pytest.param("أآٱإ", "اااا", id="alef-forms"),
        pytest.param("مؤتمر رئيس", "موتمر رييس", id="hamza-carriers"),
        pytest.param("مستشفى", "مستشفي", id="alef-maqsura"),
        pytest.param("غزة", "غزه", id="ta-marbuta"),
        pytest.param("هٰذا", "هذا", id="superscript-alef"),
        pytest.param("روســيا", "روسيا", id="tatweel"),
        pytest.param("رو\u200cسيا\u200f", "روسيا", id="zwnj-and-rlm"),
        pytest.param("\u202bغزة\u202c", "غزه", id="bidi-embedding"),
        pytest.param("\ufead\ufeed\ufeb3\ufef4\ufe8e", "روسيا", id="presentation-forms"),
        pytest.param("\ufefb", "لا", id="lam-alef-ligature"),
        pytest.param("کوریہ", "كوريه", id="persian-keheh-yeh-heh"),
        pytest.param("ۀ ے ی", "ه ي ي", id="persian-urdu-forms"),
        pytest.param("پ چ ژ ڤ گ", "ب ج ز ف ك", id="transliteration-letters"),
        pytest.param("٠١٢٣٤٥٦٧٨٩", "0123456789", id="arabic-indic-digits"),
        pytest.param("۰۱۲۳۴۵۶۷۸۹", "0123456789", id="persian-digits"),
        pytest.param("NATO Straße", "nato strasse", id="latin-casefold"),
        pytest.param("ＮＡＴＯ", "nato", id="fullwidth"),
        pytest.param("e\u0301", "é", id="combining-accent-composed"),
        pytest.param("", "", id="empty"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_tokens_point_into_the_original_text() -> None:
    text = "قال: «رُوسْيَا» وكوريا-الشمالية، 2024!"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["قال", "روسيا", "وكوريا", "الشماليه", "2024"]
    assert [text[t.start : t.end] for t in tokens] == [
        "قال",
        "رُوسْيَا",
        "وكوريا",
        "الشمالية",
        "2024",
    ]


def test_invisible_characters_inside_a_word_do_not_split_it() -> None:
    text = "رو\u200cســ\u200fيا"
    assert tokenize(text) == [Token("روسيا", 0, len(text))]


def test_leading_and_trailing_controls_are_outside_the_span() -> None:
    text = "\u200fغزة\u200f"
    assert tokenize(text) == [Token("غزه", 1, 4)]


def test_underscore_separates_words() -> None:
    assert [t.text for t in tokenize("#كوريا_الشمالية")] == ["كوريا", "الشماليه"]


def test_only_marks_and_punctuation_give_no_tokens() -> None:
    assert tokenize("ـــ ... !! \u064e\u064f") == []


def test_expanding_ligature_keeps_the_span_of_its_character() -> None:
    text = "قال ﷺ"
    tokens = tokenize(text)
    assert [t.text for t in tokens[1:]] == ["صلي", "الله", "عليه", "وسلم"]
    assert {(t.start, t.end) for t in tokens[1:]} == {(4, 5)}


def test_letters_run_into_digits_are_two_words_with_the_span_of_both() -> None:
    text = "مراسل فرانس24 وصواريخ إس٣٠٠"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["مراسل", "فرانس", "24", "وصواريخ", "اس", "300"]
    assert text[tokens[1].start : tokens[1].end] == "فرانس24"
    assert (tokens[1].start, tokens[1].end) == (tokens[2].start, tokens[2].end)


def test_latin_letters_and_digits_stay_one_word() -> None:
    assert [t.text for t in tokenize("صواريخ S300 وG20")] == ["صواريخ", "s300", "وg20"]


def test_token_text_is_normalize_of_its_span() -> None:
    text = "أعلنت الحكومةُ الإيرانيّة عن ٣ إجراءات"
    for token in tokenize(text):
        assert token.text == normalize(text[token.start : token.end])
