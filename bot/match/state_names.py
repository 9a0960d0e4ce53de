"""A state named with its kind: «مملكة البحرين» is also «البحرين», «جمهورية التشيك» «التشيك».

News names a state by its CLDR name alone far more often than with the word for
its form of government. The kinds are a closed class of Arabic nouns (republic,
kingdom, sultanate, emirate, state, duchy, principality); the name after them must
be a CLDR territory (bot.match.places) that is no region and no city's name too,
so «سلطنة عمان» does not find Amman and nothing finds a bare «أفريقيا».
"""

from __future__ import annotations

from bot.match.normalize import normalize
from bot.match.places import place_names

__all__ = ["state_name"]

_KINDS = frozenset(
    normalize(word) for word in ("جمهورية", "مملكة", "سلطنة", "إمارة", "دولة", "دوقية")
)


def state_name(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return the state's own name of a term «kind + name», or None if the term is no such name."""
    if len(words) < 2 or words[0] not in _KINDS:
        return None
    rest = words[1:]
    return rest if rest in place_names().states else None
