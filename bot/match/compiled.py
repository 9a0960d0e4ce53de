"""What a watch term compiles to: the key sets of its words and the names that veto them.

bot.match.terms compiles a term into an Entry and its Compiled alternatives;
bot.match.postings posts each alternative as an Alt, which bot.match.scan checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

__all__ = ["Alt", "Compiled", "Entry", "Kin", "Longer", "WordKeys"]

WordKeys = tuple[frozenset[str], ...]
# A longer name around a phrase: how many words of it come before the phrase, and its words.
Longer = tuple[tuple[int, WordKeys], ...]
# A person term's family name, the keys of its one or two words, and its own given
# names (bot.match.kin).
Kin = tuple[WordKeys, frozenset[str]]


class Compiled(NamedTuple):
    """One alternative compiled: the keys of its words, and the longer names that veto it.

    A gapped alternative has a word that anything may fill (no keys): it is
    anchored on its last word and checks the others from there.
    """

    words: WordKeys
    longer: Longer = ()
    gapped: bool = False


@dataclass(eq=False, slots=True)
class Entry:
    """One stored term with its compiled alternatives and exclusions."""

    term: str
    alternatives: tuple[Alt, ...] = ()  # set once, when posted
    exclusions: tuple[WordKeys, ...] = ()
    variant_keys: tuple[str, ...] = ()
    # Typed words whose diacritics or final ى tell words apart, and derived plurals' seats.
    telling: tuple[str, ...] = ()
    kin: Kin | None = None  # a person term's family name and own given names, or None


@dataclass(eq=False, slots=True)
class Alt:
    """One alternative of a term, as posted: where it is anchored is the index's choice."""

    term: str
    words: WordKeys
    checked: bool  # whether being found in its bucket proves the match (1-2 words, no veto)
    vetoable: bool  # whether a word may be vetoed by its neighbours
    longer: Longer = ()  # longer place names that, around it, make it another place
    anchor: int = 0  # the word whose token opens the bucket
    partner: int = -1  # the neighbour looked up inside the bucket; -1 for one word
    rest: tuple[tuple[int, frozenset[str]], ...] = ()  # words a bucket does not prove
    length: int = 0  # how many words
    context: bool = False  # whether a word of it has context vetoes (bot.match.vetoes)
    # The keys right before it, right after it and (a one-word alternative) on its own token
    # that may make it another name; None when some name is not one of those (every one is
    # then checked).
    around: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None

    def __post_init__(self) -> None:
        """Keep the word count, and the neighbours a longer name needs, at hand for the hot loop."""
        self.length = len(self.words)
        if self.longer:
            self.around = _around(self.longer, self.length)


def _around(
    longer: Longer, length: int
) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """Return the keys a longer name may have right before and right after a phrase, and
    the keys that make a one-word phrase's own token another word.

    A longer name holds the phrase and at least one more word, so one of the two
    neighbours must match it; a name of the one word itself («حريري» without the
    article, for «الحريري») needs the token's own keys: most finds are cleared by
    three set tests.
    """
    before: list[frozenset[str]] = []
    after: list[frozenset[str]] = []
    own: list[frozenset[str]] = []
    for start, words in longer:
        if start < 0:
            return None
        if start:
            before.append(words[start - 1])
        if start + length < len(words):
            after.append(words[start + length])
        elif not start:
            if length > 1:
                return None
            own.append(words[0])
    return _union(before), _union(after), _union(own)


_NONE: frozenset[str] = frozenset()


def _union(sets: list[frozenset[str]]) -> frozenset[str]:
    """Return the union of key sets, reusing the only one when there is one."""
    if not sets:
        return _NONE
    if len(sets) == 1:
        return sets[0]
    return _shared_union(tuple(sets))


@lru_cache(maxsize=4096)
def _shared_union(sets: tuple[frozenset[str], ...]) -> frozenset[str]:
    """Return the union of key sets, one object for every alternative with the same sets.

    Many terms share their vetoes' sets (every family name's given names, say):
    their union is then made and kept once, not once per term.
    """
    return frozenset().union(*sets)
