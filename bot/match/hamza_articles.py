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
from bot.match.normalize import normalize

__all__ = ["without_hamza_articles"]

# Behind و/ف and ب/ك/ل, an alef with a hamza or madda, then ل: no article is written so.
_HAMZA_ARTICLE = re.compile("[وف]?[بكل]?[أإآ]ل")
_HAMZA_ALEFS = frozenset("أإآ")


def without_hamza_articles(hits: list[Hit], texts: dict[Field, str]) -> list[Hit]:
    """Drop the spans of terms typed without the article that start at such a word.

    Only the first letters of each span found are read: most spans start elsewhere.
    """
    if all(_HAMZA_ALEFS.isdisjoint(text) for text in texts.values()):
        return hits
    kept: list[Hit] = []
    for hit in hits:
        spans = hit.spans
        if not _has_article(hit.term):
            spans = tuple(
                span for span in spans if not _HAMZA_ARTICLE.match(texts[span.field], span.start)
            )
        if spans:
            kept.append(hit if len(spans) == len(hit.spans) else Hit(hit.term, spans))
    return kept


@lru_cache(maxsize=20_000)
def _has_article(term: str) -> bool:
    """Tell whether any word of a term, normalized, starts with the article."""
    return any(word.lstrip('"«(-=').startswith(ARTICLE) for word in normalize(term).split())
