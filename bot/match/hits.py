"""What a match returns: each matching term with the spans to highlight."""

from __future__ import annotations

from collections.abc import Callable
from itertools import repeat
from operator import itemgetter
from typing import Literal, NamedTuple

__all__ = ["Field", "Hit", "Span", "build_hits", "without_spans"]

Field = Literal["title", "summary", "body"]
# Reading order of the fields, for sorting spans found out of order.
_ORDER: dict[str, int] = {"title": 0, "summary": 1, "body": 2}


class Span(NamedTuple):
    """A stretch of one field to highlight, as offsets into the original text."""

    field: Field
    start: int
    end: int


class Hit(NamedTuple):
    """A term that matched, exactly as it was added, with where it matched."""

    # A NamedTuple, like Span: immutable, and an article's hits can be built by
    # C-level map/zip, with no Python call per hit.
    term: str
    spans: tuple[Span, ...]


# Builds a NamedTuple without its Python-level __new__: one C call per record.
_NEW = tuple.__new__
_SPANS = itemgetter(1)


def build_hits(
    terms: list[str], spans: list[Span], dropped: list[str], unordered: bool, in_title: int
) -> list[Hit]:
    """Turn parallel (term, span) records into hits, in order of first appearance.

    Terms in dropped are left out (their exclusions occurred). The first
    in_title records are the title's. Records come in order of start unless
    unordered says a phrase was found by a later word.
    """
    # Keys keep their first position; values are right unless a term repeats.
    spans_of: dict[str, tuple[Span, ...]] = dict(zip(terms, zip(spans), strict=True))
    if len(spans_of) != len(terms):
        _group_repeats(spans_of, terms, spans)
    for term in dropped:
        del spans_of[term]
    hits: list[Hit] = list(map(_NEW, repeat(Hit), spans_of.items()))
    if unordered:
        # Hits first found in the title already come first; within each field,
        # comparing the spans themselves orders by start, at C speed.
        title_first = dict.fromkeys(terms[:in_title])
        split = len(title_first) - sum(term in title_first for term in dropped)
        hits[:split] = sorted(hits[:split], key=_SPANS)
        hits[split:] = sorted(hits[split:], key=_first_read)
    return hits


def _first_read(hit: Hit) -> tuple[int, int, int]:
    """Order a hit by its first span: field in reading order, then offset."""
    span = hit.spans[0]
    return _ORDER[span.field], span.start, span.end


def _group_repeats(
    spans_of: dict[str, tuple[Span, ...]], terms: list[str], spans: list[Span]
) -> None:
    """Group every record by term, and merge the spans of terms recorded more than once."""
    groups: dict[str, list[Span]] = {}
    for term, span in zip(terms, spans, strict=True):
        group = groups.get(term)
        if group is None:
            groups[term] = [span]
        else:
            group.append(span)
    for term, group in groups.items():
        if len(group) > 1:
            spans_of[term] = _merged(group)


def _merged(spans: list[Span]) -> tuple[Span, ...]:
    """Return spans title first, left to right, with repeats and overlaps merged."""
    first = spans[0]
    if len(spans) == 2:
        # The common repeat: a later, separate stretch of the same field or of the summary.
        second = spans[1]
        if first.field == second.field:
            if second.start >= first.end:
                return (first, second)
        elif _ORDER[first.field] < _ORDER[second.field]:
            return (first, second)
    out = [first]
    for span in spans[1:]:
        last = out[-1]
        if span.field != last.field:
            if _ORDER[span.field] < _ORDER[last.field]:  # e.g. a title span after a summary one
                return _sorted_merge(spans)
            out.append(span)
        elif span.start >= last.end:
            out.append(span)
        elif span.start < last.start:
            return _sorted_merge(spans)
        elif span.end > last.end:
            out[-1] = Span(last.field, last.start, span.end)
    return tuple(out)


def _sorted_merge(spans: list[Span]) -> tuple[Span, ...]:
    """Sort spans in reading order (title, summary, body), then merge them."""
    return _merged(sorted(spans, key=lambda s: (_ORDER[s.field], s.start, s.end)))


def without_spans(hits: list[Hit], drop: Callable[[Span], bool]) -> list[Hit]:
    """Drop the spans drop tells of; a hit left with none goes."""
    kept: list[Hit] = []
    for hit in hits:
        spans = tuple(span for span in hit.spans if not drop(span))
        if spans:
            kept.append(Hit(hit.term, spans) if len(spans) < len(hit.spans) else hit)
    return kept
