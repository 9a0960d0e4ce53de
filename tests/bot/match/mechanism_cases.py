"""Cases for the mechanisms of issue 12 (terms nobody had tried), one group per mechanism.

The groups live in mechanism_names, mechanism_numbers, mechanism_places and
mechanism_phrases; this module gathers them for the tests that run every case.
"""

from __future__ import annotations

from tests.bot.match.mechanism_names import (
    ACRONYMS,
    ARTICLE_NAMES,
    COMMON_NOUN_CONSTRUCT,
    COMPOUNDS,
    FAMILY_NAMES,
    FOREIGN_ARTICLE_NAMES,
    HONORIFICS,
    MONTHS,
    NAME_INFLECTION,
    NAMED_AFTER,
    NUMBERED_NAMES,
    PATRONYMICS,
    SHORT_NAMES,
    TIMES_OF_DAY,
    TRANSLITERATION,
    WRITTEN_LETTERS,
)
from tests.bot.match.mechanism_numbers import (
    AFAL_PLURALS,
    AGREEING_COLOURS,
    FEMININE_PLURALS,
    FUALA_ALONE,
    MASCULINE_PLURALS_ALONE,
    NOUN_PLURALS,
    NOUN_PRONOUNS,
    PLURAL_CONSTRUCTS,
)
from tests.bot.match.mechanism_phrases import (
    BODY_NAMES,
    CONSTRUCT_PHRASES,
    OFFICES,
    PARTY_MEMBERS,
    PHRASE_INFLECTION,
    PHRASE_NEIGHBOURS,
    PRIVATIVE_PARTICLES,
    TERM_CLITICS,
)
from tests.bot.match.mechanism_places import (
    ARTICLE_PLACE_NISBA,
    CLDR_OTHER_NAMES,
    COLOUR_NAMES,
    DERIVED_PLACES,
    LONGER_PLACES,
    NISBA_SPELLING,
    OWN_LETTERS_ADJECTIVES,
    STATE_NAMES,
)

MECHANISM_CASES = [
    *FEMININE_PLURALS,
    *FUALA_ALONE,
    *MASCULINE_PLURALS_ALONE,
    *NOUN_PLURALS,
    *NOUN_PRONOUNS,
    *PLURAL_CONSTRUCTS,
    *PARTY_MEMBERS,
    *AFAL_PLURALS,
    *AGREEING_COLOURS,
    *OWN_LETTERS_ADJECTIVES,
    *STATE_NAMES,
    *ACRONYMS,
    *MONTHS,
    *TIMES_OF_DAY,
    *OFFICES,
    *HONORIFICS,
    *PATRONYMICS,
    *COMPOUNDS,
    *TRANSLITERATION,
    *NISBA_SPELLING,
    *PHRASE_INFLECTION,
    *DERIVED_PLACES,
    *BODY_NAMES,
    *ARTICLE_PLACE_NISBA,
    *TERM_CLITICS,
    *LONGER_PLACES,
    *COLOUR_NAMES,
    *PHRASE_NEIGHBOURS,
    *PRIVATIVE_PARTICLES,
    *CONSTRUCT_PHRASES,
    *ARTICLE_NAMES,
    *COMMON_NOUN_CONSTRUCT,
    *NAME_INFLECTION,
    *WRITTEN_LETTERS,
    *CLDR_OTHER_NAMES,
    *NAMED_AFTER,
    *FOREIGN_ARTICLE_NAMES,
    *NUMBERED_NAMES,
    *SHORT_NAMES,
    *FAMILY_NAMES,
]
