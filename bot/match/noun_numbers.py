"""A one-word common noun typed bare is found in its broken plural.

«مصنع» is also «المصانع», «مصانعها»; «مقبرة» «مقابر». Typed without the article
a word may be a name, which takes no plural (بولت is no plural of anything), so
this is for words the word list knows as common nouns (common with the article:
bot.match.common_words.common_noun), no given name and no place. Not for a noun
of people: one whose sound plural is in use (مدرسين, مسلمين) has a broken plural
shape that is another word (مدارس schools, مسالم peaceful). A word typed with the
article may be a name of its own («القاعدة» is no «قواعد»), so bot.match.stemmer
asks this of bare words only. The patterns are the closed ones of
bot.match.patterns, from the singular side. Not the indefinite accusative of a
short noun («مصنعا»): a city that is also a noun meets the noun's («مشهدا» a
scene, for Mashhad), which costs more finds than it brings.
"""

from __future__ import annotations

from bot.match.common_words import common_noun, in_use
from bot.match.given_names import given_names
from bot.match.key_marks import MIN_INFLECTED_STEM
from bot.match.nisba import is_place
from bot.match.patterns import singular_plurals

__all__ = ["noun_number_shapes", "noun_numbers"]

# The ending of a sound masculine plural in the accusative and genitive: a noun whose
# plural in it is in use names people.
_PEOPLE_PLURAL = "ين"


def noun_numbers(word: str) -> tuple[str, ...]:
    """Return the broken plurals in use of a bare one-word common noun, or nothing."""
    if (
        len(word) < MIN_INFLECTED_STEM
        or not common_noun(word)
        or word in given_names()
        or is_place(word)
        or in_use(word + _PEOPLE_PLURAL)
    ):
        return ()
    return tuple(plural for plural in noun_number_shapes(word) if in_use(plural))


def noun_number_shapes(word: str) -> tuple[str, ...]:
    """Return what noun_numbers returns and more, by the word's letters alone (for loading)."""
    return tuple(singular_plurals(word)) if len(word) >= MIN_INFLECTED_STEM else ()
