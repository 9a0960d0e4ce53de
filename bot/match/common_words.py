"""How common an Arabic word is, from a maintained source: wordfreq's Arabic list.

wordfreq (R. Speer et al., https://github.com/rspeer/wordfreq, version 3.1)
ships word frequencies of Arabic measured over Wikipedia, subtitles, news and
web text; its data is under CC BY-SA 4.0. Its ``small_ar`` list is read here as
data, without importing wordfreq, whose tokenizers a matcher does not need.

What asks: whether a part of a name may stand alone for the whole
(bot.match.short_names, bot.match.family_names). A word that is common on
its own («منتخب», «اللاعب», «سعيد») names too much to stand for one body or
person; a foreign name or a family name is rare as a word, and rarer still
with the article («الأتلتيكو», «الترامب»). And whether a word normalized to end
in ه is written with ة as a word of its own (bot.match.noun_numbers: «عقيدة» is
no «عقيد» with «his»).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from functools import cache
from importlib.util import find_spec
from math import log10
from pathlib import Path

import msgpack

from bot.match.clitics import proclitic_readings
from bot.match.given_names import given_names
from bot.match.key_marks import ARTICLE
from bot.match.nisba import is_place, nisba_forms
from bot.match.normalize import normalize

__all__ = [
    "arabic_forms",
    "arabic_word",
    "common_noun",
    "feminine_word",
    "foreign_in_ending",
    "foreign_name",
    "in_use",
    "readings",
    "verb_form",
    "very_common",
    "zipf",
]

# Zipf scale: log10 of occurrences per billion words; 3 is once per million.
_LIST = "small_ar.msgpack.gz"
_MIN_KEPT = 3.5  # rarer words are not asked about; 0.0 stands for them
# A word that takes the article this often is a common noun or adjective
# (المنتخب 4.8, المستشار 4.3, الريال 4.0), not a foreign name (الأتلتيكو 1.9,
# البايرن 3.0).
_COMMON_NOUN = 3.5
# A word this common alone is an everyday word even where it is also a family
# name (سعيد 5.3, لاعب 5.1, فضاء 4.4, نية 4.3, بشير 4.2); most family names sit
# lower (حريري 3.2, سيسي 3.5, مالكي 3.7). A concept term that starts with a
# given name («رائد الفضاء», «حسن النية») must not match its second word alone.
_VERY_COMMON = 4.0


@cache
def _table() -> dict[str, float]:
    """Return the Zipf frequency of each normalized word at least _MIN_KEPT common."""
    return _lists()[0]


@cache
def _feminines() -> frozenset[str]:
    """Return the normalized words the list spells with ة (tā' marbūṭa), however rare."""
    return _lists()[1]


# The feminine ending as written, which normalizing makes ه like the pronoun «his».
_TA_MARBUTA = "ة"


@cache
def _lists() -> tuple[dict[str, float], frozenset[str]]:
    """Read the list once: the Zipf table, and the words written with ة."""
    spec = find_spec("wordfreq")
    assert spec is not None and spec.submodule_search_locations, "wordfreq is a dependency"
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / _LIST
    per_billion: dict[str, float] = {}
    feminines: set[str] = set()
    kept = round((9 - _MIN_KEPT) * 100)
    with gzip.open(path, "rb") as stream:
        unpacker = msgpack.Unpacker(stream, raw=False)
        size = unpacker.read_array_header()
        header = unpacker.unpack()
        if header != {"format": "cB", "version": 1}:
            raise ValueError(f"{path}: not a wordfreq cB list: {header!r}")
        # Bin i holds the words of frequency 10^(-i/100), i.e. Zipf 9 - i/100; the
        # rarer bins give only their words in ة. Spellings that normalize alike pool.
        for centibels in range(size - 1):
            words = unpacker.unpack()
            feminines.update(normalize(word) for word in words if word.endswith(_TA_MARBUTA))
            if centibels > kept:
                continue
            frequency = 10 ** (9 - centibels / 100)
            for word in words:
                key = normalize(word)
                per_billion[key] = per_billion.get(key, 0.0) + frequency
    return {word: log10(count) for word, count in per_billion.items()}, frozenset(feminines)


def feminine_word(word: str) -> bool:
    """Tell whether a normalized word in ه is, as the list writes it, a word in ة."""
    return word in _feminines()


def readings(word: str) -> Iterator[str]:
    """Yield a normalized word and its readings without proclitics (للقاء → لقاء, القاء)."""
    yield word
    yield from proclitic_readings(word)


def zipf(word: str) -> float:
    """Return how common a normalized word is on the Zipf scale; 0.0 when rare."""
    return _table().get(word, 0.0)


def common_noun(word: str) -> bool:
    """Tell whether a normalized word without the article is common with it."""
    return zipf(ARTICLE + word) >= _COMMON_NOUN


def in_use(word: str) -> bool:
    """Tell whether a normalized word is in the word list, bare or with the article."""
    return bool(zipf(word)) or common_noun(word)


def arabic_word(word: str) -> bool:
    """Tell whether a normalized word is Arabic or a land's name, not a foreign name.

    An Arabic noun is common with the article; a land is a CLDR place or a name
    whose relative adjective is common («أمريكا»: أمريكي everywhere), where a
    foreign given name in ‑ا has none in use («أنغيلا»: no one writes أنغيلي). A
    proclitic hides neither («لمنتخب»).
    """
    return any(
        common_noun(reading.removeprefix(ARTICLE)) or is_place(reading) or _land_adjective(reading)
        for reading in readings(word)
    )


def foreign_name(word: str) -> bool:
    """Tell whether a normalized word may be a foreign name: no Arabic word nor given name."""
    return not arabic_word(word) and word not in given_names()


# A dual or sound plural ending; on a stem no word list knows, a foreign name's end.
_DUAL_PLURAL = "ين"
_FEMININE_T = "ت"  # ة before a dual ending (حكومتين)


def foreign_in_ending(word: str) -> bool:
    """Tell whether a normalized word in ‑ين is a foreign name (كوهين, إيدين), not a dual or plural.

    A dual or plural has an Arabic word for its stem (وزيرين → وزير, حكومتين →
    حكومة); a foreign name's stem is none.
    """
    if not word.endswith(_DUAL_PLURAL) or not foreign_name(word):
        return False
    stem = word.removesuffix(_DUAL_PLURAL)
    if stem.endswith(_FEMININE_T) and arabic_word(stem[:-1] + "ه"):
        return False
    return not arabic_word(stem)


def _land_adjective(word: str) -> bool:
    """Tell whether a word's relative adjective is in common use, bare or with the article."""
    return any(
        zipf(adjective) >= _COMMON_NOUN or common_noun(adjective) for adjective in nisba_forms(word)
    )


# A word's other forms in the list tell an Arabic word from a foreign name: the
# clitics it is common with (فقالت, بمقتل; not و, which famous names take too: وجون),
# the other persons of a verb's present (يقرر → تقرر) and its past (هاجم → هاجمت,
# هاجموا). A foreign name has none of these in the list.
_CLITICS = ("ف", "ب", "ل")
_PRESENT = ("ي", "ت", "ن")
# A shorter word with a letter before it is as often another word (وست → بوست).
_MIN_FORMS = 4


def arabic_forms(word: str) -> bool:
    """Tell whether a normalized word is common with a clitic or has a verb's other forms."""
    if len(word) < _MIN_FORMS:
        return False
    forms = [clitic + word for clitic in _CLITICS]
    forms += (word + "ت", word + "وا")
    forms += _other_persons(word)
    return any(map(zipf, forms))


def _other_persons(word: str) -> list[str]:
    """Return a present-tense word's other persons (يقرر → تقرر, نقرر); none for other words."""
    if not word.startswith(_PRESENT):
        return []
    return [prefix + word[1:] for prefix in _PRESENT if prefix != word[0]]


# A verb's past with its ‑ت (she, I, you: قتلت) and its future with «س» (سيجعل): the
# past's «they» (قتلوا) or present (يقتل), or two persons of the present (يجعل, تجعل),
# are in the list. A foreign name in ‑ت (روبرت, جانيت) or in «سي» (سيرجي: يرجى but no ترجى)
# has neither.
_PAST_T = "ت"
_PAST_THEY = "وا"
_FUTURE = "س"
_MIN_FUTURE = 5


def verb_form(word: str) -> bool:
    """Tell whether a normalized word, behind its proclitics too, is an Arabic verb's form.

    The proclitics are read off for the verb's own forms only, never for a clitic
    test: «باراك» is no «ب» + «أراك».
    """
    return any(map(_verb_reading, readings(word)))


def _verb_reading(word: str) -> bool:
    """Tell whether a word without proclitics is a verb's past in ‑ت, future or present."""
    if len(word) >= _MIN_FORMS and word.endswith(_PAST_T):
        stem = word[: -len(_PAST_T)]
        if zipf(stem + _PAST_THEY) or zipf(_PRESENT[0] + stem):
            return True
    if len(word) >= _MIN_FUTURE and word.startswith(_FUTURE) and word[1] in _PRESENT:
        return sum(zipf(person + word[2:]) > 0 for person in _PRESENT) >= 2
    # Another person of the present in use (تلاحظ: يلاحظ).
    return len(word) >= _MIN_FORMS and any(map(zipf, _other_persons(word)))


def very_common(word: str) -> bool:
    """Tell whether a normalized word is an everyday word on its own."""
    return zipf(word) >= _VERY_COMMON
