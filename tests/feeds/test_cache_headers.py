"""Retry-After and Cache-Control max-age, as sites really send them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from feeds.cache_headers import parse_max_age, parse_retry_after

NOW = datetime(2026, 11, 24, 9, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        (" 5 ", 5.0),
        ("0", 0.0),
        ("Tue, 24 Nov 2026 09:02:00 GMT", 120.0),
        ("Tuesday, 24-Nov-26 09:00:30 GMT", 30.0),  # the obsolete RFC 850 form
        ("Tue Nov 24 09:01:00 2026", 60.0),  # asctime form, read as GMT
        ("Mon, 23 Nov 2026 09:00:00 GMT", 0.0),  # already past: no wait
        (None, None),
        ("", None),
        ("soon", None),
        ("-5", None),
        ("1.5", None),
        ("١٢٠", None),  # Arabic-Indic digits are not HTTP's
        ("Tue, 99 Nov 2026 09:02:00 GMT", None),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, NOW) == seconds


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("max-age=300", 300),
        ("public, max-age=60, must-revalidate", 60),
        ('max-age="60"', 60),
        ("MAX-AGE = 10", 10),
        ("max-age=0", 0),
        ("max-age=30, max-age=90", 30),
        ("no-cache", None),
        ("s-maxage=10", None),
        ("max-age=abc", None),
        ("max-age=-1", None),
        ("max-age=", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_max_age(value: str | None, seconds: int | None) -> None:
    assert parse_max_age(value) == seconds
