"""Relative adjectives (nisba) and the place shapes that take them.

A place's adjective is its name + ي (مصر→مصري, روسيا→روسي), with the article
of a name that carries one dropped (العراق→عراقي). Which one-word places CLDR
names with or without the article decides both the adjective and how the
article is read (bot.match.clitics). All input is normalized (see
bot.match.normalize).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from bot.match.key_marks import ARTICLE
from bot.match.patterns import gentilic_plural, nisba_spelling
from bot.match.places import place_names, short_land_adjectives

__all__ = [
    "adjective_place",
    "article_places",
    "bare_places",
    "is_place",
    "nisba_forms",
    "own_letters_adjective",
    "place_adjective",
    "place_adjectives",
    "short_land_nisba",
    "with_nisba_spellings",
]


@cache
def article_places() -> frozenset[str]:
    """Stems of one-word places whose name carries the article (القاهرة, الرياض, البحرين).

    The article is part of those names: «قوة قاهرة» is force majeure, «رياض» a
    first name or gardens, «بحرين» two seas. Country names in -يا that start
    with أل (ألمانيا) are not article forms.
    """
    return frozenset(
        name[len(ARTICLE) :]
        for name in place_names().single
        if name.startswith(ARTICLE) and not name.endswith("يا")
    )


@cache
def bare_places() -> frozenset[str]:
    """One-word places CLDR names without the article: their ال-form is another word.

    «المالي» is "the financial", not Mali. A name that never takes the article
    is not read out of a word that has it.
    """
    return frozenset(name for name in place_names().single if not name.startswith(ARTICLE))


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
        name.removeprefix(ARTICLE)
        for name in names.single
        if not (name.startswith(ARTICLE) and name in names.cities)
    }
    stems.update(
        word[len(ARTICLE) : -2]
        for name in names.names
        for word in name[1:]
        if word.startswith(ARTICLE) and word.endswith("يه") and len(word) > 6
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


def with_nisba_spellings(keys: set[str]) -> set[str]:
    """Add the canonical key of every ‑ائي/‑اوي adjective among the keys."""
    keys.update(spelled for key in list(keys) if (spelled := nisba_spelling(key)))
    return keys


def nisba_forms(base: str) -> Iterator[str]:
    """Yield the relational adjectives of a word, and for a place its people's فعاللة plural."""
    place = is_place(base)
    for adjective in _relative(base):
        yield adjective
        # From the adjective in ‑ي itself, not its ‑اوي/‑وي spellings.
        if place and not adjective.endswith("وي") and (plural := gentilic_plural(adjective[:-1])):
            yield plural  # أفريقيا → أفارقة
    yield from _people_of_the_land(base)


# The people a ‑ستان land is named for, when their name is long enough to be no
# other word: أفغانستان → أفغاني and «الأفغان»; باكستان keeps باكستاني only.
_MIN_PEOPLE_STEM = 4


def _people_of_the_land(base: str) -> Iterator[str]:
    """Yield the adjective and the name of the people of a ‑ستان land (أفغاني, أفغان)."""
    if not _land_name(base):
        return
    people = base.removesuffix(_LAND_SUFFIX)
    if len(people) >= _MIN_PEOPLE_STEM:
        yield people + "ي"
        yield people


def _relative(base: str) -> Iterator[str]:
    """Yield the relational adjective of a place or group: روسيا→روسي, إيران→إيراني.

    A place whose name carries the article loses it in its adjective, whatever
    its last letter: النمسا → نمساوي as العراق → عراقي. A place in ‑ا also
    takes ‑اوي or ‑وي (نمساوي, نمسوي); bot.match.patterns joins ‑اوي to ‑ائي.
    """
    if base.startswith(ARTICLE) and not base.endswith("يا"):
        stem = base.removeprefix(ARTICLE)
        if _takes_nisba(stem):
            base = stem
    if base.endswith("يا") and len(base) >= 5:
        yield base[:-1]
    elif base.endswith("ا") and len(base) >= 4:
        yield base[:-1] + "ي"
        if is_place(base):
            yield base + "وي"
            yield base[:-1] + "وي"  # the ا dropped before و: نمسوي
    elif _takes_nisba(stem := base.removeprefix(ARTICLE)) or place_names().spelled(stem):
        # The ة of a name is not kept before the ي (غزة → غزي). A place typed in
        # another spelling than CLDR's takes its adjective in that spelling.
        yield stem.removesuffix("ه") + "ي"


# Below this length a name in ‑ي is mostly an Arabic word too (دبي).
_MIN_OWN_LETTERS = 4


def own_letters_adjective(word: str) -> bool:
    """Tell whether a place's adjective is written with its own letters (تشيلي → التشيلي).

    A name that ends in ي takes no second ي: «اللاعب التشيلي», «محكمة تشيلية». Its
    article form may also be an everyday word («المالي», financial, for Mali), which
    only the compiler can tell (bot.match.word_forms.own_letters_forms).
    """
    return len(word) >= _MIN_OWN_LETTERS and word.endswith("ي") and word in bare_places()


def is_place(base: str) -> bool:
    """Tell whether a term's primary key is a one-word place name of CLDR."""
    singles = place_names().single
    return base in singles or ARTICLE + base in singles or _land_name(base)


def place_adjective(base: str) -> bool:
    """Tell whether a word in ‑ي is the relative adjective of a place (روسي, مصري)."""
    stem = base[:-1]
    return (
        is_place(stem + "يا")
        or is_place(stem + "ا")
        or _takes_nisba(stem)
        or stem + "ه" in _nisba_places()
    )


def short_land_nisba(word: str) -> tuple[str, ...]:
    """Return the adjective of a land's short name, as typed (الإمارات → إماراتي), if any.

    The stem of such a name is no place («الإمارات» reads as a plural), so its
    adjective comes from the whole word (bot.match.places.short_land_adjectives).
    """
    adjective = short_land_adjectives().get(word)
    return () if adjective is None else (adjective,)


def adjective_place(adjective: str) -> str | None:
    """Return the one-word place of a relative adjective (مصري → مصر, عراقي → العراق), or None."""
    if not adjective.endswith("ي"):
        return None
    stem = adjective[:-1]
    singles = place_names().single
    for place in (stem, ARTICLE + stem, stem + "يا", stem + "ا", stem + "ه", ARTICLE + stem + "ه"):
        if place in singles and adjective in nisba_forms(place):
            return place
    return None


@cache
def place_adjectives() -> frozenset[str]:
    """Return the relative adjective of every one-word country or city of CLDR (روسي, سوري).

    Not a region's: a continent's body is another body («الأمم الأوروبية المتحدة»).
    """
    places = place_names()
    return frozenset(
        adjective
        for place in places.single
        if (place,) not in places.regions
        for adjective in nisba_forms(place)
        if adjective.endswith("ي")
    )
