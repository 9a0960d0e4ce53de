"""A text word shaped like a foreign given name, marked by its first sound.

Faker's Arabic list (bot.match.given_names) holds Arabic given names; foreign
ones («روبرت», «توماس», «سيرغي») are in no list. A word right before a family
name that is no Arabic word (common_words.foreign_name), no verb or other
word common behind a clitic (وقالت) or in its other persons or past (يقرر →
تقرر, هاجم → هاجمت: a name has none of these in use), and shaped
like a given name (family_names.foreign_given_shape) is likely another
person's given name: «روبرت مولر» is not «توماس مولر». The mark keeps the
name's first sound, folded over the letters transliterations swap («جيم»,
«جيمس»; «خوسيه», «جوزيه»; «فيلهلم», «ويلهلم»), so that the term's own given name
in another spelling is no other person.

Known limit: in a verb-first sentence another person's bare family name may
come right before it, and reads as a given name («عين ترامب بولتون»: not an
alert for «جون بولتون»). No list here tells foreign given names from family
names; in two months of the corpus this cost fewer alerts than the rule saved.
"""

from __future__ import annotations

from functools import lru_cache

from bot.match.common_words import arabic_forms, foreign_name, readings
from bot.match.family_names import foreign_given_shape
from bot.match.key_marks import ARTICLE, FOREIGN_GIVEN, is_arabic
from bot.match.particles import AND

__all__ = ["given_mark", "other_given_marks"]

_MIN_NAME = 4  # three letters are as often a particle or short verb (قال, حول)
# Letters one foreign sound is written with (g, j, h; t, th; s, z, sh; d, dh; b, p,
# v, w; a vowel or ʿayn): a closed class, folded to the first of each group.
_SOUND_GROUPS = ("جغقكخهحي", "تطث", "سصزظش", "دضذ", "بفو", "اع")
_SOUND = {letter: group[0] for group in _SOUND_GROUPS for letter in group}
_SOUNDS = frozenset(_SOUND.values()) | frozenset("رلمن")  # the rest sound alone
_TSH = "تش"  # ch (تشارلز, شارل)


def _sound(name: str) -> str:
    """Return the folded first sound of a name."""
    if name.startswith(_TSH):
        return _SOUND["ش"]
    return _SOUND.get(name[0], name[0])


def _foreign_given(word: str) -> bool:
    """Tell whether a bare word is shaped like a foreign given name (given_mark asks the
    word lists whether any reading of the token is an Arabic word)."""
    return len(word) >= _MIN_NAME and foreign_given_shape(word) and not arabic_forms(word)


def given_mark(token: str) -> str | None:
    """Return the FOREIGN_GIVEN key of a text token, or None if it is no foreign given name.

    Not cached here: its one caller, token_table's analysis of a token, is.
    """
    if len(token) < _MIN_NAME or token.startswith(ARTICLE) or not is_arabic(token):
        return None  # most tokens: C-level tests
    name = token[1:] if token.startswith(AND) and _foreign_given(token[1:]) else token
    if name == token and not _foreign_given(token):
        return None
    if not all(map(foreign_name, readings(token))):
        return None  # some reading is an Arabic word («بمقتل»), the name itself included
    return FOREIGN_GIVEN + _sound(name)


def other_given_marks(given: tuple[str, ...]) -> frozenset[str]:
    """Return the marks of every first sound but those of a term's own given names."""
    return _marks_but(frozenset(_sound(word) for word in given if word))


@lru_cache(maxsize=256)
def _marks_but(own: frozenset[str]) -> frozenset[str]:
    """Return the marks of every first sound but own, one shared set per own sounds."""
    return frozenset(FOREIGN_GIVEN + sound for sound in _SOUNDS - own)
