"""Marking spans: overlaps merge, everything outside and inside is escaped."""

import html

from bot.highlight import mark, merge_spans


def test_merge_spans_joins_overlapping_and_touching() -> None:
    assert merge_spans([(5, 8), (0, 2), (1, 3), (8, 10)]) == [(0, 3), (5, 10)]


def test_mark_wraps_each_span() -> None:
    text = "القوات الكورية الشمالية تتحرك"
    assert mark(text, [(7, 23)], lambda s: f"[{s}]") == "القوات [الكورية الشمالية] تتحرك"


def test_mark_escapes_inside_and_outside() -> None:
    marked = mark("<a> & <b>", [(4, 5)], lambda s: f"<b>{s}</b>", html.escape)
    assert marked == "&lt;a&gt; <b>&amp;</b> &lt;b&gt;"


def test_no_spans_returns_escaped_text() -> None:
    assert mark("x<y", [], lambda s: s, html.escape) == "x&lt;y"
