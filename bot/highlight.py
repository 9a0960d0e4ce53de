"""Mark matched spans inside a text, escaping everything for the target format."""

from __future__ import annotations

from collections.abc import Callable, Iterable


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
