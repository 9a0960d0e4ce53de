"""A news page's bytes to its main text: charset from the header or <meta>, then trafilatura.

trafilatura finds the article's text and leaves out navigation, sidebars, "most
read" and related-article lists, comments and the footer; it works offline (its
language data ships in the wheel) and is made for news pages.
"""

from __future__ import annotations

import codecs
import re

import trafilatura

from bot.article import cap_body

_BYTE_SIGNATURES = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
                    (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip
# <meta charset="windows-1256"> and <meta http-equiv="Content-Type" content="…; charset=…">.
_META_CHARSET = re.compile(rb"<meta[^>]+?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_PRESCAN = 4096  # browsers look for the <meta> charset in the first 1024 bytes; pages overrun
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)", re.I | re.S)


def _codec(label: bytes | str | None) -> str | None:
    if not label:
        return None
    text = label.decode("ascii", "replace") if isinstance(label, bytes) else label
    try:
        return codecs.lookup(text.strip()).name
    except LookupError:
        return None


def content_charset(content_type: str | None) -> str | None:
    """Return the charset named by a Content-Type header, if it is a known one."""
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return _codec(value.strip().strip("\"'"))
    return None


def page_encoding(content: bytes, content_type: str | None) -> str:
    """Return the page's encoding: byte-order mark, then HTTP header, then <meta>, else UTF-8."""
    for signature, encoding in _BYTE_SIGNATURES:
        if content.startswith(signature):
            return encoding
    declared = content_charset(content_type)
    if declared:
        return declared
    meta = _META_CHARSET.search(content[:_PRESCAN])
    return _codec(meta[1] if meta else None) or "utf-8"


def is_html(content: bytes, content_type: str | None) -> bool:
    """Tell whether the answer is a web page: an HTML type, or untyped markup that starts so."""
    mime = (content_type or "").partition(";")[0].strip().lower()
    if mime:
        return mime in HTML_TYPES
    return _HTML_START.match(content[:_PRESCAN]) is not None


def main_text(content: bytes, content_type: str | None) -> str:
    """Return the page's main text, paragraphs on their own lines, capped; "" if none found."""
    page = content.decode(page_encoding(content, content_type), errors="replace")
    text = trafilatura.extract(
        page,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
    )
    return cap_body(text or "")
