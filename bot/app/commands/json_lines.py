"""What the JSON-lines subcommands (`match`, `stories`) share: input, output, exit codes."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class InputError(Exception):
    """A line of input that cannot be used; the message names the line."""


def utf8(stream: TextIO) -> TextIO:
    """Make an output stream write UTF-8 whatever the locale says."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8")
    return stream


def utf8_stdin() -> TextIO:
    """Standard input decoded as UTF-8 whatever the locale says (a BOM is dropped)."""
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(encoding="utf-8-sig")
    return sys.stdin


def json_objects(lines: Iterable[str], source: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ("source:line", object) for each non-blank line; raise InputError on a bad one."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON: {exc.msg}") from exc
        if not isinstance(data, dict):
            raise InputError(f"{where}: expected a JSON object, one per line")
        yield where, data
