"""What the index knows about each token string, computed once and kept warm.

Two layers. What depends only on the token string (its stem keys, exact key
and fuzzy shapes) is pure and cached for good. What depends on the stored terms
(the variant keys it gains, the buckets it opens) is cached per token and
remembered under every key and shape it was computed from, so a change to the
postings forgets only the tokens that read a changed key; the rest stay warm
while subscriptions come and go.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import NamedTuple

from bot.match.compiled import Alt
from bot.match.conjoined import conjoined
from bot.match.fuzzy import MIN_FUZZY_LENGTH, skeleton
from bot.match.given_marks import given_mark
from bot.match.key_marks import CONJOINED, EXACT
from bot.match.pending import Pending, reaching_keys
from bot.match.postings import BEFORE, GAP_BEFORE, SHAPE, Postings, Slot
from bot.match.stemmer import fuzzy_forms, text_keys

__all__ = ["TokenInfo", "TokenTable"]

_CACHE_LIMIT = 100_000


class TokenInfo(NamedTuple):
    """One token string's view of the postings, flattened over its buckets."""

    keys: frozenset[str]
    active: bool  # whether any alternative is anchored on this token
    proven: tuple[str, ...]  # terms this token alone proves
    unproven: tuple[Alt, ...]  # one-word alternatives that need a veto check
    paired: tuple[dict[str, Slot], ...]  # live: phrases anchored here, by partner key
    partners: AbstractSet[str]  # every partner key of those phrases (a superset once one goes)
    afters: tuple[str, ...]  # the keys some phrase expects right after its anchor
    befores: tuple[str, ...]  # BEFORE + the keys some phrase expects right before its anchor
    gap_befores: tuple[str, ...]  # GAP_BEFORE + the keys some phrase expects two words before
    reached: tuple[str, ...]  # the triggers of loaded terms not compiled yet it sets off


@lru_cache(maxsize=_CACHE_LIMIT)
def _analysis(token: str) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """Return a token's own keys (stems and exact spelling) and its (form, skeleton) pairs."""
    shapes = tuple(
        (form, skeleton(form)) for form in fuzzy_forms(token) if len(form) >= MIN_FUZZY_LENGTH
    )
    keys = text_keys(token) | {EXACT + token}
    if conjoined(token):
        keys |= {CONJOINED}
    mark = given_mark(token)
    return (keys | {mark} if mark else keys), shapes


class TokenTable:
    """Token infos for the current postings, forgotten key by key as they change."""

    __slots__ = ("_dependents", "_pending", "_postings", "infos")

    def __init__(self, postings: Postings, pending: Pending) -> None:
        """Start empty over the given postings and waiting terms."""
        self._postings = postings
        self._pending = pending
        self.infos: dict[str, TokenInfo] = {}
        self._dependents: dict[str, set[str]] = {}  # key or SHAPE+skeleton -> tokens

    def forget(self, changed: set[str]) -> None:
        """Drop the infos of the tokens that read any of the changed keys."""
        infos, dependents = self.infos, self._dependents
        for key in changed:
            for token in dependents.pop(key, ()):
                infos.pop(token, None)

    def info(self, token: str) -> TokenInfo:
        """Compute, remember and return the info of a token string."""
        infos, dependents = self.infos, self._dependents
        if len(infos) >= _CACHE_LIMIT:
            infos.clear()
            dependents.clear()
        keys, shapes = _analysis(token)
        postings = self._postings
        variants = postings.variants.lookup(shapes)
        if variants:
            keys = keys | variants
        opened = [b for b in map(postings.buckets.get, keys) if b is not None]
        partners = postings.partners
        paired = tuple(b.pairs for b in opened if b.pairs)
        info = infos[token] = TokenInfo(
            keys=keys,
            active=bool(opened),
            proven=tuple(dict.fromkeys(t for b in opened for t in b.single.proven)),
            unproven=tuple(alt for b in opened for alt in b.single.unproven),
            paired=paired,
            # One bucket with phrases, as most: its live keys, not a copy of them.
            partners=paired[0].keys() if len(paired) == 1 else frozenset().union(*paired),
            afters=tuple(key for key in keys if key in partners),
            befores=tuple(mark for key in keys if (mark := BEFORE + key) in partners),
            gap_befores=tuple(mark for key in keys if (mark := GAP_BEFORE + key) in partners),
            reached=self._pending.reached(reaching := reaching_keys(keys)),
        )
        for key in reaching:
            dependents.setdefault(key, set()).add(token)
        for _, shape in shapes:
            dependents.setdefault(SHAPE + shape, set()).add(token)
        return info
