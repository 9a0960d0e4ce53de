"""A one-word name typed with the article, met as a common noun heading a construct.

Arabic names many bodies by a common noun with the article (القاعدة "the
base", الأهلي "the national"). A name that carries the article never drops it
to head a construct, where a common noun does: «قاعدة العديد» (al-Udeid
base), «قاعدة اللعب» (the rule of the game), bare or after a clitic that
leaves no article (بقاعدة, وقاعدة), before a definite owner (a word with the
article and no proclitic: «قاعدة والمطار» is no construct). So for a term
typed with the article, its bare form before a definite word is another word.
Places are left alone: CLDR tells which of their names carry the article
(bot.match.nisba), and a construct is no reading of «القدس». So are
relative adjectives, which are no nouns, words ending in a long vowel,
which are foreign names (الفيفا, الناتو), and foreign names by the word lists
(bot.match.common_words.foreign_name: the news seldom writes them with the
article, «اليونيسف» but not «الأهرام»): no common noun stands behind
«اليونيسف», so «يونيسف الجمعة» is the agency on Friday. Nor are the words
whose shape makes them no name: a sound feminine plural (الاحتجاجات), the
verbal noun of a derived verb (التدخين, الانقلاب, التحالف, الاستهلاك, الاستجواب, and
الإنتاج unless the user wrote the hamza above the alef of an أفعال plural,
which may name a body: الأهرام), a word of four letters with ا third, the
shape of فِعال, فَعال, فُعال and مَفال nouns (الحراك, الفساد, الحصار, المطار,
العمال), and a sound masculine plural of a common noun (الموظفين) name things,
acts and people, not bodies, so «احتجاج الطلاب», «تدخين الشيشة», «حراك الريف»,
«انقلاب الحوثيين» and «إنتاج النفط» are still the word watched. (A body named
so loses its own construct: the club «الشباب» meets «شباب الأهلي».) Nor is an
owner that names a place, or a land by its adjective
(bot.match.key_marks.OWNING): a place has an office or a thing, not a body's
name, before it («سفير الكويت», «ملك السعودية», «شرطة الرياض»), except a
direction, which before a place is a side of it («غرب العراق» is not «الغرب»).
"""

from __future__ import annotations

from bot.match.common_words import foreign_name
from bot.match.key_marks import ARTICLE, DESCRIBING, NO_ARTICLE, OWNING
from bot.match.noun_numbers import people_plural
from bot.match.patterns import fiaal_shape, ifaal_shape, verbal_noun_shape
from bot.match.places import DIRECTIONS
from bot.match.stemmer import is_place_term
from bot.match.word_forms import feminine_plural_stem

__all__ = ["common_noun_readings"]

# A relative adjective (‑ي, ‑ية) is no noun: «دنماركية الأصل» is still the adjective.
_ADJECTIVE_ENDINGS = ("ي", "يه")
# A final long ا or و ends foreign names (الفيفا, الناتو), hardly an Arabic noun:
# «تصنيف فيفا الجديد» is FIFA's ranking, not a construct of «فيفا».
_FOREIGN_ENDINGS = ("ا", "و")

Keys = tuple[frozenset[str], ...]

# The matched word without the article, then an owner; one object for every term.
_CONSTRUCT: tuple[tuple[int, Keys], ...] = ((0, (frozenset({NO_ARTICLE}), frozenset({OWNING}))),)
# A direction before a place is a side of it («غرب العراق»), not «الغرب» (the West).
_DIRECTION_CONSTRUCT: tuple[tuple[int, Keys], ...] = (
    (0, (frozenset({NO_ARTICLE}), frozenset({DESCRIBING}))),
)


def common_noun_readings(words: tuple[str, ...], typed: str = "") -> tuple[tuple[int, Keys], ...]:
    """Return the stretches (start before the term, word keys) that read a one-word term
    typed with the article as a common noun: its bare form, then an owner.

    typed is the word as the user wrote it, when these are its letters (_afaal_as_typed).
    """
    if len(words) != 1 or not words[0].startswith(ARTICLE) or is_place_term(words[0]):
        return ()
    if words[0].endswith(_ADJECTIVE_ENDINGS + _FOREIGN_ENDINGS):
        return ()
    stem = words[0].removeprefix(ARTICLE)
    if (
        foreign_name(stem)
        or feminine_plural_stem(words[0])
        or people_plural(stem)
        or _derived_verbal_noun(stem)
        or (ifaal_shape(stem) and not _afaal_as_typed(typed))
    ):
        return ()
    return _DIRECTION_CONSTRUCT if stem in DIRECTIONS else _CONSTRUCT


def _derived_verbal_noun(stem: str) -> bool:
    """Tell whether a word is shaped as the verbal noun of a derived verb, or as فعال."""
    if fiaal_shape(stem) or verbal_noun_shape(stem):
        return True
    # تفعيل, انفعال and استفعال with a long vowel in a root slot too (توظيف, انقياد,
    # استجواب, استيراد).
    if len(stem) == _TAFEEL:
        return stem[0] == "ت" and stem[3] == "ي"
    if len(stem) == _ISTIFAAL:
        return stem.startswith("است") and stem[5] == "ا"
    return len(stem) == _INFIAAL and stem.startswith("ان") and stem[4] == "ا"


_TAFEEL = 5
_INFIAAL = 6
_ISTIFAAL = 7


# The hamza as typed after the article: above the alef, an أفعال plural, which may
# name a body (الأهرام, الأنصار); below it or unwritten, the إفعال act is read.
_AFAAL_SEAT = "أ"


def _afaal_as_typed(typed: str) -> bool:
    """Tell whether a word typed with the article writes the أفعال plural's hamza."""
    return typed.removeprefix(ARTICLE)[:1] == _AFAAL_SEAT
