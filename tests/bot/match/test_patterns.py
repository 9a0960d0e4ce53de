"""Word shapes spelled two ways: relative adjectives, broken plurals, gentilic plurals."""

from __future__ import annotations

import pytest

from bot.match.normalize import normalize
from bot.match.patterns import gentilic_plural


@pytest.mark.parametrize(
    ("adjective", "plural"),
    [("أفريقي", "أفارقة"), ("مغربي", "مغاربة"), ("تونسي", "توانسة"), ("قبرصي", "قبارصة")],
)
def test_four_consonant_gentilics_take_the_faalila_plural(adjective: str, plural: str) -> None:
    assert gentilic_plural(normalize(adjective)[:-1]) == normalize(plural)


@pytest.mark.parametrize("adjective", ["مصري", "عراقي", "ألماني", "فلسطيني"])
def test_other_stems_have_none(adjective: str) -> None:
    assert gentilic_plural(normalize(adjective)[:-1]) is None
