"""A Latin acronym and its letters spelled out in Arabic: «سي إن إن» is CNN.

Arabic news writes a foreign acronym either in Latin letters («CNN», «لـCNN»)
or as the Arabic names of its letters («سي إن إن», «إف بي آي»). A term typed
one way also finds the other. The names of the Latin letters are a closed
class; where one name stands for two letters (بي: B or P) every reading is
kept, since the other words of the acronym keep it specific. Spelled out, an
acronym takes the article on its first letter as a noun does («الإف بي آي»,
«لـ"السي آي إيه"»), or written apart with a tatweel («الـ"سي إن إن"»), which
normalized is the name of L: before an acronym that is the article, not
another letter. All input is normalized (bot.match.normalize).
"""

from __future__ import annotations

from itertools import islice, product

from bot.match.compiled import Compiled, Longer
from bot.match.key_marks import ARTICLE, EXACT
from bot.match.normalize import normalize
from bot.match.stemmer import term_keys

__all__ = ["acronym_spellings", "article_forms", "article_spellings", "longer_acronyms"]

# The Arabic names of the Latin letters, as news writes them (several spellings).
_WRITTEN: dict[str, str] = {
    "a": "إيه", "b": "بي", "c": "سي", "d": "دي", "e": "إي", "f": "إف", "g": "جي",
    "h": "إتش", "i": "آي", "j": "جيه جاي", "k": "كيه كي كاي", "l": "إل", "m": "إم",
    "n": "إن", "o": "أو", "p": "بي", "q": "كيو", "r": "آر", "s": "إس", "t": "تي",
    "u": "يو", "v": "في", "w": "دبليو دابليو", "x": "إكس", "y": "واي", "z": "زد",
}  # fmt: skip
_NAMES: dict[str, tuple[str, ...]] = {
    letter: tuple(dict.fromkeys(normalize(name) for name in names.split()))
    for letter, names in _WRITTEN.items()
}


def _letters_by_name() -> dict[str, tuple[str, ...]]:
    """Return the Latin letters each normalized letter name may stand for."""
    letters: dict[str, tuple[str, ...]] = {}
    for letter, names in _NAMES.items():
        for name in names:
            letters[name] = (*letters.get(name, ()), letter)
    return letters


_LETTERS = _letters_by_name()

# Letter names that are also Arabic particles (in, that, or, which, or/mother, so that):
# next to an acronym they are as often the sentence's own word.
_PARTICLES = frozenset(normalize(word) for word in ("في", "أن", "أو", "أي", "أم", "كي"))
# A letter name right before or after an acronym's makes a longer acronym, the
# article on it too («السي إن بي سي»); the name of L, normalized, is also the
# article written apart («الـ»).
_OTHER_LETTERS = frozenset(
    EXACT + form
    for name in _LETTERS
    if name not in _PARTICLES and name != ARTICLE
    for form in (name, ARTICLE + name)
)

_MIN_LETTERS = 2
_MAX_LETTERS = 5
# Readings kept for an acronym whose letter names are ambiguous (بي: B or P).
_MAX_READINGS = 8


def acronym_spellings(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Return the other ways to write an acronym term: Latin for letter names, and back."""
    if len(words) == 1:
        return _spelled_out(words[0])
    if not _letter_names(words):
        return ()
    readings = product(*(_LETTERS[word] for word in words))
    return tuple(("".join(letters),) for letters in islice(readings, _MAX_READINGS))


def article_spellings(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Return an acronym term spelled out with the article on its first letter («الاف بي اي»)."""
    if len(words) == 1:
        spelled = _spelled_out(words[0])
    elif _letter_names(words):
        spelled = (words,)
    else:
        return ()
    return tuple((ARTICLE + first, *rest) for first, *rest in spelled)


def article_forms(words: tuple[str, ...]) -> list[Compiled]:
    """Compile article_spellings: the first word as written (its letters without the
    article are the name of a letter, not a word), then the letters, no longer acronym."""
    return [
        Compiled(keys, ((0, (*keys, _OTHER_LETTERS)),))
        for first, *rest in article_spellings(words)
        for keys in ((frozenset({EXACT + first}), *map(term_keys, rest)),)
    ]


def _spelled_out(word: str) -> tuple[tuple[str, ...], ...]:
    """Return a Latin acronym (cnn) spelled in the Arabic names of its letters."""
    if not (_MIN_LETTERS <= len(word) <= _MAX_LETTERS and word.isascii() and word.isalpha()):
        return ()
    spellings = product(*(_NAMES[letter] for letter in word))
    return tuple(islice(spellings, _MAX_READINGS))


def longer_acronyms(words: tuple[str, ...]) -> Longer:
    """Compile the longer acronym a spelled-out one is part of: «سي إن بي سي» is no «إن بي سي»."""
    if not _letter_names(words):
        return ()
    keys = tuple(map(term_keys, words))
    return ((1, (_OTHER_LETTERS, *keys)), (0, (*keys, _OTHER_LETTERS)))


def _letter_names(words: tuple[str, ...]) -> bool:
    """Tell whether a phrase is an acronym spelled out: two to five letter names."""
    # The first word alone rules out most phrases, before the generator is built.
    return (
        _MIN_LETTERS <= len(words) <= _MAX_LETTERS
        and words[0] in _LETTERS
        and all(w in _LETTERS for w in words)
    )
