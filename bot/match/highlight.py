"""Mark matched spans inside a text, escaping everything for the target format."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

ELLIPSIS = "…"
WORD_SLACK = 20  # how far a cut may move to fall between words


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort spans and join those that overlap or touch."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def mark(
    text: str,
    spans: Iterable[tuple[int, int]],
    marker: Callable[[str], str],
    escape: Callable[[str], str] = str,
) -> str:
    """Return text with each span passed through ``marker`` and the rest through ``escape``."""
    out: list[str] = []
    cursor = 0
    for start, end in merge_spans(spans):
        out.append(escape(text[cursor:start]))
        out.append(marker(escape(text[start:end])))
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def clip_around(
    text: str, spans: Sequence[tuple[int, int]], limit: int
) -> tuple[str, list[tuple[int, int]]]:
    """Keep at most about `limit` characters of text around its first span; shift the spans.

    Cuts fall between words where one is near, and are marked with an ellipsis;
    spans cut off are dropped or trimmed.
    """
    if len(text) <= limit:
        return text, list(spans)
    if limit <= 0:
        return "", []
    first = min(spans, default=(0, 0))
    begin = max(0, min(first[0] - limit // 3, len(text) - limit))
    end = begin + limit
    if begin:
        space = text.find(" ", begin, min(begin + WORD_SLACK, first[0]))
        begin = space + 1 if space >= 0 else begin
    if end < len(text):
        space = text.rfind(" ", max(end - WORD_SLACK, first[1]), end)
        end = space if space >= 0 else end
    prefix = ELLIPSIS if begin else ""
    suffix = ELLIPSIS if end < len(text) else ""
    shift = begin - len(prefix)
    kept = [(max(s, begin) - shift, min(e, end) - shift) for s, e in spans if s < end and e > begin]
    return prefix + text[begin:end] + suffix, kept
