"""Names listed by hand as written more than one way: spellings, plurals, phrases.

Input is normalized (see bot.match.normalize).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["ALIASES", "PEOPLE_ADJECTIVES", "PHRASE_ALIASES"]

# Spellings of one name too short for safe fuzzy matching (3-5 letters, where
# one edit turns most words into other words): سول/سيول are both in use for
# Seoul, ترمب/ترامب for Trump, بوتن/بوتين for Putin. Broken plurals of
# nationalities cannot be derived by rule (الروس from روسيا, الأتراك from
# تركيا), so they are listed too.
_ALIAS_GROUPS: tuple[tuple[str, ...], ...] = (
    ("سيول", "سول"),
    ("ترامب", "ترمب"),
    ("بوتين", "بوتن"),
    # West, the compass word that opens English names (ويست هام / وست هام, ساوث ويست).
    ("ويست", "وست"),
)
_BROKEN_PLURALS: Mapping[str, tuple[str, ...]] = {
    "روسيا": ("روس",),
    "تركيا": ("اتراك",),
    "المانيا": ("المان",),
}
# Inside a phrase, a people's broken plural is its adjective's plural: «الدبلوماسيين
# الروس» are «دبلوماسيون روس» and «دبلوماسي روسي» (one), «دبلوماسيا روسيا» (after a
# number). Each land above ends in ‑ا, its adjective in ‑ي.
PEOPLE_ADJECTIVES: Mapping[str, tuple[str, ...]] = {
    plural: (land[:-1],) for land, plurals in _BROKEN_PLURALS.items() for plural in plurals
}
# Official names of one state written as different phrases.
PHRASE_ALIASES: Mapping[tuple[str, ...], tuple[tuple[str, ...], ...]] = {
    ("بيلاروسيا",): (("روسيا", "البيضاء"),),
    ("روسيا", "البيضاء"): (("بيلاروسيا",),),
}


def _aliases() -> dict[str, tuple[str, ...]]:
    """Map each listed spelling to the other spellings it stands for."""
    table: dict[str, tuple[str, ...]] = dict(_BROKEN_PLURALS)
    for group in _ALIAS_GROUPS:
        for word in group:
            table[word] = tuple(other for other in group if other != word)
    return table


ALIASES = _aliases()
