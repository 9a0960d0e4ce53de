"""Every group's texts in one TEXTS, and `text()` to fill one in.

Every value filled into a text is HTML-escaped by `text()`, unless it is an
`Html` string built by code that escaped its own parts, so nothing a user or
a feed typed can change the markup.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from bot.lang import Lang
from handlers.texts import (
    admin,
    alert_actions,
    delivery,
    errors,
    feed_admin,
    quiet,
    start,
    teams,
    term_notes,
    terms,
)
from handlers.texts.markup import Html

Texts = Mapping[str, dict[Lang, str]]


def merge(groups: Mapping[str, Texts]) -> dict[str, dict[Lang, str]]:
    """One dict of the groups' texts; a key in two groups raises ValueError."""
    merged: dict[str, dict[Lang, str]] = {}
    owner: dict[str, str] = {}
    for group, texts in groups.items():
        for key, words in texts.items():
            # A plain update would let one group's text silently replace another's
            # (ruff's F601 catches a repeat only inside one dict literal).
            if key in owner:
                raise ValueError(f"text {key!r} is in both {owner[key]} and {group}")
            owner[key] = group
            merged[key] = words
    return merged


_GROUPS = (
    start,
    terms,
    term_notes,
    teams,
    delivery,
    quiet,
    feed_admin,
    admin,
    alert_actions,
    errors,
)
TEXTS = merge({group.__name__: group.TEXTS for group in _GROUPS})


def text(key: str, lang: Lang, **values: object) -> str:
    """Return one of the bot's texts, with the values escaped and filled in."""
    safe = {
        name: value if isinstance(value, Html) else html.escape(str(value))
        for name, value in values.items()
    }
    template = TEXTS[key][lang]
    return template.format(**safe) if safe else template
