"""A word written with a hamza on its first alef does not start with the article.

Normalizing writes أ, إ and آ as ا, so «ألماني» (German) reads as the article and
«ماني», «ألبان» (dairy) as the article and «بان», «ألوان» (colours) as the article
and «وان». The article's alef never carries a hamza (it is a hamzat wasl), so a
text word that starts, behind at most two proclitics, with a hamza'd alef and ل
is a word of its own, not the article and a term typed without it. This is read
off the written letters of the spans found, like the colours after a name
(bot.match.colour_names): few words of an article start so, and the check is
not compiled into any term. A term with an article in it is left alone: there
the ال is the user's («ألمانيا» typed as such normalizes to المانيا).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.match.hits import Field, Hit
from bot.match.key_marks import ARTICLE
from bot.match.query import Limits, parse

__all__ = ["without_hamza_articles"]

# Behind و/ف and ب/ك/ل, an alef with a hamza or madda, then ل: no article is written so.
_HAMZA_ARTICLE = re.compile("[وف]?[بكل]?[أإآ]ل")
_HAMZA_ALEFS = frozenset("أإآ")


def without_hamza_articles(hits: list[Hit], texts: dict[Field, str], limits: Limits) -> list[Hit]:
    """Drop the spans of terms typed without the article that start at such a word.

    Only the first letters of each span found are read, and a term is asked about
    its article (parsed with the index's limits) only when one of its spans starts so.
    """
    if all(_HAMZA_ALEFS.isdisjoint(text) for text in texts.values()):
        return hits
    kept: list[Hit] = []
    for hit in hits:
        spans = tuple(
            span for span in hit.spans if not _HAMZA_ARTICLE.match(texts[span.field], span.start)
        )
        if len(spans) == len(hit.spans) or _has_article(hit.term, limits):
            kept.append(hit)
        elif spans:
            kept.append(Hit(hit.term, spans))
    return kept


@lru_cache(maxsize=20_000)
def _has_article(term: str, limits: Limits) -> bool:
    """Tell whether a word of a term's alternatives, normalized, starts with the article."""
    return any(
        word.text.startswith(ARTICLE)
        for phrase in parse(term, limits).alternatives
        for word in phrase.words
    )
