"""Transliteration variants: spelling skeletons, verified with rapidfuzz (the index that
groups keys by them is bot.match.variant_index).

Foreign names reach Arabic in several spellings that differ in two ways only: a
long vowel written or not inside the word (نتنياهو/نتانياهو, زيلينسكي/زيلنسكي)
and one foreign sound rendered by different letters (بيونغ/بيونج). The
skeleton of a word erases exactly those differences, so every variant of an
indexed key is found with one dictionary lookup per token, whatever the number
of keys; rapidfuzz then checks that the two spellings are really one or two
such edits apart and nothing else. This is the symmetric-deletion idea
restricted to the edits that transliteration makes: deleting any letter would
also pair بوتين with روتين, or بايرن with إيران.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA, Indel

from bot.match.common_words import arabic_forms, arabic_word, foreign_in_ending, foreign_name
from bot.match.key_marks import ARABIC_ENDINGS, ARTICLE, LONG_VOWELS
from bot.match.nisba import is_place

__all__ = [
    "MIN_FUZZY_LENGTH",
    "NEAR",
    "is_variant",
    "near_key",
    "near_shape",
    "near_variant",
    "skeleton",
]

# Below 4 letters one edit turns most Arabic words into other words.
MIN_FUZZY_LENGTH = 4
# A written or dropped inner vowel is also how Arabic builds words from one root
# (اعتقل/اعتقال, مستقل/مستقيل, جمعه/جامعه), so it counts as a spelling variant only
# from 6 letters on, where foreign names dominate (زيلنسكي/زيلينسكي). Shorter
# names with two spellings (ترمب/ترامب) are listed as aliases in bot.match.aliases.
_MIN_VOWEL_EDIT_LENGTH = 6
# Inside a phrase its other words confirm the name, so a foreign-looking word
# of 5 letters or more may lose or gain one ي or و (بايرن ميونيخ/ميونخ), down
# to 4 letters (توماس توخيل/توخل). Such a word
# is indexed under NEAR + key, a key only phrase words carry: a one-word term
# never meets the looser variant. ا is left out: its edits are how Arabic
# derives words from one root (اتحاد/اتحد), which a neighbour does not rule out.
# A word that is neither an Arabic word nor a given name (common_words.foreign_name)
# may differ in any of its inner long vowels, two edits at most (لوس أنجلوس/أنجليس,
# هيذر نويرت/ناورت), down to 4 letters: how outlets hear a foreign vowel differs.
# The word lists rule out common Arabic words, the endings the rarer ones (مفاوضة
# is no foreign name though its singular is rare).
NEAR = "~"
_MAX_VOWEL_EDITS = 2
_MIN_NEAR_LENGTH = 5
_NEAR_VOWELS = frozenset("وي")
# Long names may differ by two such edits (ستولتينبرغ/ستولتنبرج).
_MIN_TWO_EDIT_LENGTH = 8

# One foreign sound, two letters: g as غ or ج (بيونغ/بيونج, هامبورغ/هامبورج),
# t as ت or ط (بوتين/بوطين). These swap anywhere but in the first letter.
_SOUND_CLASSES = ("غج", "تط")
# Wider swaps, trusted only in long words (from _MIN_WIDE_LENGTH letters on),
# where foreign names dominate: g also as ق or ك (إنستغرام/انستقرام,
# الإنجليزي/الإنكليزي), s as س, ص or ز (سالزبري/سالسبوري), ch as تش or ش,
# and the first letter too (غوارديولا/جوارديولا). In short words they swap
# native words (تقارب/تجارب, سلاح/صلاح, زار/سار, جزيرة/غزيرة), and some do in
# long Arabic words too (استقلال/استغلال: _native_swap).
_WIDE_CLASSES = ("غجقك", "تط", "سصز")
# A final s is also written ش, as some languages say it (غوتيريس/غوتيريش); no
# long Arabic word ends in ش with an س twin (الانكماش, التفتيش).
_FINAL_SH, _FINAL_S = "ش", "س"
# German st is heard sht too (واينشتين/واينستين, شتوتغارت/ستوتغارت). In Arabic words
# the two are other roots (اشتباك/استباق): is_variant takes the swap only between
# two names no word list knows, neither with an Arabic ending.
_GERMAN_ST, _ST = "شت", "ست"
_MIN_WIDE_LENGTH = 7
_STRICT_TABLE = str.maketrans({c: group[0] for group in _SOUND_CLASSES for c in group})
_WIDE_TABLE = str.maketrans({c: group[0] for group in _WIDE_CLASSES for c in group})
_ERASE_VOWELS = str.maketrans(dict.fromkeys(LONG_VOWELS))
# An h inside a long foreign name is often not written (ساوثهامبتون/ساوثامبتون): the
# skeleton erases an inner ه too, so both spellings meet, and is_variant takes the
# dropped ه only between two foreign names, the longer of _MIN_TWO_EDIT_LENGTH letters;
# other words must keep their ه where it was (المهندسين is not المندسين).
_SILENT_H = "ه"
_ERASE_VOWELS_AND_H = str.maketrans(dict.fromkeys((*LONG_VOWELS, _SILENT_H)))
# Not ي: ‑يين ends the plural of a relative adjective (مدنيين, civilians), another word
# than the name with one ي (مدنين).
_DOUBLED = re.compile(r"([^ي])\1+")
# A hamza seat (ؤ/ئ, normalized و/ي) may be written either way from this length on.
_MIN_HAMZA_LENGTH = 5
_ALEF = "ا"


def _fold(word: str, wide: bool, foreign: bool = True) -> str:
    """Merge the letters one foreign sound is written with; undo doubled letters.

    Wide, the foreign-only letters too unless foreign is False (see _GERMAN_ST).
    """
    if wide:
        if word.endswith(_FINAL_SH):
            word = word[:-1] + _FINAL_S
        if foreign:
            word = _foreign_sounds(word)
        word = word.replace("تش", "ش").translate(_WIDE_TABLE)
    else:
        word = word[0] + word[1:].translate(_STRICT_TABLE)
    # Doubled letters (a shadda written out: بيللا) count once.
    return _DOUBLED.sub(r"\1", word)


def _foreign_sounds(word: str) -> str:
    """Merge the letters only foreign names swap (see _GERMAN_ST)."""
    return word.replace(_GERMAN_ST, _ST)


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """Return the word with sound classes merged and inner long vowels and ه erased."""
    return _shape(word, _ERASE_VOWELS_AND_H)


@lru_cache(maxsize=200_000)
def _consonants(word: str) -> str:
    """Return the word's skeleton with its inner ه kept."""
    return _shape(word, _ERASE_VOWELS)


# A foreign word that opens on s and a consonant is written with a helping alef before it
# or without (استاد/ستاد, استوكهولم/ستوكهولم): Arabic opens no word on two consonants.
# The skeleton drops that alef; is_variant takes the pair only between two names.
_PROSTHETIC = "اس"


def _without_prosthetic(word: str) -> str:
    """Return the word without an alef before an opening s and consonant (see _PROSTHETIC)."""
    if len(word) > MIN_FUZZY_LENGTH and word.startswith(_PROSTHETIC) and word[2] not in LONG_VOWELS:
        return word[1:]
    return word


def _shape(word: str, erase: dict[int, int | None], foreign: bool = True) -> str:
    """Return the word with sound classes merged and the inner letters of erase erased."""
    word = _without_prosthetic(word)
    # The first letter is merged at every length, so that a six-letter spelling
    # meets its seven-letter twin (جمايكي/جامايكي); whether a short word may swap
    # it is is_variant's call (not جزيرة/غزيرة). The last letter keeps its vowel:
    # a final ا is tanween (سيولاً) and a final ي a nisba (روسي), no spelling variant.
    if len(word) < 3:
        return word
    folded = _fold(word, wide=True, foreign=foreign)
    if len(folded) < 3:
        return folded
    return folded[0] + folded[1:-1].translate(erase) + folded[-1]


def _vowel_moved(a: str, b: str) -> bool:
    """Tell whether b is a with one long vowel moved past its neighbour (أمريكا/أميركا).

    Callers have checked that the skeletons agree, so the consonants are the
    same and in the same order; one adjacent swap is then a vowel written on the
    other side of a consonant, a spelling habit of some outlets, not another word.
    """
    return (
        len(a) == len(b) >= _MIN_VOWEL_EDIT_LENGTH
        and sorted(a) == sorted(b)
        and OSA.distance(a, b, score_cutoff=1) == 1
    )


def _vowel_swapped(a: str, b: str) -> bool:
    """Tell whether b is a with one inner long vowel written as another (غلاشكوف/غلوشكوف).

    Outlets hear a long foreign name's unstressed vowel differently (ميشيغان/ميشيجين,
    أناليتيكا/انالاتيكا); in a shorter word the vowel makes another name (بوتين/بوتان,
    سلمان/سليمان), so only from _MIN_WIDE_LENGTH letters on, and is_variant's caller
    asks that both be foreign names.
    """
    if len(a) != len(b) or len(a) < _MIN_WIDE_LENGTH:
        return False
    at = _sole_difference(a, b)
    return 0 < at < len(a) - 1 and {a[at], b[at]} <= LONG_VOWELS


def _hamza_seat(a: str, b: str) -> bool:
    """Tell whether b is a with one hamza on another seat (مسؤول/مسئول, normalized مسوول/مسيول).

    Normalization writes ؤ as و and ئ as ي; a seat swapped is one و/ي swapped
    next to a long vowel, the vowel the hamza carries.
    """
    if len(a) < _MIN_HAMZA_LENGTH:
        return False
    i = _sole_difference(a, b)
    if i < 0 or {a[i], b[i]} != {"و", "ي"}:
        return False
    return any(0 <= j < len(a) and a[j] in LONG_VOWELS for j in (i - 1, i + 1))


def _sole_difference(a: str, b: str) -> int:
    """Return the one place where two words of one length differ, or -1 (none, or several)."""
    differ = _differences(a, b)
    return differ[0] if len(differ) == 1 else -1


def _differences(a: str, b: str) -> list[int]:
    """Return the places where two words of one length differ."""
    return [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]


@lru_cache(maxsize=200_000)
def near_key(word: str) -> str | None:
    """Return the NEAR key of a normalized phrase word that may take a looser variant."""
    if near_shape(word) is None:
        return None
    if word.endswith(_DUAL_PLURAL) and not _foreign_in(word):
        return None
    if _MIN_NEAR_LENGTH <= len(word) < _MIN_VOWEL_EDIT_LENGTH + 1 or _foreign(word):
        return NEAR + word
    return None


def near_shape(word: str) -> str | None:
    """Return the NEAR key a phrase word may have by its letters alone, or None.

    What near_key returns, and more: it does not ask the word lists whether the
    word is foreign, so loading terms (bot.match.terms.triggers) reads none.
    """
    if len(word) < MIN_FUZZY_LENGTH or word.startswith(ARTICLE):
        return None
    if word.endswith(ARABIC_ENDINGS) and not word.endswith((_FOREIGN_AN, _DUAL_PLURAL)):
        return None
    return NEAR + word


_DUAL_PLURAL = "ين"  # a dual's or plural's ending, and a foreign name's (كوهين)


@lru_cache(maxsize=200_000)
def _foreign(word: str) -> bool:
    """Return foreign_name(word), once per word (it reads the word lists)."""
    return foreign_name(word)


@lru_cache(maxsize=200_000)
def _foreign_in(word: str) -> bool:
    """Return foreign_in_ending(word), once per word: ‑ين that ends a foreign name (كوهين)."""
    return foreign_in_ending(word)


# ‑ان ends Arabic duals and names (سلمان) but also many foreign names (جيرمان,
# مان): such a word takes its variant only in the vowel of its first syllable,
# where transliterations differ (سان جيرمان/جرمان); an inner vowel further on is
# how Arabic names differ from each other (سلمان/سليمان).
_FOREIGN_AN = "ان"
_FIRST_SYLLABLE = 1


def near_variant(form: str, word: str) -> bool:
    """Tell whether a token form is a looser variant of a phrase word (see NEAR)."""
    if _foreign(word) and _vowels_apart(form, word):
        return True
    return _one_vowel_more(form, word)


def _vowels_apart(a: str, b: str) -> bool:
    """Tell whether a and b differ only in inner long vowels, _MAX_VOWEL_EDITS at most."""
    if a == b or min(len(a), len(b)) < MIN_FUZZY_LENGTH:
        return False
    a, b = _fold(a, wide=False), _fold(b, wide=False)
    return (
        a[0] == b[0]
        and a[-1] == b[-1]
        and a[1:-1].translate(_ERASE_VOWELS) == b[1:-1].translate(_ERASE_VOWELS)
        and Indel.distance(a, b, score_cutoff=_MAX_VOWEL_EDITS) <= _MAX_VOWEL_EDITS
    )


def _one_vowel_more(a: str, b: str) -> bool:
    """Tell whether one of a, b is the other with one inner ي or و more (ميونيخ/ميونخ)."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < MIN_FUZZY_LENGTH:  # a shorter token is never looked up
        return False
    places = (_FIRST_SYLLABLE,) if long.endswith(ARABIC_ENDINGS) else range(1, len(long) - 1)
    return any(long[i] in _NEAR_VOWELS and long[:i] + long[i + 1 :] == short for i in places)


def is_variant(a: str, b: str) -> bool:
    """Tell whether two different spellings are transliteration variants of one name."""
    if a == b or min(len(a), len(b)) < MIN_FUZZY_LENGTH or skeleton(a) != skeleton(b):
        return False
    if _foreign_swap(a, b) and not (_name_shaped(a) and _name_shaped(b)):
        return False
    if _without_prosthetic(a) == b or _without_prosthetic(b) == a:
        return _name_shaped(a) and _name_shaped(b)
    bare_a, bare_b = _without_inner_h(a), _without_inner_h(b)
    if len(bare_a) - len(a) == len(bare_b) - len(b):
        return _consonants(a) == _consonants(b) and (
            _plain_variant(a, b) or _vowels_reordered(a, b) or _two_glides(a, b)
        )
    return (
        max(len(a), len(b)) >= _MIN_TWO_EDIT_LENGTH
        and foreign_name(a)
        and foreign_name(b)
        and (bare_a == bare_b or _plain_variant(bare_a, bare_b, shortened=False))
    )


def _foreign_swap(a: str, b: str) -> bool:
    """Tell whether two words with one skeleton differ in a letter only foreign names swap."""
    if a == _foreign_sounds(a) and b == _foreign_sounds(b):
        return False  # most words: neither has such a letter
    native = _ERASE_VOWELS_AND_H
    return _shape(a, native, foreign=False) != _shape(b, native, foreign=False)


def _name_shaped(word: str) -> bool:
    """Tell whether a word is a foreign name or a place, with no Arabic ending or forms."""
    if word.endswith(ARABIC_ENDINGS) and not foreign_in_ending(word):
        return False
    return (foreign_name(word) or is_place(word)) and not arabic_forms(word)


def _without_inner_h(word: str) -> str:
    """Return the word without the ه inside it (see _SILENT_H)."""
    return word[0] + word[1:-1].replace(_SILENT_H, "") + word[-1]


def _folded_pair(a: str, b: str) -> tuple[str, str]:
    """Return both spellings with their sound classes merged, the wide ones if both are long,
    or both one letter shorter and foreign names (ستيفنس/ستيفنز, سيهوفر/زيهوفر): a letter
    swapped, not one more, which doubled letters would hide (تطالبان/طالبان)."""
    shorter = min(len(a), len(b))
    wide = shorter >= _MIN_WIDE_LENGTH or (
        len(a) == len(b) == _MIN_WIDE_LENGTH - 1 and foreign_name(a) and foreign_name(b)
    )
    if not wide and _final_s(a, b):
        a, b = a[:-1] + _FINAL_S, b[:-1] + _FINAL_S
    return _fold(a, wide=wide), _fold(b, wide=wide)


# A foreign name's final s is written س or ز (ديفيس/ديفيز, Davis) from five letters on;
# shorter, the pair is two names (لويس/لويز) or native words (كنز/كنس).
_FINAL_Z = "ز"
_MIN_FINAL_S_LENGTH = 5


def _final_s(a: str, b: str) -> bool:
    """Tell whether two foreign names of one length differ in a final س/ز (see above)."""
    return (
        len(a) == len(b) >= _MIN_FINAL_S_LENGTH
        and {a[-1], b[-1]} == {_FINAL_S, _FINAL_Z}
        and foreign_name(a)
        and foreign_name(b)
    )


def _plain_variant(a: str, b: str, *, shortened: bool = True) -> bool:
    """Tell whether two spellings with one skeleton differ as most transliterations do.

    shortened: whether a long foreign name may also be two vowels short (not once an
    ه was dropped too: _long_foreign_pair).
    """
    shorter = min(len(a), len(b))
    if len(a) == len(b) and _hamza_seat(a, b):
        return True
    folded_a, folded_b = _folded_pair(a, b)
    if folded_a == folded_b:
        return not (_native_swap(a, b) or _native_double(a, b))
    if len(folded_a) == len(folded_b):
        # Between a name no word list knows and an Arabic word, a moved vowel makes the
        # word (بتسيلم, B'Tselem; بتسليم, "by handing over"); two Arabic spellings of one
        # land stay variants (أمريكا/أميركا).
        if _vowel_swapped(folded_a, folded_b) and foreign_name(a) and foreign_name(b):
            return True
        # Between two Arabic words an alef moved is another pattern (جامعات/جماعات,
        # أمني/ألماني); outlets move a ي or و (أمريكا/أميركا).
        return (
            _vowel_moved(folded_a, folded_b)
            and arabic_word(a) == arabic_word(b)
            and not (arabic_word(a) and _ALEF in _moved_letters(folded_a, folded_b))
        )
    # With sound classes merged, the longer spelling must be the shorter one plus
    # vowels: a vowel swapped for another (بوتين/بوتان) is a different name.
    gap = abs(len(folded_a) - len(folded_b))
    long_pair = shortened and _long_foreign_pair(a, b)
    allowed = 2 if shorter >= _MIN_TWO_EDIT_LENGTH or long_pair else 1
    if gap > allowed:
        return False
    if min(len(folded_a), len(folded_b)) < _MIN_VOWEL_EDIT_LENGTH and not _foreign_pair(a, b):
        return False
    return Indel.distance(folded_a, folded_b) == gap and not _alef_added(a, b)


# Between two Arabic words an alef more is another pattern too (مهاجرين/مهجرين,
# ألمانيا/المنيا), except in a relative adjective, which outlets write either way
# (صحافيين/صحفيين).
_RELATIVE_ENDINGS = ("ي", "يه", "يين", "يون", "يات")


def _alef_added(a: str, b: str) -> bool:
    """Tell whether two Arabic words, not relative adjectives, differ by one alef more."""
    if abs(len(a) - len(b)) != 1 or not (arabic_word(a) and arabic_word(b)):
        return False
    if a.endswith(_RELATIVE_ENDINGS) and b.endswith(_RELATIVE_ENDINGS):
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(
        long[i] == _ALEF and long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1)
    )


# Two foreign spellings may also place their vowels differently as well as add
# one (بنيفنتو/بينفينتو), or add two to a shorter name (بينيفينتو): each outlet
# hears the vowels of a foreign name on its own. Between two words no list knows,
# two such edits count, a vowel moved past one consonant or a vowel more; a vowel
# swapped for another (بوتين/بوتان) or moved further (مانديل/مونديال) does not.
# Shorter words are names of their own (ارغواي/اوروغواي: Paraguay after a clitic ب).
_MAX_REORDER_EDITS = 2
_MIN_REORDER_LENGTH = 7


def _vowel_slots(word: str) -> tuple[str, list[list[str]]]:
    """Return a word's consonants and its inner long vowels, one list per gap between them."""
    consonants = [word[0]]
    slots: list[list[str]] = [[]]
    for letter in word[1:-1]:
        if letter in LONG_VOWELS:
            slots[-1].append(letter)
        else:
            consonants.append(letter)
            slots.append([])
    return "".join(consonants) + word[-1], slots


def _vowels_reordered(a: str, b: str) -> bool:
    """Tell whether two foreign spellings differ by vowels moved next door or added, two at most."""
    short, long = sorted(_folded_pair(a, b), key=len)
    edits = len(long) - len(short)
    if len(short) < _MIN_REORDER_LENGTH or edits > _MAX_REORDER_EDITS:
        return False
    (skeleton_short, want), (skeleton_long, have) = _vowel_slots(short), _vowel_slots(long)
    if skeleton_short != skeleton_long:
        return False
    for i, vowels in enumerate(want):
        for vowel in vowels:
            near = [j for j in (i, i - 1, i + 1) if 0 <= j < len(have) and vowel in have[j]]
            if not near:
                return False
            edits += near[0] != i
            have[near[0]].remove(vowel)
    return edits <= _MAX_REORDER_EDITS and foreign_name(a) and foreign_name(b)


def _two_glides(a: str, b: str) -> bool:
    """Tell whether a long foreign name and a shorter twin differ by two inner ي or و.

    Outlets write a foreign i or u as a letter or not at all, each on its own, so
    a name of _MIN_TWO_EDIT_LENGTH letters may lose two (تيليغرام/تلغرام). Not ا,
    whose edits derive Arabic words from one root (ارتفعت/ارتفاعات), and not a word
    with an Arabic ending (أوروبيان, a dual, is no spelling of أوربان).
    """
    short, long = sorted((a, b), key=len)
    if len(long) < _MIN_TWO_EDIT_LENGTH or len(short) < _MIN_VOWEL_EDIT_LENGTH:
        return False
    if short.endswith(ARABIC_ENDINGS) or long.endswith(ARABIC_ENDINGS):
        return False
    short, long = _fold(short, wide=True), _fold(long, wide=True)
    edits = Indel.editops(short, long)
    return all(op.tag == "insert" and long[op.dest_pos] in _NEAR_VOWELS for op in edits) and (
        _foreign_pair(a, b)
    )


def _long_foreign_pair(a: str, b: str) -> bool:
    """Tell whether a long foreign name and a spelling of it two vowels short are one name.

    A name of _MIN_TWO_EDIT_LENGTH letters may lose two of its vowels
    (كامبريدج/كمبردج) when the short spelling is still _MIN_VOWEL_EDIT_LENGTH long
    and the word lists know neither as a word. Not with the article, an Arabic ending or
    an ه, which make Arabic words (الانتقالات/انتقلت) or other names (بيلاروسيا/بلهارسيا).
    """
    return (
        max(len(a), len(b)) >= _MIN_TWO_EDIT_LENGTH
        and min(len(a), len(b)) >= _MIN_VOWEL_EDIT_LENGTH
        and not any(
            word.startswith(ARTICLE) or word.endswith(ARABIC_ENDINGS) or _SILENT_H in word
            for word in (a, b)
        )
        and foreign_name(a)
        and foreign_name(b)
    )


def _foreign_pair(a: str, b: str) -> bool:
    """Tell whether a five-letter word and its six-letter twin are one foreign name.

    One letter short of _MIN_VOWEL_EDIT_LENGTH, a vowel still makes another
    Arabic word (مستقل/مستقيل) or name (سلمان/سليمان), which the word lists know
    (bot.match.common_words, bot.match.given_names); a foreign name written with
    and without it (تشيلسي/تشلسي) is in neither.
    """
    return min(len(a), len(b)) >= _MIN_VOWEL_EDIT_LENGTH - 1 and foreign_name(a) and foreign_name(b)


# Between two words the lists know as Arabic, ق, غ, ت and ط are each a sound of its
# own (استقلال/استغلال, نجمة/نغمة, برتقالي/برتغالي): only a foreign name writes one
# for another (انستقرام). ك and ج stay one sound there, the g of English loans
# (إنكليزي/إنجليزي). Each is kept apart by a stand-in no fold merges.
_NATIVE_SOUNDS = "قغتط"
_KEEP_NATIVE = str.maketrans({letter: chr(3 + i) for i, letter in enumerate(_NATIVE_SOUNDS)})


def _native_swap(a: str, b: str) -> bool:
    """Tell whether two Arabic words meet only by taking a native sound for another."""
    if not any(letter in _NATIVE_SOUNDS for letter in a + b):
        return False
    if not (arabic_word(a) and arabic_word(b)):
        return False
    kept_a, kept_b = _folded_pair(a.translate(_KEEP_NATIVE), b.translate(_KEEP_NATIVE))
    return kept_a != kept_b


def _native_double(a: str, b: str) -> bool:
    """Tell whether two Arabic words meet only by reading a doubled letter once.

    Arabic writes a shadda, never the letter twice: two like letters are two
    consonants of another word (مملكة/ملكة, أمم/أم, ممرات/مرات). Only a foreign
    name spells a double out (بيللا).
    """
    return (
        len(a) != len(b)
        and bool(_DOUBLED.search(a) or _DOUBLED.search(b))
        and arabic_word(a)
        and arabic_word(b)
    )


def _moved_letters(a: str, b: str) -> set[str]:
    """Return the letters at the places where two spellings of one length differ."""
    return {letter for i in _differences(a, b) for letter in (a[i], b[i])}
