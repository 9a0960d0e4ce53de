"""Which phrases gain a joined form, and which one-word names a split one."""

from __future__ import annotations

import pytest

from bot.match.compounds import joined_forms


@pytest.mark.parametrize(
    ("words", "joined"),
    [
        (("بيونغ", "يانغ"), ("بيونغيانغ",)),
        (("فيس", "بوك"), ("فيسبوك",)),
        (("نيو", "دلهي"), ("نيودلهي",)),
        (("عبد", "الله"), ("عبدالله",)),
        (("ابو", "ظبي"), ("ابوظبي",)),
    ],
)
def test_a_name_in_two_parts_gains_its_joined_form(
    words: tuple[str, str], joined: tuple[str]
) -> None:
    assert joined_forms(words) == [joined]


@pytest.mark.parametrize(
    "words",
    [
        ("زياده", "اسعار"),  # a feminine first word: an Arabic phrase
        ("لصالح", "شركات"),  # a plural second word
        ("سائق", "حافله"),
        ("كوريا", "الشماليه"),  # an adjective with the article
        ("جلسه", "طارئه"),
    ],
)
def test_an_arabic_phrase_is_not_joined(words: tuple[str, str]) -> None:
    assert joined_forms(words) == []
