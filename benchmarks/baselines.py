"""Baseline matchers that the Rasd matcher is measured against.

Two baselines, both deliberately simple and written from their published
behaviour, not copied from any implementation:

* :class:`SubstringMatcher` -- ``term in text`` on the raw title + abstract,
  which is what a naive bot does.
* :class:`LuceneStyleMatcher` -- what a search engine gives you out of the box
  for Arabic: Lucene's ArabicNormalizer followed by its light stemmer
  (ArabicStemmer, after Larkey et al.'s "light10"), with a phrase matching
  consecutive stemmed tokens.

Both understand the small query syntax the label file uses: ``a | b`` (any of
the alternatives) and ``-x`` / ``-"x y"`` (none of the exclusions present).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# --- the query syntax shared by the baselines --------------------------------

_EXCLUSION = re.compile(r'-"([^"]+)"|-(\S+)')


@dataclass(frozen=True, slots=True)
class Query:
    """A watch term split into what must appear (any of) and what must not."""

    alternatives: tuple[str, ...]
    exclusions: tuple[str, ...]


def parse_query(term: str) -> Query:
    """Split ``a b | "c d" -e -"f g"`` into alternatives and exclusions."""
    exclusions: list[str] = []

    def take(found: re.Match[str]) -> str:
        exclusions.append(found.group(1) or found.group(2))
        return " "

    rest = _EXCLUSION.sub(take, term)
    alternatives = tuple(alt for part in rest.split("|") if (alt := part.replace('"', " ").strip()))
    return Query(alternatives, tuple(exclusions))


# --- plain substring ---------------------------------------------------------


class SubstringMatcher:
    """``term in text`` on the raw text: no normalization, no word boundaries."""

    name = "substring"

    def matches(self, term: str, text: str) -> bool:
        query = parse_query(term)
        if any(ex in text for ex in query.exclusions):
            return False
        return any(alt in text for alt in query.alternatives)


# --- Lucene-style normalize + light stem -------------------------------------

_TASHKEEL = re.compile("[\u064b-\u0652\u0670]")  # fathatan .. sukun, superscript alef
_TATWEEL = "\u0640"
_ALEF_FORMS = str.maketrans({"\u0622": "ا", "\u0623": "ا", "\u0625": "ا", "ى": "ي", "ة": "ه"})
# Letters and digits only: the underscore of hashtags (#كوريا_الشمالية) splits
# words here, which is kinder than Lucene's StandardTokenizer (it keeps
# "_"-joined words together), so the baseline is not handicapped by it.
_WORD = re.compile(r"[^\W_]+")

# Larkey's light10 lists as Lucene's ArabicStemmer uses them, in its order.
# After normalization ة is already ه, so the ية/ة suffixes never fire; they
# are kept to mirror the published list.
_PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل", "و")
_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي")


def lucene_normalize(text: str) -> str:
    """ArabicNormalizer: drop tashkeel and tatweel, unify alef/yeh/teh marbuta."""
    text = unicodedata.normalize("NFKC", text)
    text = _TASHKEEL.sub("", text).replace(_TATWEEL, "")
    return text.translate(_ALEF_FORMS)


def light_stem(word: str) -> str:
    """ArabicStemmer: strip one prefix, then each listed suffix in turn.

    A prefix comes off only if at least two letters remain (and a lone و only
    from words of four letters or more); a suffix only if two letters remain.
    """
    for prefix in _PREFIXES:
        too_short = len(word) < len(prefix) + 2 or (len(prefix) == 1 and len(word) < 4)
        if word.startswith(prefix) and not too_short:
            word = word[len(prefix) :]
            break
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) >= len(suffix) + 2:
            word = word[: -len(suffix)]
    return word


def lucene_terms(text: str) -> list[str]:
    """Normalized, light-stemmed tokens of a text."""
    return [light_stem(w) for w in _WORD.findall(lucene_normalize(text).lower())]


def _contains_phrase(tokens: list[str], phrase: list[str]) -> bool:
    if not phrase:
        return False
    n = len(phrase)
    first = phrase[0]
    return any(
        tokens[i] == first and tokens[i : i + n] == phrase for i in range(len(tokens) - n + 1)
    )


class LuceneStyleMatcher:
    """Phrase query over Lucene-style analyzed tokens (normalizer + light stemmer)."""

    name = "lucene-style"

    def matches(self, term: str, text: str) -> bool:
        query = parse_query(term)
        tokens = lucene_terms(text)
        if any(_contains_phrase(tokens, lucene_terms(ex)) for ex in query.exclusions):
            return False
        return any(_contains_phrase(tokens, lucene_terms(alt)) for alt in query.alternatives)


def distinct_terms(terms: Iterable[str]) -> list[str]:
    """Terms in first-seen order, without repeats."""
    return list(dict.fromkeys(terms))
