"""The tables and goal verdicts that benchmarks/match_speed.py prints."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "GOAL_BUILD_MB",
    "GOAL_BUILD_S",
    "GOAL_FLAT",
    "GOAL_VS_FLOOR",
    "GOAL_VS_PLAIN",
    "Row",
    "print_build",
    "print_goals",
    "print_report",
]

GOAL_VS_PLAIN = 100.0
GOAL_VS_FLOOR = 3.0
GOAL_FLAT = 1.25  # articles/s with 100 terms over articles/s with 100k
GOAL_BUILD_S = 2.0  # seconds to build the index of 100k terms
GOAL_BUILD_MB = 150.0  # process peak, MB, with the index of 100k terms
GOAL_BUILD_SIZE = 100_000


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the report: one workload at one size."""

    size: int
    build_s: float
    current_mb: float
    peak_mb: float
    hits: float
    rasd_cold: float
    rasd: float
    churn: float
    plain: float
    plain_sampled: int
    floor: float


def print_report(rows: list[Row], n_articles: int, churn_every: int) -> None:
    """Print one workload's table."""
    print(
        f"\n{'terms':>8}{'build s':>9}{'index MB':>10}{'hits/art':>9}{'rasd cold':>11}"
        f"{'rasd art/s':>12}{'churn art/s':>13}{'plain art/s':>13}{'floor art/s':>13}"
        f"{'rasd/plain':>12}{'floor/rasd':>12}"
    )
    for r in rows:
        sampled = "*" if r.plain_sampled < n_articles else " "
        print(
            f"{r.size:>8}{r.build_s:>9.2f}{r.current_mb:>10.1f}{r.hits:>9.1f}{r.rasd_cold:>11,.0f}"
            f"{r.rasd:>12,.0f}{r.churn:>13,.0f}{r.plain:>12,.1f}{sampled}{r.floor:>13,.0f}"
            f"{r.rasd / r.plain:>11,.1f}x{r.floor / r.rasd:>11.2f}x"
        )
    print(
        "build s: loading the terms (each compiled when an article first could match it);"
        " index MB: retained\nafter the build and one pass over the distinct articles;"
        " rasd cold: that first pass right after\nthe build (empty token cache, the terms it"
        " reaches compiled on the way);\nrasd art/s: steady state afterwards, on the repeated"
        " workload; ratios use it;"
        f"\nchurn art/s: same articles with 1 add + 1 remove every {churn_every} articles,"
        " add/remove time included"
    )
    sampled_rows = [r for r in rows if r.plain_sampled < n_articles]
    if sampled_rows:
        print(
            "* plain loop timed on a subset and reported per article: "
            + ", ".join(f"{r.size} terms: {r.plain_sampled} articles" for r in sampled_rows)
        )


def _verdict(met: bool) -> str:
    return "MET" if met else "NOT MET"


def print_goals(workload: str, first: Row, last: Row) -> None:
    """Print the verdict of each goal at the largest size, met or not."""
    vs_plain = last.rasd / last.plain
    vs_floor = last.floor / last.rasd
    flat = first.rasd / last.rasd
    print(f"\ngoals at {last.size:,} terms, {workload}:")
    print(
        f"  rasd >= {GOAL_VS_PLAIN:.0f}x plain loop: {vs_plain:,.1f}x -> "
        f"{'MET' if vs_plain >= GOAL_VS_PLAIN else 'NOT MET'}"
    )
    print(
        f"  rasd within {GOAL_VS_FLOOR:.0f}x of floor: {vs_floor:.2f}x -> "
        f"{'MET' if vs_floor <= GOAL_VS_FLOOR else 'NOT MET'}"
    )
    print(
        f"  flat: {first.rasd:,.0f} art/s at {first.size:,} terms, {last.rasd:,.0f} at "
        f"{last.size:,}: {flat:.2f}x (goal <= {GOAL_FLAT}x) -> {_verdict(flat <= GOAL_FLAT)}"
    )
    print(
        f"  under churn: {last.churn:,.0f} art/s, {last.churn / last.rasd:.0%} of steady;"
        f" index memory: {last.current_mb:.1f} MB retained, {last.peak_mb:.1f} MB peak"
        " (tracemalloc; the build and one pass over the distinct articles, which compiles"
        " the terms they reach)"
    )


def print_build(results: list[dict[str, float]], corpus_terms: int) -> None:
    """Print the build table and the build goals at 100k terms."""
    print(
        f"\n{'terms':>10}{'words':>9}{'build s':>9}{'build cpu':>11}{'floor cpu':>11}"
        f"{'build/floor':>13}{'before MB':>11}{'peak MB':>9}{'index MB':>10}"
        f"{'pass cpu':>10}{'served MB':>11}"
    )
    for r in results:
        print(
            f"{r['size']:>10,.0f}{r['words']:>9,.0f}{r['build_s']:>9.2f}{r['build_cpu_s']:>11.2f}"
            f"{r['floor_cpu_s']:>11.2f}{r['build_cpu_s'] / r['floor_cpu_s']:>12.0f}x"
            f"{r['before_mb']:>11.0f}{r['peak_mb']:>9.0f}{r['peak_mb'] - r['before_mb']:>10.0f}"
            f"{r['pass_cpu_s']:>10.2f}{r['served_mb']:>11.0f}"
        )
    print(
        "build s / build cpu: wall and CPU seconds of MatchIndex.add_many over every term"
        " (parsed at once,\ncompiled when an article first could match them);"
        " floor cpu: CPU seconds of only tokenizing\nthe same terms; before MB: the process"
        " (interpreter, matcher, terms) before the build; peak MB:\nits peak resident memory"
        " after; pass cpu / served MB: CPU seconds of then matching every\ncorpus article"
        " once (compiling the terms they reach) and the process peak after that;\nthe corpus"
        f" supplies {corpus_terms:,} terms, beyond that seeded 2-3-word combinations of"
        " their words"
    )
    for r in results:
        if r["size"] == GOAL_BUILD_SIZE:
            print(f"\ngoals at {GOAL_BUILD_SIZE:,} terms, index build:")
            print(
                f"  build <= {GOAL_BUILD_S:.0f} s: {r['build_s']:.2f} s wall, "
                f"{r['build_cpu_s']:.2f} s CPU -> {_verdict(r['build_s'] <= GOAL_BUILD_S)}"
                f" (CPU: {_verdict(r['build_cpu_s'] <= GOAL_BUILD_S)})"
            )
            print(
                f"  process peak <= {GOAL_BUILD_MB:.0f} MB: {r['peak_mb']:.0f} MB -> "
                f"{_verdict(r['peak_mb'] <= GOAL_BUILD_MB)}; after one pass over the corpus "
                f"{r['served_mb']:.0f} MB -> {_verdict(r['served_mb'] <= GOAL_BUILD_MB)}"
            )
