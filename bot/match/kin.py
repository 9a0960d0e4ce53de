"""A family name alone in an article that names another member of the family.

A term of a given name and a family name («رفيق الحريري») also matches the
family name alone (bot.match.family_names). When the same article names
another member of the family in full («سعد الحريري»: another given name of
Faker's Arabic list right before the family name), the family name alone there
means that member, whom the article has just named, so those finds are not the
term's; the full name still is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.match.compiled import Kin
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
    if family is None or len(family) != 1 or not given_name_length(words):
        return None
    return typed_keys(family)[0], frozenset(words[:-1])


def without_kin(
    hits: list[Hit], kin: dict[str, Kin], written: Sequence[Written], fields: list[list[TokenInfo]]
) -> list[Hit]:
    """Drop a person term's family-name-alone finds where the article names another member."""
    kept: list[Hit] = []
    # Terms of one person, or of one family, share their answers: each is asked once.
    named: dict[Kin, bool] = {}
    alone: dict[frozenset[str], set[Span]] = {}
    for hit in hits:
        family = kin.get(hit.term)
        if family is None:
            kept.append(hit)
            continue
        if family not in named:
            named[family] = _other_member(family, written, fields)
        if not named[family]:
            kept.append(hit)
            continue
        keys = family[0]
        if keys not in alone:
            alone[keys] = _alone(keys, written, fields)
        kept += without_spans([hit], alone[keys].__contains__)
    return kept


def _alone(
    keys: frozenset[str], written: Sequence[Written], fields: list[list[TokenInfo]]
) -> set[Span]:
    """Return the spans of the family name standing as a word of its own."""
    return {
        Span(field.name, token.start, token.end)
        for field, infos in zip(written, fields, strict=True)
        for token, info in zip(field.tokens, infos, strict=True)
        if not keys.isdisjoint(info.keys)
    }


def _other_member(kin: Kin, written: Sequence[Written], fields: list[list[TokenInfo]]) -> bool:
    """Tell whether some given name but the term's own comes right before the family name."""
    keys, own = kin
    names = given_names()
    for field, infos in zip(written, fields, strict=True):
        tokens: list[Token] = field.tokens
        for position in range(1, len(infos)):
            if keys.isdisjoint(infos[position].keys):
                continue
            before = tokens[position - 1].text
            name = before[1:] if before.startswith(AND) and before[1:] in names else before
            if name in names and name not in own:
                return True
    return False
