"""A name followed by a colour adjective is another, fixed name.

«الهلال الأحمر» (the Red Crescent) is not «الهلال», «البيت الأبيض» (the White
House) not «البيت», «روسيا البيضاء» (Belarus) not «روسيا», «النيل الأزرق» a
state of Sudan. Arabic names things by a definite noun and a colour so often
that the pair is read as a longer name, just as a longer place name is: the
term does not match there unless the user typed the colour. The colours are a
closed class: the six basic ones of the أفعل / فعلاء / فُعل pattern, in the
masculine, feminine and plural, with the article (the adjective of a definite
noun carries it).
"""

from __future__ import annotations

from bot.match.normalize import normalize

__all__ = ["COLOURS", "is_colour"]

_WRITTEN = (
    "الأحمر الحمراء الحمر "
    "الأبيض البيضاء البيض "
    "الأسود السوداء السود "
    "الأخضر الخضراء الخضر "
    "الأزرق الزرقاء الزرق "
    "الأصفر الصفراء الصفر"
)

COLOURS: frozenset[str] = frozenset(normalize(word) for word in _WRITTEN.split())


def is_colour(word: str) -> bool:
    """Tell whether a normalized word is a colour adjective with the article."""
    return word in COLOURS
