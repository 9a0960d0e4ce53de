"""Names of places in Arabic, from a maintained source: the Unicode CLDR, as shipped in Babel.

Two CLDR tables give them: the Arabic territory names (countries, regions and
continents: «غينيا الاستوائية», «أفريقيا», «أمريكا اللاتينية») and the Arabic
exemplar cities of the time zones («بغداد», «القاهرة», «بيونغ يانغ»). Nothing
here is written by hand except which CLDR entries are not places (the world,
the EU, the UN, test and unknown codes). The matcher asks three things of them:
whether a word is a place (so its relative adjective is derived), whether a
place keeps its article («القاهرة» is not «قاهرة»), and which longer place
names contain a term («غينيا» inside «غينيا الاستوائية»), and which names CLDR
gives one territory («ميانمار (بورما)»: a term for one meets the other).
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from babel.core import get_global

from bot.match.key_marks import ARTICLE, LONG_VOWELS
from bot.match.normalize import normalize, tokenize
from bot.match.particles import AND

__all__ = ["PlaceNames", "land_adjectives", "place_names", "short_land_adjectives"]

# CLDR territory codes that name no place: the world, unions and organisations,
# pseudo-locales and "unknown region".
_NOT_PLACES = frozenset({"001", "EU", "EZ", "UN", "XA", "XB", "ZZ"})
_UNKNOWN_ZONE = "Etc/Unknown"
# CLDR writes some names as «A (B)» or «A، B»: each part is a name of its own.
_PARTS = re.compile(r"[()،,]")
_CITY = "مدينه"
_MAX_ALIAS_WORDS = 2


class PlaceNames:
    """Normalized place names, by their words."""

    __slots__ = (
        "_by_word",
        "aliases",
        "cities",
        "halves",
        "names",
        "regions",
        "shown",
        "single",
        "skeletons",
        "states",
    )

    def __init__(
        self,
        territories: list[str],
        cities: list[str],
        regions: list[str],
        abroad: list[str],
    ) -> None:
        """Normalize and index raw names of territories (regions among them) and cities.

        abroad holds the cities not named as the territory they lie in (every city
        but a city-state's).
        """
        self.shown: dict[tuple[str, ...], str] = {}
        entries = [_parts(raw) for raw in territories]
        lands = _normalized(entries, self.shown)
        self.aliases = _aliases(entries)
        towns = _normalized([_parts(raw) for raw in cities], self.shown)
        # Continents and their parts (CLDR's numeric codes): «شمال أفريقيا» is part
        # of «أفريقيا», where a country such as «جنوب أفريقيا» is another place.
        self.regions = _normalized([_parts(raw) for raw in regions], {})
        # A land named as two joined ones («البوسنة والهرسك», «ترينيداد وتوباغو») has
        # each half for a name of its own: the news names it by either.
        self.halves = _halves(lands)
        self.names = lands | towns | frozenset(self.halves)
        _add_sides(self.aliases, self.regions, self.names)
        self.single = frozenset(words[0] for words in self.names if len(words) == 1)
        by_word: dict[str, set[tuple[str, ...]]] = {}
        for name in self.names:
            for word in name:
                by_word.setdefault(word, set()).add(name)
        self._by_word = {word: tuple(names) for word, names in by_word.items()}
        # One-word cities that are no territory's name too.
        self.cities = frozenset(words[0] for words in towns - lands if len(words) == 1)
        # One-word names with their inner long vowels erased: «الدنمارك» is CLDR's «الدانمرك».
        self.skeletons = frozenset(
            _skeleton(words[0].removeprefix(ARTICLE))
            for words in self.names
            if len(words) == 1 and len(words[0].removeprefix(ARTICLE)) >= _MIN_SPELLED
        )
        # Territories that are no region and no other land's city («عمان» is also Amman).
        self.states = lands - self.regions - _normalized([_parts(raw) for raw in abroad], {})

    def spelled(self, stem: str) -> bool:
        """Tell whether a word without the article is a one-word place's name spelled
        with other inner long vowels («دنمارك» for CLDR's «الدانمرك»)."""
        return len(stem) >= _MIN_SPELLED and _skeleton(stem) in self.skeletons

    def has_word(self, word: str) -> bool:
        """Tell whether some name has this word."""
        return word in self._by_word

    def containing(self, words: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], int], ...]:
        """Return the longer names holding the words in a row, with where they start."""
        if not words:
            return ()
        size = len(words)
        found = [
            (name, start)
            for name in self._by_word.get(words[0], ())
            if len(name) > size
            for start in range(len(name) - size + 1)
            if name[start : start + size] == words
        ]
        return tuple(sorted(found))


# The four directions, a closed class: in a phrase, their form in ‑ي names the same
# part («شرقي سوريا» for «شرق سوريا»), and a continent's part is named either way
# («شرق أوروبا», «أوروبا الشرقية»).
DIRECTIONS = frozenset(("شرق", "غرب", "شمال", "جنوب"))

# The kinds of place a name is given with («مدينة عدن», «محافظة لحج», «العاصمة صنعاء»), a
# closed class of the language: between a word and a name, they say the name is a place's.
PLACE_KINDS = frozenset(
    normalize(word)
    for word in (
        "مدينة", "محافظة", "ولاية", "عاصمة", "بلدة", "قرية", "مديرية", "إقليم", "مقاطعة",
        "جزيرة", "منطقة",
    )
)  # fmt: skip

_Part = tuple[tuple[str, ...], str]  # a name's normalized words, and how CLDR writes it
_Names = tuple[tuple[str, ...], ...]
# Shorter names differ from other words by one long vowel (تونس/تانس is no name).
_MIN_SPELLED = 6
_INNER_VOWELS = str.maketrans(dict.fromkeys(LONG_VOWELS))


def _skeleton(word: str) -> str:
    """Return a word with its inner long vowels erased (first and last letters kept)."""
    return word[0] + word[1:-1].translate(_INNER_VOWELS) + word[-1]


def _parts(raw: str) -> list[_Part]:
    """Return the names in one CLDR entry: «A (B)» and «A، B» are two."""
    found: list[_Part] = []
    for part in _PARTS.split(raw):
        tokens = tokenize(part)
        # CLDR glosses a city as «(مدينة الخليل)» "(the city of Hebron)": the
        # words after «مدينة» are its name as Arabic writes it.
        if len(tokens) > 1 and tokens[0].text == _CITY:
            tokens = tokens[1:]
        if tokens:
            words = tuple(token.text for token in tokens)
            found.append((words, " ".join(part[t.start : t.end] for t in tokens)))
    return found


# A half of one word needs this many letters: «جزر» (islands) in «جزر والس» is no name.
_MIN_HALF = 4


def _halves(names: frozenset[tuple[str, ...]]) -> dict[tuple[str, ...], _Names]:
    """Return both halves of every name joined by «و» before its last half, with the
    names each is half of."""
    found: dict[tuple[str, ...], _Names] = {}
    for words in sorted(names):
        joined = [i for i, word in enumerate(words) if i and word.startswith(AND)]
        if not joined:
            continue
        cut = joined[-1]
        halves = (words[:cut], (words[cut][len(AND) :], *words[cut + 1 :]))
        if all(len(half) > 1 or len(half[0]) >= _MIN_HALF for half in halves):
            for half in halves:
                found[half] = (*found.get(half, ()), words)
    return found


def _add_sides(
    aliases: dict[tuple[str, ...], _Names],
    regions: frozenset[tuple[str, ...]],
    names: frozenset[tuple[str, ...]],
) -> None:
    """Give a continent's part named by a direction its name by the direction's adjective,
    and back: «شرق أوروبا», «أوروبا الشرقية». Not where that is another place's name:
    «أفريقيا الجنوبية» (southern Africa) is no «جنوب أفريقيا» (the country)."""
    for words in sorted(regions):
        if len(words) != 2 or words[0] not in DIRECTIONS or (words[1],) not in regions:
            continue
        side = (words[1], ARTICLE + words[0] + "يه")
        if side not in names:
            aliases[words] = (*aliases.get(words, ()), side)
            aliases[side] = (*aliases.get(side, ()), words)


def _aliases(entries: list[list[_Part]]) -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Map each name of a territory that CLDR gives two names («ميانمار (بورما)») to the other.

    A part of more than _MAX_ALIAS_WORDS words is a gloss, not a name
    («هونغ كونغ الصينية (منطقة إدارية خاصة)»).
    """
    aliases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for entry in entries:
        names = [words for words, _ in entry]
        if len(names) < 2 or any(len(words) > _MAX_ALIAS_WORDS for words in names):
            continue
        for words in names:
            aliases[words] = tuple(other for other in names if other != words)
    return aliases


def _normalized(
    entries: list[list[_Part]], shown: dict[tuple[str, ...], str]
) -> frozenset[tuple[str, ...]]:
    """Return the names of the entries; note how each is written in shown."""
    names: set[tuple[str, ...]] = set()
    for entry in entries:
        for words, written in entry:
            names.add(words)
            shown.setdefault(words, written)
    return frozenset(names)


@cache
def place_names() -> PlaceNames:
    """Return the Arabic territory names and time-zone exemplar cities of CLDR (via Babel)."""
    locale = Locale("ar")
    territories = [name for code, name in locale.territories.items() if code not in _NOT_PLACES]
    regions = [
        name
        for code, name in locale.territories.items()
        if code.isdigit() and code not in _NOT_PLACES
    ]
    zones = {
        zone_id: zone["city"]
        for zone_id, zone in locale.time_zones.items()
        if zone_id != _UNKNOWN_ZONE and "city" in zone
    }
    # A city-state's zone is named as its land («الكويت»); any other city lies abroad.
    lands = get_global("zone_territories")
    abroad = [
        city
        for zone_id, city in zones.items()
        if tokenize(city) != tokenize(locale.territories.get(lands.get(zone_id, ""), ""))
    ]
    return PlaceNames(territories, list(zones.values()), regions, abroad)


# A currency is named with its land's adjective (درهم إماراتي, ليرة سورية), masculine or feminine.
_FEMININE = "ه"  # ة, normalized


@cache
def land_adjectives() -> dict[tuple[str, ...], str]:
    """Return the adjective each land of more than one word takes, as its currency's name gives it.

    A currency is named with its land's adjective (درهم إماراتي, دولار أمريكي):
    «الإمارات العربية المتحدة» → إماراتي, «الولايات المتحدة» → أمريكي. Normalized,
    masculine.
    """
    locale = Locale("ar")
    territories = locale.territories
    found: dict[tuple[str, ...], str] = {}
    for code, name in locale.currencies.items():
        words = tuple(token.text for token in tokenize(territories.get(code[:2], "")))
        currency = tokenize(name)
        # A unit and an adjective: «دولار أمريكي (اليوم التالي)» is no other name.
        if len(words) < 2 or len(currency) != 2 or code[:2] in _NOT_PLACES:
            continue
        adjective = currency[-1].text.removesuffix(_FEMININE)
        if adjective.endswith("ي") and not adjective.startswith((ARTICLE, "و")):
            found[words] = adjective
    return found


@cache
def short_land_adjectives() -> dict[str, str]:
    """Return the adjective of each land's short name that CLDR's Arabic names imply.

    A land whose CLDR name is longer than the name people use («الإمارات العربية
    المتحدة» for «الإمارات») is named by its first word, when its currency's
    name (درهم إماراتي) gives that word's adjective. Normalized; the short name
    as CLDR writes it, with its article.
    """
    return {
        words[0]: adjective
        for words, adjective in land_adjectives().items()
        if adjective == words[0].removeprefix(ARTICLE).removesuffix(_FEMININE) + "ي"
    }
