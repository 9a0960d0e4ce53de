"""Telegram HTML that `text()` inserts as it is, and user text made safe to insert."""

from __future__ import annotations

import html

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate: a Latin term inside Arabic text stays whole


class Html(str):
    """Text that is already valid Telegram HTML; `text()` inserts it as it is."""

    __slots__ = ()


def isolate(value: str) -> Html:
    """Escape a user-typed value and isolate its direction inside the surrounding line."""
    return Html(f"{FSI}{html.escape(value)}{PDI}")
