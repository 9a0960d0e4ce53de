"""A one-word noun term is also found in its other number, and with a pronoun attached.

From a plural, typed with the article or without (a plural is no name), its
singular: a closed feminine pattern's («ضريبة» for «الضرائب»), a فعلاء plural's
(«ناشط» for «نشطاء»), a فعالل or فعاليل plural's («مصنع» for «المصانع»), the
commoner of two candidates in use.

From a singular typed bare, its broken plural: «مصنع» is also «المصانع»,
«مصانعها»; «مقبرة» «مقابر»; a noun of three letters its أفعال plural, the
commonest («نفق» «الأنفاق», «عيد» «أعياد»), where the text writes its hamza
above the alef (afal_as_written), as no verbal noun or verb of those letters is.
A word typed with the article may be a name of its own («القاعدة» is no
«قواعد»), and a bare word may be a name too, which takes no plural (بولت is no
plural of anything), so this is for words the word list knows
as common nouns (common with the article: bot.match.common_words.common_noun), no
given name and no place. Not the indefinite accusative of a short noun
(«مصنعا»): a city that is also a noun meets the noun's («مشهدا» a scene, for
Mashhad), which costs more finds than it brings.

Either way not a noun of people: one whose sound plural is in use (مدرسين,
مسلمين) has a broken plural shape that is another word (مدارس schools, مسالم
peaceful). The patterns are bot.match.patterns'; the shapes functions answer by
the letters alone, as loading a term asks (bot.match.terms.trigger_keys).

A common noun, typed either way, is also found with an attached pronoun
(«هروبه», «جيشها»), which a name does not take; see noun_endings.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.match.common_words import common_noun, feminine_word, in_use, zipf
from bot.match.given_names import given_names
from bot.match.inflection import MASCULINE_PLURALS, PRONOUN_SUFFIXES
from bot.match.key_marks import ARTICLE, ENDED, HIS, MIN_INFLECTED_STEM, MIN_STEM
from bot.match.marks import derived_plural, ends_in_alef_maqsura
from bot.match.nisba import is_place
from bot.match.patterns import (
    FEMININE_PATTERN_LENGTH,
    afal_shape,
    falaa_singular_shape,
    feminine_pattern_numbers,
    fuala_singulars,
    plural_singulars,
    singular_plurals,
    verbal_noun_shape,
)

__all__ = [
    "afal_as_written",
    "falaa_singulars",
    "noun_ending_stems",
    "noun_endings",
    "noun_number_shapes",
    "noun_numbers",
    "noun_singular_shapes",
    "noun_singulars",
    "people_plural",
]

# The ending of a sound masculine plural in the accusative and genitive: a noun whose
# plural in it is in use names people.
_PEOPLE_PLURAL = "ين"
_FEMININE_ENDING = "ه"  # ة, normalized: what a singular of the feminine patterns ends in


def noun_numbers(word: str) -> tuple[str, ...]:
    """Return the broken plurals in use of a bare one-word common noun, or nothing."""
    if (
        len(word) < MIN_STEM
        or not common_noun(word)
        or word in given_names()
        or is_place(word)
        or _names_people(word)
    ):
        return ()
    return tuple(plural for plural in noun_number_shapes(word) if in_use(plural))


def noun_number_shapes(word: str) -> tuple[str, ...]:
    """Return what noun_numbers returns and more, by the word's letters alone (for loading)."""
    if len(word) == MIN_STEM:
        plural = afal_shape(word)
        return () if plural is None else (plural,)
    return tuple(singular_plurals(word)) if len(word) >= MIN_INFLECTED_STEM else ()


def afal_as_written(word: str) -> str | None:
    """Return a bare three-letter noun's أفعال plural with its hamza written (أنفاق), or None.

    Normalized, the plural is spelled like the إفعال verbal noun (أنفاق tunnels,
    إنفاق spending) and like a verb of the seventh form (أنهار rivers, انهار
    collapsed): the seat the text writes tells them apart (bot.match.marks).
    """
    plural = afal_shape(word)
    return derived_plural(plural) if plural is not None and plural in noun_numbers(word) else None


def noun_singulars(base: str) -> tuple[str, ...]:
    """Return the singular of a one-word plural term in a closed pattern, or nothing; for a
    sound masculine plural of people, its forms in construct."""
    if people_plural(base):
        return _construct_shapes(base)
    return _feminine_singular(base) or _fuala_singular(base) or _masculine_singular(base)


def noun_singular_shapes(base: str) -> tuple[str, ...]:
    """Return the singulars a one-word plural term may have by its letters (for loading)."""
    return (
        *_construct_shapes(base),
        *_feminine_singular_shapes(base),
        *fuala_singulars(base),
        *plural_singulars(base),
    )


_ELATIVE = "ا"  # the أ of an elative, normalized


def falaa_singulars(typed: str, base: str) -> tuple[str, ...]:
    """Return the فعيل singular of a one-word فَعْلى plural, or nothing.

    The plural of those struck by something (مرضى, جرحى, قتلى) names each of them
    in the singular: «المرضى» is also «مريض», «القتلى» «قتيل». Only when typed with
    its final ى, as bot.match.marks reads the letters (a relative adjective in ي is
    another word), when the singular is in
    use and names nobody and no place (not «مريم» for «مرمى»), and when no أفعل is
    in use, which would make the word a feminine elative (كبرى of أكبر, not of كبير).
    base is the typed word normalized, the article off.
    """
    singular = falaa_singular_shape(base)
    if (
        singular is None
        or not ends_in_alef_maqsura(typed)
        or not in_use(singular)
        or singular in given_names()
        or is_place(singular)
        or in_use(_ELATIVE + base[:-1])
    ):
        return ()
    return (singular,)


# A sound masculine plural loses its ن in construct: «موظفو الشركة», «موظفي البلدية»,
# and under a pronoun «موظفيها» (its pronoun read off in the text, bot.match.inflection).
_CONSTRUCT_ENDINGS = ("و", "ي")


def _sound_plural_singular(base: str) -> str | None:
    """Return the singular of a word shaped as a sound masculine plural, or None.

    Four letters or more: «البحرين» is no plural of «بحر».
    """
    if not base.endswith(MASCULINE_PLURALS):
        return None
    singular = base[: -len(MASCULINE_PLURALS[0])]  # both endings are two letters
    return singular if len(singular) >= MIN_INFLECTED_STEM else None


def _construct_shapes(base: str) -> tuple[str, ...]:
    """Return the construct forms of a word shaped as a sound masculine plural."""
    singular = _sound_plural_singular(base)
    return () if singular is None else tuple(singular + end for end in _CONSTRUCT_ENDINGS)


def people_plural(base: str) -> bool:
    """Tell whether a word in ‑ين or ‑ون is the plural of a common noun, mostly of people.

    Its singular is shaped so (_sound_plural_singular) and common with the article
    («فلسطين» is none); a relative adjective's plural («الفلسطينيين») has its own forms.
    """
    singular = _sound_plural_singular(base)
    return singular is not None and not singular.endswith("ي") and common_noun(singular)


def _names_people(noun: str) -> bool:
    """Tell whether a noun names people: its sound plural is in use (see above)."""
    return in_use(noun + _PEOPLE_PLURAL)


def _commoner(singulars: Iterable[str]) -> tuple[str, ...]:
    """Return the commonest of some singulars alone, or nothing when there are none."""
    found = list(singulars)
    return (max(found, key=zipf),) if found else ()


def _masculine_singular(base: str) -> tuple[str, ...]:
    """Return the singular of a one-word فعالل or فعاليل plural, the commoner in use.

    «المصانع» is «مصنع», «المشاريع» «مشروع»: a noun common with the article, not
    an adjective («الملاحيظ», a market, is no «ملحوظ»), nor one that names people:
    «المدارس» are schools, not «مدرس» a teacher.
    """
    if is_place(base) or base.endswith(_FEMININE_ENDING):  # a feminine singular: غرفة, بطالة
        return ()
    return _commoner(
        singular
        for singular in plural_singulars(base)
        if common_noun(singular) and not _names_people(singular)
    )


def _fuala_singular(base: str) -> tuple[str, ...]:
    """Return the singular of a one-word فعلاء plural, فاعل or فعيل, the commoner in use.

    «نشطاء» is «ناشط», «خبراء» «خبير», «زعماء» «زعيم»: a plural is no name, and the
    singular names one of them, as a plural head's does (phrase_words.head_word_keys).
    """
    return _commoner(singular for singular in fuala_singulars(base) if in_use(singular))


def _feminine_singular(base: str) -> tuple[str, ...]:
    """Return the singular of a one-word plural term in a closed feminine pattern, or nothing.

    Not the plural of a singular: a singular typed with the article may be a name
    («القاعدة» is al-Qaeda, and «قواعد» bases, never it), a plural never is. The
    singular must be a word in use whose masculine is none: «جوانب» is the plural
    of «جانب», and «جانبه» "his side"; «التعادل» is no plural. Nor a place's, nor
    a place. A plural read back to two singulars (رهائن: رهينة, رهانة "a bet")
    takes the commoner.
    """
    return _commoner(
        singular
        for singular in _feminine_singular_shapes(base)
        if in_use(singular) and not in_use(singular[: -len(_FEMININE_ENDING)])
    )


def _feminine_singular_shapes(base: str) -> tuple[str, ...]:
    """Return the singulars a one-word plural term may have by its letters (see above)."""
    if len(base) != FEMININE_PATTERN_LENGTH or is_place(base):
        return ()  # most words: a length is cheaper to ask than the patterns
    return tuple(
        singular
        for singular in feminine_pattern_numbers(base)
        if singular.endswith(_FEMININE_ENDING) and not is_place(singular)
    )


# Endings a common noun takes that a name does not: the attached pronouns her, their
# (two) (inflection.PRONOUN_SUFFIXES), and his, which normalized is also the feminine ending.
_HIS = "ه"
# A noun ending so takes its pronouns otherwise: after the ت of ة (bot.match.inflection),
# or after a long vowel (عصاه).
_OTHER_POSSESSIVE = ("ه", "ا", "ي", "و")


def noun_ending_stems(base: str) -> tuple[str, ...]:
    """Return the keys of the nouns a text word may be with an attached pronoun read off."""
    found = [
        ENDED + base[: -len(e)]
        for e in PRONOUN_SUFFIXES
        if base.endswith(e) and len(base) - len(e) >= MIN_STEM
    ]
    if base.endswith(_HIS) and len(base) - len(_HIS) >= MIN_STEM:
        found.append(HIS + base[:-1])
    return tuple(found)


def noun_endings(base: str) -> tuple[str, ...]:
    """Return the ending keys of a one-word common-noun term (see noun_ending_stems).

    A common noun (common with the article, or shaped like a derived verb's verbal
    noun: «اعتزاله», «تنصيبه»), no given name («عمره» is no «عمر»), no place. Not his
    when the list writes the noun with ة as a word of its own: «عقيدة» (a creed) is no
    «عقيد» (a colonel), and normalized it is spelled as his.
    """
    if (
        len(base) < MIN_STEM
        or base.endswith(_OTHER_POSSESSIVE)
        or base in given_names()
        or is_place(base)
    ):
        return ()
    # A word the list knows with the article must have its pronoun forms rarer than that;
    # a derived verb's verbal noun the list lacks with it is still a noun.
    if _own_word(base) if common_noun(base) else not verbal_noun_shape(base):
        return ()
    if feminine_word(base + _HIS):
        return (ENDED + base,)
    return (ENDED + base, HIS + base)


# How much rarer than the noun with the article its pronoun forms are at least, on the
# Zipf scale, when they are that noun's: a noun is possessed less often than definite.
_POSSESSED_BELOW = 1.0


def _own_word(base: str) -> bool:
    """Tell whether a pronoun form of a noun is about as common as the noun: another word.

    «كونها» (its being) is near «الكون» (the universe); «جيشها» is far below «الجيش».
    Her and their only: normalized, his is also the feminine, which may be common
    as a word of its own («عينة», a sample, beside «العين»).
    """
    ceiling = zipf(ARTICLE + base) - _POSSESSED_BELOW
    return any(zipf(base + ending) >= ceiling for ending in PRONOUN_SUFFIXES)
