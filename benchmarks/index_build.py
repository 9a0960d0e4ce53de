"""Index build time and process memory, each size measured in a fresh process.

benchmarks/match_speed.py runs this once per size (100, 100k and 1M terms) so
that the peak resident memory (``ru_maxrss``) of each build is its own, not the
high-water mark of the corpus and of everything measured before it. The child
process reads only the terms (one a line) and reports, as JSON:

* ``build_s`` / ``build_cpu_s`` -- wall and CPU seconds of loading every term
  (``MatchIndex.add_many``, see benchmarks.rasd_adapter.build_index); CPU
  time is the steadier figure on a shared machine;
* ``floor_s`` / ``floor_cpu_s`` -- the same terms only normalized and tokenized
  (``bot.match.normalize.tokenize``), in a fresh process of its own: what any
  index must at least do;
* ``before_mb`` -- the process before the build (interpreter, matcher, terms);
* ``peak_mb`` -- the process peak after the build; ``words`` -- distinct words;
* ``pass_cpu_s`` / ``served_mb`` -- CPU seconds of one pass matching every
  corpus article (title + abstract) right after the build, and the process
  peak after it: loaded terms are compiled when an article first could match
  them (bot.match.pending), so this is what serving adds to the build.

The terms are the dense workload of benchmarks/speed_workloads.py (corpus words
and 2-3-word phrases). Past what the corpus supplies (about 300k), seeded
2- and 3-word combinations of its words fill up to the size asked: more terms
over the same words, which is how a large deployment grows.

Usage: ``.venv/bin/python benchmarks/index_build.py build|floor TERMS_FILE``
"""

from __future__ import annotations

import gc
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import load_or_exit
from benchmarks.rasd_adapter import (
    IndexLike,
    build_index,
    load_index_factory,
    load_normalize_tokenize,
    make_article,
)
from benchmarks.speed_workloads import SEED

__all__ = ["combined_terms", "measure", "measure_apart"]


def combined_terms(base: list[str], size: int) -> list[str]:
    """The base terms, then seeded 2-3-word combinations of their words, size in all."""
    terms = dict.fromkeys(base[:size])
    words = sorted({word for term in base for word in term.split()})
    rng = random.Random(SEED)
    while len(terms) < size:
        terms[" ".join(rng.choices(words, k=rng.choice((2, 3))))] = None
    return list(terms)


def _rss_mb() -> float:
    """The peak resident memory of this process so far, in MB.

    VmHWM is this process's own high-water mark; ru_maxrss can carry the
    parent's over the fork that started it. Both are in KiB.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(work: Callable[[], object]) -> tuple[float, float]:
    """(wall s, CPU s) of one call."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(path: Path) -> dict[str, float]:
    """Every number of one build of the terms in path, in this process."""
    terms = path.read_text(encoding="utf-8").splitlines()
    factory = load_index_factory()
    factory().add("تحمية")  # import and warm the matcher's tables outside the timing
    gc.collect()
    before = _rss_mb()
    kept: list[IndexLike] = []
    build_s, build_cpu_s = _timed(lambda: kept.append(build_index(factory, terms)))
    peak = _rss_mb()
    # Loaded terms are compiled when an article first could match them
    # (bot.match.pending): one pass over the corpus shows what serving adds.
    index = kept[0]
    articles = [make_article(f"a{i}", r.title, r.abstract) for i, r in enumerate(load_or_exit())]
    _, pass_cpu_s = _timed(lambda: [index.match(article) for article in articles])
    return {
        "size": len(terms),
        "words": len({word for term in terms for word in term.split()}),
        "build_s": build_s,
        "build_cpu_s": build_cpu_s,
        "before_mb": before,
        "peak_mb": peak,
        "pass_cpu_s": pass_cpu_s,
        "served_mb": _rss_mb(),
        "articles": len(articles),
    }


def measure_floor(path: Path) -> dict[str, float]:
    """The floor of one build: only tokenizing the terms in path, in this process.

    A process of its own: tokenizing caches per word, so after a build it
    would be cheaper than the build's own, and before one its token lists
    would count in the build's peak.
    """
    terms = path.read_text(encoding="utf-8").splitlines()
    _, tokenize = load_normalize_tokenize()
    tokenize("تحمية")
    floor_s, floor_cpu_s = _timed(lambda: [tokenize(term) for term in terms])
    return {"floor_s": floor_s, "floor_cpu_s": floor_cpu_s}


def measure_apart(terms: list[str]) -> dict[str, float]:
    """Run measure, then measure_floor, each in a fresh Python process; merge what they print."""
    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "terms.txt"
        path.write_text("\n".join(terms), encoding="utf-8")
        for part in ("build", "floor"):
            done = subprocess.run(
                [sys.executable, __file__, part, str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            result.update(json.loads(done.stdout.splitlines()[-1]))
    return result


if __name__ == "__main__":
    _PARTS = {"build": measure, "floor": measure_floor}
    print(json.dumps(_PARTS[sys.argv[1]](Path(sys.argv[2]))))
