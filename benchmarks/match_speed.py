"""Match speed: articles per second of the Rasd matcher as the number of stored terms grows.

For 100, 1k, 10k and 100k stored terms, in one run and on the same texts, this
measures:

* rasd  -- ``bot.match.matcher.MatchIndex.match(article)`` with every term in one index,
  once cold (first pass right after the build) and then steady;
* churn -- rasd while subscriptions change: one term added and one removed every
  ``CHURN_EVERY`` articles (the index size stays the same), add/remove time included;
* plain -- the naive bot: normalize the article once, then ``term in text`` for
  every (pre-normalized) term; at large sizes it is timed on a subset of the
  articles and reported per article, which the output says;
* floor -- normalizing and tokenizing the same title and summary with
  ``bot.match.normalize`` and doing nothing else: no matcher can beat it.

Each of rasd, churn, plain and floor is the best of three repetitions, taken
in turn in the same run so that a noisy neighbour hurts them alike. Build time
and index memory (tracemalloc, Python allocations, after the build and one pass
over the articles: a loaded term is compiled when an article first could match
it, see bot/match/pending.py) are printed too, with the
goal verdicts at 100k terms: at least 100x the plain loop, within 3x of the floor.

Then, for 100, 100k and 1M dense terms, each in a fresh process (see
benchmarks/index_build.py): build time (wall and CPU) beside the floor of
only tokenizing the same terms, and the process memory before and at peak,
with the goals at 100k terms: build <= 2 s, process peak <= 150 MB. The
matching goals at 100k are printed with the workloads: within 3x of the floor
and flat, at most 1.25x slower per article than with 100 terms.

Two term sets are measured (see benchmarks/speed_workloads.py): a stress test
of common corpus words and phrases (about 90 hits per article at 100k), and a
realistic one of specific words and phrases (a handful of hits per article).
Verdicts are printed for both.

Texts are title + abstract of every article of the ANT Corpus v2.1 (multi-source),
repeated, read at run time from ``../shared/corpus/ant_multisource`` (or
``$RASD_CORPUS``):
    A. Chouigui, O. Ben Khiroun, B. Elayeb, "An Arabic Multi-source News Corpus:
    Experimenting on Single-document Extractive Summarization", Arabian Journal
    for Science and Engineering 46(8), 2021, doi:10.1007/s13369-020-05258-z

Usage: ``.venv/bin/python benchmarks/match_speed.py [--quick] [--build-only | --no-build]``
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import corpus_root, load_or_exit
from benchmarks.index_build import combined_terms, measure_apart
from benchmarks.rasd_adapter import (
    IndexLike,
    RasdUnavailableError,
    load_index_factory,
    load_normalize_tokenize,
    make_article,
)
from benchmarks.speed_report import (
    GOAL_BUILD_MB,
    GOAL_BUILD_S,
    GOAL_FLAT,
    GOAL_VS_FLOOR,
    GOAL_VS_PLAIN,
    Row,
    print_build,
    print_goals,
    print_report,
)
from benchmarks.speed_timing import (
    Rate,
    best_of,
    churn_pass,
    first_pass,
    index_memory,
    per_second,
    timed_build,
)
from benchmarks.speed_workloads import (
    dense_terms,
    is_term_source,
    read_bodies,
    real_watch_terms,
    specific_terms,
)

SIZES = (100, 1_000, 10_000, 100_000)
BUILD_SIZES = (100, 100_000, 1_000_000)
CHURN_EVERY = 10  # articles between one add + one remove
CHURN_POOL = 2_000  # terms outside the index that churn adds
REPETITIONS = 3


class Bench:
    """What every measurement shares: texts, articles, the normalizer, the matcher."""

    def __init__(self, n_articles: int, plain_budget: float) -> None:
        """Load the corpus and the code under test."""
        self.records = load_or_exit()
        self.n_articles = n_articles
        self.plain_budget = plain_budget
        self.normalize, self.tokenize = load_normalize_tokenize()
        self.factory: Callable[[], IndexLike] = load_index_factory()
        self.select(lambda _: True)
        # One untimed pass: tokenize caches per-word work, as the index does.
        for title, summary in self.workload:
            self.tokenize(title), self.tokenize(summary)

    def select(self, keep: Callable[[int], bool]) -> None:
        """Match the records whose index passes keep, repeated up to n_articles."""
        texts = [(r.title, r.abstract) for i, r in enumerate(self.records) if keep(i)]
        self.distinct = len(texts)
        self.workload = [texts[i % len(texts)] for i in range(self.n_articles)]
        self.articles = [make_article(f"a{i}", t, s) for i, (t, s) in enumerate(self.workload)]

    def floor(self, ts: tuple[str, str]) -> object:
        """Normalize and tokenize one article, nothing else."""
        return self.tokenize(ts[0]), self.tokenize(ts[1])

    def measure(self, size: int, terms: list[str], pool: list[str]) -> Row:
        """Every number of one row: one workload at one size."""
        build_s, cold, hits, rates = self._rates(terms, pool)
        current, peak = index_memory(self.factory, terms, self.articles[: self.distinct])
        return Row(
            size=size,
            build_s=build_s,
            current_mb=current,
            peak_mb=peak,
            hits=hits,
            rasd_cold=cold,
            rasd=rates["rasd"][0],
            churn=rates["churn"][0],
            plain=rates["plain"][0],
            plain_sampled=rates["plain"][1],
            floor=rates["floor"][0],
        )

    def _rates(
        self, terms: list[str], pool: list[str]
    ) -> tuple[float, float, float, dict[str, Rate]]:
        """(build s, cold rate, hits per article, best rates) of one index of terms."""
        normalize = self.normalize
        norm_terms = [normalize(t) for t in terms]

        def plain(ts: tuple[str, str]) -> list[str]:
            text = normalize(ts[0] + " " + ts[1])
            return [t for t in norm_terms if t in text]

        index, build_s = timed_build(self.factory, terms)
        cold, hits = first_pass(index, self.articles[: self.distinct])
        stored = list(terms)
        rates = best_of(
            REPETITIONS,
            {
                "floor": lambda: per_second(self.floor, self.workload),
                "plain": lambda: per_second(plain, self.workload, self.plain_budget),
                "rasd": lambda: per_second(index.match, self.articles),
                "churn": lambda: churn_pass(index, self.articles, stored, pool, CHURN_EVERY),
            },
        )
        return build_s, cold, hits, rates


def nested(real: list[str], generated: list[str]) -> dict[int, tuple[list[str], list[str]]]:
    """Each size's terms (the previous size's plus more) and a pool of terms outside them."""
    merged = list(dict.fromkeys(real + generated))
    return {size: (merged[:size], merged[size : size + CHURN_POOL]) for size in SIZES}


def run_workload(
    bench: Bench, name: str, sources: tuple[list[str], list[str]], keep: Callable[[int], bool]
) -> None:
    """Measure and report one term set (real, generated) at every size, on the kept articles."""
    bench.select(keep)
    print(f"\n=== workload: {name} ===", flush=True)
    print(f"matching {bench.distinct} distinct articles, repeated", flush=True)
    real, generated = sources
    rows: list[Row] = []
    for size, (terms, pool) in nested(real, generated).items():
        print(f"  measuring {size:,} terms ...", flush=True)
        rows.append(bench.measure(size, terms, pool))
    print_report(rows, len(bench.workload), CHURN_EVERY)
    print_goals(name, rows[0], rows[-1])


def run_builds(documents: list[list[str]]) -> None:
    """Measure and report the index build at every BUILD_SIZES, each in a fresh process."""
    print("\n=== index build (dense terms, one fresh process per size) ===", flush=True)
    base = list(dict.fromkeys(real_watch_terms() + dense_terms(documents, max(BUILD_SIZES))))
    results = []
    for size in BUILD_SIZES:
        print(f"  building {size:,} terms ...", flush=True)
        results.append(measure_apart(combined_terms(base, size)))
    print_build(results, len(base))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer articles, shorter budgets")
    parser.add_argument("--articles", type=int, help="articles per measurement")
    parts = parser.add_mutually_exclusive_group()
    parts.add_argument("--build-only", action="store_true", help="only the index build section")
    parts.add_argument("--no-build", action="store_true", help="skip the index build section")
    args = parser.parse_args(argv)
    n_articles = args.articles or (1_500 if args.quick else 6_000)
    try:
        bench = Bench(n_articles, plain_budget=1.0 if args.quick else 3.0)
    except RasdUnavailableError as exc:
        print(f"Rasd matcher not available: {exc}")
        return 1
    print(
        f"python {platform.python_version()} ({platform.python_implementation()}), "
        f"{os.cpu_count()} CPUs, {platform.machine()} {platform.system()}"
    )
    print(
        f"corpus: {corpus_root()} ({len(bench.records)} articles, title + abstract); "
        f"{n_articles} articles per measurement (corpus repeated); best of {REPETITIONS}"
    )
    print(
        "floor: bot.match.normalize.tokenize(title) + tokenize(summary); "
        "plain: normalize(title + ' ' + summary), then `term in text` for every normalized term"
    )
    print(
        f"goals at {max(SIZES):,} terms: rasd >= {GOAL_VS_PLAIN:.0f}x plain, "
        f"floor/rasd <= {GOAL_VS_FLOOR:.0f}x, rasd(100)/rasd <= {GOAL_FLAT}x; "
        f"build <= {GOAL_BUILD_S:.0f} s, process peak <= {GOAL_BUILD_MB:.0f} MB"
    )
    documents = read_bodies(corpus_root(), [r.path for r in bench.records])
    if not args.no_build:
        run_builds(documents)
    if args.build_only:
        return 0
    real = real_watch_terms()
    limit = max(SIZES) + CHURN_POOL
    run_workload(
        bench,
        "dense (stress test: common corpus words and phrases)",
        (real, dense_terms(documents, limit)),
        lambda _: True,
    )
    run_workload(
        bench,
        "specific (realistic: specific words and phrases, from other articles)",
        (real, specific_terms(documents, limit)),
        lambda doc: not is_term_source(doc),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
