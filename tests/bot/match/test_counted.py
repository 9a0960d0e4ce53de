"""A counted noun's tanween: read off after 11 to 99, kept elsewhere."""

from __future__ import annotations

import pytest

from bot.match.counted import counted_nouns
from bot.match.normalize import tokenize


def _read(text: str) -> list[str]:
    return [token.text for token in counted_nouns(text, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "noun"),
    [("68 نائبا", "نايب"), ("311 طفلا", "طفل"), ("١٩ مقعدا", "مقعد"), ("99 عاما", "عام")],
)
def test_a_noun_counted_by_11_to_99_loses_its_tanween(text: str, noun: str) -> None:
    assert _read(text)[-1] == noun


@pytest.mark.parametrize(
    "text", ["10 نائبا", "100 طفلا", "2018 روسيا", "15 يدا", "نائبا 15", "نجح نائبا"]
)
def test_other_words_keep_their_alef(text: str) -> None:
    assert _read(text) == [token.text for token in tokenize(text)]


def test_offsets_stay_those_of_the_written_word() -> None:
    text = "انتخاب 68 نائبا"
    token = counted_nouns(text, tokenize(text))[-1]
    assert text[token.start : token.end] == "نائبا"


def test_a_text_without_a_count_gives_back_its_tokens() -> None:
    tokens = tokenize("انتخاب نائب جديد في 2018 مارس")
    assert counted_nouns("انتخاب نائب جديد في 2018 مارس", tokens) is tokens
