"""A person's name with a middle name put in: «عمر حسن البشير» for «عمر البشير».

Arabic writes a full name as given name, father's name, family name; a term
typed as given name + family name («بشار الأسد») meets the three-word form
with any one word between, when that word has no article (a definite word
there makes a construct: «حقوق المرأة الإنسان» is no name) and is no
particle (bot.match.particles; «نصر من الله»). The shape is a bare word
then a word with the article, which a construct phrase shares («مسيرة
العودة»); there a bare word between is rare and mostly says the same thing
(«مسيرة حق العودة»).
"""

from __future__ import annotations

from bot.match.normalize import normalize
from bot.match.particles import FUNCTION_WORDS
from bot.match.stemmer import DEFINITE, phrase_word_keys

__all__ = ["middle_name_alternatives"]

_ARTICLE = "ال"
_EXACT = "="  # bot.match.terms.EXACT: the key of a text token as written
# Prepositions, conjunctions and other short function words (a closed class)
# that FUNCTION_WORDS leaves out because they are under three letters or common.
_SHORT_PARTICLES = tuple(
    normalize(word)
    for word in (
        "في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "لا", "لم", "لن", "ما", "قد",
        "ثم", "أو", "بين", "بعد", "قبل", "حول", "عند", "ضد", "نحو", "هو", "هي", "بن", "ابن",
    )
)  # fmt: skip
# «بن»/«ابن» are left to the compound names (bot.match.compounds): «محمد بن سلمان».
_PARTICLES = frozenset(_EXACT + word for word in (*FUNCTION_WORDS, *_SHORT_PARTICLES))

Keys = tuple[frozenset[str], ...]
Longer = tuple[tuple[int, Keys], ...]


def middle_name_alternatives(words: tuple[str, ...]) -> list[tuple[Keys, Longer]]:
    """Return, for a two-word name (bare word, word with the article), the form with a
    middle word (its key sets, any word between) and the stretches that veto it."""
    if len(words) != 2 or words[0].startswith(_ARTICLE) or not words[1].startswith(_ARTICLE):
        return []
    first, last = phrase_word_keys(words[0]), phrase_word_keys(words[1])
    vetoes: Longer = (
        (0, (first, frozenset({DEFINITE}), last)),
        (0, (first, _PARTICLES, last)),
    )
    return [((first, frozenset(), last), vetoes)]
