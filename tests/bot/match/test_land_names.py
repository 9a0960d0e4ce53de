"""Lands' everyday names read off their currency's adjective (bot.match.land_names)."""

from bot.match.land_names import land_name_adjectives, short_land_names
from bot.match.normalize import normalize
from bot.match.places import land_adjectives


def _words(text: str) -> tuple[str, ...]:
    return tuple(normalize(text).split())


def test_a_currency_names_its_lands_adjective() -> None:
    assert land_adjectives()[_words("الولايات المتحدة")] == normalize("أمريكي")
    # «دولار أمريكي (اليوم التالي)» is no other adjective.
    assert all(not adjective.startswith("ال") for adjective in land_adjectives().values())


def test_the_adjective_gives_the_short_name_both_ways() -> None:
    names = short_land_names()
    assert names[_words("أمريكا")] == (_words("الولايات المتحدة"),)
    assert _words("أمريكا") in names[_words("الولايات المتحدة")]


def test_an_adjectives_accusative_is_no_short_name() -> None:
    # «سعوديا» is in the word list, but rarer than «سعودية»: an adjective, not a land.
    assert _words("سعوديا") not in short_land_names()
    assert _words("أمريكيا") not in short_land_names()


def test_a_lands_adjective_is_made_from_its_own_words_or_short_name() -> None:
    adjectives = land_name_adjectives()
    assert normalize("سعودي") in adjectives  # المملكة العربية السعودية
    assert normalize("إماراتي") in adjectives  # الإمارات العربية المتحدة
    assert normalize("أمريكي") in adjectives  # أمريكا
    # The pound's «إسترليني» names no word of «المملكة المتحدة».
    assert normalize("إسترليني") not in adjectives
