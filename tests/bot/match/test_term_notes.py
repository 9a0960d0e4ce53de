"""What about a watch term deserves a word to the user."""

from __future__ import annotations

from bot.match.term_notes import TermNote, term_notes


def test_a_name_spelled_like_a_particle_is_a_homograph() -> None:
    assert term_notes("لولا") == [TermNote("homograph", "لولا")]


def test_a_longer_name_with_the_particle_in_it_is_not() -> None:
    assert term_notes("لولا دا سيلفا") == []


def test_a_plain_name_has_no_note() -> None:
    assert term_notes("نتنياهو") == []
