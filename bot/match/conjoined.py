"""A word joined to the one before it by «و»: the second of two nouns that share an owner.

«شمال ووسط سيناء» is «شمال سيناء» and «وسط سيناء»: a construct's head and a
second head joined by «و» share the owner after them. A text token is such a
word when it is «و» and a word in use (bot.match.common_words), written bare:
not «والوسط» (an adjective's form), and not a word that only begins with و
(«وزراء»: «رئيس وزراء إسرائيل» is no «رئيس إسرائيل»).
"""

from __future__ import annotations

from bot.match.common_words import in_use
from bot.match.key_marks import ARTICLE, MIN_STEM
from bot.match.particles import AND

__all__ = ["conjoined"]


def conjoined(token: str) -> bool:
    """Tell whether a normalized text token is «و» and a bare word in use."""
    if not token.startswith(AND) or len(token) <= MIN_STEM:
        return False
    word = token[len(AND) :]
    return not word.startswith(ARTICLE) and in_use(word)
