"""Sentences of news text as offsets into the original, and the excerpt around a match.

Pure. A sentence ends at a line break, at ``؟ ؛`` (Arabic question mark and
semicolon), and at ``. ! ? …`` followed by a space, the end of the text or an
Arabic letter (Arabic feeds often leave out the space after a full stop).
A full stop does not end a sentence inside a number (3.5), a link or a
domain (reuters.com), or after an abbreviation: a lone letter, Arabic or Latin
(د. for doctor, م. for the Gregorian year, U.S.), or a short list of Latin
titles (Dr., Mr., No., ...). Closing quotes and brackets after the mark stay
with their sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from bot.match.highlight import ELLIPSIS, clip_around

__all__ = ["Excerpt", "Sentence", "excerpt", "excerpt_showing", "sentences"]

LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
# Always the end of a sentence: they appear in no number, link or abbreviation.
ARABIC_ENDS = frozenset("؟؛۔")
# The end of a sentence only when what follows says so.
LATIN_ENDS = frozenset(".!?…")
CLOSERS = frozenset("\"'»”’›)]}")
TATWEEL = "\u0640"
# Lower-cased, without the dot. Words like "etc." end sentences as often as not; left out.
ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt",
     "gov", "sen", "rep", "inc", "ltd", "co", "corp", "no", "vs", "approx", "fig", "jan",
     "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec"}
)  # fmt: skip


class Sentence(NamedTuple):
    """One sentence: text[start:end], without the spaces around it."""

    start: int
    end: int


class Excerpt(NamedTuple):
    """A short piece of a text and the spans inside it, shifted to its own offsets."""

    text: str
    spans: list[tuple[int, int]]


def _is_arabic_letter(char: str) -> bool:
    return "\u0620" <= char <= "\u064a" or "\u066e" <= char <= "\u06d3" or char == "\u06d5"


def _word_before(text: str, end: int) -> str:
    """Return the run of letters and dots that ends at `end` (tatweel dropped)."""
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in ".\u0640"):
        start -= 1
    return text[start:end].replace(TATWEEL, "").strip(".")


def _full_stop_ends(text: str, dot: int, after: int) -> bool:
    """Tell whether the single full stop at `dot` ends its sentence; `after` follows the run."""
    before = text[dot - 1] if dot else ""
    following = text[after] if after < len(text) else ""
    word = _word_before(text, dot)
    if len(word) == 1 or word.lower() in ABBREVIATIONS or "." in word:
        return False  # د. / U.S. / Dr.
    if following == "" or following.isspace():
        return True
    # "الحدود.وقال": a full stop glued to the next Arabic word, after a real word.
    return _is_arabic_letter(following) and len(word) > 1 and not before.isdigit()


def _ends_at(text: str, start: int, after: int) -> bool:
    """Tell whether the run of marks text[start:after] (closers included) ends a sentence."""
    run = text[start:after].rstrip("".join(CLOSERS))
    if any(mark in ARABIC_ENDS for mark in run):
        return True
    if run == ".":
        return _full_stop_ends(text, start, after)
    following = text[after] if after < len(text) else ""
    return following == "" or following.isspace() or _is_arabic_letter(following)


def sentences(text: str) -> list[Sentence]:
    """Split text into sentences; offsets point into text, spaces around each are left out."""
    found: list[Sentence] = []
    begin = 0
    i = 0
    length = len(text)

    def close(end: int) -> None:
        start = begin
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            found.append(Sentence(start, stop))

    while i < length:
        char = text[i]
        if char in LINE_BREAKS:
            close(i)
            i += 1
            begin = i
            continue
        if char in ARABIC_ENDS or char in LATIN_ENDS:
            after = i
            while after < length and (text[after] in ARABIC_ENDS or text[after] in LATIN_ENDS):
                after += 1
            while after < length and text[after] in CLOSERS:
                after += 1
            if _ends_at(text, i, after):
                close(after)
                begin = after
            i = after
            continue
        i += 1
    close(length)
    return found


def _containing(found: Sequence[Sentence], offset: int) -> int:
    """Return the index of the sentence holding offset, or of the next one after it."""
    for index, sentence in enumerate(found):
        if offset < sentence.end:
            return index
    return len(found) - 1


def _second(found: Sequence[Sentence], first: int, matched: set[int]) -> int | None:
    """Pick the sentence to show with the first: a neighbour with a match, else the next."""
    for index in (first + 1, first - 1):
        if index in matched and 0 <= index < len(found):
            return index
    if first + 1 < len(found):
        return first + 1
    return first - 1 if first > 0 else None


def excerpt(
    text: str,
    spans: Sequence[tuple[int, int]],
    limit: int,
    *,
    count: int = 2,
    begin: int = 0,
) -> Excerpt:
    """Return one or two whole sentences of text around its first span, at most `limit` long.

    Without spans the excerpt is the first sentences. A second sentence is taken
    only if it fits; one sentence longer than the limit is clipped around the
    match with an ellipsis. Sentences before offset `begin` are not shown.
    Spans are shifted into the excerpt; those outside it are dropped.
    """
    found = [s for s in sentences(text) if s.start >= begin]
    if not found or limit <= 0:
        return Excerpt("", [])
    spans = [(s, e) for s, e in spans if e > s and s >= found[0].start]
    matched = {_containing(found, s) for s, _ in spans}
    first = _containing(found, min(spans)[0]) if spans else 0
    chosen = [first]
    other = _second(found, first, matched) if count > 1 else None
    if other is not None:
        a, b = found[first], found[other]
        if (a.end - a.start) + (b.end - b.start) + 1 <= limit:
            chosen = sorted((first, other))
    return _join(text, found, chosen, spans, limit)


def _join(
    text: str,
    found: Sequence[Sentence],
    chosen: Sequence[int],
    spans: Sequence[tuple[int, int]],
    limit: int,
    keep: tuple[int, int] | None = None,
) -> Excerpt:
    """Join the chosen sentences, shift the spans into them, clip to the limit.

    With keep (a stretch of the joined text, in its offsets), the clip keeps that
    stretch whole when it fits, instead of cutting around the first span only.
    """
    pieces: list[str] = []
    shifted: list[tuple[int, int]] = []
    base = 0
    for index in chosen:
        start, end = found[index]
        pieces.append(text[start:end])
        shift = start - base
        inside = [(s, e) for s, e in spans if s < end and e > start]
        shifted.extend((max(s, start) - shift, min(e, end) - shift) for s, e in inside)
        base += end - start + 1
    joined = " ".join(pieces)
    if keep is None or len(joined) <= limit or keep[1] - keep[0] > limit:
        clipped, kept = clip_around(joined, shifted, limit)
        return Excerpt(clipped, kept)
    return _clip_keeping(joined, shifted, keep, limit)


def _clip_keeping(
    text: str, spans: list[tuple[int, int]], keep: tuple[int, int], limit: int
) -> Excerpt:
    """Clip text to about `limit` so that text[keep[0]:keep[1]] stays whole."""
    low, high = keep
    begin = max(0, min(low - (limit - (high - low)) // 3, len(text) - limit))
    if begin:
        space = text.find(" ", begin, low)
        begin = space + 1 if space >= 0 else begin
    # From `begin` on, the stretch starts within the first third, so clip_around keeps it.
    rest = [(s - begin, e - begin) for s, e in spans if e > begin]
    clipped, kept = clip_around(text[begin:], [(low - begin, high - begin), *rest], limit)
    kept = kept[1:]
    if begin:
        return Excerpt(ELLIPSIS + clipped, [(s + 1, e + 1) for s, e in kept])
    return Excerpt(clipped, kept)


def excerpt_showing(
    text: str,
    groups: Sequence[Sequence[tuple[int, int]]],
    limit: int,
    *,
    begin: int = 0,
    needed: int | None = None,
) -> tuple[Excerpt, int]:
    """Return one or two sentences that show as many groups (a term's spans each) as fit.

    Among the windows of one sentence, or two neighbours that fit in `limit`
    together, the one showing the most of the first `needed` groups (all by
    default), then the most groups, wins; on a tie the earliest, and
    a lone sentence takes a neighbour as excerpt() does. A sentence longer than
    the limit is clipped so that one span of each group in it stays visible
    when they fit. Also return how many of the needed groups the sentences hold.
    """
    found = [s for s in sentences(text) if s.start >= begin]
    if not found or limit <= 0:
        return Excerpt("", []), 0
    floor = found[0].start
    needed = len(groups) if needed is None else needed
    kept_groups = [[(s, e) for s, e in group if e > s and s >= floor] for group in groups]
    weights = [i < needed for i, group in enumerate(kept_groups) if group]
    groups = [group for group in kept_groups if group]
    if not groups:
        return excerpt(text, [], limit, begin=begin), 0
    holding = [{_containing(found, s) for s, _ in group} for group in groups]
    window = _best_window(found, holding, weights, limit)
    spans = [span for group in groups for span in group]
    chosen = list(window)
    if len(window) == 1:
        matched = {_containing(found, s) for s, _ in spans}
        other = _second(found, window[0], matched)
        if other is not None and _length(found, sorted((window[0], other))) <= limit:
            chosen = sorted((window[0], other))
    shown = sum(need for held, need in zip(holding, weights, strict=True) if held & set(chosen))
    keep = _stretch(found, chosen, groups, window)
    return _join(text, found, chosen, spans, limit, keep), shown


def _length(found: Sequence[Sentence], chosen: Sequence[int]) -> int:
    """Return the length of the chosen sentences joined by spaces."""
    return sum(found[i].end - found[i].start for i in chosen) + len(chosen) - 1


def _best_window(
    found: Sequence[Sentence], holding: list[set[int]], needs: list[bool], limit: int
) -> tuple[int, ...]:
    """Return the sentence or fitting pair of neighbours that holds the most needed
    groups, then the most groups; the earliest on a tie."""
    best: tuple[int, ...] = (min(min(held) for held in holding),)
    pairs = list(zip(holding, needs, strict=True))

    def score(window: tuple[int, ...]) -> tuple[int, int]:
        inside = [need for held, need in pairs if held & set(window)]
        return sum(inside), len(inside)

    best_count = score(best)
    for index in sorted(set().union(*holding)):
        for window in ((index,), (index, index + 1)):
            if window[-1] >= len(found) or _length(found, window) > limit:
                continue
            count = score(window)
            if count > best_count:
                best, best_count = window, count
    return best


def _stretch(
    found: Sequence[Sentence],
    chosen: Sequence[int],
    groups: Sequence[Sequence[tuple[int, int]]],
    window: tuple[int, ...],
) -> tuple[int, int] | None:
    """Return, in joined offsets, the stretch from the first to the last group's first span."""
    firsts = []
    for group in groups:
        inside = [
            (s, e) for s, e in group if any(found[i].start <= s < found[i].end for i in window)
        ]
        if inside:
            firsts.append(min(inside))
    if not firsts:
        return None
    shift, base = {}, 0
    for index in chosen:
        shift[index] = found[index].start - base
        base += found[index].end - found[index].start + 1
    low, high = min(s for s, _ in firsts), max(e for _, e in firsts)
    return low - shift[_containing(found, low)], high - shift[_containing(found, high - 1)]
