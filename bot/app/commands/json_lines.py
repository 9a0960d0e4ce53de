"""What the JSON-lines subcommands (`match`, `stories`) share: input, output, exit codes."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
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


def add_articles_option(parser: argparse.ArgumentParser) -> None:
    """Add --articles, the JSON-lines file read instead of standard input."""
    parser.add_argument(
        "--articles", type=Path, default=None, metavar="FILE",
        help="JSON-lines articles (UTF-8); standard input when omitted",
    )  # fmt: skip


@contextmanager
def input_lines(path: Path | None) -> Iterator[tuple[Iterable[str], str]]:
    """Yield the input's lines and its name for messages: the file at path, else stdin."""
    if path is None:
        yield utf8_stdin(), "<stdin>"
        return
    # utf-8-sig: a file saved by Notepad starts with a BOM that must not join the first line.
    with path.open(encoding="utf-8-sig") as lines:
        yield lines, str(path)


def unreadable(exc: OSError) -> str:
    """Say why a file could not be read or written, naming it when the error does."""
    reason = exc.strerror or str(exc)
    return f"{exc.filename}: {reason}" if exc.filename else reason


def bad_input(command: str, message: str, err: TextIO) -> int:
    """Print why the input cannot be used, after the command's name; return EXIT_BAD_INPUT."""
    print(f"rasd {command}: {message}", file=err)
    return EXIT_BAD_INPUT


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
