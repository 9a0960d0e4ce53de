"""A name followed by a colour adjective is another, fixed name.

«الهلال الأحمر» (the Red Crescent) is not «الهلال», «البيت الأبيض» (the White
House) not «البيت», «روسيا البيضاء» (Belarus) not «روسيا», «النيل الأزرق» a
state of Sudan. Arabic names things by a definite noun and a colour so often
that the pair is read as a longer name, just as a longer place name is: the
term does not match there unless the user typed the colour. It is checked on
the spans found, not compiled into every term: the words right before a colour
are few in an article, and a veto on every term would take every one-word term
off the scanner's fast path. The colours are a closed class: the six basic
ones of the أفعل / فعلاء / فُعل pattern, in the masculine, feminine and
plural, with the article (the adjective of a definite noun carries it).
"""

from __future__ import annotations

from itertools import pairwise
from operator import attrgetter
from typing import NamedTuple

from bot.match.key_marks import ARTICLE
from bot.match.normalize import Token, normalize

__all__ = ["COLOURS", "ColourMarks", "colour_forms", "colour_marks"]

_WRITTEN = (
    "الأحمر الحمراء الحمر "
    "الأبيض البيضاء البيض "
    "الأسود السوداء السود "
    "الأخضر الخضراء الخضر "
    "الأزرق الزرقاء الزرق "
    "الأصفر الصفراء الصفر"
)

COLOURS: frozenset[str] = frozenset(normalize(word) for word in _WRITTEN.split())
# The same adjectives of an indefinite noun («زهور بيضاء»); no place is named so.
_BARE_COLOURS = frozenset(colour.removeprefix(ARTICLE) for colour in COLOURS)
_ANY_COLOUR = COLOURS | _BARE_COLOURS
_TEXT = attrgetter("text")
# One colour's three forms, bare: a noun's adjective agrees with it in gender and
# number, a plural of things taking the feminine («الخطوط الحمراء» for «الخط الأحمر»).
_FORMS_OF = {
    form: forms
    for triple in zip(*[iter(_WRITTEN.split())] * 3, strict=True)
    for forms in (frozenset(normalize(word).removeprefix(ARTICLE) for word in triple),)
    for form in forms
}


def colour_forms(word: str) -> frozenset[str]:
    """Return every form of a bare colour adjective (أحمر: حمراء, حمر), or nothing."""
    return _FORMS_OF.get(word, frozenset())


class ColourMarks(NamedTuple):
    """Where colours in a field make a span something else, as offsets into the text."""

    named: frozenset[int]  # ends of the words a colour follows: the pair is a longer name
    adjectives: frozenset[int]  # starts of colours that describe a noun, not name a place


def colour_marks(text: str, tokens: list[Token]) -> ColourMarks | None:
    """Return where colours mark a field's words, or None when it has no colour.

    Only a colour right after a word counts, with nothing but space between.
    A colour is the adjective of the word before it when that word carries the
    article too («الخوذ البيضاء», «الدار البيضاء»: another thing than the city
    البيضاء), or when it is written without the article («زهور بيضاء»); after a
    preposition or a noun in construct («في البيضاء», «محافظة البيضاء») it may
    be a place's name.
    """
    if _ANY_COLOUR.isdisjoint(map(_TEXT, tokens)):
        return None
    named: set[int] = set()
    adjectives = {token.start for token in tokens if token.text in _BARE_COLOURS}
    for before, colour in pairwise(tokens):
        if (
            colour.text in COLOURS
            and before.text not in _ANY_COLOUR
            and text[before.end : colour.start].isspace()
        ):
            named.add(before.end)
            if before.text.startswith(ARTICLE):
                adjectives.add(colour.start)
    if not named and not adjectives:
        return None
    return ColourMarks(frozenset(named), frozenset(adjectives))
