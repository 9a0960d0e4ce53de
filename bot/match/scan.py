"""The per-article loop: which posted alternatives really occur in a field.

The scan records each find as a (term, span) pair in two parallel lists, so a
term proven by a token costs a list extension, not a Python call.
"""

from __future__ import annotations

from typing import NamedTuple

from bot.match.compiled import Alt, WordKeys
from bot.match.hits import Field, Span
from bot.match.normalize import Token
from bot.match.token_table import TokenInfo
from bot.match.vetoes import CONTEXT_VETOES

__all__ = ["Written", "excluded", "scan"]

# Builds a NamedTuple without its Python-level __new__: one C call per record.
_NEW = tuple.__new__
_VETOED = frozenset(CONTEXT_VETOES)
# What ends a name between two words: a full stop, a comma, a colon, a question or an
# exclamation (quotes, brackets and hyphens do not: «صحيفة "نيويورك تايمز"»).
_BREAKS = frozenset(".,،:;؛!?؟…")


class Written(NamedTuple):
    """One field of an article: its name, its text and the text's tokens."""

    name: Field
    text: str
    tokens: list[Token]


def scan(field: Written, infos: list[TokenInfo], terms: list[str], spans: list[Span]) -> bool:
    """Append to terms and spans every alternative that occurs in this field.

    Return whether some find starts before the token that found it (a phrase
    anchored on a later word), so that records are not in order of start.
    """
    name, tokens = field.name, field.tokens
    last = len(infos) - 1
    unordered = False
    for position, info in enumerate(infos):
        if not info.active:
            continue
        proven, unproven = info.proven, info.unproven
        if proven or unproven:
            token = tokens[position]
            # One Span per token, shared by all the terms it proves.
            span: Span = _NEW(Span, (name, token.start, token.end))
            if proven:
                terms += proven
                spans += [span] * len(proven)
            if unproven:
                unordered |= _scan_unproven(field, infos, position, span, terms, spans)
        if info.paired:
            # A neighbour's keys are wanted by some phrase of the index, rarely by one
            # anchored here: most anchors are passed over with one set test.
            partners = info.partners
            if (
                position < last
                and (keys := infos[position + 1].afters)
                and not partners.isdisjoint(keys)
            ):
                unordered |= _scan_pairs(field, infos, position, position, keys, terms, spans)
            if position and (keys := infos[position - 1].befores) and not partners.isdisjoint(keys):
                unordered |= _scan_pairs(field, infos, position, position - 1, keys, terms, spans)
            if (
                position > 1
                and (keys := infos[position - 2].gap_befores)
                and not partners.isdisjoint(keys)
            ):
                unordered |= _scan_pairs(field, infos, position, position - 2, keys, terms, spans)
    return unordered


def _scan_unproven(
    field: Written,
    infos: list[TokenInfo],
    position: int,
    span: Span,
    terms: list[str],
    spans: list[Span],
) -> bool:
    """Record the unproven alternatives of the token at position that really occur.

    A one-word alternative starts here and is unproven only for its vetoes; a
    gapped one ends here, unbroken by punctuation. Return whether something
    recorded starts earlier.
    """
    tokens = field.tokens
    earlier = False
    for alt in infos[position].unproven:
        if alt.length == 1:
            if not _alt_vetoed(alt, field, infos, position):
                terms.append(alt.term)
                spans.append(span)
            continue
        start = position - alt.anchor
        # A gapped phrase does not run over a full stop or a comma either.
        if _alt_at(alt, field, infos, start) and _unbroken(field, start, position + 1):
            terms.append(alt.term)
            spans.append(_NEW(Span, (field.name, tokens[start].start, tokens[position].end)))
            earlier = True
    return earlier


def _scan_pairs(
    field: Written,
    infos: list[TokenInfo],
    position: int,
    pair: int,
    partners: tuple[str, ...],
    terms: list[str],
    spans: list[Span],
) -> bool:
    """Record the phrases anchored at position whose partner is there; pair is where both start.

    Return whether something recorded starts before position.
    """
    name, tokens = field.name, field.tokens
    span: Span | None = None
    size = len(infos)
    earlier = False
    for pairs in infos[position].paired:
        for key in partners:
            slot = pairs.get(key)
            if slot is None:
                continue
            if span is None:
                span = _NEW(Span, (name, tokens[pair].start, tokens[pair + 1].end))
            proven = slot.proven
            if proven:
                terms += proven
                spans += [span] * len(proven)
                earlier |= pair < position
            for alt in slot.unproven:
                # Inlined _alt_at: this runs for every longer phrase whose pair is here.
                start = position - alt.anchor
                end = start + alt.length
                if start < 0 or end > size:
                    continue
                for offset, keys in alt.rest:
                    if keys.isdisjoint(infos[start + offset].keys):
                        break
                else:
                    if not (alt.vetoable and _alt_vetoed(alt, field, infos, start)):
                        terms.append(alt.term)
                        spans.append(_NEW(Span, (name, tokens[start].start, tokens[end - 1].end)))
                        earlier |= start < position
    return earlier


def _alt_at(alt: Alt, field: Written, infos: list[TokenInfo], start: int) -> bool:
    """Tell whether an alternative found in its bucket at start really occurs there."""
    if start < 0 or start + alt.length > len(infos):
        return False
    for offset, keys in alt.rest:
        if keys.isdisjoint(infos[start + offset].keys):
            return False
    return not (alt.vetoable and _alt_vetoed(alt, field, infos, start))


def _alt_vetoed(alt: Alt, field: Written, infos: list[TokenInfo], start: int) -> bool:
    """Tell whether the words around an alternative found at start make it another name."""
    if alt.context and _vetoed(alt.words, infos, start):
        return True
    if not alt.longer:
        return False
    around = alt.around
    if around is not None:
        # Three set tests clear most finds (Alt.around); inlined, as this runs for most.
        end = start + alt.length
        if (
            (not start or around[0].isdisjoint(infos[start - 1].keys))
            and (end >= len(infos) or around[1].isdisjoint(infos[end].keys))
            and around[2].isdisjoint(infos[start].keys)
        ):
            return False
    return any(
        _phrase_at(words, infos, start - before)
        and _unbroken(field, start - before, start - before + len(words))
        for before, words in alt.longer
    )


def _unbroken(field: Written, start: int, end: int) -> bool:
    """Tell whether no full stop, comma or the like comes between tokens start to end.

    A longer name does not run over one: in «قمة إنجلترا.. راشفورد» the country
    makes no other person of the player.
    """
    text, tokens = field.text, field.tokens
    return all(
        _BREAKS.isdisjoint(text[tokens[at - 1].end : tokens[at].start])
        for at in range(start + 1, end)
    )


def _phrase_at(words: WordKeys, infos: list[TokenInfo], start: int) -> bool:
    """Tell whether every word of the phrase matches, from token position start."""
    if start < 0 or start + len(words) > len(infos):
        return False
    return all(not keys.isdisjoint(infos[start + offset].keys) for offset, keys in enumerate(words))


def _vetoed(words: WordKeys, infos: list[TokenInfo], start: int) -> bool:
    """Tell whether a neighbour outside the phrase turns one of its words into another name."""
    end = start + len(words)
    for offset, keys in enumerate(words):
        shared = keys & infos[start + offset].keys
        if shared and shared <= _VETOED:
            position = start + offset
            if all(_key_vetoed(key, infos, position, (start, end)) for key in shared):
                return True
    return False


def _key_vetoed(key: str, infos: list[TokenInfo], position: int, span: tuple[int, int]) -> bool:
    """Tell whether a veto word of key sits near position, outside the phrase span."""
    for veto in CONTEXT_VETOES[key]:
        low, high = max(position - veto.before, 0), min(position + veto.after + 1, len(infos))
        for near in range(low, high):
            outside = near < span[0] or near >= span[1]
            if outside and not veto.words.isdisjoint(infos[near].keys):
                return True
    return False


def excluded(exclusions: tuple[WordKeys, ...], fields: list[list[TokenInfo]]) -> bool:
    """Tell whether any exclusion occurs anywhere in the article's fields."""
    return any(
        _phrase_at(words, infos, start) and not _vetoed(words, infos, start)
        for words in exclusions
        for infos in fields
        for start in range(len(infos) - len(words) + 1)
    )
