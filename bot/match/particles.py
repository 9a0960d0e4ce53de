"""Arabic particles, a closed class: what they tell the matcher and the advice about terms.

The prepositions of privation, "without" (بدون، دون، بلا، من دون، بغير، من
غير): inside a phrase any one of them says the same thing, so a phrase typed
with one is also written with each of the others («طائرة بدون طيار», «طائرة
دون طيار»); the words around the particle keep the phrase specific.

«ذو», "possessor of", in its three cases (ذو، ذا، ذي): a name or title
with it is written in each («ذي قار», «ذو قار»), and the English "the" of a
transliterated title is written ذا or ذي («ذا فويس», «ذي فويس»), so a phrase
typed with one is also written with the others, as the privative ones are.

The particles of three letters or more (conditional, exceptive, negative,
and the like): a name spelled like one (لولا, Lula, is "if not for") is
matched by every sentence that uses the particle, which the advice on a term
says. Input is normalized (bot.match.normalize).
"""

from __future__ import annotations

from bot.match.normalize import normalize

__all__ = ["AND", "FUNCTION_WORDS", "NEGATING", "opens_particle", "particle_variants"]

# The conjunction, the one clitic a given name takes before a family name («ورفيق
# الحريري»); the other clitics attach to the first word of the whole name.
AND = "و"

# Conditional, exceptive, negative, restrictive, interrogative and hortative
# particles and the conjunctions of three letters or more (shorter ones are no
# name anyone watches).
FUNCTION_WORDS = frozenset(
    normalize(word)
    for word in (
        "لولا", "لوما", "إذا", "إذن", "إلا", "سوى", "ليس", "ليست", "لكن", "لكنّ", "لعل",
        "ليت", "كأن", "كأنّ", "إنما", "أنما", "ربما", "كلما", "حيثما", "أينما", "مهما",
        "كيفما", "متى", "أيان", "حتى", "بلى", "كلا", "هلا", "ألا", "أما", "إما", "لما",
        "لماذا", "ماذا", "كيف", "أين", "منذ", "عندما", "بينما", "لدى", "لدن", "نعم", "لئن",
    )
)  # fmt: skip

# The words that, between a noun and its adjective, deny or weaken the adjective:
# «سيارات غير كهربائية», «قوات شبه عسكرية», «أسلحة بلا رقابة».
NEGATING = frozenset(
    normalize(word) for word in ("غير", "لا", "عدم", "شبه", "بلا", "بدون", "دون", "بغير")
)

# Each spelling as its normalized words; the two-word ones are "من" + a particle.
_WITHOUT: tuple[tuple[str, ...], ...] = (
    ("بدون",),
    ("دون",),
    ("بلا",),
    ("بغير",),
    ("من", "دون"),
    ("من", "غير"),
)


_POSSESSOR: tuple[tuple[str, ...], ...] = (("ذو",), ("ذا",), ("ذي",))
_GROUPS = (_WITHOUT, _POSSESSOR)
# Longer spellings first, so «من دون» is not read as «دون» after «من».
_LONGEST_FIRST = sorted(
    ((spelling, group) for group in _GROUPS for spelling in group),
    key=lambda found: len(found[0]),
    reverse=True,
)
_OPENING = frozenset(spelling[0] for group in _GROUPS for spelling in group)


def opens_particle(word: str) -> bool:
    """Tell whether a word may open a particle's spelling (privative, or ذو's)."""
    return word in _OPENING


def _found(
    words: tuple[str, ...],
) -> tuple[int, int, tuple[tuple[str, ...], ...]] | None:
    """Return where the first particle of a phrase starts, its length and its spellings."""
    for index, word in enumerate(words):
        # Most words open no spelling; they are skipped without slicing the phrase.
        if word not in _OPENING:
            continue
        for spelling, group in _LONGEST_FIRST:
            if words[index : index + len(spelling)] == spelling:
                return index, len(spelling), group
    return None


def particle_variants(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return the phrase with its particle written each other way.

    Only a particle between words of the phrase or before its last word counts:
    alone it would be the particle itself, which is no term worth watching.
    """
    found = _found(words)
    if found is None or len(words) < 2:
        return []
    start, size, group = found
    if start + size >= len(words):
        return []
    typed = words[start : start + size]
    return [
        (*words[:start], *spelling, *words[start + size :])
        for spelling in group
        if spelling != typed
    ]
