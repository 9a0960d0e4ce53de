"""The fix offered for a wrong hit: an exclusion built from the words around the match.

Pure. When a reader says an alert was not about their term («روسيا» in an
article about «روسيا البيضاء»), the likeliest reason is a longer name the
term sits in. The offer excludes that name: the matched words plus their
neighbour in the article (the word after, when it is a definite noun or
adjective as in «الأسد الإفريقي», «الحرس الوطني»; or ل + a noun after it that
names a longer body, as in «الاتحاد الأوروبي لكرة القدم»; otherwise the word before,
as in «إيفانكا ترامب»; a verb after the term, as in «ترامب يلتقي», makes no
name). When the article matched only through stemming or
spelling tolerance, the exact mode (``=term``) is offered too. Nothing is
saved here: the reader sees the new term and taps to keep it.
"""

from __future__ import annotations

from typing import NamedTuple

from bot.match.hits import Hit
from bot.match.matcher import Matchable
from bot.match.normalize import Token, normalize, tokenize
from bot.match.query import parse

__all__ = ["Narrowing", "narrowing"]

# Function words, a closed class: a neighbour that is one of them makes no name.
# (Arabic prepositions, conjunctions and particles; their English counterparts.)
_PARTICLE_WORDS = (
    "في من إلى الى على عن مع أن إن ان لا لم لن ما قد ثم أو او بين بعد قبل حول عند منذ "
    "هذا هذه ذلك تلك التي الذي الذين كان كانت وقال قال قالت وقالت خلال ضد نحو لدى "
    "the a an of in on at to for from by with and or but as is was are"
)
_PARTICLES = frozenset(normalize(word) for word in _PARTICLE_WORDS.split(" "))
_QUOTE_CHARS = frozenset('"«»“”„')
_LAM, _LAM_ARTICLE = "ل", "لل"
_MIN_COMPLEMENT = 3  # ل + a noun of 3 letters at least; shorter ones are particles (لها, لكن)
MAX_PHRASE = 60  # characters of the excluded name; longer would be no name


class Narrowing(NamedTuple):
    """What to offer for a wrong hit: a term with an exclusion, the exact term, or neither."""

    excluding: str  # the term with the neighbouring name excluded; "" if none found
    exact: str  # the term in exact mode; "" when the hit was already exact


def narrowing(term: str, hit: Hit, article: Matchable) -> Narrowing:
    """Return the offers for a term whose hit in this article was wrong."""
    excluding = exact = ""
    if hit.spans:
        span = hit.spans[0]
        text = getattr(article, span.field, "") or ""
        phrase = _longer_name(text, span.start, span.end)
        if phrase:
            excluding = _valid(f'{term} -"{phrase}"')
        if normalize(text[span.start : span.end]) != normalize(_words_of(term)):
            exact = _exact(term)
    return Narrowing(excluding, exact)


def _longer_name(text: str, start: int, end: int) -> str:
    """Return the matched words with their neighbour as one phrase, or ""."""
    tokens = tokenize(text)
    inside = [i for i, tok in enumerate(tokens) if tok.start < end and tok.end > start]
    if not inside:
        return ""
    first, last = inside[0], inside[-1]
    after = _content(text, tokens, last, last + 1)
    before = _content(text, tokens, first - 1, first, left_side=True)
    complement = _complement(text, tokens, last + 1) if after is not None else None
    if after is not None and after.text.startswith("ال"):
        phrase = text[tokens[first].start : after.end]
    elif complement is not None:
        phrase = text[tokens[first].start : complement]
    elif before is not None:
        phrase = text[before.start : tokens[last].end]
    else:
        return ""
    phrase = " ".join(phrase.split())
    return phrase if len(phrase) <= MAX_PHRASE else ""


def _complement(text: str, tokens: list[Token], at: int) -> int | None:
    """Return where a ل + noun complement at `at` ends, if it makes a longer name.

    «الاتحاد الأوروبي للغولف», «الاتحاد الأوروبي لكرة القدم»: ل with the article,
    or ل + a noun whose owner has the article. Measured on the labels, dropping
    every such hit costs more than it saves (ل also introduces a purpose:
    «الاتحاد الأوروبي لفرض عقوبات»), so it is offered, not applied.
    """
    word = tokens[at].text
    if not word.startswith(_LAM) or len(word) <= _MIN_COMPLEMENT or word[1:] in _PARTICLES:
        return None
    if word.startswith(_LAM_ARTICLE):
        return tokens[at].end
    owner = _content(text, tokens, at, at + 1)
    if owner is not None and owner.text.startswith("ال"):
        return owner.end
    return None


def _content(
    text: str, tokens: list[Token], left: int, right: int, *, left_side: bool = False
) -> Token | None:
    """Return the word beside the match (the one at `left` when left_side, else at `right`)
    if it is a content word joined to the match by spaces only."""
    if left < 0 or right >= len(tokens):
        return None
    word = tokens[left] if left_side else tokens[right]
    between = text[tokens[left].end : tokens[right].start]
    if between.strip() or _QUOTE_CHARS & set(between):
        return None  # punctuation between: a new clause, not one name
    if len(word.text) < 2 or word.text in _PARTICLES:
        return None
    return word


def _words_of(term: str) -> str:
    """Return the term's searched words without operators or quotes (for comparing)."""
    return " ".join(tok.text for tok in tokenize(term))


def _exact(term: str) -> str:
    """Return the term in exact mode, if it is one plain word or phrase; "" otherwise."""
    if any(c in term for c in '|-=:"«»“”'):
        return ""
    words = term.split()
    return _valid(f"={term}" if len(words) == 1 else f'="{term}"')


def _valid(term: str) -> str:
    """Return the term if the query language accepts it, "" otherwise."""
    try:
        parse(term)
    except ValueError:
        return ""
    return term
