"""Canonical links drop what only tracks a click."""

import pytest

from feeds.canonical import canonical_link


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            "https://a.example/x?utm_source=rss&utm_medium=f", "https://a.example/x", id="utm"
        ),
        pytest.param("https://a.example/x?id=5&fbclid=zz", "https://a.example/x?id=5", id="fbclid"),
        pytest.param("https://a.example/x#section", "https://a.example/x", id="fragment"),
        pytest.param("HTTPS://A.Example/Path", "https://a.example/Path", id="case"),
        pytest.param("https://a.example", "https://a.example/", id="empty-path"),
        pytest.param("  https://a.example/y  ", "https://a.example/y", id="spaces"),
        pytest.param("not a url", "not a url", id="not-url"),
    ],
)
def test_canonical_link(raw: str, expected: str) -> None:
    assert canonical_link(raw) == expected
