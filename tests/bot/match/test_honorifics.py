"""Where a term takes an honorific: before a later word that opens a title or a name."""

from __future__ import annotations

from bot.match.honorifics import honorific_forms
from bot.match.normalize import normalize


def _words(term: str) -> tuple[str, ...]:
    return tuple(normalize(term).split())


def test_a_title_after_another_word_takes_one_and_two_word_honorifics() -> None:
    forms = honorific_forms(_words("كأس رئيس الدولة"))
    assert sorted(len(form.words) for form in forms) == [4, 5]


def test_no_honorific_inside_a_name_or_after_a_title() -> None:
    assert honorific_forms(_words("محمد بن سلمان")) == []
    assert honorific_forms(_words("الملك سلمان")) == []
    assert honorific_forms(_words("حقوق الإنسان")) == []
