"""Telegram's HTML parse mode, parsed the way the Bot API server parses it.

The Bot API server hands ``parse_mode=HTML`` text to tdlib's ``parse_html``; this
module follows that function's rules, so a markup mistake fails here exactly
where it would fail in production:

- only the documented tags; names are case-insensitive; ``</>`` closes any tag;
- ``&lt; &gt; &amp; &quot;`` and numeric references (the ``;`` is optional);
  an ``&`` that starts nothing known, and any ``>``, are literal text;
- errors use tdlib's words; their byte offsets count UTF-8 bytes of the input;
- entity offsets and lengths count UTF-16 code units of the parsed text.

``tidy`` then does what tdlib does to every message text afterwards: it drops
entities nested in code or pre blocks and trims spaces and newlines.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

Entity = dict[str, Any]

_TAGS = frozenset(
    {"a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler", "tg-emoji",
     "span", "pre", "code", "blockquote"}
)  # fmt: skip
_STYLES = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic",
    "u": "underline", "ins": "underline", "s": "strikethrough", "strike": "strikethrough",
    "del": "strikethrough", "tg-spoiler": "spoiler", "span": "spoiler",
}  # fmt: skip
_NAMED = {b"lt": "<", b"gt": ">", b"amp": "&", b"quot": '"'}
# tdlib orders entities that share a span by these priorities.
_PRIORITY = {
    "blockquote": 0, "expandable_blockquote": 0, "pre": 10, "code": 20, "text_link": 49,
    "text_mention": 49, "bold": 90, "italic": 91, "underline": 92, "strikethrough": 93,
    "spoiler": 94, "custom_emoji": 99,
}  # fmt: skip
# tdlib's is_space counts the NUL that ends a C string, so the end of the text is "space" too.
_SPACE = frozenset(b" \t\r\n\v\0")
_NAME_END = _SPACE | frozenset(b"=>/\"'")
_TOKEN = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
_HEX = frozenset(b"0123456789abcdefABCDEF")
_DIGITS = frozenset(b"0123456789")
_LETTERS = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_SURROGATES_ERROR = (
    "Text contains invalid Unicode characters after decoding HTML entities, "
    "check for unmatched surrogate code units"
)


class HTMLParseError(ValueError):
    """Telegram refused the markup; the message is tdlib's, without "can't parse entities: "."""


@dataclass
class _Open:
    tag: str
    argument: str
    offset: int  # UTF-16 offset in the parsed text
    start: int  # byte index in the parsed text, for <a> without href


def utf16_len(text: str) -> int:
    """Return the length of text in UTF-16 code units, the unit Telegram counts in."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def parse_html(markup: str) -> tuple[str, list[Entity]]:
    """Return the plain text and the entities of HTML markup; raise HTMLParseError."""
    return _Parser(markup.encode("utf-8", "surrogatepass")).run()


class _Parser:
    def __init__(self, src: bytes) -> None:
        self.src = src
        self.out = bytearray()
        self.utf16 = 0
        self.stack: list[_Open] = []
        self.entities: list[Entity] = []
        self.surrogates = False

    def at(self, i: int) -> int:
        return self.src[i] if i < len(self.src) else 0

    def run(self) -> tuple[str, list[Entity]]:
        i = 0
        while i < len(self.src):
            byte = self.src[i]
            if byte == ord("&"):
                reference = self.char_ref(i)
                if reference is not None:
                    code, i = reference
                    self.emit_char(code)
                    continue
            if byte != ord("<"):
                self.emit_byte(byte)
                i += 1
            elif self.at(i + 1) == ord("/"):
                i = self.end_tag(i)
            else:
                i = self.start_tag(i)
        if self.stack:
            tag = self.stack[-1].tag
            raise HTMLParseError(f'Can\'t find end tag corresponding to start tag "{tag}"')
        if self.surrogates:
            raise HTMLParseError(_SURROGATES_ERROR)
        for entity in self.entities:
            if entity["type"] == "code":  # a language is kept only on pre blocks
                entity.pop("language", None)
        self.entities.sort(key=lambda e: (e["offset"], -e["length"], _PRIORITY[e["type"]]))
        return self.out.decode("utf-8"), self.entities

    def emit_byte(self, byte: int) -> None:
        if byte & 0xC0 != 0x80:  # the first byte of a character
            self.utf16 += 2 if byte >= 0xF0 else 1
        self.out.append(byte)

    def emit_char(self, code: int) -> None:
        self.surrogates = self.surrogates or 0xD800 <= code <= 0xDFFF
        self.utf16 += 2 if code > 0xFFFF else 1
        self.out += chr(code).encode("utf-8", "surrogatepass")

    def char_ref(self, i: int) -> tuple[int, int] | None:
        """Decode the reference at i as tdlib does: (code point, index after it), or None."""
        j = i + 1
        if self.at(j) == ord("#"):
            j += 1
            hexadecimal = self.at(j) == ord("x")
            j += hexadecimal
            start = j
            while self.at(j) in (_HEX if hexadecimal else _DIGITS):
                j += 1
            code = int(self.src[start:j], 16 if hexadecimal else 10) if j > start else 0
            if code == 0 or code >= 0x10FFFF or j - i >= 10:
                return None
        else:
            while self.at(j) in _LETTERS:
                j += 1
            named = _NAMED.get(self.src[i + 1 : j])
            if named is None:
                return None
            code = ord(named)
        return code, j + (self.at(j) == ord(";"))

    def skip_spaces(self, i: int) -> int:
        while self.at(i) != 0 and self.at(i) in _SPACE:
            i += 1
        return i

    def start_tag(self, begin: int) -> int:
        i = begin + 1
        while self.at(i) not in _SPACE and self.at(i) != ord(">"):
            i += 1
        if self.at(i) == 0:
            raise HTMLParseError(f"Unclosed start tag at byte offset {begin}")
        tag = self.src[begin + 1 : i].lower().decode("utf-8", "replace")
        if tag not in _TAGS:
            raise HTMLParseError(f'Unsupported start tag "{tag}" at byte offset {begin}')
        argument = ""
        while self.at(i) != ord(">"):
            i = self.skip_spaces(i)
            if self.at(i) == ord(">"):
                break
            name, value, i = self.attribute(tag, begin, i)
            argument = _argument(tag, name, value, argument)
        if tag == "span" and argument != "spoiler":
            raise HTMLParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {begin}')
        self.stack.append(_Open(tag, argument, self.utf16, len(self.out)))
        return i + 1

    def attribute(self, tag: str, begin: int, i: int) -> tuple[str, str | None, int]:
        start = i
        while self.at(i) not in _NAME_END:
            i += 1
        name = self.src[start:i].decode("utf-8", "replace")
        if not name:
            raise HTMLParseError(f'Empty attribute name in the tag "{tag}" at byte offset {begin}')
        i = self.skip_spaces(i)
        if self.at(i) != ord("="):
            if self.at(i) == 0:
                raise HTMLParseError(f'Unclosed start tag "{tag}" at byte offset {begin}')
            return name, None, i
        i = self.skip_spaces(i + 1)
        if self.at(i) == 0:
            raise HTMLParseError(f'Unclosed start tag "{tag}" at byte offset {begin}')
        value, i = self.quoted(i) if self.at(i) in b"'\"" else self.name_token(i)
        if self.at(i) == 0:
            raise HTMLParseError(f"Unclosed start tag at byte offset {begin}")
        return name, value, i

    def name_token(self, i: int) -> tuple[str, int]:
        start = i
        while self.at(i) in _TOKEN:
            i += 1
        if self.at(i) not in _SPACE and self.at(i) != ord(">"):
            raise HTMLParseError(f"Unexpected end of name token at byte offset {start}")
        return self.src[start:i].lower().decode("ascii"), i

    def quoted(self, i: int) -> tuple[str, int]:
        quote = self.at(i)
        i += 1
        value = bytearray()
        while self.at(i) not in (quote, 0):
            reference = self.char_ref(i) if self.at(i) == ord("&") else None
            if reference is None:
                value.append(self.at(i))
                i += 1
            else:
                value += chr(reference[0]).encode("utf-8", "surrogatepass")
                i = reference[1]
        return value.decode("utf-8", "replace"), i + (self.at(i) == quote)

    def end_tag(self, begin: int) -> int:
        if not self.stack:
            raise HTMLParseError(f"Unexpected end tag at byte offset {begin}")
        i = begin + 2
        while self.at(i) not in _SPACE and self.at(i) != ord(">"):
            i += 1
        name = self.src[begin + 2 : i].lower().decode("utf-8", "replace")
        i = self.skip_spaces(i)
        if self.at(i) != ord(">"):
            raise HTMLParseError(f"Unclosed end tag at byte offset {begin}")
        tag = self.stack[-1].tag
        if name and name != tag:
            raise HTMLParseError(
                f'Unmatched end tag at byte offset {begin}, expected "</{tag}>", found "</{name}>"'
            )
        opened = self.stack.pop()
        if self.utf16 > opened.offset:
            self.close(opened)
        return i + 1

    def close(self, opened: _Open) -> None:
        span = {"offset": opened.offset, "length": self.utf16 - opened.offset}
        last = self.entities[-1] if self.entities else None
        same_span = last is not None and all(last[k] == v for k, v in span.items())
        if opened.tag in _STYLES:
            self.entities.append({"type": _STYLES[opened.tag], **span})
        elif opened.tag == "a":
            url = opened.argument or self.out[opened.start :].decode("utf-8", "replace")
            link = _link_entity(url)
            if link is not None:
                self.entities.append({**link, **span})
        elif opened.tag == "tg-emoji":
            if not opened.argument.isdigit() or not 0 < int(opened.argument) < 2**63:
                raise HTMLParseError("Invalid custom emoji identifier specified")
            emoji = {"type": "custom_emoji", **span, "custom_emoji_id": opened.argument}
            self.entities.append(emoji)
        elif opened.tag == "blockquote":
            kind = "expandable_blockquote" if opened.argument else "blockquote"
            self.entities.append({"type": kind, **span})
        else:
            self.close_code(opened, span, last if same_span else None)

    def close_code(self, opened: _Open, span: Entity, inner: Entity | None) -> None:
        """<pre><code class="language-x"> (either nesting order) makes one pre entity."""
        if opened.tag == "pre" and inner and inner["type"] == "code" and inner.get("language"):
            inner["type"] = "pre"
        elif opened.tag == "code" and inner and inner["type"] == "pre" and opened.argument:
            inner["language"] = opened.argument
        else:
            entity = {"type": opened.tag, **span}
            if opened.tag == "code" and opened.argument:
                entity["language"] = opened.argument
            self.entities.append(entity)


def _argument(tag: str, name: str, value: str | None, current: str) -> str:
    """Return what an attribute contributes to its tag; tdlib ignores any other attribute."""
    if tag == "blockquote" and name == "expandable":
        return "1"
    if value is None:
        return current
    if (tag, name) in {("a", "href"), ("tg-emoji", "emoji-id")}:
        return value
    if tag == "code" and name == "class" and value.startswith("language-"):
        return value.removeprefix("language-")
    if tag == "span" and name == "class" and value.startswith("tg-"):
        return value.removeprefix("tg-")
    return current


def _link_entity(url: str) -> Entity | None:
    """Return a text_link (or a tg://user mention); None where Telegram drops a bad URL."""
    if url.startswith("tg://user?id=") and url[13:].isdigit():
        user = {"id": int(url[13:]), "is_bot": False, "first_name": ""}
        return {"type": "text_mention", "user": user}
    if "://" not in url:
        url = f"http://{url}"
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https", "tg", "ton", "tonsite"} or not parts.netloc:
        return None
    if parts.scheme.lower() in {"http", "https"} and not parts.path:
        url = parts._replace(path="/").geturl()
    return {"type": "text_link", "url": url}


def tidy(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """Drop entities inside code and pre, then trim spaces and newlines as Telegram does."""
    blocks = [e for e in entities if e["type"] in {"code", "pre"}]
    kept = [e for e in entities if not any(_nested(e, b) for b in blocks)]
    stripped = text.rstrip(" \n")
    end = utf16_len(stripped)
    trimmed: list[Entity] = []
    for entity in kept:
        if entity["offset"] < end:
            trimmed.append({**entity, "length": min(entity["length"], end - entity["offset"])})
    first = min((e["offset"] for e in trimmed), default=end)
    lead = len(stripped) - len(stripped.lstrip(" \n"))
    lead = min(lead, first)  # Telegram keeps leading spaces that an entity starts in or after
    for entity in trimmed:
        entity["offset"] -= lead
    return stripped[lead:], trimmed


def _nested(entity: Entity, block: Entity) -> bool:
    """Whether Telegram drops entity for lying in block: nothing nests in pre, only code in code."""
    if entity is block or (entity["type"] in {"code", "pre"} and block["type"] == "code"):
        return False
    start, end = int(block["offset"]), int(block["offset"] + block["length"])
    return bool(start <= entity["offset"] and entity["offset"] + entity["length"] <= end)
