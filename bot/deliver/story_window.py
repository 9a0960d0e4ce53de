"""One process's copy of the story window, indexed to find an article's likely story fast.

The window itself lives in Redis (``{p}:story:window``, a stream; see
bot.deliver.stories): each entry one article with its story, time, link and
title digests, title words, vectors (title and summary; lead) and numbers.
Each process reads the entries added since its last look and keeps them here
with

- an inverted index (word key → entries), so a new article is compared only
  with the articles that share one of its keys, and keys held by more than
  COMMON_SHARE of the window (and by more than COMMON_MIN entries) are not
  followed: they weigh little and would touch most of the window;
- the stories of recent canonical links and exact titles.

Entries leave when they fall out of the window (by their time, against the
caller's clock); the index drops them lazily and is rebuilt when half of it is
dead.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Mapping

from bot.deliver.story_score import Entry, Vector

__all__ = ["StoryWindow", "entry_fields", "entry_from_fields"]

COMMON_SHARE = 0.05
COMMON_MIN = 200
CANDIDATES = 30  # best partial scores compared in full


def entry_fields(entry: Entry, link: str, title: str) -> dict[str, str]:
    """Return the stream fields of an entry (link and title are digests, may be empty)."""
    return {
        "a": entry.article,
        "s": entry.story,
        "t": repr(entry.at),
        "p": repr(entry.published),
        "l": link,
        "h": title,
        "w": " ".join(entry.title_words),
        "v": _vector_field(entry.vector),
        "d": _vector_field(entry.lead),
        "k": " ".join(sorted(entry.title_keys)),
        "n": " ".join(sorted(entry.numbers)),
    }


def _vector_field(vector: Vector) -> str:
    return " ".join(f"{key}={weight:.3f}" for key, weight in vector.items())


def _vector(field: str) -> Vector:
    # Interned: the same keys recur across thousands of entries; one copy each keeps a
    # process's window about half the size.
    vector: Vector = {}
    for pair in field.split():
        key, _, weight = pair.rpartition("=")
        vector[sys.intern(key)] = float(weight)
    return vector


def entry_from_fields(fields: Mapping[str, str]) -> tuple[Entry, str, str]:
    """Rebuild an entry and its link and title digests from its stream fields."""
    entry = Entry(
        article=fields["a"],
        story=fields["s"],
        at=float(fields["t"]),
        published=float(fields.get("p") or fields["t"]),
        vector=_vector(fields.get("v", "")),
        lead=_vector(fields.get("d", "")),
        title_keys=frozenset(map(sys.intern, fields.get("k", "").split())),
        anchors=frozenset(),
        numbers=frozenset(fields.get("n", "").split()),
        title_words=tuple(map(sys.intern, fields.get("w", "").split())),
    )
    return entry, fields.get("l", ""), fields.get("h", "")


class StoryWindow:
    """The recent articles, by stream id, with their index."""

    def __init__(self) -> None:
        self.last_id = "0-0"  # the last stream entry read
        self._entries: dict[int, Entry] = {}
        self._order: deque[tuple[float, int]] = deque()  # time, number: in stream order
        self._postings: dict[str, list[int]] = {}
        self._links: dict[str, str] = {}  # link digest -> story
        self._titles: dict[str, str] = {}  # title digest -> story
        self._digests: dict[int, tuple[str, str]] = {}
        self._next = 0
        self._dead = 0

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, stream_id: str, entry: Entry, link: str, title: str) -> None:
        """Add an entry read from (or just written to) the stream."""
        number = self._next
        self._next += 1
        self.last_id = stream_id
        self._entries[number] = entry
        self._order.append((entry.at, number))
        self._digests[number] = (link, title)
        for key in entry.vector:
            self._postings.setdefault(key, []).append(number)
        if link:
            self._links[link] = entry.story
        if title:
            self._titles[title] = entry.story

    def expire(self, oldest: float, keep: int) -> None:
        """Drop entries older than `oldest`, and the oldest ones beyond `keep` entries."""
        while self._order and (self._order[0][0] < oldest or len(self._order) > keep):
            _at, number = self._order.popleft()
            entry = self._entries.pop(number)
            link, title = self._digests.pop(number)
            if link and self._links.get(link) == entry.story:
                del self._links[link]
            if title and self._titles.get(title) == entry.story:
                del self._titles[title]
            self._dead += 1
        if self._dead > len(self._entries):
            self._reindex()

    def _reindex(self) -> None:
        self._postings = {}
        for number, entry in self._entries.items():
            for key in entry.vector:
                self._postings.setdefault(key, []).append(number)
        self._dead = 0

    def by_link(self, link: str) -> str | None:
        """Return the story of a canonical link's digest, if in the window."""
        return self._links.get(link) if link else None

    def by_title(self, title: str) -> str | None:
        """Return the story of an exact normalized title's digest, if in the window."""
        return self._titles.get(title) if title else None

    def candidates(self, vector: Vector, oldest: float) -> list[Entry]:
        """Return the window's entries most similar to a title-and-summary vector."""
        common = max(COMMON_MIN, int(len(self._entries) * COMMON_SHARE))
        partial: dict[int, float] = {}
        for key, weight in vector.items():
            postings = self._postings.get(key)
            if not postings or len(postings) > common:
                continue
            for number in postings:
                partial[number] = partial.get(number, 0.0) + weight * self._weight(number, key)
        best = sorted(partial.items(), key=lambda item: -item[1])[:CANDIDATES]
        found = [self._entries[number] for number, _ in best if number in self._entries]
        return [entry for entry in found if entry.at >= oldest]

    def _weight(self, number: int, key: str) -> float:
        entry = self._entries.get(number)
        return entry.vector.get(key, 0.0) if entry is not None else 0.0
