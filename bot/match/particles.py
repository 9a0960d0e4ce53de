"""Particles that one phrase writes several ways: «طائرة بدون طيار», «طائرة دون طيار».

A closed class: the prepositions of privation, "without" (بدون، دون، بلا، من دون،
بغير، من غير). Inside a phrase any one of them says the same thing, so a
phrase typed with one is also written with each of the others; the words
around the particle keep the phrase specific. Input is normalized (bot.match.normalize).
"""

from __future__ import annotations

__all__ = ["particle_variants"]

# Each spelling as its normalized words; the two-word ones are "من" + a particle.
_WITHOUT: tuple[tuple[str, ...], ...] = (
    ("بدون",),
    ("دون",),
    ("بلا",),
    ("بغير",),
    ("من", "دون"),
    ("من", "غير"),
)


def _found(words: tuple[str, ...]) -> tuple[int, int] | None:
    """Return where the first privative particle of a phrase starts and its length."""
    for index in range(len(words)):
        # Longer spellings first, so «من دون» is not read as «دون» after «من».
        for spelling in sorted(_WITHOUT, key=len, reverse=True):
            if words[index : index + len(spelling)] == spelling:
                return index, len(spelling)
    return None


def particle_variants(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return the phrase with its privative particle written each other way.

    Only a particle between words of the phrase or before its last word counts:
    alone it would be the particle itself, which is no term worth watching.
    """
    found = _found(words)
    if found is None or len(words) < 2:
        return []
    start, size = found
    if start + size >= len(words):
        return []
    typed = words[start : start + size]
    return [
        (*words[:start], *spelling, *words[start + size :])
        for spelling in _WITHOUT
        if spelling != typed
    ]
