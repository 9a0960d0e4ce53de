"""Why a feed could not be read, in words meant for an admin.

A `Reason` names what went wrong by key, with the values to fill in, so each reader
words it in its own language: the English here is what logs, the CLI and stored
health notes show; the bot's Arabic (handlers/texts/reasons.py) uses the same keys. Every
reason puts what went wrong first and where after it, so a note cut to fit a
narrow column still says what happened.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus

_SPACES = re.compile(r"\s+")  # a value with newlines or tabs would break a log or chat line
URL_CHARS = 60  # a URL inside a reason is cut to this: the reason matters, not the whole path

ENGLISH: dict[str, str] = {
    # the URL itself
    "no_scheme": "the URL does not start with http:// or https://; check it",
    "bad_scheme": "Rasd only fetches http:// and https:// URLs, not {scheme}://",
    "no_host": "the URL has no host name; check it",
    "not_http": "must be an http:// or https:// URL with a host name: {url}",
    "invalid_url": "not a valid URL ({detail}); check the feed URL: {url}",
    "interval": "--interval {interval}: must be 1 to {most} seconds",
    "private": "private or local address: {host}; Rasd refuses it unless allow_private_feeds "
    "is true in config.yaml or polling.private_networks lists it",
    "private_resolved": "private or local address: {host} resolves to {address}; Rasd refuses "
    "it unless allow_private_feeds is true in config.yaml or polling.private_networks lists it",
    # the connection
    "connect": "cannot connect to {host}: {cause}",
    "midway": "the connection to {host} failed mid-answer: {cause}",
    "garbled": "{host} broke off or garbled its answer ({detail}); Rasd will retry",
    "network": "network error talking to {host}: {detail}",
    "timeout": "no complete answer within {seconds} s (timeout); the site is slow or down",
    "dns": "the host name does not resolve (no network, or a typo in the URL?)",
    "tls_cert": "its TLS certificate is not valid ({detail}); the site must fix it",
    "tls": "the TLS handshake failed ({detail}); the site's HTTPS may be broken",
    "refused": "connection refused (is the server up?)",
    "reset": "the server reset the connection",
    "net_unreachable": "the network is unreachable (no network?)",
    "host_unreachable": "the host is unreachable",
    "other": "{detail}",
    # redirects
    "redirect_loop": "the feed redirects in a loop back to {url}; check the feed URL",
    "too_many_redirects": "more than {most} redirects (the last to {url}); check the feed URL",
    "redirected": "{cause} (after a redirect to {url})",
    "linked_feed": "{cause} (the feed this page links to: {url})",
    # the answer
    "http": "the server answered HTTP {status}{phrase}: {cause}",
    "http_400": "the site did not accept Rasd's request; check the URL",
    "http_401": "the feed needs a login, which Rasd does not support",
    "http_403": "the site refuses Rasd (it may block bots)",
    "http_404": "the feed is no longer at this address; check the URL",
    "http_410": "the site has removed this feed for good; find its new address or remove it",
    "http_451": "the feed is blocked for legal reasons",
    "http_429": "the site asks Rasd to slow down",
    "http_429_wait": "the site asks Rasd to wait {wait} s",
    "http_503_wait": "the site is down for now and asks Rasd to wait {wait} s",
    "http_5xx": "a problem on the site's side; Rasd will retry",
    "http_4xx": "the site refused the request; check the URL",
    "http_other": "Rasd cannot use this answer; open the URL in a browser to see what the site "
    "sends",
    "bad_compression": "the site's {name} compression of the feed is corrupt; Rasd will retry",
    "unknown_encoding": "the site sent the feed encoded as '{encoding}', which Rasd cannot decode",
    "too_big_declared": "the feed is {size} bytes, over the {limit}-byte limit; Rasd did not "
    "download it",
    "too_big": "the feed is over the {limit}-byte limit; Rasd stopped reading it",
    "too_big_compressed": "the feed decompresses to over the {limit}-byte limit (a compression "
    "bomb?); Rasd stopped decompressing it",
    # the document
    "entities": "the feed declares its own XML entities (<!ENTITY>), which can be used to "
    "exhaust memory or read local files; Rasd does not read such documents",
    "empty_document": "the address returned an empty document, not an RSS or Atom feed",
    "html_page": "the address serves an HTML web page, not an RSS or Atom feed; look on the "
    "site for its RSS link",
    "json": "the address serves JSON, not an RSS or Atom feed",
    "xml_not_feed": "the address serves an XML document that is not an RSS or Atom feed{detail}",
    "not_text": "the address serves plain text or binary data, not an RSS or Atom feed",
    "partly_broken": "the feed is partly broken ({detail}); Rasd read {count} item(s)",
    "broken": "the feed is broken ({detail}); Rasd could read no item from it",
    "unreadable": "Rasd could not read the document ({detail})",
    "page_http": "the page answered HTTP {status}",
    "page_304": "the page answered 304 Not Modified to a plain request",
    "page_not_html": "the page is not HTML ({kind})",
    "page_unreadable": "Rasd could not read the page ({detail})",
    "page_no_text": "no article text found on the page",
    "note": "{detail}",  # a note stored before reasons had keys: its words as they were
}


@dataclass(frozen=True, slots=True)
class Reason:
    """What went wrong, as a key into the wording tables, the values, and its cause."""

    key: str
    values: tuple[tuple[str, str], ...] = ()
    cause: Reason | None = None

    @classmethod
    def of(cls, key: str, cause: Reason | None = None, **values: object) -> Reason:
        """Return a reason; every value is kept as one line of text."""
        if key not in ENGLISH:
            raise KeyError(f"no wording for the reason {key!r}")
        lines = tuple((name, _SPACES.sub(" ", str(value))) for name, value in values.items())
        return cls(key, lines, cause)

    def words(self, wording: Mapping[str, str]) -> str:
        """Return the reason in the language of `wording` (the key's template)."""
        values = dict(self.values)
        if self.cause is not None:
            values["cause"] = self.cause.words(wording)
        return wording[self.key].format(**values)

    def __str__(self) -> str:
        return self.words(ENGLISH)

    def to_json(self) -> str:
        """Return the reason as JSON, for a Redis field."""
        return json.dumps(self._plain(), ensure_ascii=False, separators=(",", ":"))

    def _plain(self) -> dict[str, object]:
        plain: dict[str, object] = {"key": self.key, "values": dict(self.values)}
        if self.cause is not None:
            plain["cause"] = self.cause._plain()
        return plain

    @classmethod
    def from_json(cls, raw: str | None, fallback: str | None = None) -> Reason | None:
        """Read a stored reason; a missing or unreadable one becomes the fallback note's text."""
        if raw:
            try:
                return cls._read(json.loads(raw))
            except (ValueError, TypeError, KeyError, AttributeError):
                pass  # not a reason this version knows: its English words still are
        return cls.of("note", detail=fallback) if fallback else None

    @classmethod
    def _read(cls, plain: dict[str, object]) -> Reason:
        cause = plain.get("cause")
        values = plain.get("values")
        key = str(plain["key"])
        if not isinstance(values, dict):
            raise TypeError("a reason's values are an object")
        if key not in ENGLISH:
            raise KeyError(key)
        return cls(
            key,
            tuple((str(name), str(value)) for name, value in values.items()),
            cls._read(cause) if isinstance(cause, dict) else None,
        )


class FetchError(Exception):
    """The feed could not be fetched; the reason says what went wrong and what to do."""

    def __init__(
        self, reason: Reason, *, retry_after: float | None = None, status: int | None = None
    ) -> None:
        super().__init__(str(reason))
        self.reason = reason
        self.retry_after = retry_after
        self.status = status


def short_url(url: str, limit: int = URL_CHARS) -> str:
    """Return the URL cut to `limit` characters with an ellipsis, its start kept."""
    return url if len(url) <= limit else url[: limit - 1] + "…"


def _phrase(status: int) -> str:
    try:
        return f" {HTTPStatus(status).phrase}"
    except ValueError:
        return ""


def _advice(status: int, retry_after: float | None) -> Reason:
    wait = f"{retry_after:.0f}" if retry_after is not None else None
    if status == 429:
        return Reason.of("http_429_wait", wait=wait) if wait else Reason.of("http_429")
    if status == 503 and wait:
        return Reason.of("http_503_wait", wait=wait)
    if status >= 500:
        return Reason.of("http_5xx")
    if f"http_{status}" in ENGLISH:
        return Reason.of(f"http_{status}")
    if status >= 400:
        return Reason.of("http_4xx")
    return Reason.of("http_other")


def status_error(status: int, retry_after: float | None = None) -> FetchError:
    """Return the error for an HTTP answer that carries no feed."""
    reason = Reason.of("http", _advice(status, retry_after), status=status, phrase=_phrase(status))
    return FetchError(reason, retry_after=retry_after, status=status)
