"""Particles written each way inside a phrase: the privative ones, and «ذو» in its cases."""

from __future__ import annotations

from bot.match.normalize import normalize
from bot.match.particles import particle_variants


def _words(text: str) -> tuple[str, ...]:
    return tuple(normalize(text).split())


def test_a_phrase_with_bidun_gains_every_other_spelling() -> None:
    variants = particle_variants(_words("سيارة بدون سائق"))
    assert _words("سيارة دون سائق") in variants
    assert _words("سيارة بلا سائق") in variants
    assert _words("سيارة من دون سائق") in variants
    assert _words("سيارة بدون سائق") not in variants


def test_min_dun_is_read_as_one_particle() -> None:
    variants = particle_variants(_words("سلام من دون شروط"))
    assert _words("سلام بدون شروط") in variants
    assert _words("سلام من من دون شروط") not in variants


def test_a_phrase_without_a_particle_or_ending_in_one_has_none() -> None:
    assert particle_variants(_words("الحرب الأهلية")) == []
    assert particle_variants(_words("بدون")) == []
    assert particle_variants(_words("سيارة بدون")) == []


def test_possessor_is_written_in_each_case() -> None:
    assert set(particle_variants(_words("ذي قار"))) == {_words("ذو قار"), _words("ذا قار")}
    assert particle_variants(_words("ذا")) == []
