"""Inflection endings read off a word: plural, dual, feminine, attached pronouns.

All input is normalized (see bot.match.normalize): ة is already ه.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.match.key_marks import MIN_INFLECTED_STEM, MIN_STEM, MIN_TANWEEN_STEM

__all__ = [
    "MASCULINE_PLURALS",
    "PRONOUN_SUFFIXES",
    "SOUND_FEMININE_PLURAL",
    "followers_of",
    "inflection_stems",
]

MASCULINE_PLURALS = ("ين", "ون")
SOUND_FEMININE_PLURAL = "ات"

# Sound plural, dual and feminine-dual endings; تين/تان/ات also restore the ة of
# the singular (حكومتين, حكومات → حكومه).
_PLURAL_SUFFIXES = ("ات", "ان", "ين", "ون")
_FEMININE_PLURALS = ("ات", "تين", "تان")
# The plural ending read off a word typed without the article: ‑ات rarely ends a name.
_NAME_SAFE_PLURALS = ("ات",)
# Her, their, their two: read off any noun long enough (his, ‑ه, is also ة).
PRONOUN_SUFFIXES = ("ها", "هم", "هما")
# Every attached (possessive) pronoun, a closed class: his, her, their (two, f.),
# your (one, two, many, f.), our, my. Read off only after the ت of ‑ة or ‑ات.
_ATTACHED_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ك", "كما", "كم", "كن", "نا", "ي")


def _possessed_t_stems(base: str) -> Iterator[str]:
    """Yield the noun of a feminine word in ‑ة or a plural in ‑ات under a possessive.

    The ة turns to ت before a pronoun (عملتها, عملته, عملتي), and the sound
    feminine plural keeps its ت (بياناتهم, بياناتك, بياناتي): what is left is
    the noun, whose ة comes back, or the plural as written (its singular too).
    Only after ت, a closed class of endings (every attached pronoun) can come
    off without eating words: a word in ‑ه, ‑ك or ‑ي is not cut elsewhere. A
    noun of two letters and ة too (شقته, خطتي).
    """
    if "ت" not in base[-4:-1]:  # before a pronoun of one to three letters; most words
        return
    for suffix in _ATTACHED_PRONOUNS:
        stem = base[: -len(suffix)]
        if not (base.endswith(suffix) and stem.endswith("ت") and len(stem) >= MIN_STEM):
            continue
        if suffix not in PRONOUN_SUFFIXES:
            yield stem[:-1] + "ه"  # the ‑ها ‑هم ‑هما readings are the loop above's
        if stem.endswith(SOUND_FEMININE_PLURAL) and len(stem) >= MIN_INFLECTED_STEM:
            yield stem
            single = stem[: -len(SOUND_FEMININE_PLURAL)]
            yield single + "ه"
            if len(single) >= MIN_INFLECTED_STEM:
                yield single  # a masculine noun's plural in ‑ات: مطاراتها, مطار


def _pronoun_stems(base: str) -> Iterator[str]:
    """Yield the noun under a pronoun of her or their (‑ها, ‑هم, ‑هما)."""
    for suffix in PRONOUN_SUFFIXES:
        stem = base[: -len(suffix)]
        if not base.endswith(suffix):
            continue
        # A noun of two letters in ة keeps its ت before a pronoun (شقتها, خطتهم).
        if stem.endswith("ت") and len(stem) >= MIN_STEM:
            yield stem[:-1] + "ه"
        elif len(stem) >= MIN_INFLECTED_STEM:
            yield stem


def inflection_stems(base: str, sound_plurals: bool = True) -> Iterator[str]:
    """Yield the base with a plural, dual, pronoun or nisba-feminine ending removed.

    Without sound_plurals, ‑ان/‑ين/‑ون stay on: they end many names (سليمان,
    كلينتون), which are not the dual or plural of a shorter word.
    """
    # Each loop is asked first with one C call for all its endings: most words have none.
    if base.endswith(PRONOUN_SUFFIXES):
        yield from _pronoun_stems(base)
    yield from _possessed_t_stems(base)
    plurals = _PLURAL_SUFFIXES if sound_plurals else _NAME_SAFE_PLURALS
    if base.endswith(plurals):
        for suffix in plurals:
            if base.endswith(suffix) and len(base) - len(suffix) >= MIN_INFLECTED_STEM:
                yield base[: -len(suffix)]
    if base.endswith(_FEMININE_PLURALS):
        for suffix in _FEMININE_PLURALS:
            stem = base[: -len(suffix)]
            if base.endswith(suffix) and len(stem) >= MIN_STEM:
                yield stem + "ه"
                if stem.endswith("ي") and len(stem) >= MIN_INFLECTED_STEM:
                    yield stem
    # روسيه (the feminine adjective) → روسي, and صينيا (accusative) → صيني;
    # سيوله stays whole. The alef of tanween (صاروخا) comes off from 5 letters
    # on, so سيولا stays whole too.
    if (base.endswith(("يه", "يا")) and len(base) - 1 >= MIN_INFLECTED_STEM) or (
        base.endswith("ا") and len(base) - 1 >= MIN_TANWEEN_STEM
    ):
        yield base[:-1]


def followers_of(base: str) -> bool:
    """Tell whether a word is the sound masculine plural of a word in ‑ي (الحوثيين)."""
    return (
        base.endswith(MASCULINE_PLURALS)
        and base[:-2].endswith("ي")
        and len(base) - 2 >= MIN_INFLECTED_STEM
    )
