"""Timing helpers of benchmarks/match_speed.py: rates, best-of, churn, build and memory."""

from __future__ import annotations

import gc
import random
import time
import tracemalloc
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from benchmarks.rasd_adapter import IndexLike, build_index

__all__ = [
    "Rate",
    "best_of",
    "churn_pass",
    "first_pass",
    "index_memory",
    "per_second",
    "timed_build",
]

Rate = tuple[float, int]  # (items per second, items timed)


class ChurnIndex(Protocol):
    """An index whose terms can be added and removed while it matches."""

    def add(self, term: str) -> Any: ...

    def remove(self, term: str) -> Any: ...

    def match(self, article: Any) -> Sequence[Any]: ...


def per_second(
    work: Callable[[Any], object], items: Sequence[Any], budget_s: float | None = None
) -> Rate:
    """Items per second of ``work`` (after one warm-up call), stopping after budget_s if set."""
    work(items[0])
    gc.collect()
    done = 0
    start = time.perf_counter()
    for item in items:
        work(item)
        done += 1
        if budget_s is not None and time.perf_counter() - start > budget_s:
            break
    return done / (time.perf_counter() - start), done


def best_of(repetitions: int, measures: dict[str, Callable[[], Rate]]) -> dict[str, Rate]:
    """The best rate of each measure, the measures taken in turn, repetitions times."""
    best: dict[str, Rate] = {}
    for _ in range(repetitions):
        for name, measure in measures.items():
            rate = measure()
            if name not in best or rate[0] > best[name][0]:
                best[name] = rate
    return best


def churn_pass(
    index: ChurnIndex, articles: Sequence[Any], stored: list[str], pool: list[str], every: int
) -> Rate:
    """Articles per second while one new term is added and one stored term removed every few.

    stored and pool are updated in place: a removed term goes back to the pool.
    """
    rng = random.Random(len(stored))
    gc.collect()
    start = time.perf_counter()
    for i, article in enumerate(articles):
        if i % every == 0:
            new = pool.pop(0)
            index.add(new)
            slot = rng.randrange(len(stored))
            old, stored[slot] = stored[slot], new
            index.remove(old)
            pool.append(old)
        index.match(article)
    return len(articles) / (time.perf_counter() - start), len(articles)


def first_pass(index: IndexLike, articles: Sequence[Any]) -> tuple[float, float]:
    """(articles/s, hits per article) of one pass over distinct articles on a fresh index.

    The index caches per-token work, so this first pass is the pessimistic
    number (every word new to it); the steady state comes afterwards.
    """
    gc.collect()
    hits = 0
    start = time.perf_counter()
    for article in articles:
        hits += len(index.match(article))
    return len(articles) / (time.perf_counter() - start), hits / len(articles)


def timed_build(factory: Callable[[], IndexLike], terms: list[str]) -> tuple[Any, float]:
    """A fresh index holding terms, and the seconds it took to build."""
    gc.collect()
    start = time.perf_counter()
    index = build_index(factory, terms)
    return index, time.perf_counter() - start


def index_memory(
    factory: Callable[[], IndexLike], terms: list[str], articles: Sequence[object]
) -> tuple[float, float]:
    """(retained MB, peak MB) of a fresh index after one pass over the articles, by tracemalloc.

    The pass counts: a loaded term is compiled when an article first could match it.
    """
    gc.collect()
    tracemalloc.start()
    base, _ = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    index = build_index(factory, terms)
    for article in articles:
        index.match(article)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del index
    return (current - base) / 2**20, (peak - base) / 2**20
