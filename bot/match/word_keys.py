"""The key set of one word of a term by its place in the phrase, one shared set per word.

A one-word term's word, a phrase's first word and its later words each take
their own keys (bot.match.stemmer); a word compared by its exact spelling or
as typed takes one key. bot.match.terms and bot.match.phrase_forms build the
key sets of their phrases from these.
"""

from __future__ import annotations

from functools import lru_cache

from bot.match.compiled import WordKeys
from bot.match.fuzzy import near_key
from bot.match.key_marks import EXACT
from bot.match.patterns import fuala_singulars
from bot.match.phrase_words import head_word_keys, inner_word_keys, phrase_word_keys
from bot.match.stemmer import single_word_keys

__all__ = [
    "WORD_CACHE",
    "as_typed",
    "exact_keys",
    "head_keys",
    "inner_keys",
    "phrase_keys_near",
    "typed_keys",
]

# Per-word caches: a word's analysis is shared by every term that has the word.
WORD_CACHE = 200_000


def typed_keys(words: tuple[str, ...]) -> WordKeys:
    """Compile a typed stemmed phrase's words (none of them a piece), as terms._word_keys does."""
    if len(words) == 1:
        return (single_word_keys(words[0]),)
    return (head_keys(words[0]), *map(inner_keys, words[1:]))


@lru_cache(maxsize=WORD_CACHE)
def head_keys(text: str) -> frozenset[str]:
    """Return the keys of a stemmed first word of a phrase: with its NEAR key, or its tanween.

    A word with a NEAR key may still be a فعلاء plural («علماء»): its singulars stay.
    """
    if near_key(text) is None:
        return head_word_keys(text)
    singulars = fuala_singulars(text)
    return phrase_keys_near(text) | set(singulars) if singulars else phrase_keys_near(text)


@lru_cache(maxsize=WORD_CACHE)
def inner_keys(text: str) -> frozenset[str]:
    """Return the keys of a stemmed later word of a phrase: with its NEAR key if it has one."""
    near = near_key(text)
    return inner_word_keys(text) | {near} if near is not None else inner_word_keys(text)


@lru_cache(maxsize=WORD_CACHE)
def exact_keys(text: str) -> frozenset[str]:
    """Return the one key of a word compared by its exact spelling."""
    return frozenset((EXACT + text,))


@lru_cache(maxsize=WORD_CACHE)
def as_typed(text: str) -> frozenset[str]:
    """Return the one key of a word compared as typed, without endings."""
    return frozenset((text,))


@lru_cache(maxsize=200_000)
def phrase_keys_near(word: str) -> frozenset[str]:
    """Return a phrase word's keys with its NEAR key, one shared set per word."""
    near = near_key(word)
    return phrase_word_keys(word) | {near} if near is not None else phrase_word_keys(word)
