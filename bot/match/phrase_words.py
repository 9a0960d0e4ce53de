"""The keys of a word inside a phrase: its other number, tanween, pronouns and agreement.

A phrase's words take more forms than a word alone, since the other words vouch
for the reading: a head's tanween and possessives, a later word's plural of
things or construct form. Built on the term keys of bot.match.stemmer. All input
is normalized (see bot.match.normalize).
"""

from __future__ import annotations

from functools import lru_cache

from bot.match.aliases import PEOPLE_ADJECTIVES
from bot.match.clitics import proclitic_forms, short_head_forms
from bot.match.colour_names import colour_forms
from bot.match.common_words import common_noun, in_use
from bot.match.inflection import MASCULINE_PLURALS, SOUND_FEMININE_PLURAL
from bot.match.key_marks import (
    ARTICLE,
    EXACT,
    LONG_VOWELS,
    MIN_INFLECTED_STEM,
    MIN_STEM,
    MIN_TANWEEN_STEM,
    is_arabic,
)
from bot.match.nisba import is_place, place_adjective
from bot.match.patterns import broken_plurals, faeel_shape, fuala_singulars
from bot.match.places import DIRECTIONS
from bot.match.stemmer import term_keys, term_primary

__all__ = [
    "construct_plural_stem",
    "coordinated_keys",
    "faeel_noun",
    "head_word_keys",
    "inner_word_keys",
    "phrase_word_keys",
]


def coordinated_keys(word: str) -> frozenset[str]:
    """Return the keys of a phrase's last word joined to another by و (والشمالية, وبرلمانية)."""
    return frozenset("و" + key for key in (word, *phrase_word_keys(word)) if is_arabic(key))


# The alef of tanween is written after neither ة (ه), ا nor ي (a nisba's ‑يا is
# read off by the text side), nor after a hamza.
_NO_TANWEEN_ALEF = ("ه", "ا", "ي", "ء")
# A word in ة, a long vowel or a hamza makes its ‑ات plural otherwise (سنوات, not سنهات).
_NO_SOUND_PLURAL = ("ه", "ا", "و", "ي", "ء")


_ALEF_TA = "اه"  # ‑اة, normalized
_MIN_ALEF_TA = 5  # فتاة, قناة take other plurals (فتيات, قنوات)


@lru_cache(maxsize=200_000)
def phrase_word_keys(word: str) -> frozenset[str]:
    """Return the keys of a word inside a phrase: its term keys and its other number."""
    keys = term_keys(word)
    base = term_primary(word).removeprefix(ARTICLE)
    extra = {plural for plural in broken_plurals(base) if len(plural) >= MIN_STEM}
    extra.update(PEOPLE_ADJECTIVES.get(base, ()))
    # A relative adjective agrees with its noun: a plural of things takes the
    # feminine («الدفاعات الجوية» for «الدفاع الجوي»). Longer ones already have
    # both genders (term_keys); a short one («جوي») only in a phrase, whose noun vouches.
    if base.endswith("ي") and len(base) >= MIN_STEM:
        extra.add(base + "ه")
        if len(base) < MIN_TANWEEN_STEM:
            extra.add(base + "ا")  # a short adjective's accusative: «مديرا فنيا»
    elif base.endswith("يه") and len(base) - 1 >= MIN_STEM:
        extra.add(base[:-1])
    elif base.endswith(_ALEF_TA) and len(base) >= _MIN_ALEF_TA:
        # A noun in ‑اة takes ‑يات in the plural (مباراة → مباريات, مبارياته).
        extra.add(base[: -len(_ALEF_TA)] + "يات")
    elif word.startswith(ARTICLE) and len(base) >= MIN_STEM and not base.endswith(_NO_TANWEEN_ALEF):
        # A definite owner may be «its» or «their» instead: «وزير دفاعها» for «وزير الدفاع».
        # Not «his»: after normalization ‑ه is also ة, another noun (عمله/عملة).
        extra.update(base + pronoun for pronoun in _ITS_THEIR)
    return keys | extra if extra else keys


_CONSTRUCT_ENDING = "ي"  # a sound plural's or dual's, its ن dropped before an owner


@lru_cache(maxsize=200_000)
def inner_word_keys(word: str) -> frozenset[str]:
    """Return the keys of a later word of a phrase: its phrase keys, and a sound plural's
    forms that own a word or a pronoun themselves.

    A definite sound plural drops its ن to head a construct or take a pronoun:
    «بيانات مستخدمي فيسبوك», «بيانات مستخدميها» for «بيانات المستخدمين» (the text
    side reads the pronoun off), when the word list has its singular. Not a first
    word: there the form heads the phrase with other words than the term's («طرد
    دبلوماسييها من روسيا»).
    """
    keys = phrase_word_keys(word)
    if word in DIRECTIONS:
        # A direction after the head, as the head itself: «جنوب شرقي تركيا».
        keys = keys | {EXACT + word + "ي"}
    base = term_primary(word).removeprefix(ARTICLE)
    if base and is_arabic(base) and _short_tanween(base):
        # A short later word's indefinite accusative, as the head's: «غازا مسيلا للدموع».
        keys = keys | {base + "ا"}
    if _his(base):
        keys = keys | {base + _HIS}
    if colours := colour_forms(base):
        # A colour agrees with the noun before it: «الخطوط الحمراء», «خطوط حمر».
        keys = keys | colours
    stem = base[: -len(MASCULINE_PLURALS[0])]  # both endings (and a dual's ‑ين) are two letters
    if (
        not word.startswith(ARTICLE)
        or not base.endswith(MASCULINE_PLURALS)
        or len(stem) < MIN_STEM
        or is_place(base)
    ):
        return keys
    # A singular in use makes the ending a plural's: not «القانون» (قان), «العيون».
    return keys | {stem + _CONSTRUCT_ENDING, stem + "و"} if in_use(stem) else keys


# «His» on a later word: «وزير دفاعه», «إعادة انتخابه». After normalization ‑ه is also
# ة, so only where no feminine noun has those letters (not «عمله», currency's عملة).
_HIS = "ه"


def _his(base: str) -> bool:
    """Tell whether a later word's base may take «his» (see _HIS)."""
    return (
        len(base) >= MIN_STEM
        and is_arabic(base)
        and not base.endswith((*LONG_VOWELS, _HIS))
        and not common_noun(base + _HIS)
    )


def _short_tanween(form: str) -> bool:
    """Tell whether a word is too short for the text side to read its tanween alef off."""
    return MIN_STEM <= len(form) < MIN_TANWEEN_STEM and not form.endswith(_NO_TANWEEN_ALEF)


# Possessive pronouns a definite word may take instead of the article: a phrase's later
# word «its» or «their» (‑ه is also ة there), its head «his», «her», «their» or «our»
# («عالمنا العربي»).
_ITS_THEIR = ("ها", "هم")
_HEAD_POSSESSIVES = ("ه", "ها", "هم", "نا")


@lru_cache(maxsize=200_000)
def head_word_keys(word: str) -> frozenset[str]:
    """Return the keys of the first word of a phrase: its phrase keys, tanween and pronouns.

    The indefinite accusative writes an alef after the word (رسوما جمركية for
    الرسوم الجمركية). A text word loses that alef only from MIN_TANWEEN_STEM
    letters on, since shorter words end in ا of their own (سيولا); inside a
    phrase the other words vouch for the reading, so the head's short forms
    carry their tanween form as a key (and a later word's, inner_word_keys; its
    broken plurals are left out there: most later words are adjectives).
    """
    keys = phrase_word_keys(word)
    if word == ARTICLE:  # «آل», normalized: a two-letter head like any other
        return keys | short_head_forms(word)
    base = term_primary(word).removeprefix(ARTICLE)
    if not base or not is_arabic(base):
        return keys
    if short := short_head_forms(base):
        # A two-letter head: وتل أبيب; typed with the article, indefinite too («بث مباشر»
        # for «البث المباشر»), which the phrase's other words vouch for.
        if base != word and len(base) == 2:
            short = short | {base}
        return keys | short
    extra = {form + "ا" for form in (base, *broken_plurals(base)) if _short_tanween(form)}
    if word.startswith(ARTICLE) and not base.endswith(_NO_TANWEEN_ALEF):
        # Definite, the head may be «his», «her», «their» or «our» instead (مديره الفني for
        # المدير الفني); a noun in ة takes them on its ت, which the text side reads off.
        extra.update(base + pronoun for pronoun in _HEAD_POSSESSIVES)
    if base == word and base in DIRECTIONS:
        # As written, or behind a proclitic («وشرقي»): «الشرقية» is an adjective of the word before.
        extra.update(EXACT + form for form in proclitic_forms(base + "ي"))
    if base == word and (singular := construct_plural_stem(base)) is not None:
        # A plural or dual head in construct, its ن dropped («طالبي اللجوء»), is also written
        # with its singular or its full plural, which the text side reads back to the stem
        # («طالب لجوء», «طالبين للجوء»), and in the nominative («طالبو اللجوء»).
        extra.update((singular, singular + "و"))
    # A فعلاء plural head names one of them in the singular too: «عالم الآثار» for
    # «علماء الآثار», as «صاروخ باليستي» is one of «الصواريخ الباليستية».
    extra.update(fuala_singulars(base))
    if len(base) == MIN_INFLECTED_STEM - 1 and not base.endswith(_NO_SOUND_PLURAL):
        # A three-letter head's sound feminine plural, which the text side reads back only
        # from four letters: «حفلات الزفاف» for «حفل زفاف»; the phrase's other words vouch.
        extra.add(base + SOUND_FEMININE_PLURAL)
    if faeel_noun(base):
        # A فعيل noun of a person names a woman with ة (رئيسة الوزراء, وزيرة الدفاع); other
        # فعيل words give no word with the phrase's other words after it.
        extra.add(base + "ه")
    return keys | extra if extra else keys


def construct_plural_stem(word: str) -> str | None:
    """Return the noun whose construct plural or dual in ‑ي a head is, or None.

    The noun must be common with the article (bot.match.common_words) and no
    direction or place: «شرقي» and «مصري» are adjectives of their own.
    """
    stem = word[: -len(_CONSTRUCT_ENDING)]
    if (
        not word.endswith(_CONSTRUCT_ENDING)
        or len(stem) < MIN_STEM
        or stem in DIRECTIONS
        or is_place(stem)
        or place_adjective(word)
        or not common_noun(stem)
    ):
        return None
    return stem


def faeel_noun(word: str) -> bool:
    """Tell whether a word has the shape فعيل: four letters, ي third, consonants around it.

    The second letter may be ي, a hamza's seat after normalization (رئيس → رييس).
    """
    return faeel_shape(word) and (word[1] == "ي" or word[1] not in LONG_VOWELS)
