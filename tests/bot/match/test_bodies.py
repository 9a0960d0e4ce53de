"""A group's head noun after a word for a body of people."""

from __future__ import annotations

from bot.match.bodies import body_alternatives
from bot.match.key_marks import DESCRIBING
from bot.match.normalize import normalize
from bot.match.stemmer import text_keys


def _words(text: str) -> tuple[str, ...]:
    return tuple(normalize(text).split())


def test_a_definite_noun_and_adjective_gain_body_word_forms_vetoed_by_an_adjective() -> None:
    found = body_alternatives(_words("المتمردين الحوثيين"))
    assert found
    for words, vetoing in found:
        assert words[1] == frozenset({"=" + normalize("المتمردين")})  # the head as written
        assert vetoing[:2] == words
        assert vetoing[2] == frozenset({DESCRIBING})


def test_only_a_word_with_the_article_alone_can_describe_the_head() -> None:
    assert DESCRIBING in text_keys(normalize("الجديد"))
    assert DESCRIBING not in text_keys(normalize("والجديد"))  # a new phrase
    assert DESCRIBING not in text_keys(normalize("بالمدينة"))  # a preposition's object
    assert DESCRIBING not in text_keys(normalize("الذين"))  # a relative clause


def test_other_phrases_have_none() -> None:
    assert body_alternatives(_words("كوريا الشمالية")) == []  # the head has no article
    assert body_alternatives(_words("المتمردين")) == []
    assert body_alternatives(_words("القاعدة العسكرية")) == []  # no people in the plural
    assert body_alternatives(_words("الانتخابات البرلمانية")) == []
    assert body_alternatives(_words("الدولة الإسلامية في العراق")) == []
