"""Full-text matching: how many more articles the body finds, and how precise those are.

Over ``../shared/corpus/ant_dev_2018_03_04/`` (ANT Corpus v2.1, see
``benchmarks/corpus.py``), whose ``<TEXT>`` plays the body a full-text feed
gives, each watch term is matched twice by the Rasd matcher: over title and
teaser (the RSS abstract) as before, and over title, teaser and body. Articles
also in ``ant_multisource`` are left out, as in ``body_candidates.py``.

Precision comes from pairs a blind labeller judged by reading the whole article
(``benchmarks/body_labels.tsv``, open, and ``benchmarks/body_labels_sealed.tsv``,
scored once at the end; policy in ``benchmarks/LABELING_BODY.md``; columns term,
article_path, where, relevant, about, note), sampled by ``body_candidates.py``:
half where the term is found only in the body, half in title or teaser. The
body-only precision is printed beside the title/teaser precision of the same
terms, labeller and run; the estimate of relevant articles the body adds is
the body-only count times the body-only precision of that term.

Usage: ``.venv/bin/python benchmarks/body_matching.py [--labels FILE]...``
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.body_candidates import TERMS
from benchmarks.body_corpus import CORPUS, BodyRecord, load
from bot.match.matcher import MatchIndex, Text

HERE = Path(__file__).resolve().parent
LABELS = (HERE / "body_labels.tsv", HERE / "body_labels_sealed.tsv")


@dataclass(frozen=True, slots=True)
class Label:
    """One judged pair."""

    term: str
    path: str
    where: str
    relevant: bool
    about: bool | None


def read_labels(path: Path) -> list[Label]:
    """Read a labeller's TSV; a missing file gives no labels."""
    if not path.exists():
        print(f"(no labels at {path})")
        return []
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    labels = []
    for row in rows:
        about = (row.get("about") or "").strip()
        labels.append(
            Label(
                term=row["term"],
                path=row["article_path"],
                where=row["where"].strip(),
                relevant=row["relevant"].strip() == "1",
                about=None if about not in ("0", "1") else about == "1",
            )
        )
    return labels


def counts(records: list[BodyRecord], terms: list[str]) -> dict[str, Counter[str]]:
    """Per term: articles matched without the body, and those matched only with it.

    Also prints the matcher's time per article without and with the body.
    """
    index = MatchIndex()
    for term in terms:
        index.add(term)
    heads, fulls = (
        [Text(r.title, r.teaser) for r in records],
        [Text(r.title, r.teaser, r.body) for r in records],
    )
    started = time.perf_counter()
    head_hits = [index.match(text) for text in heads]
    middle = time.perf_counter()
    full_hits = [index.match(text) for text in fulls]
    ended = time.perf_counter()
    per = 1e6 / len(records)
    print(
        f"matching {len(terms)} terms: {(middle - started) * per:.0f} us/article over title and "
        f"teaser, {(ended - middle) * per:.0f} us/article with the body "
        f"({(ended - middle) / (middle - started):.1f}x)"
    )
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for head_list, full_list in zip(head_hits, full_hits, strict=True):
        head = {hit.term for hit in head_list}
        full = {hit.term for hit in full_list}
        for term in head:
            found[term]["head"] += 1
        for term in full - head:
            found[term]["body-only"] += 1
        for term in head - full:  # an exclusion found in the body drops the article
            found[term]["lost"] += 1
    return found


def _ratio(hits: int, total: int) -> str:
    return f"{hits / total:.2f} ({hits}/{total})" if total else "-"


def precision_table(name: str, labels: list[Label], found: dict[str, Counter[str]]) -> None:
    """Print, per term and overall, precision of head and body-only matches, and the gain."""
    if not labels:
        return
    print(f"\n== {name}: {len(labels)} labelled pairs")
    print(
        f"{'term':<16} {'P title/teaser':>16} {'P body-only':>16} {'about':>12} "
        f"{'head':>6} {'+body':>6} {'est. +relevant':>15}"
    )
    totals: Counter[str] = Counter()
    gain = 0.0
    for term in dict.fromkeys(label.term for label in labels):
        mine = [label for label in labels if label.term == term]
        head = [label for label in mine if label.where != "body-only"]
        body = [label for label in mine if label.where == "body-only"]
        about = [label for label in body if label.relevant and label.about is not None]
        head_ok, body_ok = sum(x.relevant for x in head), sum(x.relevant for x in body)
        about_ok = sum(bool(x.about) for x in about)
        totals.update(head=len(head), head_ok=head_ok, body=len(body), body_ok=body_ok,
                      about=len(about), about_ok=about_ok)  # fmt: skip
        more = found[term]["body-only"] * (body_ok / len(body)) if body else 0.0
        gain += more
        print(
            f"{term:<16} {_ratio(head_ok, len(head)):>16} {_ratio(body_ok, len(body)):>16} "
            f"{_ratio(about_ok, len(about)):>12} {found[term]['head']:>6} "
            f"{found[term]['body-only']:>6} {more:>15.0f}"
        )
    heads = sum(found[t]["head"] for t in dict.fromkeys(x.term for x in labels))
    print(
        f"{'ALL':<16} {_ratio(totals['head_ok'], totals['head']):>16} "
        f"{_ratio(totals['body_ok'], totals['body']):>16} "
        f"{_ratio(totals['about_ok'], totals['about']):>12} {heads:>6} "
        f"{sum(found[t]['body-only'] for t in dict.fromkeys(x.term for x in labels)):>6} "
        f"{gain:>15.0f}"
    )
    print(
        "P = relevant (names the term's referent) / labelled; about = body-only relevant "
        "articles substantially about it; est. +relevant = body-only count x body-only P."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, action="append", help="labelled TSV (repeatable)")
    args = parser.parse_args()
    paths = args.labels or list(LABELS)
    sets = {str(path): read_labels(path) for path in paths}
    labelled_terms = [label.term for labels in sets.values() for label in labels]
    terms = list(dict.fromkeys([*TERMS, *labelled_terms]))
    taken = {p.name for p in (CORPUS / "ant_multisource").glob("*/*/*.txt")}
    records = [r for r in load() if Path(r.path).name not in taken]
    found = counts(records, terms)
    print(f"{len(records)} articles of ant_dev_2018_03_04 (those also in ant_multisource left out)")
    print(f"{'term':<16} {'title/teaser':>13} {'+body only':>11} {'with body':>10} {'ratio':>6}")
    for term in terms:
        head, more = found[term]["head"], found[term]["body-only"]
        lost = (
            f"  ({found[term]['lost']} dropped by an exclusion in the body)"
            if found[term]["lost"]
            else ""
        )
        ratio = f"{(head + more) / head:.2f}" if head else "-"
        print(f"{term:<16} {head:>13} {more:>11} {head + more:>10} {ratio:>6}{lost}")
    head = sum(found[t]["head"] for t in terms)
    more = sum(found[t]["body-only"] for t in terms)
    print(f"{'ALL':<16} {head:>13} {more:>11} {head + more:>10} {(head + more) / head:>6.2f}")
    for name, labels in sets.items():
        precision_table(name, labels, found)
    everything = [label for labels in sets.values() for label in labels]
    if len([s for s in sets.values() if s]) > 1:
        precision_table("all label files", everything, found)


if __name__ == "__main__":
    main()
