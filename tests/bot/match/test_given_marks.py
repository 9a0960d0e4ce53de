"""Text words shaped like foreign given names, marked by their first sound."""

import pytest

from bot.match.given_marks import given_mark, other_given_marks
from bot.match.normalize import normalize


@pytest.mark.parametrize("word", ["روبرت", "توماس", "سيرغي", "فيلهلم"])
def test_a_foreign_given_name_is_marked(word: str) -> None:
    assert given_mark(normalize(word)) is not None


@pytest.mark.parametrize(
    "word",
    [
        "قالت",  # a verb common behind a clitic (وقالت)
        "يقرر",  # a verb whose other person is in use (تقرر)
        "هاجم",  # a verb whose past is in use (هاجمت)
        "الحكومة",  # the article
        "جيم",  # three letters: as often a particle or a short verb
        "محمد",  # an Arabic given name: Faker's list speaks for those
        "موسكو",  # a place
        "trump",  # not in Arabic letters
    ],
)
def test_other_words_are_not_marked(word: str) -> None:
    assert given_mark(normalize(word)) is None


def test_the_conjunction_keeps_the_mark() -> None:
    assert given_mark("وروبرت") == given_mark("روبرت")


def test_spellings_of_one_sound_share_a_mark() -> None:
    assert given_mark(normalize("جيمس")) == given_mark(normalize("غيمس"))
    assert given_mark(normalize("تشارلز")) == given_mark(normalize("شارل"))


def test_a_terms_own_given_name_is_not_another() -> None:
    others = other_given_marks((normalize("توماس"),))
    assert given_mark(normalize("توماس")) not in others
    assert given_mark(normalize("روبرت")) in others
