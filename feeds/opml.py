"""OPML, the file feed readers import and export subscription lists with.

Read with expat's event handlers rather than a tree: an upload is untrusted, and
the handlers let Rasd refuse a DOCTYPE the moment expat meets it, before a single
entity is declared, let alone expanded (the "billion laughs" bomb) or fetched (XXE).
That is what defusedxml does, without the extra dependency.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from xml.parsers import expat
from xml.sax.saxutils import escape


class OpmlError(ValueError):
    """The file is not a readable OPML file; the text says why, for the person who sent it."""


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    """One subscription: where the feed lives and what to call it."""

    url: str
    name: str


# Feed readers put these feed types on outlines; none is needed, any is accepted.
_FEED_SOURCES = ("rss", "feed", "rdf:rdf")
_REFUSED_DTD = (
    "the file declares a DOCTYPE; OPML needs none, and Rasd refuses DTDs because their"
    " entities can exhaust memory or read local files"
)
# Attribute values keep these only as character references; written raw, a parser
# would turn them into spaces and the name would not come back as it went out.
_ATTRIBUTE_ESCAPES = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
# XML 1.0 cannot carry these at all, not even as references.
_FORBIDDEN_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(slots=True)
class _Collector:
    """expat handlers that keep the feeds of an OPML document, in order."""

    depth: int = 0
    root: str | None = None
    saw_body: bool = False
    body_depth: int | None = None
    feeds: dict[str, OpmlFeed] = field(default_factory=dict)

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        tag = name.lower()
        if self.root is None:
            self.root = tag
            _check_root(tag)
        elif tag == "body" and self.depth == 2:
            self.saw_body = True
            self.body_depth = self.depth
        elif tag == "outline" and self.body_depth is not None:
            self._outline({key.lower(): value for key, value in attributes.items()})

    def end(self, name: str) -> None:
        if self.depth == self.body_depth:
            self.body_depth = None
        self.depth -= 1

    def _outline(self, attributes: dict[str, str]) -> None:
        url = attributes.get("xmlurl", "").strip()
        # Outlines without a feed address are categories or links: their children count.
        if url and url not in self.feeds:
            self.feeds[url] = OpmlFeed(url=url, name=_name(attributes, url))


def _check_root(tag: str) -> None:
    if tag == "opml":
        return
    if tag in _FEED_SOURCES:
        raise OpmlError(
            "not an OPML file: this is an RSS or Atom feed itself; add its address as a feed"
        )
    raise OpmlError(f"not an OPML file: its root element is <{tag}>, not <opml>")


def _name(attributes: dict[str, str], url: str) -> str:
    for key in ("title", "text"):
        name = attributes.get(key, "").strip()
        if name:
            return name
    return urlsplit(url).hostname or url


def _refuse_dtd(parser: expat.XMLParserType) -> None:
    raise OpmlError(f"line {parser.CurrentLineNumber}: {_REFUSED_DTD}")


def _parser(collector: _Collector) -> expat.XMLParserType:
    parser = expat.ParserCreate()
    parser.StartElementHandler = collector.start
    parser.EndElementHandler = collector.end
    parser.StartDoctypeDeclHandler = lambda *_: _refuse_dtd(parser)
    # Unreachable without a DOCTYPE; kept so that no later change can let one through.
    parser.EntityDeclHandler = lambda *_: _refuse_dtd(parser)
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    return parser


def read_opml(data: bytes) -> list[OpmlFeed]:
    """Return the feeds of an OPML 1.0/2.0 file, nested categories included, each URL once.

    Raises OpmlError, worded for the person who sent the file.
    """
    if not data.strip():
        raise OpmlError("not an OPML file: the file is empty")
    collector = _Collector()
    try:
        _parser(collector).Parse(data, True)
    except expat.ExpatError as error:
        where = f"line {error.lineno}: {expat.ErrorString(error.code)}"
        if collector.root is None:
            raise OpmlError(f"not an OPML file: it is not XML ({where})") from None
        raise OpmlError(where) from None
    if not collector.saw_body:
        raise OpmlError("not an OPML file: it has no <body> holding the feeds")
    return list(collector.feeds.values())


def _attribute(value: str) -> str:
    return '"' + escape(_FORBIDDEN_CHARACTERS.sub("", value), _ATTRIBUTE_ESCAPES) + '"'


def _outline(feed: OpmlFeed) -> str:
    name = _attribute(feed.name)
    return f'    <outline type="rss" text={name} title={name} xmlUrl={_attribute(feed.url)}/>\n'


def write_opml(feeds: Sequence[OpmlFeed], title: str = "Rasd feeds") -> bytes:
    """Return an OPML 2.0 document in UTF-8 listing `feeds`, as feed readers import it.

    Characters XML cannot carry at all (most control characters) are left out.
    """
    heading = escape(_FORBIDDEN_CHARACTERS.sub("", title))
    outlines = "".join(_outline(feed) for feed in feeds)
    document = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<opml version="2.0">\n'
        f"  <head>\n    <title>{heading}</title>\n  </head>\n"
        f"  <body>\n{outlines}  </body>\n"
        "</opml>\n"
    )
    return document.encode()
