"""Names written as one word or as two: عبد الله / عبدالله, فيس بوك / فيسبوك.

A phrase gains its joined forms and a one-word term its split forms. Which
words join is a closed class: the first halves of Arabic compound names
(عبد، أبو، أبي، ابن، بن) and the theophoric second halves (الله، الدين). Any
other two words join only when the second has no article (بيونغ يانغ), since a
second word with the article is an adjective or a possessive (كوريا
الشمالية). A long word without the article, typed as one, may be written in
two parts anywhere (فيس بوك); both parts must then appear as words, side by
side, which ordinary text almost never does by accident.
"""

from __future__ import annotations

__all__ = ["joined_forms", "split_forms"]

_ARTICLE = "ال"
_FIRSTS = ("عبد", "ابو", "ابي", "ابن", "بن")
_SECONDS = ("الله", "الدين")
# A foreign name is split only from this length on, into parts of at least this length.
_MIN_SPLIT_WORD = 6
_MIN_PART = 3


def _is_arabic(word: str) -> bool:
    return bool(word) and "\u0620" <= word[0] <= "\u06ff"


def _joins(first: str, second: str) -> bool:
    """Tell whether two consecutive words may be one name written in two parts."""
    if not (_is_arabic(first) and _is_arabic(second)):
        return False
    return not second.startswith(_ARTICLE) or first in _FIRSTS or second in _SECONDS


def joined_forms(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return the phrase with each joinable pair of neighbours written as one word."""
    return [
        (*words[:i], words[i] + words[i + 1], *words[i + 2 :])
        for i in range(len(words) - 1)
        if _joins(words[i], words[i + 1])
    ]


def split_forms(word: str) -> list[tuple[str, str]]:
    """Return the two-word ways to write a one-word name."""
    if not _is_arabic(word):
        return []
    splits: list[tuple[str, str]] = []
    for first in _FIRSTS:
        if word.startswith(first) and len(word) - len(first) >= _MIN_PART:
            splits.append((first, word[len(first) :]))
    for second in _SECONDS:
        if word.endswith(second) and len(word) - len(second) >= _MIN_PART:
            splits.append((word[: -len(second)], second))
    if len(word) >= _MIN_SPLIT_WORD and not word.startswith(_ARTICLE) and not splits:
        splits.extend(
            (word[:cut], word[cut:]) for cut in range(_MIN_PART, len(word) - _MIN_PART + 1)
        )
    return splits
