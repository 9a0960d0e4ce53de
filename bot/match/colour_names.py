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

from bot.match.normalize import Token, normalize

__all__ = ["COLOURS", "before_colours"]

_WRITTEN = (
    "الأحمر الحمراء الحمر "
    "الأبيض البيضاء البيض "
    "الأسود السوداء السود "
    "الأخضر الخضراء الخضر "
    "الأزرق الزرقاء الزرق "
    "الأصفر الصفراء الصفر"
)

COLOURS: frozenset[str] = frozenset(normalize(word) for word in _WRITTEN.split())


def before_colours(text: str, tokens: list[Token]) -> frozenset[int]:
    """Return where the words that a colour adjective follows end (none that are colours).

    Only a colour right after the word counts, with nothing but space between.
    """
    return frozenset(
        before.end
        for before, colour in pairwise(tokens)
        if colour.text in COLOURS
        and before.text not in COLOURS
        and text[before.end : colour.start].isspace()
    )
