"""A person's name that names something else: a place named after them, or their child.

«مركز الملك سلمان» is a relief agency, «ستاد محمد بن زايد» a stadium and
«جائزة الشيخ زايد» a prize, not the person; «حمدان بن محمد بن راشد» is the
son of «محمد بن راشد». So a person term is not found right after a word for a
place or an institution named after people, nor right after «بن» or «بنت»
inside a longer name. Both word lists are closed classes: the
nouns Arabic gives to named facilities and bodies, and the words of descent.

A term is a person's name when it starts with a given name (bot.match.
given_names) or with a title of rank (الملك, الأمير, الشيخ…), itself a closed class,
or when «بن»/«بنت» joins two of its words (a given name the list lacks: «هزاع بن زايد»).
"""

from __future__ import annotations

from functools import cache

from bot.match.given_names import given_name_length
from bot.match.normalize import normalize

__all__ = ["is_person_term", "naming_words"]

_TITLES = frozenset(
    normalize(word)
    for word in ("الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السلطان", "الإمام")
)
# Facilities and bodies that take a person's name: «مركز الملك سلمان», «ستاد محمد بن
# زايد», «مطار رفيق الحريري». «قصر» is left out: «قصر الملك» is also the king's palace.
_NAMED_AFTER = (
    "مركز", "ستاد", "استاد", "ملعب", "مدينة", "جائزة", "مطار", "محكمة", "جامعة",
    "مستشفى", "شارع", "مسجد", "جامع", "ميناء", "مؤسسة", "مدرسة", "كلية", "معهد",
    "جسر", "برج", "حديقة", "قاعدة", "كأس", "بطولة", "مكتبة", "متحف", "قاعة", "وقف",
)  # fmt: skip
# «بن»/«بنت» without the alef join two names into one person's name; «ابن»/«ابنة»
# with it say "the son/daughter of" about the person named, who is then mentioned.
_DESCENT = ("بن", "بنت")
_DESCENT_KEYS = frozenset(normalize(word) for word in _DESCENT)


def is_person_term(words: tuple[str, ...]) -> bool:
    """Tell whether a term's normalized words are a person's name."""
    if len(words) >= 2 and words[0] in _TITLES:
        return True
    if any(word in _DESCENT_KEYS for word in words[1:-1]):
        return True
    given = given_name_length(words)
    return 0 < given < len(words)


@cache
def naming_words() -> frozenset[str]:
    """Return the keys of the words before a name that make it another thing's name."""
    return frozenset(normalize(word) for word in (*_NAMED_AFTER, *_DESCENT))
