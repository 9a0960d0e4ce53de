"""Word shapes that Arabic spells two ways: relative adjectives in ‑ائي/‑اوي, broken plurals.

All are rules over letters, not lists of words. The relative adjective of a
noun ending in a long vowel is written ‑ائي, ‑اوي or ‑ياوي (كيميائي، كيماوي،
كيمياوي): one canonical key joins them. The commonest broken-plural patterns
are closed: فِعال/أفعِلة (سلاح/أسلحة), فاعول/فواعيل (صاروخ/صواريخ), فعاليل
(مشروع/مشاريع, صندوق/صناديق), فَعْل/فُعول (حرب/حروب), فَعْل/فِعال (رجل/رجال),
فعيل/فعلاء (وزير/وزراء); and a فُعول act's instance noun, whose plural counts
the acts (هجوم/هجمة/هجمات).
Those candidates are generated for the words of a phrase only, where the other
words vouch for the sense; alone, a pattern would pair unrelated words. The
plural فَعالِلة of the people of a place whose name has four consonants
(أفريقي/أفارقة, مغربي/مغاربة) is generated for places only (bot.match.nisba),
where the name vouches for it.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.match.key_marks import LONG_VOWELS

__all__ = [
    "FEMININE_PATTERN_LENGTH",
    "afal_shape",
    "broken_plurals",
    "faeel_shape",
    "falaa_singular_shape",
    "feminine_pattern_numbers",
    "fiaal_shape",
    "fuala_singulars",
    "gentilic_plural",
    "ifaal_shape",
    "nisba_spelling",
    "plural_singulars",
    "singular_plurals",
    "verbal_noun_shape",
]

# ائي is normalized to ايي (ئ is ي); ياوي and ايي lose their ي before the ا.
_NISBA_ENDINGS = ("ايي", "اوي")
_CANONICAL_NISBA = "اوي"
_MIN_NISBA_WORD = 5


def nisba_spelling(key: str) -> str | None:
    """Return the canonical key of a ‑ائي/‑اوي/‑ياوي adjective, or None for other words."""
    if len(key) < _MIN_NISBA_WORD or not key.endswith(_NISBA_ENDINGS):
        return None
    stem = key[:-3]
    if stem.endswith("ي") and len(stem) > 2:
        stem = stem[:-1]
    return stem + _CANONICAL_NISBA


def broken_plurals(word: str) -> Iterator[str]:
    """Yield the other number of a word in a closed broken-plural pattern (both directions)."""
    size = len(word)
    if size == 2:
        # A doubled root, its shadda unwritten: خط → خطوط, حق → حقوق (back, too short to key).
        yield word + "و" + word[1]
    elif size == 3:
        yield word[:2] + "و" + word[2]  # حرب → حروب
        # فِعال from the singular only: back, it would read every فعال noun (نظام, سلاح).
        yield word[:2] + "ا" + word[2]  # رجل → رجال
    elif size == 4 and word[2] == "و":
        yield word[:2] + word[3]  # حروب → حرب
    if size == 4 and word[2] == "ا":
        yield "ا" + word[:2] + word[3] + "ه"  # سلاح → اسلحه
    elif size == 5 and word[0] == "ا" and word[4] == "ه":
        yield word[1:3] + "ا" + word[3]  # اسلحه → سلاح
    if size == 5 and word[1] == "ا" and word[3] == "و":
        yield word[0] + "وا" + word[2] + "ي" + word[4]  # صاروخ → صواريخ
    elif size == 6 and word[1:3] == "وا" and word[4] == "ي":
        yield word[0] + "ا" + word[3] + "و" + word[5]  # صواريخ → صاروخ
    yield from _instance_nouns(word)
    yield from _faalil_plurals(word)
    if size == 5 and word[0] == "ا" and word[3] == "ا" and word[1] not in LONG_VOWELS:
        yield word[1:3] + word[4]  # اقمار → قمر, اسعار → سعر (أفعال, from the plural only)
    yield from _fuala_plurals(word)
    yield from _faalal_plurals(word)
    if size == 5:
        yield from _feminine_plurals(word)


_FUALA = "اء"  # the ending of فُعَلاء


def afal_shape(base: str) -> str | None:
    """Return the أفعال plural a three-letter noun would have (رقم → ارقام), or None.

    A hollow noun keeps its middle و or ي (سوق → أسواق, عيد → أعياد), and a first
    و stays (وضع → أوضاع, وقت → أوقات); an ا in the middle turns into و (باب →
    أبواب), and another long vowel at either end is another pattern.
    """
    if len(base) != 3 or base[1] == "ا" or base[0] in "اي" or base[2] in LONG_VOWELS:
        return None
    return "ا" + base[:2] + "ا" + base[2]


def singular_plurals(word: str) -> Iterator[str]:
    """Yield the broken plurals of a singular of four or five letters, from the singular side
    of the closed patterns only (مصنع → مصانع, مقبرة → مقابر, مشروع → مشاريع, وزير → وزراء).
    """
    if len(word) == 4:
        yield from _faalal_plurals(word)
        yield from _fuala_plurals(word)
    elif len(word) == 5 and word.endswith("ه"):
        yield from _feminine_plurals(word)  # its ‑ة branch: singular to plural
    elif len(word) == 5:
        yield from _faalil_plurals(word)  # five letters: singular to plural


def plural_singulars(word: str) -> Iterator[str]:
    """Yield the singulars a فعالل or فعاليل plural may have (مصانع → مصنع, مشاريع → مشروع).

    The other side of singular_plurals for the masculine patterns; the feminine
    ones are feminine_pattern_numbers'.
    """
    if len(word) == 5:
        yield from _faalal_plurals(word)  # five letters: plural to singular
    elif len(word) == 6:
        yield from _faalil_plurals(word)  # six letters: plural to singular


def _instance_nouns(word: str) -> Iterator[str]:
    """Yield the فَعْلة instance noun of a فُعول verbal noun, and back (هجوم/هجمة).

    The news counts such acts with the instance noun's plural: «هجمات» are attacks
    (هجوم), and the text side reads «هجمات» back to «هجمة».
    """
    if len(word) == 4 and word[2] == "و" and not LONG_VOWELS.intersection(word[:2] + word[3]):
        yield word[:2] + word[3] + "ه"  # هجوم → هجمه
    elif _instance_shaped(word) and not LONG_VOWELS.intersection(word[:3]):
        yield word[:2] + "و" + word[2]  # هجمه, هجمات → هجوم


def _instance_shaped(word: str) -> bool:
    """Tell whether a word has the letters of فَعْلة or its plural فَعَلات."""
    return (len(word) == 4 and word[3] == "ه") or (len(word) == 5 and word.endswith("ات"))


def _faalil_plurals(word: str) -> Iterator[str]:
    """Yield the other number of a word in the pattern فعاليل (both directions).

    Five letters with a long vowel fourth take ا after the second and ي before
    the last: مشروع/مشاريع, صندوق/صناديق, تقرير/تقارير, مفتاح/مفاتيح, أسلوب/أساليب.
    Back from the plural, the singular's vowel is any of the three.
    """
    # A feminine or long-vowel ending is another pattern.
    if word[-1:] in LONG_VOWELS or word.endswith("ه"):
        return
    if len(word) == 5 and word[3] in LONG_VOWELS and not LONG_VOWELS.intersection(word[1:3]):
        yield word[:2] + "ا" + word[2] + "ي" + word[4]  # مشروع → مشاريع
    elif (
        len(word) == 6
        and word[2] + word[4] == "اي"
        and word[1] not in LONG_VOWELS
        and word[3] not in LONG_VOWELS
    ):
        # مشاريع → مشروع
        yield from (word[:2] + word[3] + vowel + word[5] for vowel in sorted(LONG_VOWELS))


def _faalal_plurals(word: str) -> Iterator[str]:
    """Yield the other number of a four-letter word in the pattern فعالل (both directions).

    Four letters without a long vowel after the first (مفعل, فعلل) take ا after
    the second: مركز/مراكز, مصدر/مصادر, مجلس/مجالس, مخزن/مخازن. A feminine ‑ة
    is _feminine_plurals' (قنبلة/قنابل).
    """
    # A و second is a root's first letter after the م of a place noun (موقع/مواقع, موسم/مواسم).
    if len(word) == 4 and word[3] != "ه" and not LONG_VOWELS.intersection(_after_m(word)):
        yield word[:2] + "ا" + word[2:]  # مركز → مراكز
    elif (
        len(word) == 5
        and word[2] == "ا"
        and not LONG_VOWELS.intersection(_after_m(word[:2]) + word[3:])
    ):
        yield word[:2] + word[3:]  # مراكز → مركز


def _after_m(word: str) -> str:
    """Return a word's letters after the first, a و second left out behind a م (موقع)."""
    return word[2:] if word.startswith("مو") else word[1:]


def faeel_shape(word: str) -> bool:
    """Tell whether a word has the letters of فعيل: four, ي third, a consonant last."""
    return len(word) == 4 and word[2] == "ي" and word[3] not in LONG_VOWELS


def falaa_singular_shape(word: str) -> str | None:
    """Return the فعيل a word shaped as a فَعْلى plural would have (مرضى → مريض), or None.

    Normalized, فَعْلى ends in ي, like the feminine elative فُعْلى (كبرى) and the
    relative adjective فعلي: bot.match.noun_numbers.falaa_singulars tells them apart.
    """
    return word[:2] + "ي" + word[2] if _fits(word, "CCCي") else None


def ifaal_shape(word: str) -> bool:
    """Tell whether a word has the letters of إفعال or أفعال: the fourth form's verbal noun
    (إنتاج) and the commonest broken plural (أسماك), one shape once hamza is normalized."""
    return _fits(word, "اCCاC")


def fiaal_shape(word: str) -> bool:
    """Tell whether a word has the letters of فِعال, فَعال, فُعال or مَفال: ا between consonants."""
    return _fits(word, "CCاC")


def _fuala_plurals(word: str) -> Iterator[str]:
    """Yield the فعلاء plural of a فعيل noun (وزير/وزراء, حليف/حلفاء), from the singular only.

    A hamza seat is normalized away: رئيس (رييس) has it on ي and رؤساء (روساء)
    on و, so a middle ي is tried on و too. Not from the plural: read back to the
    singular, a construct's owner («رئيس الوزراء») would meet another noun
    coordinated after it («رئيس الحكومة ووزير الداخلية»).
    """
    if faeel_shape(word):
        yield word[:2] + word[3] + _FUALA  # وزير → وزراء
        if word[1] == "ي":
            yield word[0] + "و" + word[3] + _FUALA  # رييس → روساء


def fuala_singulars(word: str) -> tuple[str, ...]:
    """Return the فاعل and فعيل singulars a فعلاء plural may have (علماء → عالم, وزراء → وزير).

    Only for a phrase's head, whose owner vouches for the reading (_fuala_plurals says
    why not elsewhere). A hamza seated on و (روساء) sits on ي in the singular (رييس);
    an alef first is أفعلاء's (أطباء), whose singulars are other letters.
    """
    if len(word) != len(_FUALA) + 3 or not word.endswith(_FUALA) or word[0] == "ا":
        return ()
    first, second, third = word[0], word[1], word[2]
    if third in LONG_VOWELS or second in "اي":
        return ()
    if second == "و":
        return (first + "يي" + third,)  # روساء → رييس
    return (first + "ا" + second + third, first + second + "ي" + third)


# The verbal nouns of the derived verbs, as normalized letters: C a consonant slot.
# A closed class of the language's patterns: تفاعل (تصاعد), تفعيل (تطوير), افتعال
# (ارتفاع), انفعال (انهيار), استفعال (استقبال).
_VERBAL_NOUNS = ("تCاCC", "تCCيC", "اCتCاC", "انCCاC", "استCCاC")


def verbal_noun_shape(word: str) -> bool:
    """Tell whether a word has the letters of a derived verb's verbal noun (see above)."""
    return any(_fits(word, pattern) for pattern in _VERBAL_NOUNS)


def _fits(word: str, pattern: str) -> bool:
    """Tell whether a word's letters fit a pattern whose C slots take no long vowel."""
    return len(word) == len(pattern) and all(
        letter not in LONG_VOWELS if slot == "C" else letter == slot
        for letter, slot in zip(word, pattern, strict=True)
    )


# The length of the closed feminine patterns' words; a shorter other number (سفن for
# سفينة) is a letter pattern many other words share, so only a phrase vouches for it.
FEMININE_PATTERN_LENGTH = 5


def feminine_pattern_numbers(word: str) -> Iterator[str]:
    """Yield the other number of a five-letter word in a closed feminine pattern, as long
    or longer: كنيسة/كنائس, ضرائب/ضريبة, عواصف/عاصفة (not سفينة/سفن)."""
    if len(word) == FEMININE_PATTERN_LENGTH:
        yield from (
            other for other in _feminine_plurals(word) if len(other) >= FEMININE_PATTERN_LENGTH
        )


def _feminine_plurals(word: str) -> Iterator[str]:
    """Yield the other number of a five-letter word in a closed feminine pattern.

    فاعلة/فواعل (قاعدة/قواعد), فعيلة and فعالة/فعائل (قذيفة/قذائف, رسالة/رسائل),
    فعيلة/فُعُل (سفينة/سفن: from the singular only, since a three-letter word
    would pair with too many), فعللة and مفعلة/فعالل (قنبلة/قنابل, منطقة/مناطق).
    """
    first, second, third, fourth, last = tuple(word)
    if last == "ه":
        # A ي third is a hamza's seat, normalized (جائزة/جوائز, قائمة/قوائم).
        if second == "ا" and third not in "وا" and fourth not in LONG_VOWELS:
            yield first + "وا" + third + fourth  # قاعده → قواعد
        if third in "يا" and second not in LONG_VOWELS and fourth not in LONG_VOWELS:
            yield first + second + "اي" + fourth  # قذيفه → قذايف
        if third == "ي" and second not in LONG_VOWELS and fourth not in LONG_VOWELS:
            yield first + second + fourth  # سفينه → سفن
        if not LONG_VOWELS.intersection(word[1:4]):
            yield first + second + "ا" + third + fourth  # قنبله → قنابل
    elif second + third == "وا" and fourth not in "وا" and last not in LONG_VOWELS:
        yield first + "ا" + fourth + last + "ه"  # قواعد → قاعده, جوايز → جايزه
    elif third + fourth == "اي" and second not in LONG_VOWELS:
        yield first + second + "ي" + last + "ه"  # قذايف → قذيفه
        yield first + second + "ا" + last + "ه"  # رسايل → رساله
    elif third == "ا" and not LONG_VOWELS.intersection(word[:2] + word[3:]):
        yield first + second + fourth + last + "ه"  # قنابل → قنبله


_LONG_VOWELS_INSIDE = str.maketrans("", "", "اي")
_QUADRILITERAL = 4


def gentilic_plural(stem: str) -> str | None:
    """Return the فعاللة plural of the people of a place, from its adjective without ‑ي.

    أفريقي → أفارقة, مغربي → مغاربة, تونسي → توانسة: the four consonants of the
    stem (inner ا and ي are vowels; و is kept, it is a consonant as often) with
    ا after the second and ة at the end. Other stems have no such plural.
    """
    # A stem in ال (ألماني) would give a word with the article (الآمنة "the safe").
    if len(stem) < _QUADRILITERAL or stem.startswith("ال"):
        return None
    core = stem[0] + stem[1:-1].translate(_LONG_VOWELS_INSIDE) + stem[-1]
    if len(core) != _QUADRILITERAL:
        return None
    return core[:2] + "ا" + core[2:] + "ه"
