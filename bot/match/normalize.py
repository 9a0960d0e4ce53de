"""Arabic-aware normalization, and tokenization with offsets into the original text."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

__all__ = ["Token", "normalize", "tokenize"]


class Token(NamedTuple):
    """One word: its normalized text and where it sits in the original string."""

    text: str
    start: int
    end: int


_TATWEEL = "\u0640"

# Letter forms that readers treat as the same letter. Persian/Urdu/Kurdish forms
# come from Persian keyboards and Persian-script sources quoted in Arabic news.
# گ پ چ ژ ڤ are transliteration letters for g p ch zh v; Arabic spellings of the
# same names use ك ب ج ز ف, so folding them lets both spellings meet.
_LETTER_GROUPS: dict[str, str] = {
    "ا": "أإآٱٲٳٵ",
    "و": "ؤٶۄۅۆۇۈۉۊۋۏ",
    "ي": "ئىیێېۍےۓٸ",
    "ه": "ةۃۀہۂەھ",
    "ك": "کڪګگڭ",
    "ب": "پ",
    "ج": "چ",
    "ز": "ژ",
    "ف": "ڤڥ",
    "ق": "ڨ",
}
# Arabic-Indic and Persian (Extended Arabic-Indic) digits.
_NATIVE_DIGITS = ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")

# Format controls (bidi marks, ZWJ/ZWNJ, BOM, soft hyphen) and combining marks
# (tashkeel, shadda, sukun, superscript alef U+0670, Quranic marks) change how a
# word looks, never which word it is.
_DROPPED_CATEGORIES = frozenset({"Mn", "Me", "Cf"})
# Variation selectors and tag characters ride along with emoji in headlines.
_SUPPLEMENTARY_DROPS = range(0xE0000, 0xE0200)


def _dropped_code_points() -> list[int]:
    """List every code point that normalization deletes."""
    points = [cp for cp in range(0x10000) if unicodedata.category(chr(cp)) in _DROPPED_CATEGORIES]
    points.extend(cp for cp in _SUPPLEMENTARY_DROPS if unicodedata.category(chr(cp)) != "Cn")
    points.append(ord(_TATWEEL))
    return points


_DROPPED = _dropped_code_points()


def _build_table() -> dict[int, str | None]:
    """Build the one str.translate table that does all per-character folding."""
    table: dict[int, str | None] = dict.fromkeys(_DROPPED)
    for target, sources in _LETTER_GROUPS.items():
        table.update({ord(source): target for source in sources})
    for native in _NATIVE_DIGITS:
        table.update({ord(digit): str(value) for value, digit in enumerate(native)})
    return table


_TABLE = _build_table()


def _char_class(points: list[int]) -> str:
    """Render code points as a compact regex character class body."""
    ranges: list[str] = []
    points = sorted(set(points))
    start = prev = points[0]
    for cp in [*points[1:], -1]:
        if cp == prev + 1:
            prev = cp
            continue
        ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        start = prev = cp
    return "".join(ranges)


_INVISIBLE = _char_class(_DROPPED)
_MARKS = _char_class([cp for cp in _DROPPED if unicodedata.category(chr(cp)) in {"Mn", "Me"}])
# A word starts with a letter or digit; invisible characters may sit inside it
# (tatweel, ZWNJ, bidi marks) and marks may trail it (tanween on the last letter).
_WORD = re.compile(rf"[^\W_](?:[{_INVISIBLE}]*[^\W_])*[{_MARKS}]*")
_PIECE = re.compile(r"[^\W_]+")
# Arabic letters run into digits in names and models («فرانس24», «إس300», «و24»):
# each run is a word of its own, as if a space were there.
_LETTERS_DIGITS = re.compile(r"(?<=[\u0621-\u064a])(?=[0-9])|(?<=[0-9])(?=[\u0621-\u064a])")

_CACHE_LIMIT = 200_000
_pieces_cache: dict[str, tuple[str, ...]] = {}


def _normalize_once(text: str) -> str:
    """Apply NFKC, case folding and the folding table once."""
    return unicodedata.normalize("NFKC", text).casefold().translate(_TABLE)


def normalize(text: str) -> str:
    """Return the matching form of text; normalize(normalize(t)) == normalize(t)."""
    if text.isascii():
        return text.lower()
    result = _normalize_once(text)
    again = _normalize_once(result)
    # Dropping a mark can bring two characters together that NFKC then composes;
    # iterate to the fixed point so the function is idempotent for any input.
    while again != result:
        result, again = again, _normalize_once(again)
    return result


def _pieces(raw: str) -> tuple[str, ...]:
    """Normalize one raw word; compatibility forms such as ﷺ can expand to several."""
    if len(_pieces_cache) >= _CACHE_LIMIT:
        _pieces_cache.clear()
    normalized = normalize(raw)
    pieces = (normalized,) if _PIECE.fullmatch(normalized) else tuple(_PIECE.findall(normalized))
    if any(map(str.isdigit, normalized)):
        pieces = tuple(part for piece in pieces for part in _LETTERS_DIGITS.split(piece))
    _pieces_cache[raw] = pieces
    return pieces


def tokenize(text: str) -> list[Token]:
    """Split text into normalized tokens with offsets into the original text."""
    tokens: list[Token] = []
    append = tokens.append
    cache = _pieces_cache
    for found in _WORD.finditer(text):
        raw = found.group()
        pieces = cache.get(raw)
        if pieces is None:
            pieces = _pieces(raw)
        start, end = found.span()
        for piece in pieces:
            append(Token(piece, start, end))
    return tokens
