"""The parts of a name it is also found by, compiled as more alternatives.

A body's short name without its city (bot.match.short_names), a person's
family name alone (bot.match.family_names), the given name with the family
name and the names between left out, a name without its «بن», and a name
ending in a number with its owner before the number. Other forms of a phrase
are in bot.match.phrase_forms, of single words in bot.match.word_forms.

As there, each form keeps a word whose keys the term's triggers hold
(bot.match.terms.triggers: a short name, a family name alone, the typed first word).
"""

from __future__ import annotations

from bot.match.compiled import Compiled, Longer
from bot.match.family_names import family_name, given_name_keys, other_owner_keys
from bot.match.given_marks import other_given_marks
from bot.match.given_names import given_name_length
from bot.match.key_marks import ARTICLE, EXACT, NO_ARTICLE
from bot.match.short_names import short_name
from bot.match.word_keys import exact_keys, typed_keys

__all__ = ["family_name_forms", "numbered_forms", "patronymic_forms", "short_name_forms"]


def short_name_forms(words: tuple[str, ...]) -> list[Compiled]:
    """Compile the short name of a body named with its city: «أتلتيكو» for «أتلتيكو مدريد»."""
    short = short_name(words)
    return [] if short is None else [Compiled(typed_keys(short))]


def family_name_forms(words: tuple[str, ...]) -> list[Compiled]:
    """Compile a person's family name alone, unless another given name or a facility
    word comes right before it (bot.match.family_names, bot.match.named_after)."""
    family = family_name(words)
    if family is None:
        return []
    keys = typed_keys(family)
    vetoes: Longer = ((1, (other_owner_keys(), *keys)),)
    if len(family) == 1:
        # Another foreign given name right before the name as written: another person.
        others = other_given_marks(words[:-1])
        vetoes += ((1, (others, exact_keys(family[0]))),)
    if family[0].startswith(ARTICLE):
        vetoes += ((0, (frozenset({NO_ARTICLE}),)),)
    forms = [Compiled(keys, vetoes)]
    # The given name right before the family name, the names between left out: «محمد زمار»
    # for «محمد حيدر زمار», «رجب أردوغان» for «رجب طيب أردوغان».
    given = given_name_length(words)
    if given and len(words) > given + len(family):
        forms.append(Compiled(typed_keys((*words[:given], *family))))
    return forms


# "Son of" inside a name: news often drops it («زيد رعد الحسين» for «زيد بن رعد الحسين»).
_SON_OF = frozenset({"بن", "ابن"})
_SON_OF_KEYS = frozenset(EXACT + word for word in _SON_OF)


def patronymic_forms(words: tuple[str, ...]) -> list[Compiled]:
    """Compile a name with «بن» between two of its names without it, and a given name and
    family name with the father's between («سلطان بن سعيد المنصوري» for «سلطان المنصوري»)."""
    forms = [
        Compiled(typed_keys(words[:at] + words[at + 1 :]))
        for at in range(1, len(words) - 1)
        if words[at] in _SON_OF
    ]
    given = given_name_length(words)
    if not given or len(words) != given + 1:
        return forms
    keys = typed_keys(words)
    # The father's given name alone between («عباس مصطفى كامل» for «عباس كامل»): only a
    # given name of the list there, so any last word («كامل» is also "complete").
    forms.append(Compiled((*keys[:-1], given_name_keys(), keys[-1])))
    # After «بن» any name; then the last word must be a family name by the word lists
    # (not «رئيس الوزراء»: رئيس is a given name too).
    if family_name(words) == words[-1:]:
        forms.append(Compiled((*keys[:-1], _SON_OF_KEYS, frozenset(), keys[-1]), gapped=True))
    return forms


def numbered_forms(words: tuple[str, ...]) -> list[Compiled]:
    """Compile a name ending in a number (a year, an edition) with a word before the number.

    The owner of the name goes there: «رؤية السعودية 2030» is «رؤية 2030», «مونديال
    قطر 2022» «مونديال 2022». The number keeps it specific, so one word of any kind may fill.
    """
    if len(words) < 2 or not words[-1].isdigit():
        return []
    keys = typed_keys(words)
    return [Compiled((*keys[:-1], frozenset(), keys[-1]), gapped=True)]
