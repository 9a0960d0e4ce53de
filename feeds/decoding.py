"""Feed bytes to clean UTF-8 text, ready for feedparser.

Rasd decodes documents itself rather than letting feedparser guess, so that the
encoding rules (byte signatures, the XML declaration, the HTTP charset, then
windows-1256 for unlabelled Arabic) are Rasd's own whatever feedparser version is
installed, and so that a stray control character or an HTML entity does not push a
healthy feed onto feedparser's loose parser. Documents that declare their own
entities are recognised here, so that they are refused before any parser expands them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from html.entities import name2codepoint

XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>'

# Byte-order marks first, then the four bytes "<?" take in each wide encoding
# (XML 1.0 appendix F). Longer marks come before the shorter ones they start with.
_BYTE_SIGNATURES = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
)
_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
# Servers send these by default, whatever the document holds; a label naming any
# other encoding was chosen on purpose, so it is believed first.
_DEFAULT_LABELS = frozenset({"iso8859-1", "ascii", "cp1252"})
# Python text codecs that are not character sets; a document naming one is mistaken.
_NOT_CHARSETS = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined"})
# A UTF-8 document with a stray byte or two is still UTF-8; 8-bit Arabic read as UTF-8
# gives about one bad sequence per letter, far below this many good characters per bad.
_UTF8_GOOD_PER_BAD = 20
# Rasd reads Arabic news: an unlabelled 8-bit document is most likely windows-1256,
# and that codec maps every byte, so decoding always ends somewhere.
_LAST_RESORT_ENCODING = "cp1256"

# Characters XML forbids; feeds pick them up from copy-paste, and one of them would
# push a whole healthy feed onto feedparser's loose parser and a "broken" warning.
_FORBIDDEN_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# HTML's named entities (&nbsp;, &eacute;) are undefined in XML and common in feeds;
# as numeric references they mean the same and keep the strict parser going.
_NAMED_REFERENCE = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})

# An entity declared in a DOCTYPE is how a document expands itself (the "billion
# laughs" bomb, or one huge entity repeated) or reads a local file (XXE). Measured with
# feedparser 6.0.14 and expat 2.5: expat stops a nested bomb only after ~8 MB of
# output, and when the strict parse fails feedparser's loose parser expands the
# entities it thinks safe with no limit at all (a 110 kB document became a 200 MB
# summary). Real feeds do not declare entities, so such documents are refused.
_DOCTYPE = re.compile(r"<!DOCTYPE", re.IGNORECASE)
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Document:
    """Decoded text ready for feedparser."""

    text: str
    mime_type: str
    lines_dropped: int
    blank: bool


def _mime_and_charset(content_type: str | None) -> tuple[str, str | None]:
    mime, _, params = (content_type or "").partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return mime.strip().lower(), charset


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name in _NOT_CHARSETS else name


def _signed_encoding(content: bytes) -> str | None:
    for signature, encoding in _BYTE_SIGNATURES:
        if content.startswith(signature):
            return encoding
    return None


def _as_utf8(content: bytes) -> str | None:
    """Return the document as UTF-8 if that is what it is, bar a cut or a stray byte.

    Arabic in an 8-bit encoding practically never forms valid UTF-8, so this beats
    any label: servers and generators mislabel far more often than they miscode.
    """
    try:
        # Not final: a download cut inside a character is still UTF-8.
        return codecs.getincrementaldecoder("utf-8")().decode(content)
    except UnicodeDecodeError:
        pass
    text = content.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - content.count("\ufffd".encode())
    wide = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return text if wide >= _UTF8_GOOD_PER_BAD * bad else None


def _labelled_encodings(content: bytes, http_charset: str | None) -> list[str]:
    """Return the encodings the document and the server name, the deliberate ones first."""
    declared = _DECLARED_ENCODING.match(content[:1024])
    labels = [_codec(declared[1].decode("ascii") if declared else None), _codec(http_charset)]
    named = [label for label in labels if label]
    chosen = [label for label in named if label not in _DEFAULT_LABELS]
    return chosen + [label for label in named if label in _DEFAULT_LABELS]


def _decode(content: bytes, http_charset: str | None) -> str:
    signed = _signed_encoding(content)
    if signed:
        return content.decode(signed, errors="replace")
    text = _as_utf8(content)
    if text is not None:
        return text
    for encoding in _labelled_encodings(content, http_charset):
        try:
            return content.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return content.decode(_LAST_RESORT_ENCODING, errors="replace")


def _numeric_reference(match: re.Match[str]) -> str:
    name = match[1]
    code = name2codepoint.get(name)
    if code is None or name in _XML_ENTITIES:
        return match[0]
    return f"&#{code};"


def decode_document(content: bytes, content_type: str | None) -> Document:
    """Decode fetched bytes to UTF-8 text that feedparser's strict parser can read."""
    mime, charset = _mime_and_charset(content_type)
    text = _decode(content, charset)
    stripped = text.lstrip()
    # Counted so that line numbers in problems match what the admin sees in the file.
    dropped = text[: len(text) - len(stripped)].count("\n")
    stripped = _FORBIDDEN_CHARACTERS.sub("", stripped)
    stripped = _NAMED_REFERENCE.sub(_numeric_reference, stripped)
    if not stripped.startswith("<?xml"):
        # Written without a newline: feedparser would add one, shifting every line number.
        stripped = XML_DECLARATION + stripped
    return Document(text=stripped, mime_type=mime, lines_dropped=dropped, blank=not content.strip())


def declares_entities(text: str) -> bool:
    # Order does not matter: feedparser also lifts declarations that precede the DOCTYPE.
    return _DOCTYPE.search(text) is not None and _ENTITY_DECLARATION.search(text) is not None
