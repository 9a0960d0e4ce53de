"""One index of every watch term; an article in, the matching terms and their spans out.

The pieces: bot.match.terms compiles a term into the key sets of its words;
bot.match.postings hangs each alternative in buckets by the keys of its rarest word;
bot.match.token_table flattens, per distinct token string, the buckets its keys
open; bot.match.scan walks an article's tokens through that view; bot.match.hits turns
what was found into results; bot.match.pending keeps the terms of a bulk load
uncompiled until an article first could match them, so a large index loads in
a third of the time and half the memory that compiling it takes. The cost of
an article follows its length and
its real hits, not the number of terms stored, and adding or removing a term
touches only the buckets and cached tokens of its own keys.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, islice
from operator import attrgetter
from typing import Protocol

from bot.match.colour_names import ColourMarks, colour_marks
from bot.match.compiled import Entry
from bot.match.counted import counted_nouns
from bot.match.hamza_articles import without_hamza_articles
from bot.match.hits import Field, Hit, Span, build_hits, without_spans
from bot.match.kin import Kin, without_kin
from bot.match.marks import contradicts, may_contradict
from bot.match.month_names import date_months, without_date_months
from bot.match.normalize import Token, tokenize
from bot.match.pending import Pending
from bot.match.postings import Postings
from bot.match.query import DEFAULT_LIMITS, Limits, Query, TermError, parse, plain_words
from bot.match.scan import Written, excluded, scan
from bot.match.terms import compile_term, triggers
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


# Terms parsed before their triggers are found (add_many): about a megabyte held.
_LOAD_BATCH = 5000


def _read(text: str) -> list[Token]:
    """Return a field's tokens as the scan reads them: a counted noun's tanween off."""
    return counted_nouns(text, tokenize(text))


class MatchIndex:
    """Every watch term of every chat, compiled once and updated in place."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS) -> None:
        """Start with no terms; limits cap the size of each term added."""
        self._limits = limits
        self._entries: dict[str, Entry] = {}
        self._excluding: dict[str, Entry] = {}  # the entries that have exclusions
        self._headline_only: set[str] = set()  # terms kept to the title and summary
        self._telling: dict[str, tuple[str, ...]] = {}  # terms typed with telling marks
        self._kin: dict[str, Kin] = {}  # person terms whose family name alone matches
        self._postings = Postings()
        # Loaded terms, compiled when an article first could match them.
        self._pending = Pending(self._postings.variants)
        self._tokens = TokenTable(self._postings, self._pending)

    def __len__(self) -> int:
        """Return how many distinct terms are stored."""
        return len(self._entries) + len(self._pending)

    def __contains__(self, term: object) -> bool:
        """Tell whether this exact term string is stored."""
        return term in self._entries or term in self._pending

    def add(self, term: str) -> None:
        """Parse, compile and store a term (no-op if stored); raise TermError if malformed."""
        if term in self:
            return
        self._store(term, parse(term, self._limits))

    def load(self, term: str) -> None:
        """Store a term as add does, compiled only when an article first could match it.

        How a whole index is loaded (bot.match.pending, add_many): the term is
        parsed now, so a malformed one raises TermError here, and what it
        matches is the same as with add. Terms with syntax are compiled at once.
        """
        for error in self.add_many((term,)).values():
            raise error

    def add_many(self, terms: Iterable[str]) -> dict[str, TermError]:
        """Load every term as load does; return the malformed ones with their errors.

        In batches, each in three sweeps (parse, find the triggers, hang the
        terms): a sweep keeps its own word tables in the processor's caches,
        where term by term the same work took a fifth longer at 100,000 terms
        (benchmarks/index_build.py). Batches, so that what one sweep hands the
        next stays small.
        """
        failed: dict[str, TermError] = {}
        rest = iter(terms)
        with collection_held():
            while batch := dict.fromkeys(islice(rest, _LOAD_BATCH)):
                plain = self._parse_plain(batch, failed)
                self._hang([(term, triggers(words)) for term, words in plain])
        return failed

    def _parse_plain(
        self, terms: Iterable[str], failed: dict[str, TermError]
    ) -> list[tuple[str, tuple[str, ...]]]:
        """Return the new plain terms with their words; store the others, file the malformed."""
        plain: list[tuple[str, tuple[str, ...]]] = []
        for term in terms:
            if term in self:
                continue
            try:
                words = plain_words(term, self._limits)
                if words is None:
                    self._store(term, parse(term, self._limits))
                else:
                    plain.append((term, words))
            except TermError as exc:
                failed[term] = exc
        return plain

    def remove(self, term: str) -> None:
        """Forget a stored term; raise KeyError if it is not stored."""
        if term in self._pending:
            emptied = self._pending.remove(term, self._triggers(term))
            self._tokens.forget(self._pending.keys_of(emptied))
            return
        entry = self._entries.pop(term)
        self._excluding.pop(term, None)
        self._headline_only.discard(term)
        self._telling.pop(term, None)
        self._kin.pop(term, None)
        self._tokens.forget(self._postings.remove(entry))

    def match(self, article: Matchable) -> list[Hit]:
        """Return the stored terms that match the article, in order of first appearance."""
        terms: list[str] = []
        spans: list[Span] = []
        written = [
            Written("title", article.title, _read(article.title)),
            Written("summary", article.summary, _read(article.summary)),
        ]
        if article.body:
            written.append(Written("body", article.body, _read(article.body)))
        fields = [self._infos(field.tokens) for field in written]
        if self._pending and self._compile_reached(fields):
            fields = [self._infos(field.tokens) for field in written]
        unordered = scan(written[0], fields[0], terms, spans)
        in_title = len(terms)
        unordered |= scan(written[1], fields[1], terms, spans)
        if article.body:
            in_head = len(terms)
            unordered |= scan(written[2], fields[2], terms, spans)
            if self._headline_only and len(terms) > in_head:
                self._keep_to_headline(terms, spans, in_head)
        dropped = self._dropped(terms, fields) if self._excluding else []
        hits = build_hits(terms, spans, dropped, unordered, in_title)
        if not hits:
            return hits  # most articles: nothing for colours or dates to take back
        coloured = {field.name: colour_marks(field.text, field.tokens) for field in written}
        if any(coloured.values()):
            hits = without_colour_names(hits, coloured)
        texts = {field.name: field.text for field in written}
        hits = without_hamza_articles(hits, texts, self._limits)
        dated = {field.name: date_months(field.text, field.tokens) for field in written}
        if any(dated.values()):
            hits = without_date_months(hits, dated)
        if self._kin:
            hits = without_kin(hits, self._kin, written, fields)
        return told_apart(hits, self._telling, article) if self._telling else hits

    def _store(self, term: str, query: Query) -> None:
        """Compile a parsed term and post it."""
        entry, alternatives = compile_term(term, query.alternatives, query.exclusions)
        self._tokens.forget(self._postings.add(entry, alternatives))
        self._entries[term] = entry
        if query.headline_only:
            self._headline_only.add(term)
        if entry.exclusions:
            self._excluding[term] = entry
        if entry.telling:
            self._telling[term] = entry.telling
        if entry.kin:
            self._kin[term] = entry.kin

    def _infos(self, tokens: list[Token]) -> list[TokenInfo]:
        """Return the info of each token of a field."""
        cached, compute = self._tokens.infos.get, self._tokens.info
        return [cached(token.text) or compute(token.text) for token in tokens]

    def _compile_reached(self, fields: list[list[TokenInfo]]) -> bool:
        """Compile the waiting terms these tokens set off; tell whether there were any."""
        # Most articles reach nothing: one C-level pass says so before any Python loop.
        if not any(map(_REACHED, chain.from_iterable(fields))):
            return False
        reached = dict.fromkeys(
            trigger for infos in fields for info in infos for trigger in info.reached
        )
        waiting, emptied = self._pending.take(reached)
        with collection_held():  # as in a bulk load: thousands of terms may wait on one word
            for term in waiting:
                self._store(term, parse(term, self._limits))
        self._tokens.forget(self._pending.keys_of(emptied))
        return True

    def _hang(self, loaded: list[tuple[str, tuple[str, ...]]]) -> None:
        """Keep parsed plain terms waiting under their triggers."""
        fresh = self._pending.add(loaded)
        if fresh and self._tokens.infos:
            self._tokens.forget(self._pending.keys_of(fresh))

    def _triggers(self, term: str) -> tuple[str, ...]:
        """Return the triggers of a loaded term, as load found them."""
        words = plain_words(term, self._limits)
        assert words is not None, term  # only plain terms wait
        return triggers(words)

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
_REACHED = attrgetter("reached")


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


def without_colour_names(hits: list[Hit], coloured: dict[Field, ColourMarks | None]) -> list[Hit]:
    """Drop the spans that colours make something else (bot.match.colour_names).

    A span that a colour adjective follows is part of a longer name; a span
    that starts at a colour describing the word before it names no place.
    """
    return without_spans(hits, lambda span: _coloured(span, coloured[span.field]))


def _coloured(span: Span, marks: ColourMarks | None) -> bool:
    """Tell whether colours make a span another thing than the term."""
    return marks is not None and (span.end in marks.named or span.start in marks.adjectives)


def told_apart(
    hits: list[Hit], telling: dict[str, tuple[str, ...]], article: Matchable
) -> list[Hit]:
    """Drop the spans whose written letters contradict a term's diacritics or final ى, or
    do not write a derived plural's hamza (bot.match.marks)."""
    # Most hits have no such term: they are found and passed over at C speed.
    flags = list(map(telling.get, map(_TERM, hits)))
    if not any(flags):
        return hits
    kept: list[Hit | None] = list(hits)
    for index in compress(range(len(hits)), flags):
        hit, words = hits[index], flags[index]
        assert words is not None  # compress kept the flagged ones
        spans = tuple(span for span in hit.spans if not _contradicted(span, words, article))
        if len(spans) < len(hit.spans):
            kept[index] = Hit(hit.term, spans) if spans else None
    return [hit for hit in kept if hit is not None]


def _contradicted(span: Span, words: tuple[str, ...], article: Matchable) -> bool:
    """Tell whether a word inside the span, as written, is another word than a term word."""
    text = article.title if span.field == "title" else article.summary
    if span.field == "body":
        text = article.body
    return _stretch_contradicts(text[span.start : span.end], words)


@lru_cache(maxsize=20_000)
def _stretch_contradicts(stretch: str, words: tuple[str, ...]) -> bool:
    """Tell whether a word of a written stretch is another word than a term word."""
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
