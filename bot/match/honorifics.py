"""Honorifics before a title or a name: «كأس صاحب السمو رئيس الدولة» is «كأس رئيس الدولة».

Gulf and Levantine outlets put an honorific before a ruler's or an official's
title or name («صاحب السمو», «صاحب الجلالة», «سمو», «فخامة», «معالي»): it adds
respect, not meaning, so a term whose later word is such a title or a given name
also matches with one honorific written before that word. The honorifics and
the titles they precede are closed classes of the language.
"""

from __future__ import annotations

from bot.match.compiled import Compiled
from bot.match.given_names import given_names
from bot.match.key_marks import EXACT
from bot.match.normalize import normalize
from bot.match.word_keys import typed_keys

__all__ = ["honorific_forms"]

# The clitics an honorific is written behind: none, «و», «ل», «ب».
_CLITICS = ("", "و", "ل", "ب")
# One word: «سمو الأمير», «فخامة الرئيس», «معالي الوزير». Two: «صاحب السمو», «صاحب الجلالة».
_ONE_WORD = frozenset(
    EXACT + clitic + normalize(word)
    for word in ("سمو", "جلالة", "فخامة", "معالي", "سعادة")
    for clitic in _CLITICS
)
_OWNER = frozenset(EXACT + clitic + normalize("صاحب") for clitic in _CLITICS)
_OWNED = frozenset(EXACT + normalize(word) for word in ("السمو", "الجلالة", "الفخامة", "المعالي"))
# The words inside a name («محمد بن راشد»): an honorific goes before the whole name.
_NAME_LINKS = frozenset(normalize(word) for word in ("بن", "ابن", "بنت", "عبد", "أبو", "آل"))
# The titles an honorific comes before, with and without the article.
_TITLES = frozenset(
    normalize(word)
    for word in (
        "رئيس", "الرئيس", "ملك", "الملك", "الملكة", "أمير", "الأمير", "الأميرة", "ولي",
        "الشيخ", "الشيخة", "السلطان", "نائب", "حاكم", "الوزير", "وزير",
    )
)  # fmt: skip


def honorific_forms(words: tuple[str, ...]) -> list[Compiled]:
    """Compile a phrase with an honorific before a later word that opens a title or a name."""
    places = [at for at in range(1, len(words)) if _opens(words[at], words[at - 1])]
    if not places:
        return []
    keys = typed_keys(words)
    forms: list[Compiled] = []
    for at in places:
        forms.append(Compiled((*keys[:at], _ONE_WORD, *keys[at:])))
        forms.append(Compiled((*keys[:at], _OWNER, _OWNED, *keys[at:])))
    return forms


def _opens(word: str, before: str) -> bool:
    """Tell whether a word opens a title or a name, after a word that is neither."""
    names = given_names()
    if before in _TITLES or before in names or before in _NAME_LINKS:
        return False
    return word in _TITLES or word in names
