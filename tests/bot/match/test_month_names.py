"""A month's name in a date is the month (bot.match.month_names)."""

from __future__ import annotations

import pytest

from bot.match.month_names import date_months, month_names
from bot.match.normalize import tokenize


def _dated_words(text: str) -> list[str]:
    return sorted(text[start:end] for start, end in date_months(text, tokenize(text)))


def test_month_names_come_from_every_arabic_locale() -> None:
    names = month_names()
    # Levantine, Egyptian and Maghreb names of April and May, CLDR's own spellings.
    assert {"نيسان", "ابريل", "افريل", "ايار", "مايو", "ماي"} <= names


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        pytest.param("في 19 نيسان/أبريل الجاري", ["أبريل", "نيسان"], id="day-and-both-names"),
        pytest.param("في أبريل/ نيسان المقبل", ["أبريل", "نيسان"], id="both-names-spaced-slash"),
        pytest.param("حتى شهر تموز", ["تموز"], id="the-word-month-before"),
        pytest.param("منذ نيسان 2018", ["نيسان"], id="a-year-after"),
        pytest.param("سيارات نيسان الجديدة", [], id="no-date-around"),
        pytest.param("ذكرى حرب تموز", [], id="a-war-named-by-its-month"),
        pytest.param("باعت نيسان 20 سيارة", [], id="a-number-after-is-no-year"),
    ],
)
def test_date_months(text: str, dated: list[str]) -> None:
    assert _dated_words(text) == sorted(dated)
