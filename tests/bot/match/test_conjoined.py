"""Which text words are «و» and a word of their own."""

from __future__ import annotations

import pytest

from bot.match.conjoined import conjoined
from bot.match.normalize import normalize


@pytest.mark.parametrize("token", ["ووسط", "وجنوب", "وواجبات"])
def test_and_with_a_word_in_use_is_conjoined(token: str) -> None:
    assert conjoined(normalize(token))


@pytest.mark.parametrize(
    "token",
    [
        pytest.param("وزراء", id="a-word-that-begins-with-waw"),
        pytest.param("والوسط", id="with-the-article-an-adjective"),
        pytest.param("وسط", id="too-short-to-be-waw-and-a-word"),
        pytest.param("سيناء", id="no-waw"),
    ],
)
def test_other_words_are_not(token: str) -> None:
    assert not conjoined(normalize(token))
