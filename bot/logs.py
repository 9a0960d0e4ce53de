"""Logging set-up: one line per event, key=value context, to stderr.

Two formats. "text" (the default) is for people: time, level, logger, message.
"json" is for log collectors: one JSON object per line with `time`, `level`,
`logger`, `message`, and the ids the event is about (`chat`, `feed`, `alert`,
...). Those ids come from `extra={"chat": ..., "feed": ...}` on the log call,
or else from `chat=123 feed=abc` tokens in the message, so the many existing
key=value messages are structured without rewriting them.

The format is chosen once, by the CLI entry (RASD_LOG_FORMAT), and passed in.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Literal

LogFormat = Literal["text", "json"]
LOG_FORMATS: tuple[LogFormat, ...] = ("text", "json")
LOG_FORMAT_ENV = "RASD_LOG_FORMAT"  # read by the CLI entry only

# The ids a log line may be about, in the order they are written.
CONTEXT_FIELDS = ("chat", "feed", "alert", "article", "user", "admin")
_NUMERIC = frozenset({"chat", "user", "admin"})  # Telegram ids: numbers in JSON
_TOKEN = re.compile(r"(?<![\w.-])(" + "|".join(CONTEXT_FIELDS) + r")=(\S+)")
_TRAILING = ".,;:)]}'\""  # punctuation after a token belongs to the sentence, not the id
_INTEGER = re.compile(r"-?\d+")

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
TEXT_DATES = "%Y-%m-%dT%H:%M:%S"


def parse_log_format(value: str | None) -> LogFormat:
    """Read LOG_FORMAT_ENV's value: "json", or "text" (also when unset or empty)."""
    wanted = (value or "").strip().lower() or "text"
    if wanted not in LOG_FORMATS:
        raise ValueError(f"{LOG_FORMAT_ENV} must be 'text' or 'json', not {value!r}")
    return "json" if wanted == "json" else "text"


def context_of(record: logging.LogRecord, message: str) -> dict[str, object]:
    """Return the ids a record is about: `extra=` values first, then message tokens."""
    found: dict[str, object] = {}
    for name in CONTEXT_FIELDS:
        value = record.__dict__.get(name)
        if value is not None:
            found[name] = value if isinstance(value, (int, str)) else str(value)
    for match in _TOKEN.finditer(message):
        name, raw = match.group(1), match.group(2).rstrip(_TRAILING)
        if name in found or not raw:
            continue
        found[name] = int(raw) if name in _NUMERIC and _INTEGER.fullmatch(raw) else raw
    return found


class JsonFormatter(logging.Formatter):
    """One JSON object per line; non-ASCII (Arabic) text is kept readable."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        created = datetime.fromtimestamp(record.created, UTC)
        entry: dict[str, object] = {
            "time": created.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": message,
        }
        entry.update(context_of(record, message))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """The human line; ids given only through `extra=` are appended as key=value."""

    def __init__(self) -> None:
        super().__init__(TEXT_FORMAT, TEXT_DATES)

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - base name
        line = super().formatMessage(record)
        added = [
            f"{name}={record.__dict__[name]}"
            for name in CONTEXT_FIELDS
            if record.__dict__.get(name) is not None and f"{name}=" not in record.message
        ]
        return " ".join([line, *added]) if added else line


def formatter(fmt: LogFormat) -> logging.Formatter:
    """Return the formatter of a log format."""
    return JsonFormatter() if fmt == "json" else TextFormatter()


class RedactingFormatter(logging.Formatter):
    """Another formatter's lines with every secret replaced by ***.

    On the whole formatted line, tracebacks included, so a library that puts
    the token into a URL or an exception's text (python-telegram-bot does both)
    cannot leak it.
    """

    def __init__(self, inner: logging.Formatter, secrets: Sequence[str]) -> None:
        super().__init__()
        self._inner = inner
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        return redact(self._inner.format(record), self._secrets)


def redact(text: str, secrets: Sequence[str]) -> str:
    """Return text with each secret replaced by ***."""
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


def setup_logging(
    level: str = "INFO", log_format: LogFormat = "text", secrets: Sequence[str] = ()
) -> None:
    """Configure the root logger once, at start-up; `secrets` never appear in its lines."""
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter(formatter(log_format), secrets))
    logging.basicConfig(level=level, handlers=[handler])
    # httpx logs every request at INFO; that is noise next to our own lines.
    logging.getLogger("httpx").setLevel(logging.WARNING)
