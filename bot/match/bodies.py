"""The head of a group's name after a word for a body of people: «جماعة الإخوان».

A group called by a definite noun and its adjective («الإخوان المسلمين»,
«الدولة الإسلامية», «الشباب المجاهدين») is often written as the noun alone
after a word for the kind of body it is: «جماعة الإخوان», «تنظيم الدولة»,
«حزب العمال». Those words are a closed class, the nouns Arabic news uses for
an organised group. Alone the head noun is too common to stand for the group
(«الاتحاد» is any union), so only the body word makes it a name, and only:

- with the head written with the article, as the owner of a construct:
  «تنظيم انتخابات» is "organising elections", not a group;
- with no adjective after the head (a word with the article and no
  proclitic, not a relative pronoun): «حزب الإخوان الجديد» would be
  another party, where «تنظيم الإخوان والناشطون» and «حزب الإخوان الذي» are not;
- with a head that names people in the plural (‑ان, ‑ين, ‑ون): «تنظيم
  القاعدة» is no military base (القاعدة العسكرية), «تنظيم الدولة» not the
  Palestinian state. So «تنظيم الدولة» is not read for الدولة الإسلامية.
"""

from __future__ import annotations

from bot.match.key_marks import ARTICLE, DESCRIBING, EXACT
from bot.match.normalize import normalize
from bot.match.phrase_words import phrase_word_keys

__all__ = ["body_alternatives"]

# The head must name people in the plural (الإخوان, المجاهدين). A singular or
# feminine-plural head is mostly a thing whose name a group took or an act
# (القاعدة العسكرية is a military base, not «تنظيم القاعدة»; «تنظيم الدولة» is
# not الدولة الفلسطينية; «تنظيم الانتخابات» is organising them).
_PEOPLE_ENDINGS = ("ان", "ين", "ون")
# «حركة» is left out: as often as a movement it is traffic or travel (حركة الطيران).
_BODY_WORDS = tuple(normalize(word) for word in ("تنظيم", "جماعة", "حزب", "جبهة", "ميليشيا"))

Keys = tuple[frozenset[str], ...]


def body_alternatives(words: tuple[str, ...]) -> list[tuple[Keys, Keys]]:
    """Return, for a name of a definite noun and adjective, each body word + head.

    Each comes as the key sets of its two words and the key sets of the
    three-word stretch (body word, head, any definite word) that vetoes it.
    """
    if len(words) != 2 or not all(word.startswith(ARTICLE) for word in words):
        return []
    if not words[0].endswith(_PEOPLE_ENDINGS):
        return []
    head = frozenset({EXACT + words[0]})
    found: list[tuple[Keys, Keys]] = []
    for body in _BODY_WORDS:
        keys = phrase_word_keys(body)
        found.append(((keys, head), (keys, head, frozenset({DESCRIBING}))))
    return found
