"""One index of every watch term; an article in, the matching terms and their spans out.

The pieces: bot.match.terms compiles a term into the key sets of its words;
bot.match.postings hangs each alternative in buckets by the keys of its rarest word;
bot.match.token_table flattens, per distinct token string, the buckets its keys
open; bot.match.scan walks an article's tokens through that view; bot.match.hits turns
what was found into results. The cost of an article follows its length and
its real hits, not the number of terms stored, and adding or removing a term
touches only the buckets and cached tokens of its own keys.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from operator import attrgetter
from typing import Protocol

from bot.match.colour_names import before_colours
from bot.match.hits import Field, Hit, Span, build_hits
from bot.match.marks import contradicts, may_contradict
from bot.match.normalize import tokenize
from bot.match.postings import Postings
from bot.match.query import DEFAULT_LIMITS, Limits, TermError, parse
from bot.match.scan import excluded, scan
from bot.match.terms import Entry, compile_term
from bot.match.token_table import TokenInfo, TokenTable

__all__ = [
    "Field",
    "Hit",
    "MatchIndex",
    "Matchable",
    "Span",
    "Text",
    "collection_held",
    "matches",
]


class Matchable(Protocol):
    """Anything with a title, a summary and a body, such as bot.article.Article."""

    @property
    def title(self) -> str:
        """Return the headline."""
        ...

    @property
    def summary(self) -> str:
        """Return the summary text."""
        ...

    @property
    def body(self) -> str:
        """Return the full text, or "" when only the summary is known."""
        ...


class MatchIndex:
    """Every watch term of every chat, compiled once and updated in place."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS) -> None:
        """Start with no terms; limits cap the size of each term added."""
        self._limits = limits
        self._entries: dict[str, Entry] = {}
        self._excluding: dict[str, Entry] = {}  # the entries that have exclusions
        self._headline_only: set[str] = set()  # terms kept to the title and summary
        self._telling: dict[str, tuple[str, ...]] = {}  # terms typed with telling marks
        self._postings = Postings()
        self._tokens = TokenTable(self._postings)

    def __len__(self) -> int:
        """Return how many distinct terms are stored."""
        return len(self._entries)

    def __contains__(self, term: object) -> bool:
        """Tell whether this exact term string is stored."""
        return term in self._entries

    def add(self, term: str) -> None:
        """Parse and store a term (no-op if stored); raise TermError if malformed."""
        if term in self._entries:
            return
        query = parse(term, self._limits)
        entry, alternatives = compile_term(term, query.alternatives, query.exclusions)
        self._tokens.forget(self._postings.add(entry, alternatives))
        self._entries[term] = entry
        if query.headline_only:
            self._headline_only.add(term)
        if entry.exclusions:
            self._excluding[term] = entry
        if entry.telling:
            self._telling[term] = entry.telling

    def add_many(self, terms: Iterable[str]) -> dict[str, TermError]:
        """Store every term as add does, in bulk; return the malformed ones with their errors."""
        failed: dict[str, TermError] = {}
        with collection_held():
            for term in terms:
                try:
                    self.add(term)
                except TermError as exc:
                    failed[term] = exc
        return failed

    def remove(self, term: str) -> None:
        """Forget a stored term; raise KeyError if it is not stored."""
        entry = self._entries.pop(term)
        self._excluding.pop(term, None)
        self._headline_only.discard(term)
        self._telling.pop(term, None)
        self._tokens.forget(self._postings.remove(entry))

    def match(self, article: Matchable) -> list[Hit]:
        """Return the stored terms that match the article, in order of first appearance."""
        terms: list[str] = []
        spans: list[Span] = []
        cached, compute = self._tokens.infos.get, self._tokens.info
        title, summary = tokenize(article.title), tokenize(article.summary)
        coloured = {
            "title": before_colours(article.title, title),
            "summary": before_colours(article.summary, summary),
        }
        title_infos = [cached(token.text) or compute(token.text) for token in title]
        unordered = scan("title", title, title_infos, terms, spans)
        in_title = len(terms)
        summary_infos = [cached(token.text) or compute(token.text) for token in summary]
        unordered |= scan("summary", summary, summary_infos, terms, spans)
        fields = [title_infos, summary_infos]
        if article.body:
            body = tokenize(article.body)
            coloured["body"] = before_colours(article.body, body)
            body_infos = [cached(token.text) or compute(token.text) for token in body]
            in_head = len(terms)
            unordered |= scan("body", body, body_infos, terms, spans)
            if self._headline_only and len(terms) > in_head:
                self._keep_to_headline(terms, spans, in_head)
            fields.append(body_infos)
        dropped = self._dropped(terms, fields) if self._excluding else []
        hits = build_hits(terms, spans, dropped, unordered, in_title)
        if any(coloured.values()):
            hits = without_colour_names(hits, coloured)
        return told_apart(hits, self._telling, article) if self._telling else hits

    def _keep_to_headline(self, terms: list[str], spans: list[Span], in_head: int) -> None:
        """Drop the body's records of the terms kept to the title and summary."""
        kept = [
            (term, span)
            for term, span in zip(terms[in_head:], spans[in_head:], strict=True)
            if term not in self._headline_only
        ]
        terms[in_head:] = [term for term, _ in kept]
        spans[in_head:] = [span for _, span in kept]

    def _dropped(self, terms: list[str], fields: list[list[TokenInfo]]) -> list[str]:
        """Return the terms found whose exclusions occur in the article."""
        entries = self._excluding
        return [
            term
            for term in dict.fromkeys(filter(entries.__contains__, terms))
            # A term kept to the headline is kept from the body's exclusions too.
            if excluded(
                entries[term].exclusions, fields[:2] if term in self._headline_only else fields
            )
        ]


_TERM = attrgetter("term")


@contextmanager
def collection_held() -> Iterator[None]:
    """Hold the cyclic garbage collector while a whole index is built.

    An index is millions of small long-lived objects and no garbage cycles.
    Built with the collector on, every 25% of growth sets off a full
    collection that walks the whole index built so far: at 100,000 terms
    that is half the build time. Held, it runs once, after the build.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def without_colour_names(hits: list[Hit], coloured: dict[str, frozenset[int]]) -> list[Hit]:
    """Drop the spans that a colour adjective follows: there they are part of a longer name."""
    kept: list[Hit] = []
    for hit in hits:
        spans = tuple(span for span in hit.spans if span.end not in coloured[span.field])
        if spans:
            kept.append(Hit(hit.term, spans) if len(spans) < len(hit.spans) else hit)
    return kept


def told_apart(
    hits: list[Hit], telling: dict[str, tuple[str, ...]], article: Matchable
) -> list[Hit]:
    """Drop the spans whose written letters contradict a term's diacritics or final ى."""
    if telling.keys().isdisjoint(map(_TERM, hits)):
        return hits
    kept: list[Hit] = []
    for hit in hits:
        words = telling.get(hit.term)
        if words is None:
            kept.append(hit)
            continue
        spans = tuple(span for span in hit.spans if not _contradicted(span, words, article))
        if spans:
            kept.append(Hit(hit.term, spans))
    return kept


def _contradicted(span: Span, words: tuple[str, ...], article: Matchable) -> bool:
    """Tell whether a word inside the span, as written, is another word than a term word."""
    text = {"title": article.title, "summary": article.summary}.get(span.field, article.body)
    stretch = text[span.start : span.end]
    # Letters are looked for inside each written word, so punctuation around it is harmless.
    return may_contradict(stretch, words) and any(
        contradicts(word, written) for written in stretch.split() for word in words
    )


@dataclass(frozen=True, slots=True)
class Text:
    """A bare title, summary and body, for matching text that is not a feed article."""

    title: str
    summary: str
    body: str = ""


def matches(term: str, title: str, summary: str = "", body: str = "") -> Hit | None:
    """Match one term against one text, for /test-like use; raise TermError if malformed."""
    index = MatchIndex()
    index.add(term)
    hits = index.match(Text(title, summary, body))
    return hits[0] if hits else None
