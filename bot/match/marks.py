"""What the original letters of a word say that normalization forgets: diacritics and final ى.

Diacritics are optional on both sides, so a term and a text normally meet
without them. When both carry a short vowel on the same letter and the vowels
differ, they are different words (حَماة the city, حُماة protectors). And a term
typed with a final ى (العظمى, a feminine elative) is not the ي of a relative
adjective (العظمية "bony"), although normalization writes both as ي.
A word ending in ا typed bare (دوما, كوريا) is not a text word whose final ا
carries tanween (دوماً "always"): there the ا is only the seat of the accusative
ending of a shorter word, and a name ending in ا is indeclinable, never takes it.
After ي the shorter word is the name's relative adjective (روسياً "Russian",
كورياً), a derived form that still meets the name, so ‑يا is left alone.
A hamza on an alef is a mark too where it tells two patterns of the same letters
apart: the verbal noun إفعال and the plural أفعال (الإعلام "the media" and الأعلام
"the flags", إنفاق "spending" and أنفاق "tunnels", إحداث and أحداث). A word of
that shape typed with one seat is not a text word with the other; an أفعال plural
the matcher derives from a typed singular (bot.match.noun_numbers) is met only where
the text writes its hamza above, as no verbal noun or verb is. Other words are
left alone: outlets write a foreign name's first vowel either way (إندونيسيا,
أندونيسيا, إشبيلية, أشبيلية).
The madda (آ, a long a) and the hamza below (إ, an i) are two sounds: a one-word
term typed with one is not a text word with the other at the same place («آس» the
Spanish paper, «إس» the letter S). Inside a phrase, whose other words vouch for
it, a foreign name's vowel is written either way («إير فرانس», «آير فرانس»); a
hamza above (أ) is written for either sound, so it is never compared with them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from bot.match.common_words import in_use
from bot.match.inflection import SOUND_FEMININE_PLURAL
from bot.match.key_marks import ARTICLE, LONG_VOWELS
from bot.match.normalize import normalize

__all__ = [
    "Letter",
    "alef_sound",
    "contradicts",
    "derived_plural",
    "ends_in_alef_maqsura",
    "letters",
    "may_contradict",
    "telling",
    "unmarked_accusative",
]

_VOWELS = frozenset("\u064e\u064f\u0650")  # fatha, damma, kasra
_VOWEL = re.compile("[\u064e\u064f\u0650]")
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, tanween, superscript alef, tatweel
_ALEF_MAQSURA = "ى"
_YEH = "ي"
_ALEF = "ا"
_FATHATAN = "\u064b"
# Tanween fath on a final alef, written on the alef or on the letter before it.
_TANWEEN_ALEF = re.compile("(?:\u064b\u0627|\u0627\u064b)[\u064c-\u0652]*$")
# Below this many letters a word in ا may be a noun that takes tanween (عصًا).
_INDECLINABLE_FROM = 4
# The hamza's two seats on an alef, above and below, and the length of إفعال/أفعال.
_HAMZA_ALEFS = frozenset("أإ")
_AFAAL_LENGTH = 5
_MADDA_AND_BELOW = frozenset("آإ")
_HAMZA_ABOVE = "أ"
# What marks a derived plural among a term's telling words: no typed word starts with it.
_DERIVED = "+"


class Letter(NamedTuple):
    """One letter: as written, normalized, and the short vowels written on it."""

    written: str
    folded: str
    vowels: frozenset[str]


@lru_cache(maxsize=20_000)
def letters(word: str) -> tuple[Letter, ...]:
    """Split a written word into its letters, each with its short vowels."""
    out: list[Letter] = []
    for char in word:
        if unicodedata.category(char) == "Mn":
            if out and char in _VOWELS:
                last = out[-1]
                out[-1] = Letter(last.written, last.folded, last.vowels | {char})
            continue
        folded = normalize(char)
        if folded:
            out.append(Letter(char, folded, frozenset()))
    return tuple(out)


def telling(word: str) -> bool:
    """Tell whether a typed word carries what can contradict a text: a vowel, a final ى or ا,
    or an Arabic word's hamza on an alef."""
    if _ends_bare_alef(word) or _hamza_telling(word):
        return True
    if _VOWEL.search(word) is None and not word.endswith(_ALEF_MAQSURA):
        return False
    return ends_in_alef_maqsura(word) or any(letter.vowels for letter in letters(word)[:-1])


def unmarked_accusative(word: str) -> bool:
    """Tell whether a typed word tells a text apart only by its bare final ا.

    After a definite noun such a word is an accusative typed without its tanween
    («الإعدام شنقا», «الحكم غيابيا»), not a name in ‑ا (terms.py asks).
    """
    return _ends_bare_alef(word) and not _hamza_telling(word) and _VOWEL.search(word) is None


def ends_in_alef_maqsura(word: str) -> bool:
    """Tell whether a typed word's last letter is written ى, whatever marks are on it."""
    marks = letters(word)
    return bool(marks) and marks[-1].written == _ALEF_MAQSURA


def alef_sound(word: str) -> bool:
    """Tell whether a typed word has a madda or a hamza below, which tell a one-word term
    apart (telling tells the rest)."""
    return not _MADDA_AND_BELOW.isdisjoint(word)


@lru_cache(maxsize=20_000)
def _hamza_telling(word: str) -> bool:
    """Tell whether a typed word has the shape إفعال or أفعال, its hamza's seat written."""
    if _HAMZA_ALEFS.isdisjoint(word):
        return False
    stem = _MARKS.sub("", word).removeprefix(ARTICLE)
    return (
        len(stem) == _AFAAL_LENGTH
        and stem[0] in _HAMZA_ALEFS
        and stem[3] == _ALEF
        and LONG_VOWELS.isdisjoint(stem[1:3])
        and in_use(normalize(stem))
    )


def derived_plural(plural: str) -> str:
    """Return the telling word of an أفعال plural the matcher derives (normalized, ا first).

    The user typed the singular, so nothing vouches for the plural but its hamza:
    only a text word that writes it above the alef (أنفاق) is the plural, not one
    with it below (إنفاق, the verbal noun) nor one without (انفاق, انهار a verb).
    """
    return _DERIVED + _HAMZA_ABOVE + plural[1:]


def may_contradict(text: str, words: tuple[str, ...]) -> bool:
    """Tell cheaply whether a stretch of text carries anything that could contradict the words."""
    if any(word.startswith(_DERIVED) for word in words):
        return True
    if _VOWEL.search(text) is not None:
        return True
    if not _HAMZA_ALEFS.isdisjoint(text) and any(map(_hamza_telling, words)):
        return True
    if not _MADDA_AND_BELOW.isdisjoint(text) and any(map(alef_sound, words)):
        return True
    if _FATHATAN in text and any(_ends_bare_alef(word) for word in words):
        return True
    return _YEH in text and any(word.endswith(_ALEF_MAQSURA) for word in words)


@lru_cache(maxsize=20_000)
def contradicts(term_word: str, text_word: str) -> bool:
    """Tell whether the original letters show that the text word is another word than the term's.

    The term's letters are looked for inside the text word (clitics and endings
    around them); the last letter's vowel is the case ending and is not compared.
    A final ى of the term contradicts a ي followed by an ending in the text (but its
    plural's ات), and a final bare ا (not after ي) a text word ending in ا with tanween.
    """
    if term_word.startswith(_DERIVED):
        return _unseated(term_word.removeprefix(_DERIVED), text_word)
    term, text = letters(term_word), letters(text_word)
    wanted = "".join(letter.folded for letter in term)
    found = "".join(letter.folded for letter in text)
    start = found.find(wanted)
    if start < 0 and term_word.startswith(ARTICLE) and _hamza_telling(term_word):
        # The pattern's seat tells even where the text writes the word without the article.
        return contradicts(term_word.removeprefix(ARTICLE), text_word)
    if not term or start < 0 or len(wanted) != len(term):
        return False
    shift = len("".join(letter.folded for letter in text[:start]))
    if shift != start:
        return False
    ends_inside = start + len(term) < len(text)
    if not ends_inside and _ends_bare_alef(term_word) and _TANWEEN_ALEF.search(text_word):
        return True
    aligned = text[start : start + len(term)]
    hamza = _hamza_telling(term_word)
    for mine, theirs in zip(term[:-1], aligned[:-1], strict=True):
        if mine.vowels and theirs.vowels and mine.vowels != theirs.vowels:
            return True
        if hamza and _other_seat(mine.written, theirs.written):
            return True
        if {mine.written, theirs.written} == _MADDA_AND_BELOW:
            return True
    # A ي that the text word continues past is a relative adjective's (العظمية), but
    # before ات a plural's, which a word in ى makes so (مستوى → مستويات, كبرى → كبريات);
    # a final ي may be how the outlet writes ى (مستشفي), so it is not compared.
    return (
        term[-1].written == _ALEF_MAQSURA
        and aligned[-1].written == _YEH
        and ends_inside
        and not found[start + len(wanted) :].startswith(SOUND_FEMININE_PLURAL)
    )


def _unseated(plural: str, text_word: str) -> bool:
    """Tell whether a text word holds a derived plural's letters without its hamza above."""
    text = letters(text_word)
    start = "".join(letter.folded for letter in text).find(normalize(plural))
    at = 0
    for letter in text:
        if at == start:
            return letter.written != _HAMZA_ABOVE
        at += len(letter.folded)
    return False


def _ends_bare_alef(word: str) -> bool:
    """Tell whether a typed word of a name's length ends in ا, with no mark and not after ي."""
    # Letters only: marks and tatweel are not counted (cheaper than letters()).
    return (
        word.endswith(_ALEF)
        and not word.endswith(_YEH + _ALEF)
        and len(_MARKS.sub("", word)) >= _INDECLINABLE_FROM
    )


def _other_seat(mine: str, theirs: str) -> bool:
    """Tell whether two letters are hamzas on an alef, one above and one below."""
    return mine != theirs and mine in _HAMZA_ALEFS and theirs in _HAMZA_ALEFS
