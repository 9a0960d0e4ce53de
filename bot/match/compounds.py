"""Names written as one word or as two: عبد الله / عبدالله, فيس بوك / فيسبوك.

A phrase gains its joined forms and a one-word term its split forms. Which
words join is a closed class: the first halves of Arabic compound names
(عبد، أبو، أبا، أبي، ابن، بن; أبو in its three cases) and the theophoric
second halves (الله، الدين). Any
other two words join only when the second has no article (بيونغ يانغ), since a
second word with the article is an adjective or a possessive (كوريا
الشمالية), and when neither shows an Arabic ending (feminine, plural, dual):
«زيادة أسعار» is an Arabic phrase, never written as one word, and its joined
form would only cost the index. A long word without the article, typed as
one, may be written in two parts anywhere (فيس بوك), unless an Arabic ending
shows it is an Arabic word; both parts must then appear as words, side by
side, which ordinary text almost never does by accident. Inside a longer
phrase only the closed class splits (علي عبدالله صالح).

The particles of European family names (Le, La, De, Du, Da, Del, Van, Von) are
the other closed class: Arabic writes such a name joined or split (لودريان / لو
دريان, دي ميستورا / ديميستورا, فان دايك / فاندايك), in a phrase too (مارين لو
بان), whatever the name's ending and however short the particle. «Saint» is
written from the French or from the English (سان / سانت بطرسبرغ).
"""

from __future__ import annotations

from bot.match.key_marks import ARTICLE, is_arabic

__all__ = [
    "COMPOUND_FIRSTS",
    "NAME_PARTICLES",
    "SAINTS",
    "THEOPHORIC",
    "compound_part",
    "joined_forms",
    "particle_forms",
    "split_forms",
    "split_in_phrase",
]

_FIRSTS = ("عبد", "ابو", "ابا", "ابي", "ابن", "بن")
_SECONDS = ("الله", "الدين")
# Le, La, De/Di, Du, Da, Del (with its vowel written or not), Van, Von, as Arabic writes them.
_PARTICLES = ("لو", "لا", "دي", "دو", "دا", "ديل", "دل", "فان", "فون")
# Saint, from the French or from the English: سان بطرسبرغ / سانت بطرسبرغ.
SAINTS = ("سان", "سانت")
# The particles written two ways, each way standing for the others before a name.
_SPELLINGS = (SAINTS, ("ديل", "دل"))
_CLOSED = frozenset(_FIRSTS + _SECONDS + _PARTICLES + SAINTS)
# The words that open a European name and are no name alone (bot.match.family_names).
NAME_PARTICLES = frozenset(_PARTICLES + SAINTS)
# The first halves of Arabic compound names, which open a name of their own.
COMPOUND_FIRSTS = frozenset(_FIRSTS)
# The second halves, which close one: «فتح الله», «صلاح الدين».
THEOPHORIC = _SECONDS
# A foreign name is split only from this length on, into parts of at least this length.
_MIN_SPLIT_WORD = 6
_MIN_PART = 3
# The feminine, plural and dual endings mark an Arabic word, which is not split.
_ARABIC_ENDINGS = ("ه", "ات", "ين", "ون", "ان")
_ARABIC_WORD_ENDINGS = ("ه", "ات", "ين")


def _is_arabic(word: str) -> bool:
    return bool(word) and is_arabic(word)


def _joins(first: str, second: str, pair: bool) -> bool:
    """Tell whether two consecutive words may be one name written in two parts.

    Any two words join only when they are the whole phrase (بيونغ يانغ) and look
    foreign (no article, no Arabic ending); inside a longer phrase only the
    closed class does (عبد الفتاح السيسي).
    """
    if not (_is_arabic(first) and _is_arabic(second)):
        return False
    if first in _FIRSTS or second in _SECONDS:
        return True
    if first in _PARTICLES:
        return not second.startswith(ARTICLE)
    return (
        pair
        # A two-letter part joined makes Arabic words (تل أبيب → تلابيب, "collar").
        and min(len(first), len(second)) >= _MIN_PART
        and not second.startswith(ARTICLE)
        and not first.endswith(_ARABIC_ENDINGS)
        and not second.endswith(_ARABIC_ENDINGS)
    )


def _foreign_looking(word: str) -> bool:
    """Tell whether a word may be a foreign name typed as one word."""
    return (
        len(word) >= _MIN_SPLIT_WORD
        and not word.startswith(ARTICLE)
        and not word.endswith(_ARABIC_ENDINGS)
    )


def joined_forms(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return the phrase with each joinable pair of neighbours written as one word."""
    if len(words) > 2 and _CLOSED.isdisjoint(words):
        return []  # inside a longer phrase only the closed class joins: most have none
    return [
        (*words[:i], words[i] + words[i + 1], *words[i + 2 :])
        for i in range(len(words) - 1)
        if _joins(words[i], words[i + 1], len(words) == 2)
    ]


def split_forms(word: str) -> list[tuple[str, str]]:
    """Return the two-word ways to write a one-word name."""
    if not _is_arabic(word):
        return []
    splits = list(_compound_splits(word))
    if _foreign_looking(word) and not splits:
        splits.extend(
            (word[:cut], word[cut:]) for cut in range(_MIN_PART, len(word) - _MIN_PART + 1)
        )
    return splits


def compound_part(word: str) -> bool:
    """Tell whether a word may join or split as part of a compound name inside a phrase."""
    return (
        word in _CLOSED
        or word.startswith(_FIRSTS)
        or word.endswith(_SECONDS)
        or (word.startswith(_PARTICLES) and bool(_particle_splits(word)))
    )


def split_in_phrase(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return a longer phrase with each of its joined compound names written in two.

    Only the closed class splits inside a phrase (علي عبدالله صالح → علي عبد
    الله صالح): the phrase's other words do not make any cut of a foreign word
    a name.
    """
    return [
        (*words[:i], *split, *words[i + 1 :])
        for i, word in enumerate(words)
        if compound_part(word)
        for split in _compound_splits(word)
    ]


def _compound_splits(word: str) -> tuple[tuple[str, str], ...]:
    """Return the ways a word is a compound name of the closed class joined (عبدالله)."""
    # Three C calls turn most words away before any loop.
    if not (
        word.startswith(_FIRSTS) or word.endswith(_SECONDS) or word.startswith(_PARTICLES)
    ) or not _is_arabic(word):
        return ()
    splits: list[tuple[str, str]] = []
    for first in _FIRSTS:
        if word.startswith(first) and len(word) - len(first) >= _MIN_PART:
            splits.append((first, word[len(first) :]))
    for second in _SECONDS:
        if word.endswith(second) and len(word) - len(second) >= _MIN_PART:
            splits.append((word[: -len(second)], second))
    splits.extend(_particle_splits(word))
    return tuple(dict.fromkeys(splits))  # عبدالله splits the same way from either side


def _particle_splits(word: str) -> list[tuple[str, str]]:
    """Return the ways a word is a family name with its particle joined (لودريان)."""
    # One C call for most words. A feminine or plural ending shows an Arabic word
    # (لاعبين, ديمقراطية); ‑ان and ‑ون end foreign names too (لودريان).
    if not word.startswith(_PARTICLES) or word.endswith(_ARABIC_WORD_ENDINGS):
        return []
    return [
        (particle, word[len(particle) :])
        for particle in _PARTICLES
        if word.startswith(particle) and len(word) - len(particle) >= _MIN_PART
    ]


def particle_forms(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return the phrase with a particle before a name written the other way (سان → سانت,
    ديل → دل)."""
    return [
        (*words[:i], other, *words[i + 1 :])
        for i, word in enumerate(words[:-1])
        for spellings in _SPELLINGS
        if word in spellings
        for other in spellings
        if other != word
    ]
