"""Marking spans: overlaps merge, everything outside and inside is escaped."""

import html

from bot.match.highlight import clip_around, mark, merge_spans


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


def test_clip_keeps_the_first_match_and_moves_spans() -> None:
    text = "أ" * 500 + " كوريا الشمالية " + "ب" * 500
    start = text.index("كوريا")
    clipped, spans = clip_around(text, [(start, start + len("كوريا الشمالية"))], 100)
    assert clipped.startswith("…") and clipped.endswith("…")
    assert len(clipped) <= 102
    ((s, e),) = spans
    assert clipped[s:e] == "كوريا الشمالية"


def test_clip_leaves_short_text_alone() -> None:
    assert clip_around("روسيا", [(0, 5)], 100) == ("روسيا", [(0, 5)])
