"""The tables and goal verdicts that benchmarks/match_speed.py prints."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["GOAL_VS_FLOOR", "GOAL_VS_PLAIN", "Row", "print_goals", "print_report"]

GOAL_VS_PLAIN = 100.0
GOAL_VS_FLOOR = 3.0


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
        "rasd cold: first pass over the distinct articles right after the build (empty token"
        " cache);\nrasd art/s: steady state afterwards, on the repeated workload; ratios use it;"
        f"\nchurn art/s: same articles with 1 add + 1 remove every {churn_every} articles,"
        " add/remove time included"
    )
    sampled_rows = [r for r in rows if r.plain_sampled < n_articles]
    if sampled_rows:
        print(
            "* plain loop timed on a subset and reported per article: "
            + ", ".join(f"{r.size} terms: {r.plain_sampled} articles" for r in sampled_rows)
        )


def print_goals(workload: str, last: Row) -> None:
    """Print the verdict of each goal at the largest size, met or not."""
    vs_plain = last.rasd / last.plain
    vs_floor = last.floor / last.rasd
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
        f"  under churn: {last.churn:,.0f} art/s, {last.churn / last.rasd:.0%} of steady;"
        f" index memory: {last.current_mb:.1f} MB retained, {last.peak_mb:.1f} MB peak"
        " during build (tracemalloc)"
    )
