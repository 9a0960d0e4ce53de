"""Arabic given names, from a maintained source: Faker's Arabic person providers.

Faker (``faker.providers.person.ar_AA``, shared by ``ar_SA`` and ``ar_PS``, and
``ar_DZ``) lists about 900 Arabic given names, male and female. The matcher
asks two things of them: whether a term starts with a given name, so that it is
a person's name whose family name alone also names the person (bot.match.
surnames), and whether the word before or after a family name in a text is
another given name («رفيق الحريري» is not «سعد الحريري»). Names made of «عبد»
or «أبو» and a second word (عبد الفتاح, أبو بكر) are a closed pattern of
Arabic naming, not a list, and are read as one given name.
"""

from __future__ import annotations

from functools import cache

from bot.match.normalize import normalize

__all__ = ["COMPOUND_HEADS", "given_name_length", "given_names"]

# «عبد الله», «أبو بكر»: the first word of a two-word given name, whatever the second.
COMPOUND_HEADS = frozenset({"عبد", "ابو"})


@cache
def given_names() -> frozenset[str]:
    """Return the normalized given names, each word of a compound name included.

    The second word of «عبد الرحمن» is there too, so that a text's «عبد
    الرحمن الحريري» shows another given name right before the family name.
    """
    # Imported here: Faker is large, and only a person term or a /watch note needs it.
    from faker.providers.person.ar_AA import Provider as SharedArabic
    from faker.providers.person.ar_DZ import Provider as Algerian

    raw = (
        *SharedArabic.first_names_male,
        *SharedArabic.first_names_female,
        *Algerian.first_names_male,
        *Algerian.first_names_female,
    )
    names: set[str] = set()
    for name in raw:
        words = normalize(name).split()
        names.update(words)
    return frozenset(names - COMPOUND_HEADS)


def given_name_length(words: tuple[str, ...]) -> int:
    """Return how many of a term's first normalized words are a given name (0, 1 or 2)."""
    if len(words) >= 2 and words[0] in COMPOUND_HEADS:
        return 2
    return 1 if words and words[0] in given_names() else 0
