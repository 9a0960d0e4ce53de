"""Counted nouns agree with their number, in Arabic and English."""

from __future__ import annotations

import pytest

from bot.count_phrase import ARTICLE, HOUR, TERM, Noun, count_phrase

# Nouns the bot does not print today, for the rules they show: a feminine noun in ة, and
# a masculine one with a broken plural.
WORD = Noun("كلمة", "كلمتان", "كلمتين", "كلمات", "كلمة", True, "word", "words")
CHARACTER = Noun("حرف", "حرفان", "حرفين", "أحرف", "حرفًا", False, "character", "characters")


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        pytest.param(0, "0 خبر", id="zero"),
        pytest.param(1, "خبر واحد", id="one: noun then واحد"),
        pytest.param(2, "خبران", id="two: the dual alone"),
        pytest.param(3, "3 أخبار", id="three: plural"),
        pytest.param(5, "5 أخبار", id="five: plural, not خبرًا"),
        pytest.param(10, "10 أخبار", id="ten: plural"),
        pytest.param(11, "11 خبرًا", id="eleven: accusative singular"),
        pytest.param(99, "99 خبرًا", id="ninety-nine: accusative singular"),
        pytest.param(100, "100 خبر", id="hundred: singular"),
        pytest.param(101, "101 خبر", id="hundred and one: singular"),
        pytest.param(102, "102 خبر", id="hundred and two: singular"),
        pytest.param(103, "103 أخبار", id="hundred and three: the tail rules, plural"),
        pytest.param(111, "111 خبرًا", id="hundred and eleven: the tail rules, accusative"),
        pytest.param(1000, "1000 خبر", id="thousand: singular"),
    ],
)
def test_arabic_masculine_noun(count: int, expected: str) -> None:
    assert count_phrase(count, ARTICLE, "ar") == expected


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        pytest.param(1, "كلمة واحدة", id="one: feminine واحدة"),
        pytest.param(2, "كلمتان", id="two: feminine dual"),
        pytest.param(8, "8 كلمات", id="eight: plural"),
        pytest.param(15, "15 كلمة", id="fifteen: singular, no alif after ة"),
        pytest.param(200, "200 كلمة", id="two hundred: singular"),
    ],
)
def test_arabic_feminine_noun(count: int, expected: str) -> None:
    assert count_phrase(count, WORD, "ar") == expected


def test_the_dual_takes_the_oblique_case_after_a_preposition() -> None:
    assert count_phrase(2, ARTICLE, "ar", "oblique") == "خبرين"
    assert count_phrase(2, TERM, "ar", "oblique") == "عبارتين"
    # Only the dual shows its case in writing.
    assert count_phrase(5, ARTICLE, "ar", "oblique") == "5 أخبار"
    assert count_phrase(50, CHARACTER, "ar", "oblique") == "50 حرفًا"
    assert count_phrase(2, HOUR, "ar", "oblique") == "ساعتين"


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        pytest.param(0, "0 articles", id="zero: plural"),
        pytest.param(1, "1 article", id="one: singular"),
        pytest.param(2, "2 articles", id="two: plural"),
        pytest.param(300, "300 articles", id="many: plural"),
    ],
)
def test_english(count: int, expected: str) -> None:
    assert count_phrase(count, ARTICLE, "en") == expected
