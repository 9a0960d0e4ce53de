"""The index of spelling keys: grouped by skeleton, counted per use, read in bulk."""

from bot.match.fuzzy import skeleton
from bot.match.variant_index import VariantIndex


def test_index_finds_variants_by_skeleton_and_forgets_removed_keys() -> None:
    index = VariantIndex()
    index.add("نتنياهو")
    assert index.lookup([("نتانياهو", skeleton("نتانياهو"))]) == frozenset({"نتنياهو"})
    index.remove("نتنياهو")
    assert index.lookup([("نتانياهو", skeleton("نتانياهو"))]) == frozenset()


def test_keys_given_later_are_read_at_the_next_lookup_and_counted_per_use() -> None:
    index = VariantIndex()
    read: list[str] = []

    def keys_of(word: str) -> tuple[str, ...]:
        read.append(word)
        return (word,)

    index.add_later("نتنياهو", keys_of)
    index.add_later("نتنياهو", keys_of)  # two uses of one key
    assert read == []  # nothing is read at load
    assert index.lookup([("نتانياهو", skeleton("نتانياهو"))]) == frozenset({"نتنياهو"})
    assert read == ["نتنياهو", "نتنياهو"]
    index.remove("نتنياهو")  # one use left: still found
    assert index.lookup([("نتانياهو", skeleton("نتانياهو"))]) == frozenset({"نتنياهو"})
    index.remove("نتنياهو")
    assert index.lookup([("نتانياهو", skeleton("نتانياهو"))]) == frozenset()
