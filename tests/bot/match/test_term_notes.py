"""What about a watch term deserves a word to the user."""

from __future__ import annotations

from bot.match.term_notes import TermNote, term_notes


def test_a_name_spelled_like_a_particle_is_a_homograph() -> None:
    assert term_notes("لولا") == [TermNote("homograph", "لولا")]


def test_a_longer_name_with_the_particle_in_it_is_not() -> None:
    assert term_notes("لولا دا سيلفا") == []


def test_a_plain_name_has_no_note() -> None:
    assert term_notes("نتنياهو") == []


def test_a_common_given_name_alone_is_flagged() -> None:
    assert term_notes("خليل") == [TermNote("first_name", "خليل")]
    assert term_notes("سلمان") == [TermNote("first_name", "سلمان")]


def test_a_full_name_or_a_family_name_is_not_a_given_name() -> None:
    assert all(note.kind != "first_name" for note in term_notes("سعد الحريري"))
    assert all(note.kind != "first_name" for note in term_notes("الحريري"))


def test_a_family_name_matched_alone_is_named_with_the_exact_form() -> None:
    assert term_notes("سعد الحريري") == [
        TermNote("family_alone", "سعد الحريري", ("الحريري", "=سعد =الحريري"))
    ]
    # A landmark looks like a person's name to the matcher: the note says how to keep it whole.
    assert term_notes("وول ستريت") == [
        TermNote("family_alone", "وول ستريت", ("ستريت", "=وول =ستريت"))
    ]
    assert term_notes("كوريا الشمالية") == []
    assert term_notes("=وول =ستريت") == []
