"""The buttons under an alert or a digest, and the callback data they carry.

Callback data is ``ac:{action}:{token}`` or ``ac:{action}:{token}:{term index}``
(at most 3 + 6 + 12 + 3 bytes, far under Telegram's 64); the token names the
card in Redis (bot.store.alert_cards) that says which chat, article and terms
the buttons act on. The handlers (handlers/alert_actions.py) answer them.
"""

from __future__ import annotations

from bot.lang import Lang

PREFIX = "ac:"
MUTE = "mute"  # open the mute choices
NOT_THIS = "no"  # "not about this"
BACK = "back"  # back to the alert's own buttons
MUTE_TERM = "mt"  # which term to mute (an alert for several terms)
MUTE_DAY = "md"  # mute the term for a day
MUTE_FOREVER = "mf"  # stop watching the term (/unwatch)
NOT_TERM = "nt"  # which term the alert was not about
EXCLUDE = "x"  # save the term with the offered exclusion
EXACT = "e"  # save the term in exact mode

Row = tuple[tuple[str, str], ...]

LABELS: dict[Lang, dict[str, str]] = {
    "ar": {"mute": "🔕 كتم", "no": "👎 ليس عن هذا"},
    "en": {"mute": "🔕 Mute", "no": "👎 Not about this"},
}


def data(action: str, token: str, index: int | None = None) -> str:
    """Return a button's callback data."""
    return f"{PREFIX}{action}:{token}" + ("" if index is None else f":{index}")


def parse_data(raw: str) -> tuple[str, str, int | None] | None:
    """Return (action, token, term index) from callback data; None if it is not ours."""
    if not raw.startswith(PREFIX):
        return None
    parts = raw.removeprefix(PREFIX).split(":")
    if len(parts) == 2:
        return parts[0], parts[1], None
    if len(parts) == 3 and parts[2].isdecimal():
        return parts[0], parts[1], int(parts[2])
    return None


def alert_buttons(token: str, lang: Lang, *, digest: bool = False) -> Row:
    """Return the row under an alert (mute, not about this) or a digest (mute only)."""
    labels = LABELS[lang]
    mute = (labels[MUTE], data(MUTE, token))
    return (mute,) if digest else (mute, (labels[NOT_THIS], data(NOT_THIS, token)))
