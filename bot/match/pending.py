"""Terms loaded but not compiled yet, each waiting under the keys of its first words.

Compiling a term (its spellings, readings, vetoes and postings) is most of
the cost of loading an index, and most terms of a large index meet no article
for a long while. A term loaded this way is parsed at once (a malformed one is
refused there) and hung under the key families of its triggers
(bot.match.terms.triggers): every way the term can match has a word whose keys
are all in them, so an article that could match the term has a token with one
of those keys. The index compiles such terms before it scans that article, and
the article's results are the ones a fully compiled index gives.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.match.key_marks import ENDED, HIS
from bot.match.postings import SHAPE
from bot.match.terms import trigger_keys, trigger_variant_keys
from bot.match.variant_index import VariantIndex, key_shape

__all__ = ["Pending", "reaching_keys"]

# The lists below mostly hold one item: that item alone stands for a list of one,
# which at a hundred thousand terms is a good part of the index's memory.
_Some = str | list[str]


# The marks of a text token's ending keys: a noun read with an attached pronoun off.
_ENDING_MARKS = (ENDED, HIS)


def reaching_keys(keys: frozenset[str]) -> frozenset[str]:
    """Return the keys a text token looks for waiting triggers under.

    Its own, and the noun under each ending key (bot.match.noun_numbers): a
    term that takes the ending is found under its noun, so loading files no
    ending keys, which at 100,000 terms would be a tenth more memory.
    """
    stems = [key[1:] for key in keys if key.startswith(_ENDING_MARKS)]
    return keys.union(stems) if stems else keys


def _append(table: dict[str, _Some], key: str, item: str) -> bool:
    """File item under key; tell whether key is new."""
    found = table.get(key)
    if found is None:
        table[key] = item
        return True
    if isinstance(found, str):
        table[key] = [found, item]
    else:
        found.append(item)
    return False


def _discard(table: dict[str, _Some], key: str, item: str) -> bool:
    """Unfile item from key (if there); tell whether key is left empty and gone."""
    found = table.get(key)
    if found is None:
        return False
    if isinstance(found, str):
        if found != item:
            return False
        del table[key]
        return True
    if item in found:
        found.remove(item)
        if len(found) == 1:
            table[key] = found[0]
    return False


def _items(found: _Some) -> list[str]:
    """Return what is filed under a key, as a list."""
    return [found] if isinstance(found, str) else found


class Pending:
    """The loaded terms not compiled yet, by trigger, and the triggers by key."""

    __slots__ = ("_by_key", "_by_trigger", "_several", "_terms", "_variants")

    def __init__(self, variants: VariantIndex) -> None:
        """Start empty; the triggers' spelling keys go into variants, the index's own."""
        self._variants = variants
        self._terms: set[str] = set()
        # The triggers of the terms that have more than one; the others' one is
        # where they are found, and keeping it per term would double the memory.
        self._several: dict[str, tuple[str, ...]] = {}
        self._by_trigger: dict[str, _Some] = {}  # trigger -> terms waiting on it
        self._by_key: dict[str, _Some] = {}  # key -> triggers with that key

    def __len__(self) -> int:
        """Return how many terms wait."""
        return len(self._terms)

    def __contains__(self, term: object) -> bool:
        """Tell whether this term waits."""
        return term in self._terms

    def add(self, loaded: Iterable[tuple[str, tuple[str, ...]]]) -> list[str]:
        """Hang terms under their triggers; return the triggers new here (see keys_of)."""
        terms, several, by_trigger = self._terms, self._several, self._by_trigger
        fresh: list[str] = []
        for term, triggers in loaded:
            terms.add(term)
            if len(triggers) > 1:
                several[term] = triggers
            fresh += [trigger for trigger in triggers if _append(by_trigger, trigger, term)]
        for trigger in fresh:
            self._hang(trigger)
        return fresh

    def remove(self, term: str, triggers: tuple[str, ...]) -> list[str]:
        """Forget a waiting term with these triggers; return those it left empty (see keys_of)."""
        self._terms.remove(term)
        self._several.pop(term, None)
        return self._leave(term, triggers)

    def reached(self, keys: Iterable[str]) -> tuple[str, ...]:
        """Return the triggers that a token with these keys sets off."""
        by_key = self._by_key
        if not by_key:
            return ()
        found = [item for key in keys if (item := by_key.get(key)) is not None]
        if not found:
            return ()
        return tuple(dict.fromkeys(trigger for item in found for trigger in _items(item)))

    def take(self, triggers: Iterable[str]) -> tuple[list[str], list[str]]:
        """Take the terms waiting on these triggers, to compile them.

        Return them (each once) and the triggers left empty (see keys_of). A
        term hung under several triggers leaves them all.
        """
        terms: list[str] = []
        emptied: list[str] = []
        for trigger in triggers:
            waiting = self._by_trigger.get(trigger)
            if waiting is None:
                continue
            for term in list(_items(waiting)):
                self._terms.remove(term)
                terms.append(term)
                emptied += self._leave(term, self._several.pop(term, (trigger,)))
        return terms, emptied

    def keys_of(self, triggers: Iterable[str]) -> set[str]:
        """Return the keys and shapes whose token view these triggers, come or gone, change."""
        changed: set[str] = set()
        for trigger in triggers:
            changed.update(trigger_keys(trigger))
            changed.update(SHAPE + key_shape(key) for key in trigger_variant_keys(trigger))
        return changed

    def _leave(self, term: str, triggers: tuple[str, ...]) -> list[str]:
        """Take a term off its triggers; return those it left empty."""
        emptied = [trigger for trigger in triggers if _discard(self._by_trigger, trigger, term)]
        for trigger in emptied:
            self._unhang(trigger)
        return emptied

    def _hang(self, trigger: str) -> None:
        """File a new trigger under its keys, and its spellings among the variants."""
        by_key = self._by_key
        for key in trigger_keys(trigger):
            _append(by_key, key, trigger)
        self._variants.add_later(trigger, trigger_variant_keys)

    def _unhang(self, trigger: str) -> None:
        """Unfile a trigger no term waits on any more."""
        by_key = self._by_key
        for key in trigger_keys(trigger):
            _discard(by_key, key, trigger)
        remove = self._variants.remove
        for key in trigger_variant_keys(trigger):
            remove(key)
