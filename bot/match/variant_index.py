"""The index of spelling keys: keys grouped by skeleton, so a token's variants are one lookup away.

What counts as a variant is bot.match.fuzzy's; this module keeps the keys a
term index holds, counted per use, and finds those a token's forms meet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.match.fuzzy import MIN_FUZZY_LENGTH, NEAR, is_variant, near_variant, skeleton
from bot.match.key_marks import BARE

__all__ = ["VariantIndex", "key_shape"]


def _unmarked(key: str) -> str:
    """Return a key without the mark of a bare reading (bot.match.key_marks.BARE) or NEAR."""
    return key.removeprefix(BARE).removeprefix(NEAR)


def _key_variant(form: str, key: str) -> bool:
    """Tell whether a token form is a variant of an indexed key.

    A NEAR key is checked for the one-vowel edit only: its word is indexed
    plainly too, which finds the ordinary variants.
    """
    if key[0] == NEAR:
        return near_variant(form, key[1:])
    return is_variant(form, _unmarked(key))


def key_shape(key: str) -> str:
    """Return the skeleton an indexed key is grouped under."""
    return skeleton(_unmarked(key))


class VariantIndex:
    """Keys grouped by skeleton, so a token's variants are one lookup away.

    A key marked as a bare reading is grouped and compared by its letters.
    Keys given to add_later are read and grouped in bulk, before the next
    lookup or change: how a whole index is loaded, the fuzzy part last.
    """

    __slots__ = ("_counts", "_groups", "_later")

    def __init__(self) -> None:
        """Start empty."""
        self._counts: dict[str, int] = {}
        self._groups: dict[str, tuple[str, ...]] = {}
        # Items whose keys are still to be read, by the function that reads them.
        self._later: dict[Callable[[str], Iterable[str]], list[str]] = {}

    def __len__(self) -> int:
        """Return how many distinct keys are indexed."""
        self._settle()
        return len(self._counts)

    def add_later(self, item: str, keys_of: Callable[[str], Iterable[str]]) -> None:
        """Index one more use of each of keys_of(item), read and grouped when next needed."""
        later = self._later.get(keys_of)
        if later is None:
            self._later[keys_of] = [item]
        else:
            later.append(item)

    def add(self, key: str) -> str | None:
        """Index one more use of a key; return its skeleton if the key is new to the index."""
        self._settle()
        counts = self._counts
        count = counts.get(key)
        if count:  # the common case in a large index: a key many terms share
            counts[key] = count + 1
            return None
        if len(_unmarked(key)) < MIN_FUZZY_LENGTH:
            return None
        counts[key] = 1
        shape = key_shape(key)
        self._groups[shape] = (*self._groups.get(shape, ()), key)
        return shape

    def remove(self, key: str) -> str | None:
        """Forget one use of a key; return its skeleton if that was its last use, so it left."""
        self._settle()
        count = self._counts.get(key, 0)
        if count > 1:
            self._counts[key] = count - 1
        if count != 1:
            return None
        del self._counts[key]
        shape = key_shape(key)
        kept = tuple(k for k in self._groups[shape] if k != key)
        if kept:
            self._groups[shape] = kept
        else:
            del self._groups[shape]
        return shape

    def lookup(self, shaped: Iterable[tuple[str, str]]) -> frozenset[str]:
        """Return the indexed keys that are variants of any (form, skeleton(form)) pair."""
        self._settle()
        groups = self._groups
        found: set[str] = set()
        for form, shape in shaped:
            keys = groups.get(shape)
            if keys is not None:
                found.update(key for key in keys if _key_variant(form, key))
        return frozenset(found)

    def _settle(self) -> None:
        """Group the keys given to add_later."""
        if not self._later:
            return
        later, self._later = self._later, {}
        counts = self._counts
        new: list[str] = []
        read = (key for keys_of, items in later.items() for item in items for key in keys_of(item))
        for key in read:
            count = counts.get(key)
            if count:
                counts[key] = count + 1
            elif len(_unmarked(key)) >= MIN_FUZZY_LENGTH:
                counts[key] = 1
                new.append(key)
        grouped: dict[str, list[str]] = {}
        for key in new:
            grouped.setdefault(key_shape(key), []).append(key)
        groups = self._groups
        for shape, keys in grouped.items():
            groups[shape] = (*groups.get(shape, ()), *keys)
