"""The watch-term language users type in Telegram, parsed into an immutable Query.

    روسيا                       a word
    كوريا الشمالية              a phrase: consecutive words
    «كوريا الشمالية» "…" “…”    a quoted phrase
    ترامب | ترمب                alternatives: any one is enough
    روسيا -"روسيا البيضاء"      exclusion: no hit if it occurs anywhere in the article
    =ترامب  ="…"                exact: normalized spelling, whole word, no stemming or fuzz
    -=word                      an exact exclusion
    عنوان: روسيا  title: روسيا   in the headline and teaser only, not the article's body

Within one alternative every word and quoted part, in order, forms one phrase;
a leading - or = applies to the word or quoted part it is attached to.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from bot.match.normalize import tokenize

_T = TypeVar("_T")

__all__ = [
    "DEFAULT_LIMITS",
    "EXACT_MODE",
    "Limits",
    "Phrase",
    "Query",
    "TermError",
    "Word",
    "parse",
    "plain_words",
]

_QUOTES = {'"': '"', "«": "»", "“": "”", "„": "”", "”": "”"}
_CLOSERS = frozenset(_QUOTES.values())
_BAR = "|"
_EXCLUDE = frozenset("-−–—")  # phone keyboards turn - into a dash
EXACT_MODE = "="  # before a word: exact mode, this spelling only
_EXAMPLE = 'روسيا -"روسيا البيضاء"'
# A leading scope keeps the whole term to the headline and teaser, in either language.
HEADLINE_SCOPES = ("عنوان:", "title:")
# A term with none of these characters has no operator, quote or scope: it is
# one phrase of its words, which parse reads word by word from a cache.
_SYNTAX = frozenset(_QUOTES) | _CLOSERS | _EXCLUDE | {_BAR, EXACT_MODE, ":"}
# One C-level search: a set's isdisjoint hashes the term letter by letter.
_HAS_SYNTAX = re.compile("[" + re.escape("".join(sorted(_SYNTAX))) + "]").search
_WORD_CACHE = 200_000


class TermError(ValueError):
    """A watch term that cannot be used, with what to fix in Arabic and English."""

    def __init__(self, ar: str, en: str) -> None:
        """Keep both messages; str() shows both."""
        super().__init__(f"{en} / {ar}")
        self.ar = ar
        self.en = en


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps on the size of one watch term."""

    max_length: int = 200
    max_alternatives: int = 10
    max_words: int = 8
    max_exclusions: int = 10


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Word:
    """One normalized word; exact words are compared by spelling only.

    raw is the word as typed, diacritics and final ى included (bot.match.marks
    reads them); it does not take part in comparisons.
    """

    text: str
    exact: bool = False
    raw: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words that must appear consecutively."""

    words: tuple[Word, ...]


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed term: any alternative matches unless an exclusion occurs."""

    text: str
    alternatives: tuple[Phrase, ...]
    exclusions: tuple[Phrase, ...]
    headline_only: bool = False  # matched in the title and summary, never the body


@dataclass(frozen=True, slots=True)
class _Piece:
    """A word or quoted part with its operators, before grouping."""

    source: str
    words: tuple[Word, ...]
    exclude: bool


_Item = _Piece | None  # None stands for |


def too_long(length: int, max_length: int) -> TermError:
    """Return the error for a term over the length limit."""
    # Both numbers stand alone, so no counted noun has to agree with them.
    return TermError(
        f"العبارة طويلة جدًا: عدد أحرفها {length} والحد {max_length}؛ اختصرها.",
        f"The term is too long ({length} characters): "
        f"shorten it to {max_length} characters or fewer.",
    )


def parse(term: str, limits: Limits = DEFAULT_LIMITS) -> Query:
    """Parse a watch term; raise TermError saying what to fix."""
    if not term.strip():
        raise TermError(
            "العبارة فارغة: اكتب كلمة أو عبارة لمتابعتها، مثل: روسيا",
            "The term is empty: type a word or phrase to watch, e.g. روسيا",
        )
    if len(term) > limits.max_length:
        raise too_long(len(term), limits.max_length)
    plain = None if _HAS_SYNTAX(term) else _plain_phrase(term)
    if plain is not None:
        query = Query(term, (plain,), ())
        _check_sizes(query, limits)
        return query
    words, headline_only = _scope(term)
    alternatives: list[Phrase] = []
    exclusions: list[Phrase] = []
    segments = _split_alternatives(_lex(words))
    for segment in segments:
        positive = [piece for piece in segment if not piece.exclude]
        exclusions.extend(Phrase(piece.words) for piece in segment if piece.exclude)
        if positive:
            alternatives.append(Phrase(tuple(w for piece in positive for w in piece.words)))
        elif len(segments) > 1:
            raise _empty_alternative()
    query = Query(term, tuple(alternatives), tuple(exclusions), headline_only)
    _check_sizes(query, limits)
    return query


def plain_words(term: str, limits: Limits = DEFAULT_LIMITS) -> tuple[str, ...] | None:
    """Return the normalized words of a term without syntax, as parse would read them.

    None when parse must decide: the term has syntax, or something to refuse.
    How a whole index is loaded, without building a query per term.
    """
    if len(term) > limits.max_length or _HAS_SYNTAX(term):
        return None
    texts = _pieces(term, _plain_texts)
    if not texts or len(texts) > limits.max_words:
        return None
    return tuple(texts)


def _plain_phrase(term: str) -> Phrase | None:
    """Return the one phrase of a term without syntax; None if a piece has no word."""
    words = _pieces(term, _plain_words)
    return None if words is None else Phrase(tuple(words))


def _pieces(term: str, read: Callable[[str], tuple[_T, ...]]) -> list[_T] | None:
    """Return what read finds in each piece of a term without syntax; None if one has nothing.

    Words never span white space, so the term's words are its pieces' words,
    each piece normalized once however many terms share it.
    """
    found: list[_T] = []
    for piece in term.split():
        words = read(piece)
        if not words:
            return None
        found += words
    return found


@lru_cache(maxsize=_WORD_CACHE)
def _plain_words(piece: str) -> tuple[Word, ...]:
    """Return the words of one piece of a term without syntax."""
    return tuple(
        Word(token.text, False, piece[token.start : token.end]) for token in tokenize(piece)
    )


@lru_cache(maxsize=_WORD_CACHE)
def _plain_texts(piece: str) -> tuple[str, ...]:
    """Return the normalized words of one piece of a term without syntax."""
    # Straight from the tokens, not through _plain_words: a bulk load would fill
    # both caches with every piece (9 MB more at 100,000 terms).
    return tuple(token.text for token in tokenize(piece))


def _scope(term: str) -> tuple[str, bool]:
    """Split a leading headline scope (عنوان: or title:) off the term."""
    stripped = term.lstrip()
    for scope in HEADLINE_SCOPES:
        if stripped[: len(scope)].lower() == scope:
            rest = stripped[len(scope) :]
            if not rest.strip():
                raise TermError(
                    f"«{scope}» بلا كلمة بعده: اكتب بعده ما تتابعه في العناوين، مثل: عنوان: روسيا",
                    f'"{scope}" has nothing after it: type what to watch in headlines, '
                    "e.g. title: روسيا",
                )
            return rest, True
    return term, False


def _lex(term: str) -> list[_Item]:
    """Cut the term into pieces and | separators."""
    items: list[_Item] = []
    position, length = 0, len(term)
    while position < length:
        char = term[position]
        if char.isspace():
            position += 1
        elif char == _BAR:
            items.append(None)
            position += 1
        else:
            piece, position = _read_piece(term, position)
            items.append(piece)
    return items


def _read_piece(term: str, position: int) -> tuple[_Piece, int]:
    """Read operators then a word or quoted part starting at position."""
    start = position
    exclude = exact = False
    while position < len(term) and (term[position] in _EXCLUDE or term[position] == EXACT_MODE):
        exclude = exclude or term[position] in _EXCLUDE
        exact = exact or term[position] == EXACT_MODE
        position += 1
    if position == len(term) or term[position].isspace() or term[position] == _BAR:
        operator = term[start:position]
        raise TermError(
            f"«{operator}» بلا كلمة بعده: ضع الكلمة ملاصقة له بلا مسافة، مثل: {_EXAMPLE}",
            f'"{operator}" has no word after it: attach the word to it without a space, '
            f"e.g. {_EXAMPLE}",
        )
    if term[position] in _QUOTES:
        end = _closing_quote(term, position)
        body, after = term[position + 1 : end], end + 1
    else:
        after = _word_end(term, position)
        body = term[position:after]
    source = term[start:after]
    return _Piece(source, _words(body, source, exact), exclude), after


def _closing_quote(term: str, opening: int) -> int:
    """Return the index of the quote closing the one at opening."""
    end = term.find(_QUOTES[term[opening]], opening + 1)
    if end < 0:
        raise TermError(
            'علامة اقتباس غير مغلقة: أغلق كل « بـ » وكل " بـ " حول العبارة.',
            'A quote is not closed: close every « with » and every " with " around the phrase.',
        )
    return end


def _word_end(term: str, position: int) -> int:
    """Return where an unquoted word starting at position ends."""
    while position < len(term):
        char = term[position]
        if char.isspace() or char == _BAR or char in _QUOTES:
            break
        if char in _CLOSERS:
            raise TermError(
                f"علامة اقتباس «{char}» بلا علامة فتح: احذفها أو أضف علامة الفتح.",
                f'A closing quote "{char}" has no opening quote: remove it or add the opening one.',
            )
        position += 1
    return position


def _words(body: str, source: str, exact: bool) -> tuple[Word, ...]:
    """Normalize the words of one piece; refuse a piece with no letters or digits."""
    words = tuple(
        Word(token.text, exact, body[token.start : token.end]) for token in tokenize(body)
    )
    if not words:
        raise TermError(
            f"«{source}» لا يحوي حروفًا ولا أرقامًا: احذفه أو اكتب كلمة.",
            f'"{source}" has no letters or digits: remove it or type a word.',
        )
    return words


def _split_alternatives(items: list[_Item]) -> list[list[_Piece]]:
    """Group pieces into alternatives at each |; refuse empty ones."""
    segments: list[list[_Piece]] = [[]]
    for item in items:
        if item is None:
            segments.append([])
        else:
            segments[-1].append(item)
    if len(segments) > 1 and any(not segment for segment in segments):
        raise _empty_alternative()
    return segments


def _empty_alternative() -> TermError:
    """Build the error for an alternative with nothing to watch."""
    return TermError(
        "أحد البدائل فارغ أو فيه استثناء فقط: اكتب كلمة على جانبي كل |، مثل: ترامب | ترمب",
        "An alternative is empty or only excludes: put a word on both sides of every |, "
        "e.g. ترامب | ترمب",
    )


def _check_sizes(query: Query, limits: Limits) -> None:
    """Refuse a term with nothing to watch or with too many parts."""
    if not query.alternatives:
        raise TermError(
            f"العبارة فيها استثناءات فقط: أضف كلمة للمتابعة قبل الاستثناء، مثل: {_EXAMPLE}",
            f"The term only has exclusions: add a word to watch before them, e.g. {_EXAMPLE}",
        )
    if len(query.alternatives) > limits.max_alternatives:
        raise TermError(
            f"البدائل كثيرة ({len(query.alternatives)}): الحد {limits.max_alternatives}؛ "
            "قسّمها على أكثر من عبارة.",
            f"Too many alternatives ({len(query.alternatives)}): the limit is "
            f"{limits.max_alternatives}; split them into several terms.",
        )
    if len(query.exclusions) > limits.max_exclusions:
        raise TermError(
            f"الاستثناءات كثيرة ({len(query.exclusions)}): الحد {limits.max_exclusions}.",
            f"Too many exclusions ({len(query.exclusions)}): the limit is {limits.max_exclusions}.",
        )
    longest = max(len(phrase.words) for phrase in (*query.alternatives, *query.exclusions))
    if longest > limits.max_words:
        raise TermError(
            f"العبارة طويلة: عدد كلماتها المتتالية {longest} والحد {limits.max_words}؛ "
            "اختصرها أو قسّمها.",
            f"A phrase is too long ({longest} words): the limit is "
            f"{limits.max_words} consecutive words.",
        )
