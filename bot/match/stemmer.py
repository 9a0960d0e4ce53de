"""Arabic light stemming: which comparison keys a normalized word produces.

A text token and a watch-term word match when their key sets intersect. Text
tokens get every plausible reading (clitics off, article off, plural and nisba
endings off); term words get their own reading plus the forms it implies
(the country's adjective, known spelling variants). All input is normalized
(see bot.match.normalize): ة is already ه, ى and ئ are ي, hamza carriers are ا.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.match.compounds import joined_forms, split_forms
from bot.match.particles import particle_variants
from bot.match.patterns import broken_plurals, gentilic_plural, nisba_spelling
from bot.match.places import place_names

__all__ = [
    "BARE",
    "CONTEXT_VETOES",
    "DEFINITE",
    "DEFINITE_FEMININE",
    "DESCRIBING",
    "MIN_INFLECTED_STEM",
    "MIN_STEM",
    "NO_ARTICLE",
    "ContextVeto",
    "coordinated_keys",
    "fuzzy_forms",
    "head_word_keys",
    "is_place_term",
    "phrase_variants",
    "phrase_word_keys",
    "proclitic_readings",
    "single_word_keys",
    "term_keys",
    "term_primary",
    "text_keys",
]

# غزة (3 letters) must survive و/ب/ل; a clitic never leaves fewer than 3 letters,
# so بان, ولي, مال stay whole instead of becoming ان, لي, ما.
MIN_STEM = 3
# ك is a rare proclitic and ك + 3 letters is usually a word of its own (كمال, كلام).
MIN_K_STEM = 4
# Plural and dual endings come off only above 4 letters: below that they eat
# names (لبنان→لبن, البحرين→بحر, إيران→اير, طهران→طهر).
MIN_INFLECTED_STEM = 4
# Prefix of the key of a word in ‑ي as written, without an ending read off.
BARE = "!"
# Prefix of the key of a word in ‑ي read off its sound masculine plural (‑ون,
# ‑ين) and nothing else: a family's or a leader's followers (الحوثيين).
FOLLOWERS = "!+"
_MASCULINE_PLURALS = ("ين", "ون")
# The alef of tanween comes off only above 4 letters: سيولا (floods) stays whole.
MIN_TANWEEN_STEM = 5
# The key every text token written with the article has (after any clitic):
# what a term asks of a neighbour that must be definite. No normalized word
# holds "#", so no term word has it.
DEFINITE = "#ال"

# The key of a text token written with the article and ending in ة (after
# normalization ه): a definite feminine noun or adjective, which an adjective
# in ‑ة right after it agrees with (bot.match.terms: a construct's owner).
DEFINITE_FEMININE = "#اله"

# The key of a text token written without the article (after any proclitic):
# what a rule about a name's bare form asks of the token it matched.
NO_ARTICLE = "#-"
# The key of a text token that can be the adjective of the word before it:
# written with the article and no proclitic (an adjective takes none: «حزب
# الإخوان والناشطون» starts a new phrase), and no relative pronoun (الذي, التي…).
DESCRIBING = "#ال="
_RELATIVE_PRONOUNS = frozenset(
    ("الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللاتي", "اللواتي", "اللايي")
)

_ARTICLE = "ال"
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ك", "ل")
_ARTICLE_FORMS = ("ال", "لل")  # لل is ل + ال with the alef dropped

_PLAIN_PREFIXES: tuple[str, ...] = tuple(
    c + p for c in _CONJUNCTIONS for p in _PREPOSITIONS if c + p
)
_DEFINITE_PREFIXES: tuple[str, ...] = tuple(
    sorted(
        {c + p + _ARTICLE for c in _CONJUNCTIONS for p in ("", "ب", "ك")}
        | {c + "لل" for c in _CONJUNCTIONS}
    )
)

# Sound plural, dual and feminine-dual endings; تين/تان/ات also restore the ة of
# the singular (حكومتين, حكومات → حكومه).
_PLURAL_SUFFIXES = ("ات", "ان", "ين", "ون")
_FEMININE_PLURALS = ("ات", "تين", "تان")
# The plural ending read off a word typed without the article: ‑ات rarely ends a name.
_NAME_SAFE_PLURALS = ("ات",)
_PRONOUN_SUFFIXES = ("ها", "هم", "هما")
# Every attached (possessive) pronoun, a closed class: his, her, their (two, f.),
# your (one, two, many, f.), our, my. Read off only after the ت of ‑ة or ‑ات.
_ATTACHED_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ك", "كما", "كم", "كن", "نا", "ي")
_SOUND_FEMININE_PLURAL = "ات"

# Proper names whose ال-form is a different, common word: السيول are floods,
# not Seoul; الجنين a fetus; الصور pictures; الحماس enthusiasm; الفتح a conquest;
# الأمل hope; الحمص chickpeas; الحلب milking; الجدة a grandmother; المآرب
# goals; الحماة in-laws. For these the article stays part of the key, so «سيول»
# and «السيول» never meet. Places CLDR names without the article (مالي: المالي
# is "the financial") get the same rule from bot.match.places, not from here.
AL_COLLISIONS = frozenset(
    {"سيول", "جنين", "صور", "حماس", "فتح", "امل", "حمص", "حلب", "جده", "مارب", "حماه"}
)
# Names that ب (with) also turns into a common phrase: بحماس "enthusiastically",
# بسيول "with floods". «في سيول» is how Seoul is placed, so little is lost.
BI_COLLISIONS = frozenset({"حماس", "سيول"})

# Spellings of one name too short for safe fuzzy matching (3-5 letters, where
# one edit turns most words into other words): سول/سيول are both in use for
# Seoul, ترمب/ترامب for Trump, بوتن/بوتين for Putin. Broken plurals of
# nationalities cannot be derived by rule (الروس from روسيا, الأتراك from
# تركيا), so they are listed too.
_ALIAS_GROUPS: tuple[tuple[str, ...], ...] = (
    ("سيول", "سول"),
    ("ترامب", "ترمب"),
    ("بوتين", "بوتن"),
)
_BROKEN_PLURALS: Mapping[str, tuple[str, ...]] = {
    "روسيا": ("روس",),
    "تركيا": ("اتراك",),
    "المانيا": ("المان",),
}
# Official names of one state written as different phrases.
_PHRASE_ALIASES: Mapping[tuple[str, ...], tuple[tuple[str, ...], ...]] = {
    ("بيلاروسيا",): (("روسيا", "البيضاء"),),
    ("روسيا", "البيضاء"): (("بيلاروسيا",),),
}


@dataclass(frozen=True, slots=True)
class ContextVeto:
    """Neighbouring words (by key) that make a name mean something else."""

    words: frozenset[str]
    before: int
    after: int


_WEATHER = frozenset(
    (
        "امطار",
        "مطر",
        "فيضانات",
        "فيضان",
        "غزيره",
        "مفاجيه",
        "جارفه",
        "تساقط",
        "عواصف",
        "عاصفه",
        "ثلوج",
        "طقس",
        "انهيارات",
    )
)

# A name next to one of these words is another entity: روسيا البيضاء is Belarus;
# بروسيا دورتموند is Borussia Dortmund (while بروسيا alone is "in Russia");
# سيول next to rain words is floods, not Seoul; سول in كوستا ديل سول is the
# Costa del Sol and in ري سول جو a person. Words of the term itself never veto
# it, so the term «روسيا البيضاء» still matches.
_NOT_RUSSIA = ContextVeto(frozenset({"بيضاء", "بيضا", "دورتموند", "مونشنغلادباخ"}), 0, 1)
CONTEXT_VETOES: Mapping[str, tuple[ContextVeto, ...]] = {
    "روسيا": (_NOT_RUSSIA,),
    "روسي": (_NOT_RUSSIA,),
    "سيول": (ContextVeto(_WEATHER, 2, 2),),
    "سول": (ContextVeto(frozenset({"ديل", "ري"}), 1, 0), ContextVeto(frozenset({"جو"}), 0, 1)),
}


def _aliases() -> dict[str, tuple[str, ...]]:
    """Map each listed spelling to the other spellings it stands for."""
    table: dict[str, tuple[str, ...]] = dict(_BROKEN_PLURALS)
    for group in _ALIAS_GROUPS:
        for word in group:
            table[word] = tuple(other for other in group if other != word)
    return table


_ALIASES = _aliases()


def _is_arabic(word: str) -> bool:
    """Tell whether a word starts with an Arabic letter (stemming applies only then)."""
    return "\u0620" <= word[0] <= "\u06ff"


@cache
def _article_places() -> frozenset[str]:
    """Stems of one-word places whose name carries the article (القاهرة, الرياض, البحرين).

    The article is part of those names: «قوة قاهرة» is force majeure, «رياض» a
    first name or gardens, «بحرين» two seas. Country names in -يا that start
    with أل (ألمانيا) are not article forms.
    """
    return frozenset(
        name[len(_ARTICLE) :]
        for name in place_names().single
        if name.startswith(_ARTICLE) and not name.endswith("يا")
    )


@cache
def _bare_places() -> frozenset[str]:
    """One-word places CLDR names without the article: their ال-form is another word.

    «المالي» is "the financial", not Mali. A name that never takes the article
    is not read out of a word that has it.
    """
    return frozenset(name for name in place_names().single if not name.startswith(_ARTICLE))


@cache
def _nisba_places() -> frozenset[str]:
    """Places whose relational adjective is the name + ي (مصر→مصري, الصين→صيني).

    Every one-word CLDR place, article off, and every stem CLDR itself uses as a
    relative adjective inside a longer name (الأراضي الفلسطينية → فلسطين). The
    same rule on a person or a common word makes another word (صلاح→صلاحية
    "validity", حماس→حماسي "enthusiastic"), so it is kept to places.
    """
    names = place_names()
    # A city that keeps its article loses it in its adjective, which is then often
    # a common word (الرياض → رياضي "sporting"), so those have none.
    stems = {
        name.removeprefix(_ARTICLE)
        for name in names.single
        if not (name.startswith(_ARTICLE) and name in names.cities)
    }
    stems.update(
        word[len(_ARTICLE) : -2]
        for name in names.names
        for word in name[1:]
        if word.startswith(_ARTICLE) and word.endswith("يه") and len(word) > 6
    )
    return frozenset(stems)


# The Persian suffix ‑ستان "land of" makes a place name of any stem (كردستان,
# داغستان, بلوشستان), CLDR-listed or not; a short stem before it is an ordinary
# word (بستان an orchard, فستان a dress).
_LAND_SUFFIX = "ستان"
_MIN_LAND_STEM = 3


def _land_name(word: str) -> bool:
    """Tell whether a word is a place name by its ‑ستان suffix (كردستان, not فستان)."""
    return word.endswith(_LAND_SUFFIX) and len(word) - len(_LAND_SUFFIX) >= _MIN_LAND_STEM


def _takes_nisba(stem: str) -> bool:
    """Tell whether a stem (article off) is a place whose adjective is stem + ي."""
    return stem in _nisba_places() or _land_name(stem)


def _definite(stem: str) -> str:
    """Key for a stem that carried the article; keeps ال where it changes the word."""
    keeps = stem in AL_COLLISIONS or stem in _article_places() or stem in _bare_places()
    return _ARTICLE + stem if keeps else stem


# Shorter feminine adjectives are mostly native words (عربيه), not foreign names.
MIN_FUZZY_NISBA = 6


def _text_bases(token: str) -> Iterator[str]:
    """Yield the token and every reading with its proclitics removed."""
    yield token
    for prefix in _PLAIN_PREFIXES:
        minimum = MIN_K_STEM if "ك" in prefix else MIN_STEM
        if token.startswith(prefix) and len(token) - len(prefix) >= minimum:
            stem = token[len(prefix) :]
            if not (prefix.endswith("ب") and stem in BI_COLLISIONS):
                yield stem
    for prefix in _DEFINITE_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= MIN_STEM:
            yield _definite(token[len(prefix) :])


def proclitic_readings(word: str) -> Iterator[str]:
    """Yield the word without its proclitics, article kept: بالصين → الصين, وروسيا → روسيا."""
    if not word or not _is_arabic(word):
        return
    for prefix in _PLAIN_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            yield word[len(prefix) :]
    for prefix in _DEFINITE_PREFIXES:
        if prefix != _ARTICLE and word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            yield _ARTICLE + word[len(prefix) :]


def _possessed_t_stems(base: str) -> Iterator[str]:
    """Yield the noun of a feminine word in ‑ة or a plural in ‑ات under a possessive.

    The ة turns to ت before a pronoun (عملتها, عملته, عملتي), and the sound
    feminine plural keeps its ت (بياناتهم, بياناتك, بياناتي): what is left is
    the noun, whose ة comes back, or the plural as written (its singular too).
    Only after ت, a closed class of endings (every attached pronoun) can come
    off without eating words: a word in ‑ه, ‑ك or ‑ي is not cut elsewhere.
    """
    for suffix in _ATTACHED_PRONOUNS:
        stem = base[: -len(suffix)]
        if not (base.endswith(suffix) and stem.endswith("ت") and len(stem) >= MIN_INFLECTED_STEM):
            continue
        if suffix not in _PRONOUN_SUFFIXES:
            yield stem[:-1] + "ه"  # the ‑ها ‑هم ‑هما readings are the loop above's
        if stem.endswith(_SOUND_FEMININE_PLURAL):
            yield stem
            yield stem[: -len(_SOUND_FEMININE_PLURAL)] + "ه"


def _inflection_stems(base: str, sound_plurals: bool = True) -> Iterator[str]:
    """Yield the base with a plural, dual, pronoun or nisba-feminine ending removed.

    Without sound_plurals, ‑ان/‑ين/‑ون stay on: they end many names (سليمان,
    كلينتون), which are not the dual or plural of a shorter word.
    """
    for suffix in _PRONOUN_SUFFIXES:
        stem = base[: -len(suffix)]
        if base.endswith(suffix) and len(stem) >= MIN_INFLECTED_STEM:
            yield stem[:-1] + "ه" if stem.endswith("ت") else stem
    yield from _possessed_t_stems(base)
    for suffix in _PLURAL_SUFFIXES if sound_plurals else _NAME_SAFE_PLURALS:
        if base.endswith(suffix) and len(base) - len(suffix) >= MIN_INFLECTED_STEM:
            yield base[: -len(suffix)]
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


def _followers_of(base: str) -> bool:
    """Tell whether a word is the sound masculine plural of a word in ‑ي (الحوثيين)."""
    return (
        base.endswith(_MASCULINE_PLURALS)
        and base[:-2].endswith("ي")
        and len(base) - 2 >= MIN_INFLECTED_STEM
    )


@lru_cache(maxsize=200_000)
def text_keys(token: str) -> frozenset[str]:
    """Return every key a normalized text token can be compared by."""
    if not token or not _is_arabic(token):
        return frozenset((token,))
    keys: set[str] = set()
    if not token.startswith(_DEFINITE_PREFIXES):
        keys.add(NO_ARTICLE)
    else:
        keys.add(DEFINITE)
        if token.endswith("ه"):
            keys.add(DEFINITE_FEMININE)
        if token.startswith(_ARTICLE) and token not in _RELATIVE_PRONOUNS:
            keys.add(DESCRIBING)
    for base in _text_bases(token):
        keys.add(base)
        if base.endswith("ي"):
            # The word as written, no ending read off: what a name in ‑ي meets.
            keys.add(BARE + base)
        elif _followers_of(base):
            keys.add(FOLLOWERS + base[:-2])
        keys.update(_inflection_stems(base))
    return frozenset(_with_nisba_spellings(keys))


def _with_nisba_spellings(keys: set[str]) -> set[str]:
    """Add the canonical key of every ‑ائي/‑اوي adjective among the keys."""
    keys.update(spelled for key in list(keys) if (spelled := nisba_spelling(key)))
    return keys


def fuzzy_forms(token: str) -> tuple[str, ...]:
    """Return the readings of a text token worth a fuzzy lookup.

    Suffixes stay on, except the ending of a nisba (الأميركية → أميركي): term
    keys hold the masculine nisba, and without this a variant spelling would be
    found in the masculine adjective only.
    """
    if not token or not _is_arabic(token):
        return (token,)
    bases = list(dict.fromkeys(_text_bases(token)))
    # The feminine ه and the accusative ا of a nisba come off (الباليستية, بالستيا).
    nisba = [
        base[:-1] for base in bases if base.endswith(("يه", "يا")) and len(base) > MIN_FUZZY_NISBA
    ]
    return tuple(dict.fromkeys(bases + nisba))


def term_primary(word: str) -> str:
    """Return the main key of a normalized term word: its form without the article."""
    if not _is_arabic(word) or not word.startswith(_ARTICLE):
        return word
    stem = word[len(_ARTICLE) :]
    # Country names in -يا never take the article: ألمانيا, ألبانيا start with أل.
    if len(stem) < MIN_STEM or word.endswith("يا"):
        return word
    return _definite(stem)


def _nisba(base: str) -> Iterator[str]:
    """Yield the relational adjectives of a word, and for a place its people's فعاللة plural."""
    place = _is_place(base)
    for adjective in _relative(base):
        yield adjective
        # From the adjective in ‑ي itself, not its ‑اوي/‑وي spellings.
        if place and not adjective.endswith("وي") and (plural := gentilic_plural(adjective[:-1])):
            yield plural  # أفريقيا → أفارقة


def _relative(base: str) -> Iterator[str]:
    """Yield the relational adjective of a place or group: روسيا→روسي, إيران→إيراني.

    A place whose name carries the article loses it in its adjective, whatever
    its last letter: النمسا → نمساوي as العراق → عراقي. A place in ‑ا also
    takes ‑اوي or ‑وي (نمساوي, نمسوي); bot.match.patterns joins ‑اوي to ‑ائي.
    """
    if base.startswith(_ARTICLE) and not base.endswith("يا"):
        stem = base.removeprefix(_ARTICLE)
        if _takes_nisba(stem):
            base = stem
    if base.endswith("يا") and len(base) >= 5:
        yield base[:-1]
    elif base.endswith("ا") and len(base) >= 4:
        yield base[:-1] + "ي"
        if _is_place(base):
            yield base + "وي"
            yield base[:-1] + "وي"  # the ا dropped before و: نمسوي
    elif _takes_nisba(stem := base.removeprefix(_ARTICLE)):
        # The ة of a name is not kept before the ي (غزة → غزي).
        yield stem.removesuffix("ه") + "ي"


def is_place_term(word: str) -> bool:
    """Tell whether a normalized one-word term names a place (CLDR, or by ‑ستان)."""
    return bool(word) and _is_arabic(word) and _is_place(term_primary(word))


def _is_place(base: str) -> bool:
    """Tell whether a term's primary key is a one-word place name of CLDR."""
    singles = place_names().single
    return base in singles or _ARTICLE + base in singles or _land_name(base)


@lru_cache(maxsize=200_000)
def term_keys(word: str) -> frozenset[str]:
    """Return the keys of a normalized watch-term word (stemmed mode).

    A place is a name: it takes no plural or dual ending (البحرين is not the
    plural of البحر), only its relative adjective. A word typed without the
    article keeps its sound-plural ending (سليمان is not سليم + ان).
    """
    if not word or not _is_arabic(word):
        return frozenset((word,))
    base = term_primary(word)
    inflected = () if _is_place(base) else _inflection_stems(base, word.startswith(_ARTICLE))
    keys = {base, *inflected, *_nisba(base), *_ALIASES.get(base, ())}
    return frozenset(_with_nisba_spellings(keys))


def _place_adjective(base: str) -> bool:
    """Tell whether a word in ‑ي is the relative adjective of a place (روسي, مصري)."""
    stem = base[:-1]
    return (
        _is_place(stem + "يا")
        or _is_place(stem + "ا")
        or _takes_nisba(stem)
        or stem + "ه" in _nisba_places()
    )


@lru_cache(maxsize=200_000)
def single_word_keys(word: str) -> frozenset[str]:
    """Return the keys of a one-word term: a name in ‑ي is not read with endings.

    «مالي» (Mali) does not meet «مالية» (financial), nor «روحاني» «روحانية»,
    nor «ليلى» «ليلية»: a name takes no feminine, plural or accusative ending.
    The adjectives of places (روسي, which «الروسية» is) keep their endings.
    A word in ‑ي typed with the article is a family's, a club's or a group's
    name (الأهلي, الحريري, الحوثي): its feminine is another word (الأهلية
    eligibility, الحريرية silken), and only the sound plural, its people
    (الحوثيين), is still the name.
    """
    keys = term_keys(word)
    if not word or not _is_arabic(word):
        return keys
    base = term_primary(word)
    if not base.endswith("ي") or len(base) < MIN_INFLECTED_STEM:
        return keys
    if _is_place(base) or not (word.startswith(_ARTICLE) or _place_adjective(base)):
        return frozenset({BARE + base, *_ALIASES.get(base, ())})
    if not _place_adjective(base):
        return frozenset({BARE + base, FOLLOWERS + base, *_ALIASES.get(base, ())})
    return keys


def phrase_variants(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Return other ways to write a normalized phrase.

    Listed names, joined and split halves, and its privative particle written
    each other way (bot.match.particles).
    """
    variants = list(_PHRASE_ALIASES.get(words, ()))
    variants.extend(joined_forms(words))
    variants.extend(particle_variants(words))
    if len(words) == 1:
        variants.extend(split_forms(words[0]))
    return tuple(variants)


def coordinated_keys(word: str) -> frozenset[str]:
    """Return the keys of a phrase's last word joined to another by و (والشمالية, وبرلمانية)."""
    return frozenset("و" + key for key in (word, *phrase_word_keys(word)) if _is_arabic(key))


# The alef of tanween is written after neither ة (ه), ا nor ي (a nisba's ‑يا is
# read off by the text side), nor after a hamza.
_NO_TANWEEN_ALEF = ("ه", "ا", "ي", "ء")


@lru_cache(maxsize=200_000)
def phrase_word_keys(word: str) -> frozenset[str]:
    """Return the keys of a word inside a phrase: its term keys and its other number."""
    keys = term_keys(word)
    base = term_primary(word).removeprefix(_ARTICLE)
    extra = {plural for plural in broken_plurals(base) if len(plural) >= MIN_STEM}
    return keys | extra if extra else keys


@lru_cache(maxsize=200_000)
def head_word_keys(word: str) -> frozenset[str]:
    """Return the keys of the first word of a phrase: its phrase keys and its tanween.

    The indefinite accusative writes an alef after the word (رسوما جمركية for
    الرسوم الجمركية). A text word loses that alef only from MIN_TANWEEN_STEM
    letters on, since shorter words end in ا of their own (سيولا); inside a
    phrase the other words vouch for the reading, so the head's short forms
    carry their tanween form as a key. Only the head: the words after it are
    mostly adjectives in ‑ي or ‑ة, whose accusative the text side reads
    already (نوويا), and every key of a phrase word multiplies its postings.
    """
    keys = phrase_word_keys(word)
    base = term_primary(word).removeprefix(_ARTICLE)
    if not base or not _is_arabic(base):
        return keys
    tanween = {
        form + "ا"
        for form in (base, *broken_plurals(base))
        if MIN_STEM <= len(form) < MIN_TANWEEN_STEM and not form.endswith(_NO_TANWEEN_ALEF)
    }
    return keys | tanween if tanween else keys
