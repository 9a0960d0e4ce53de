"""Feed HTML becomes the text a reader sees."""

import pytest

from feeds.text import html_to_text


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        pytest.param("<p>مرحبا <b>بكم</b></p>", "مرحبا بكم", id="tags"),
        pytest.param("الأسعار &gt; 5 &amp; أكثر", "الأسعار > 5 & أكثر", id="entities"),
        pytest.param("a<script>x()</script>b<style>p{}</style>c", "abc", id="hidden"),
        pytest.param("سطر<br>آخر", "سطر\nآخر", id="break"),
        pytest.param("  كثير    من\t\tالمسافات  ", "كثير من المسافات", id="spaces"),
        pytest.param("<p>أ</p>\n\n\n<p>ب</p>", "أ\nب", id="blank-lines"),
        pytest.param("<b>غير مغلق", "غير مغلق", id="unclosed"),
    ],
)
def test_html_to_text(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected
