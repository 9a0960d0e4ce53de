"""A group's head noun after a word for a body of people."""

from __future__ import annotations

from bot.match.bodies import body_alternatives
from bot.match.normalize import normalize
from bot.match.stemmer import DEFINITE


def _words(text: str) -> tuple[str, ...]:
    return tuple(normalize(text).split())


def test_a_definite_noun_and_adjective_gain_body_word_forms_vetoed_by_a_definite_word() -> None:
    found = body_alternatives(_words("المتمردين الحوثيين"))
    assert found
    for words, vetoing in found:
        assert words[1] == frozenset({"=" + normalize("المتمردين")})  # the head as written
        assert vetoing[:2] == words
        assert vetoing[2] == frozenset({DEFINITE})


def test_other_phrases_have_none() -> None:
    assert body_alternatives(_words("كوريا الشمالية")) == []  # the head has no article
    assert body_alternatives(_words("المتمردين")) == []
    assert body_alternatives(_words("القاعدة العسكرية")) == []  # no people in the plural
    assert body_alternatives(_words("الانتخابات البرلمانية")) == []
    assert body_alternatives(_words("الدولة الإسلامية في العراق")) == []
