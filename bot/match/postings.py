"""The buckets every compiled alternative hangs in, keyed by the keys of its anchor.

A one-word alternative is posted under the keys of its word. A longer phrase
is posted under the keys of its rarest word (its anchor) and, inside that
bucket, under the keys of a neighbouring word (its partner, before or after
it); so a phrase is only verified when two of its consecutive words are
already there, and common words, which anchor nothing, cost an article
nothing. Rarity is learnt from the terms themselves: a key that many term
words use is a common word, and the phrases anchored on it before that was
known move to a rarer word. Every change reports the keys whose token-level
view changed, so the token table can forget just those tokens.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from itertools import repeat

from bot.match.compiled import Alt, Compiled, Entry, WordKeys
from bot.match.variant_index import VariantIndex
from bot.match.vetoes import CONTEXT_VETOES

__all__ = ["BEFORE", "GAP_BEFORE", "SHAPE", "Bucket", "Postings", "Slot"]

BEFORE = "<"  # prefix of a partner key that comes right before its anchor
GAP_BEFORE = "<<"  # prefix of a partner key two words before its anchor, any word between
SHAPE = "~"  # prefix of skeleton names among the keys the token table tracks
_VETOED = frozenset(CONTEXT_VETOES)
# A key used by this many term words is a common word: phrases anchored on it
# move to a rarer word. Specific names are used by a handful of terms at most.
COMMON_USES = 16


class Slot:
    """Alternatives posted at one place, split for the hot loop.

    A plain class with slots: there is one per posted key pair, so its size
    and construction cost count at a hundred thousand terms.
    """

    __slots__ = ("checked", "proven", "unproven")

    def __init__(self) -> None:
        """Start empty."""
        self.checked: tuple[Alt, ...] = ()  # the alternatives behind proven, kept for discard
        self.proven: tuple[str, ...] = ()  # terms that being found here proves
        self.unproven: tuple[Alt, ...] = ()  # alternatives that still need checking

    def __bool__(self) -> bool:
        """Tell whether anything hangs here."""
        return bool(self.checked or self.unproven)

    def alts(self) -> tuple[Alt, ...]:
        """Return every alternative posted here: the checked ones, then the others."""
        return self.checked + self.unproven

    def add(self, alone: tuple[Alt], named: tuple[str]) -> None:
        """Post an alternative here, given alone in a tuple, with its term alone in another.

        A slot that holds one alternative, as most do, keeps the caller's
        tuples: an alternative posted under many keys then costs no new tuple
        per slot.
        """
        alt = alone[0]
        if not alt.checked:
            self.unproven = self.unproven + alone if self.unproven else alone
            return
        self.checked = self.checked + alone if self.checked else alone
        if not self.proven:
            self.proven = named
        elif alt.term not in self.proven:
            self.proven += named

    def discard(self, alt: Alt) -> None:
        """Take an alternative away (an alternative hangs at most once in a slot)."""
        if not alt.checked:
            self.unproven = tuple(a for a in self.unproven if a is not alt)
            return
        self.checked = tuple(a for a in self.checked if a is not alt)
        self.proven = tuple(dict.fromkeys(a.term for a in self.checked))

    def copy(self) -> Slot:
        """Return a slot of its own with the same alternatives."""
        twin = Slot()
        twin.checked, twin.proven, twin.unproven = self.checked, self.proven, self.unproven
        return twin


class _Solo(Slot):
    """The slot of one alternative alone, shared by every place where it hangs alone.

    A phrase hangs under every pair of its anchor's and its partner's keys, a
    score of places, and most of them hold that phrase only: one shared slot
    then stands for all of them instead of a slot each. It is never changed; a
    place that gets a second alternative gets a slot of its own first (_with).
    """

    __slots__ = ()

    def __init__(self, alone: tuple[Alt], named: tuple[str]) -> None:
        """Hold the one alternative given alone in a tuple, with its term alone in another."""
        super().__init__()
        super().add(alone, named)


def _with(slot: Slot | None, solo: _Solo) -> Slot:
    """Return what a place that held slot (or nothing) holds once solo's alternative is added."""
    if slot is None:
        return solo
    own = slot.copy() if isinstance(slot, _Solo) else slot
    alone = solo.alts()
    own.add((alone[0],), (alone[0].term,))
    return own


def _without(slot: Slot, alt: Alt) -> Slot | None:
    """Return what a place holds once alt is taken out of its slot; None when nothing."""
    if isinstance(slot, _Solo):
        return None  # the place held alt alone
    slot.discard(alt)
    return slot if slot else None


_NO_PAIRS: dict[str, Slot] = {}  # shared by buckets without phrases; never written to


class Bucket:
    """Alternatives anchored on one key: one-word ones, and phrases by their partner's key.

    Most keys anchor one kind only, so the other starts as a shared empty
    value and gets its own only when something hangs there.
    """

    __slots__ = ("pairs", "single")

    def __init__(self) -> None:
        """Start empty."""
        self.single: Slot = _NO_SINGLES
        self.pairs: dict[str, Slot] = _NO_PAIRS

    def empty(self) -> bool:
        """Tell whether nothing hangs here any more."""
        return not self.single and not self.pairs

    def hang_single(self, solo: _Solo) -> None:
        """Post a one-word alternative here."""
        single = self.single
        self.single = _with(None if single is _NO_SINGLES else single, solo)

    def hang_pair(self, other: str, solo: _Solo) -> None:
        """Post a phrase here under its partner's key other."""
        if self.pairs is _NO_PAIRS:
            self.pairs = {}
        self.pairs[other] = _with(self.pairs.get(other), solo)

    def unhang_single(self, alt: Alt) -> None:
        """Take a one-word alternative away."""
        self.single = _without(self.single, alt) or _NO_SINGLES

    def unhang_pair(self, other: str, alt: Alt) -> None:
        """Take a phrase away from under its partner's key other."""
        slot = _without(self.pairs[other], alt)
        if slot is None:
            del self.pairs[other]
        else:
            self.pairs[other] = slot


def _postings_of(alt: Alt) -> list[tuple[str, str | None]]:
    """List the (anchor key, partner key or None) slots an alternative is posted at."""
    anchor_keys = alt.words[alt.anchor]
    if alt.partner < 0:
        return [(key, None) for key in anchor_keys]
    partners: Collection[str] = alt.words[alt.partner]
    if alt.partner == alt.anchor - 1:
        partners = tuple(map(_before, partners))
    elif alt.partner < alt.anchor:
        partners = tuple(map(_gap_before, partners))
    return [(key, other) for key in anchor_keys for other in partners]


@lru_cache(maxsize=200_000)
def _before(key: str) -> str:
    """Return a partner key marked as coming before its anchor, one string per key.

    The marked key is kept in every slot dict that expects it: made anew per
    posting, it would be a string per phrase at a hundred thousand terms.
    """
    return BEFORE + key


@lru_cache(maxsize=200_000)
def _gap_before(key: str) -> str:
    """Return a partner key marked as coming two words before its anchor (see _before)."""
    return GAP_BEFORE + key


def _word_key(other: str) -> str:
    """Return the key of a partner without its mark."""
    return other.removeprefix(GAP_BEFORE).removeprefix(BEFORE)


def _place_gapped(alt: Alt) -> None:
    """Anchor a gapped alternative on its last word; check the keyed others from there.

    Three words with any word between («رئيس مجلس الوزراء») are posted under
    their last word and, as partner, their first: a token meets only those whose
    first word is two tokens back, as adjacent phrases meet their partner.
    """
    words = alt.words
    if len(words) == 3 and words[0] and not words[1]:
        alt.anchor, alt.partner, alt.rest = 2, 0, ()
        return
    alt.anchor, alt.partner = len(words) - 1, -1
    alt.rest = tuple((i, keys) for i, keys in enumerate(words[:-1]) if keys)


_NO_SINGLES = Slot()  # shared by buckets without one-word alternatives; never written to


class Postings:
    """The buckets of every stored alternative, and the variant keys of every term."""

    __slots__ = ("buckets", "partners", "uses", "variants")

    def __init__(self) -> None:
        """Start empty."""
        self.buckets: dict[str, Bucket] = {}
        # partner key (BEFORE-marked when it precedes its anchor) -> how many slots expect it
        self.partners: dict[str, int] = {}
        self.uses: dict[str, int] = {}  # key -> how many words of stored alternatives have it
        self.variants = VariantIndex()

    def add(self, entry: Entry, alternatives: list[Compiled]) -> set[str]:
        """Post a compiled entry; return the keys whose token view changed."""
        changed: set[str] = set()
        posted: list[Alt] = []
        for words, longer, gapped in alternatives:
            context = any(not keys.isdisjoint(_VETOED) for keys in words)
            vetoable = bool(longer) or context
            checked = len(words) <= 2 and not vetoable and not gapped
            alt = Alt(entry.term, words, checked, vetoable, longer, context=context)
            if gapped:
                _place_gapped(alt)
            else:
                self._place(alt)
            posted.append(alt)
            self._hang(alt, changed)
            for key in self._count(words, 1):
                self._reanchor(key, changed)
        entry.alternatives = tuple(posted)
        for key in entry.variant_keys:
            # The index computes the skeleton once, when the key enters or leaves it.
            if (shape := self.variants.add(key)) is not None:
                changed.add(SHAPE + shape)
        return changed

    def remove(self, entry: Entry) -> set[str]:
        """Take a posted entry away; return the keys whose token view changed."""
        changed: set[str] = set()
        for alt in entry.alternatives:
            self._unhang(alt, changed)
            self._count(alt.words, -1)
        for key in entry.variant_keys:
            if (shape := self.variants.remove(key)) is not None:
                changed.add(SHAPE + shape)
        return changed

    def _count(self, words: WordKeys, step: int) -> list[str]:
        """Add step to the uses of every key of the words; return the keys just made common."""
        uses = self.uses
        common: list[str] = []
        for keys in words:
            for key in keys:
                count = uses.get(key, 0) + step
                if count:
                    uses[key] = count
                else:
                    del uses[key]
                if step > 0 and count == COMMON_USES:
                    common.append(key)
        return common

    def _place(self, alt: Alt) -> None:
        """Choose an alternative's anchor and partner, and the words left to check."""
        alt.anchor, alt.partner = self._pick_anchor(alt.words)
        if len(alt.words) > 2:  # anchor and partner are the whole of a shorter phrase
            used = (alt.anchor, alt.partner)
            alt.rest = tuple((i, keys) for i, keys in enumerate(alt.words) if i not in used)
        else:
            alt.rest = ()

    def _reanchor(self, key: str, changed: set[str]) -> None:
        """Move the phrases anchored on a key that turned out common to a rarer word."""
        bucket = self.buckets.get(key)
        if bucket is None:
            return
        # Checked and unchecked alternatives hang in separate tuples, so visiting the
        # checked ones first keeps the order within each, which is all a slot keeps.
        moving = {id(alt): alt for slot in bucket.pairs.values() for alt in slot.alts()}
        for alt in moving.values():
            if alt.partner < alt.anchor - 1:
                continue  # a gapped phrase stays on its last word (_place_gapped)
            if self._pick_anchor(alt.words) != (alt.anchor, alt.partner):
                self._unhang(alt, changed)
                self._place(alt)
                self._hang(alt, changed)

    def _hang(self, alt: Alt, changed: set[str]) -> None:
        """Post an alternative in every slot of its anchor."""
        solo = _Solo((alt,), (alt.term,))
        for key, other in _postings_of(alt):
            bucket = self.buckets.get(key)
            if bucket is None:
                bucket = self.buckets[key] = Bucket()
            if other is None:
                bucket.hang_single(solo)
                changed.add(key)
                continue
            # Tokens see a bucket's pairs dict live, but keep the set of its partner keys:
            # a new partner key changes their view. (One taken away leaves the set a
            # superset, which only costs a look that finds nothing.)
            if other not in bucket.pairs:
                changed.add(key)
            bucket.hang_pair(other, solo)
            count = self.partners.get(other, 0)
            self.partners[other] = count + 1
            if not count:
                changed.add(_word_key(other))

    def _unhang(self, alt: Alt, changed: set[str]) -> None:
        """Take an alternative out of every slot it hangs in."""
        for key, other in _postings_of(alt):
            bucket = self.buckets[key]
            if other is None:
                bucket.unhang_single(alt)
                changed.add(key)
            else:
                bucket.unhang_pair(other, alt)
                if not bucket.pairs:
                    changed.add(key)
                self.partners[other] -= 1
                if not self.partners[other]:
                    del self.partners[other]
                    changed.add(_word_key(other))
            if bucket.empty():
                del self.buckets[key]
                changed.add(key)

    def _pick_anchor(self, words: WordKeys) -> tuple[int, int]:
        """Choose the anchor and partner of a phrase: its rarest word and rarer neighbour."""
        if len(words) == 1:
            return 0, -1
        ranks = [self._commonness(keys) for keys in words]
        anchor = ranks.index(min(ranks))
        if anchor == 0:
            return anchor, 1
        if anchor == len(words) - 1 or ranks[anchor - 1] <= ranks[anchor + 1]:
            return anchor, anchor - 1
        return anchor, anchor + 1

    def _commonness(self, keys: frozenset[str]) -> tuple[int, int]:
        """Rank a word by the uses of its most used key, then by shortness.

        Among words the index has not seen much, the longest goes first:
        short words are the common ones (في, من, قال).
        """
        return max(map(self.uses.get, keys, repeat(0))), -max(map(len, keys))
