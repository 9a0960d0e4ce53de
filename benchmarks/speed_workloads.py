"""The stored-term sets that benchmarks/match_speed.py measures the matcher with.

Two workloads, both drawn from the article bodies of the corpus (only to have
enough distinct terms; the matcher is only ever given titles and abstracts):

* dense (stress test) -- any corpus word and any 2-3-word phrase, except that
  the 150 most frequent words never stand alone nor start or end a phrase.
  Common words such as «الحكومة» or «مواقع التواصل» become terms, so at 100k
  terms an article matches about 90 of them: this measures fan-out more than
  matching, and no real deployment looks like it.
* specific (realistic) -- what 100k distinct watch terms of many chats look
  like: mostly names and specific phrases (people, places, organisations,
  products), so an article matches a handful. Modelled as the real watch terms
  of the quality labels, then specific words -- words that can match at most
  10 of the 1,352 article bodies, counted on the matcher's own stem keys
  (bot.match.stemmer), not on spellings, or rare inflections of common words
  (كوريتين, الأميركيتين) would pass for names -- and 2-3-word phrases that
  occur in at most 3 bodies and contain a specific word. Watch terms are
  written before the news they catch, so the terms are taken from two thirds
  of the articles and matched against the other third: a term fires when a
  specific name or phrase recurs in other news, as in production, not because
  it was cut from the very article being matched. (A cleaner split would need
  more than this corpus's supply of specific words for 100k terms.)

Single words make up a third of the dense set, and of the specific set half
or what the corpus supplies (a fifth at 100k terms); the rest are phrases.
"""

from __future__ import annotations

import importlib
import random
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

__all__ = [
    "dense_terms",
    "is_term_source",
    "read_bodies",
    "real_watch_terms",
    "specific_terms",
]

SEED = 20180612
MAX_SPECIFIC_DF = 3  # bodies a term's own spelling occurs in
MAX_WORD_DF = 10  # bodies a specific word can match, by its stem keys (0.7% of them)
_WORD = re.compile(r"[^\W\d_]{2,}")
_BODY = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_FUNCTION_WORDS = 150


def real_watch_terms() -> list[str]:
    """The plain (no query syntax) terms of the quality labels: what users really type."""
    labels = Path(__file__).resolve().parent / "match_labels.tsv"
    terms: dict[str, None] = {}
    for line in labels.read_text(encoding="utf-8").splitlines()[1:]:
        term = line.split("\t", 1)[0]
        if term and not any(c in term for c in '|-"'):
            terms[term] = None
    return list(terms)


def read_bodies(corpus_dir: Path, paths: Sequence[str]) -> list[list[str]]:
    """The words of every article body, in order."""
    documents: list[list[str]] = []
    for rel in paths:
        raw = (corpus_dir / rel).read_text(encoding="utf-8", errors="replace")
        body = _BODY.search(raw)
        documents.append(_WORD.findall(body.group(1) if body else raw))
    return documents


def _candidates(documents: list[list[str]], stop: set[str]) -> Iterator[tuple[str, int]]:
    """Yield (term, document index) for each word and 2-3-word phrase not led or ended by stop."""
    for doc, words in enumerate(documents):
        for i, first in enumerate(words):
            if first in stop:
                continue
            if len(first) >= 3:
                yield first, doc
            for n in (2, 3):
                gram = words[i : i + n]
                if len(gram) == n and gram[-1] not in stop:
                    yield " ".join(gram), doc


def _stop_words(documents: list[list[str]]) -> set[str]:
    frequency: Counter[str] = Counter(word for words in documents for word in words)
    return {word for word, _ in frequency.most_common(_FUNCTION_WORDS)}


def _mix(words: list[str], phrases: list[str], limit: int, word_share: float) -> list[str]:
    """Shuffle both lists (seeded) and take word_share of the limit as words, then phrases."""
    rng = random.Random(SEED)
    rng.shuffle(words)
    rng.shuffle(phrases)
    head = int(limit * word_share)
    return (words[:head] + phrases + words[head:])[:limit]


def dense_terms(documents: list[list[str]], limit: int) -> list[str]:
    """Any corpus word or phrase (function words excluded): the stress test."""
    seen = dict.fromkeys(term for term, _ in _candidates(documents, _stop_words(documents)))
    words = [t for t in seen if " " not in t]
    phrases = [t for t in seen if " " in t]
    return _mix(words, phrases, limit, 1 / 3)


def is_term_source(doc: int) -> bool:
    """Tell whether the specific workload takes terms from this article (else it matches it)."""
    return doc % 3 != 0


def _key_frequency(documents: list[list[str]]) -> Callable[[str], int]:
    """Return a function: how many bodies a one-word term can match, by its stem keys."""
    stemmer = importlib.import_module("bot.match.stemmer")
    normalize = importlib.import_module("bot.match.normalize").normalize
    key_df: Counter[str] = Counter()
    for words in documents:
        key_df.update({key for word in set(words) for key in stemmer.text_keys(normalize(word))})

    def frequency(word: str) -> int:
        return sum(key_df[key] for key in stemmer.term_keys(normalize(word)))

    return frequency


def specific_terms(documents: list[list[str]], limit: int) -> list[str]:
    """Specific words, and rare phrases holding one, of term-source bodies."""
    found_in: dict[str, set[int]] = {}
    for term, doc in _candidates(documents, _stop_words(documents)):
        docs = found_in.setdefault(term, set())
        if len(docs) <= MAX_SPECIFIC_DF:
            docs.add(doc)
    frequency = _key_frequency(documents)
    specific = {
        word for word in {w for words in documents for w in words} if frequency(word) <= MAX_WORD_DF
    }
    rare = [
        term
        for term, docs in found_in.items()
        if len(docs) <= MAX_SPECIFIC_DF
        and any(map(is_term_source, docs))
        and any(word in specific for word in term.split())
    ]
    words = [t for t in rare if " " not in t]
    phrases = [t for t in rare if " " in t]
    return _mix(words, phrases, limit, 1 / 2)
