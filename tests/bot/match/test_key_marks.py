"""Key marks: a marked key never equals a word, so story grouping can tell them apart."""

from __future__ import annotations

from bot.match import key_marks
from bot.match.fuzzy import NEAR
from bot.match.key_marks import names_a_word
from bot.match.normalize import tokenize
from bot.match.postings import BEFORE, GAP_BEFORE, SHAPE
from bot.match.stemmer import text_keys

_MARKS = (
    key_marks.BARE,
    key_marks.CONJOINED,
    key_marks.DEFINITE,
    key_marks.DEFINITE_FEMININE,
    key_marks.DESCRIBING,
    key_marks.ENDED,
    key_marks.EXACT,
    key_marks.FOLLOWERS,
    key_marks.FOREIGN_GIVEN,
    key_marks.HIS,
    key_marks.NO_ARTICLE,
    NEAR,
    BEFORE,
    GAP_BEFORE,
    SHAPE,
)


def test_a_marked_key_names_no_word() -> None:
    assert not [mark for mark in _MARKS if names_a_word(mark + "حرب")]


def test_every_normalized_word_and_its_readings_name_words() -> None:
    for token in tokenize("الحرب في سوريا 2018 وبمنزلها CNN"):
        assert names_a_word(token.text)
    keys = text_keys("بمنزلها")
    assert {key for key in keys if names_a_word(key)} >= {"منزل", "منزلها"}
    assert [key for key in keys if not names_a_word(key)]  # and its marked keys are not
