"""Imports run downward only: the folders are the pipeline (README "Layout").

Every module's imports are read with ``ast`` (TYPE_CHECKING ones too: a type
import couples the rooms as much as a call does). A failure names the file, the
line and the import, and says which rooms that file may import.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# Each room, lowest first, with the project rooms it may import (itself included).
ALLOWED: dict[str, frozenset[str]] = {
    "bot.match": frozenset({"bot.match"}),
    "bot": frozenset({"bot", "bot.match"}),
    "feeds": frozenset({"feeds", "bot"}),
    "bot.store": frozenset({"bot.store", "bot.match", "bot", "feeds"}),
    "bot.deliver": frozenset({"bot.deliver", "bot.store", "bot.match", "bot", "feeds"}),
    "handlers": frozenset({"handlers", "bot.deliver", "bot.store", "bot.match", "bot", "feeds"}),
    "bot.app": frozenset(
        {"bot.app", "handlers", "bot.deliver", "bot.store", "bot.match", "bot", "feeds"}
    ),
}

# Outside packages a room must not reach for: the matcher is pure (no Redis, no
# event loop, no clock, no network); nothing below the delivery chain talks to
# Telegram.
FORBIDDEN_THIRD_PARTY: dict[str, frozenset[str]] = {
    "bot.match": frozenset(
        {"redis", "asyncio", "time", "datetime", "telegram", "httpx", "feedparser"}
    ),
    "bot": frozenset({"redis", "telegram", "httpx"}),
    "feeds": frozenset({"telegram"}),
    "bot.store": frozenset({"telegram", "httpx"}),
}

_PROJECT = ("bot", "feeds", "handlers")


def room_of_module(module: str) -> str | None:
    """The room a dotted module name lives in, or None for outside packages."""
    parts = module.split(".")
    if parts[0] not in _PROJECT:
        return None
    if parts[0] == "bot" and len(parts) > 1 and f"bot.{parts[1]}" in ALLOWED:
        return f"bot.{parts[1]}"
    return parts[0]


def room_of_file(path: Path) -> str:
    """The room a source file belongs to; ``python -m bot`` is the program itself."""
    relative = path.relative_to(REPO).with_suffix("")
    if relative.parts == ("bot", "__main__"):
        return "bot.app"
    module = ".".join(p for p in relative.parts if p != "__init__")
    room = room_of_module(module)
    assert room is not None, path
    return room


def imported_modules(tree: ast.Module) -> list[tuple[int, str]]:
    """Every (line, dotted module) a module imports, ``from x import y`` as ``x.y``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from bot import store` names the room bot.store, not the root.
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return found


def violations(path: Path, source: str) -> list[str]:
    """What in this file imports upward or across, one readable line each."""
    room = room_of_file(path)
    shown = path.relative_to(REPO)
    problems = []
    for line, module in imported_modules(ast.parse(source, filename=str(path))):
        target = room_of_module(module)
        top = module.split(".")[0]
        if target is not None and target not in ALLOWED[room]:
            problems.append(
                f"{shown}:{line} imports {module} ({target}); "
                f"{room} may import only {', '.join(sorted(ALLOWED[room]))}"
            )
        elif target is None and top in FORBIDDEN_THIRD_PARTY.get(room, frozenset()):
            problems.append(f"{shown}:{line} imports {module}; {room} must not use {top}")
    return problems


def _sources() -> list[Path]:
    return sorted(p for folder in _PROJECT for p in (REPO / folder).rglob("*.py"))


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(REPO)))
def test_module_imports_only_downward(path: Path) -> None:
    problems = violations(path, path.read_text(encoding="utf-8"))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("file", "source", "expected"),
    [
        (
            "bot/match/normalize.py",
            "import redis\n",
            "bot/match/normalize.py:1 imports redis; bot.match must not use redis",
        ),
        (
            "bot/match/scan.py",
            "\nfrom bot.store.chats import Chat\n",
            "bot/match/scan.py:2 imports bot.store.chats.Chat (bot.store)",
        ),
        (
            "bot/store/chats.py",
            "from bot import deliver\n",
            "bot/store/chats.py:1 imports bot.deliver (bot.deliver)",
        ),
        (
            "bot/deliver/sender.py",
            "from handlers.texts import text\n",
            "bot/deliver/sender.py:1 imports handlers.texts.text (handlers)",
        ),
        ("feeds/poll.py", "import bot.store.chats\n", "feeds/poll.py:1 imports bot.store.chats"),
        ("handlers/watch.py", "from bot.app import roles\n", "handlers/watch.py:1 imports"),
        ("bot/settings.py", "from feeds.feed import Feed\n", "bot/settings.py:1 imports feeds"),
    ],
)
def test_an_upward_import_is_named(file: str, source: str, expected: str) -> None:
    problems = violations(REPO / file, source)
    assert len(problems) == 1
    assert problems[0].startswith(expected)


def test_allowed_imports_pass() -> None:
    source = "from bot.match.matcher import MatchIndex\nfrom feeds.feed import Feed\nimport redis\n"
    assert violations(REPO / "bot/store/term_index.py", source) == []
    assert violations(REPO / "bot/app/roles.py", "from handlers import registry\n") == []
