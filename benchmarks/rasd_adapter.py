"""The Rasd matcher as the benchmarks see it, loaded at run time.

The matcher (``bot.match.matcher``) is imported dynamically so the benchmarks can run
-- baselines only -- while it does not exist yet, and so type checking the
benchmarks never depends on its state. Only the public API is used:
``MatchIndex().add(term)`` and ``.match(article) -> list[Hit]`` with ``Hit.term``.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))


class HitLike(Protocol):
    """What we read from a hit."""

    @property
    def term(self) -> str: ...


class IndexLike(Protocol):
    """What we call on the index."""

    def add(self, term: str) -> Any: ...

    def match(self, article: Any) -> Sequence[HitLike]: ...


class RasdUnavailableError(RuntimeError):
    """``bot.match.matcher`` cannot be imported (not written yet, or broken)."""


def load_index_factory() -> Callable[[], IndexLike]:
    """``bot.match.matcher.MatchIndex``, or :class:`RasdUnavailableError` saying why not."""
    try:
        module = importlib.import_module("bot.match.matcher")
        factory: Callable[[], IndexLike] = module.MatchIndex
    except Exception as exc:  # any failure means "not usable yet", reported as such
        raise RasdUnavailableError(f"{type(exc).__name__}: {exc}") from exc
    return factory


def load_normalize_tokenize() -> tuple[Callable[[str], str], Callable[[str], Sequence[Any]]]:
    """``bot.match.normalize.normalize`` and ``.tokenize``, for the speed floor."""
    try:
        module = importlib.import_module("bot.match.normalize")
        return module.normalize, module.tokenize
    except Exception as exc:
        raise RasdUnavailableError(f"{type(exc).__name__}: {exc}") from exc


def make_article(
    key: str, title: str, summary: str, feed: str = "ant-corpus", link: str = ""
) -> Any:
    """A ``bot.article.Article`` for one corpus record."""
    article_cls = importlib.import_module("bot.article").Article
    return article_cls(
        id=key, feed_id=feed, feed_name=feed, link=link or key, title=title, summary=summary
    )


def build_index(factory: Callable[[], IndexLike], terms: Iterable[str]) -> IndexLike:
    """One index holding every term, loaded in bulk as a restarting sender loads it.

    ``add_many`` where the matcher has it (bot.store.term_index loads a
    snapshot the same way, under ``collection_held``), else ``add`` term by
    term; a malformed term raises either way.
    """
    index = factory()
    add_many = getattr(index, "add_many", None)
    if add_many is None:
        for term in terms:
            index.add(term)
        return index
    failed = add_many(terms)
    if failed:
        raise next(iter(failed.values()))
    return index
