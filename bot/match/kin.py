"""A family name alone in an article that names another member of the family.

A term of a given name and a family name («رفيق الحريري», «محمد بن لادن») also
matches the family name alone (bot.match.family_names). When the same article
names another member of the family in full («سعد الحريري», «أسامة بن لادن»:
another given name of Faker's Arabic list right before the family name), the
family name alone there means that member, whom the article has just named, so
those finds are not the term's; the full name still is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.match.compiled import Kin, WordKeys
from bot.match.family_names import family_name
from bot.match.given_names import given_name_length, given_names
from bot.match.hits import Hit, Span, without_spans
from bot.match.particles import AND
from bot.match.word_keys import typed_keys

if TYPE_CHECKING:  # the scan's types; bot.match.terms imports this module before them
    from bot.match.normalize import Token
    from bot.match.scan import Written
    from bot.match.token_table import TokenInfo

__all__ = ["Kin", "kin_of", "without_kin"]


def kin_of(words: tuple[str, ...]) -> Kin | None:
    """Return what tells another member of a person term's family, or None for no such term."""
    family = family_name(words)
    if family is None or not given_name_length(words):
        return None
    return typed_keys(family), frozenset(words[: -len(family)])


def without_kin(
    hits: list[Hit], kin: dict[str, Kin], written: Sequence[Written], fields: list[list[TokenInfo]]
) -> list[Hit]:
    """Drop a person term's family-name-alone finds where the article names another member."""
    kept: list[Hit] = []
    # Terms of one person, or of one family, share their answers: each is asked once, and
    # where a family name stands in each field is found once for both questions.
    named: dict[Kin, bool] = {}
    starts: dict[WordKeys, list[list[int]]] = {}
    alone: dict[WordKeys, set[Span]] = {}
    for hit in hits:
        family = kin.get(hit.term)
        if family is None:
            kept.append(hit)
            continue
        keys, own = family
        if keys not in starts:
            starts[keys] = [_starts(keys, infos) for infos in fields]
        if family not in named:
            named[family] = _other_member(own, starts[keys], written)
        if not named[family]:
            kept.append(hit)
            continue
        if keys not in alone:
            alone[keys] = _alone(len(keys), starts[keys], written)
        kept += without_spans([hit], alone[keys].__contains__)
    return kept


def _alone(size: int, starts: list[list[int]], written: Sequence[Written]) -> set[Span]:
    """Return the spans of the family name standing on its own, size words from each start."""
    return {
        Span(field.name, field.tokens[start].start, field.tokens[start + size - 1].end)
        for field, found in zip(written, starts, strict=True)
        for start in found
    }


def _starts(keys: WordKeys, infos: list[TokenInfo]) -> list[int]:
    """Return where the words of the family name follow one another in a field."""
    first, rest = keys[0], keys[1:]
    return [
        start
        for start, info in enumerate(infos[: len(infos) - len(rest)])
        if not first.isdisjoint(info.keys)
        and all(not word.isdisjoint(infos[start + at].keys) for at, word in enumerate(rest, 1))
    ]


def _other_member(own: frozenset[str], starts: list[list[int]], written: Sequence[Written]) -> bool:
    """Tell whether some given name but the term's own comes right before the family name."""
    names = given_names()
    for field, found in zip(written, starts, strict=True):
        tokens: list[Token] = field.tokens
        for position in found:
            if not position:
                continue
            before = tokens[position - 1].text
            name = before[1:] if before.startswith(AND) and before[1:] in names else before
            if name in names and name not in own:
                return True
    return False
