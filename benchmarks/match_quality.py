"""Match quality: precision, recall and F1 of the Rasd matcher on labelled pairs.

Every (term, article) pair in ``benchmarks/match_labels.tsv`` was labelled by
reading the article's title and abstract (rule: ``benchmarks/LABELING.md``).
``benchmarks/match_labels_heldout.tsv`` is a second, held-out set labelled the
same way on other articles and partly other terms; it was never used to tune
the matcher, so its score is the honest one. By default both files are scored,
each in its own table.
The Rasd matcher is scored on the same pairs as three baselines, in the same
run: plain substring matching and a Lucene-style normalize + light-stem phrase
matcher (``benchmarks/baselines.py``), and the Rasd matcher as it was before
issue 12 (``benchmarks/base_matcher.py``, commit ``BASE_COMMIT``). Scores are
printed in total and per term; the Rasd matcher's errors are listed so they
can be fixed. This is a report: it exits 0 whenever it ran.

Any labels file can be scored (``--labels``). Its article paths are read
relative to the corpus folder (``ant_multisource``) or, failing that, to the
folder holding all corpora (``../shared/corpus``), so files labelled over
``ant_dev_2018_03_04/...`` work too.

Corpus: ANT Corpus v2.1 (multi-source), read at run time from
``../shared/corpus/ant_multisource`` (or ``$RASD_CORPUS``); no article text is
stored in this repository.
    A. Chouigui, O. Ben Khiroun, B. Elayeb, "An Arabic Multi-source News Corpus:
    Experimenting on Single-document Extractive Summarization", Arabian Journal
    for Science and Engineering 46(8), 2021, doi:10.1007/s13369-020-05258-z

Usage: ``.venv/bin/python benchmarks/match_quality.py [--labels FILE[,FILE]]... [--all-errors]``
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.base_matcher import BASE_COMMIT, BaseUnavailableError, base_hits
from benchmarks.baselines import LuceneStyleMatcher, SubstringMatcher, distinct_terms
from benchmarks.corpus import Record, corpus_root, parse_file
from benchmarks.match_label_sets import DEV_LABELS, HELDOUT_LABELS, LABELS, ROUNDS, TITLES, TOGETHER
from benchmarks.rasd_adapter import (
    RasdUnavailableError,
    build_index,
    load_index_factory,
    make_article,
)

GOAL_F1 = 0.97
GOAL_PRECISION = 0.97
_GROUP = re.compile(r"^\[([^\]]+)\]\s*")


@dataclass(frozen=True, slots=True)
class Label:
    """One labelled pair."""

    term: str
    path: str
    relevant: bool
    note: str

    @property
    def group(self) -> str:
        found = _GROUP.match(self.note)
        return found.group(1) if found else "-"


@dataclass(slots=True)
class Score:
    """Confusion counts of one matcher."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[tuple[Label, bool]] = field(default_factory=list)

    def add(self, label: Label, predicted: bool) -> None:
        if predicted and label.relevant:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif label.relevant:
            self.fn += 1
        else:
            self.tn += 1
        if predicted != label.relevant:
            self.errors.append((label, predicted))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_labels(path: Path) -> list[Label]:
    """Parse the TSV; a malformed row is a hard error, since it would skew every score."""
    labels: list[Label] = []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows)
        if header[:3] != ["term", "article_path", "relevant"]:
            raise SystemExit(f"{path}: unexpected header {header!r}")
        for lineno, row in enumerate(rows, start=2):
            if not row or row[0].startswith("#"):
                continue
            if len(row) < 3 or row[2] not in ("0", "1"):
                raise SystemExit(f"{path}:{lineno}: bad row {row!r}")
            note = row[3] if len(row) > 3 else ""
            labels.append(Label(row[0], row[1], row[2] == "1", note))
    return labels


Predictor = Callable[[Label, Record], bool]


def text_predictor(matches: Callable[[str, str], bool]) -> Predictor:
    """Adapt a ``matches(term, text)`` baseline."""
    return lambda label, record: matches(label.term, record.text)


def rasd_predictor(labels: Sequence[Label], records: dict[str, Record]) -> Predictor:
    """One index with every distinct term; each article matched once."""
    index = build_index(load_index_factory(), distinct_terms(lb.term for lb in labels))
    hits_by_path: dict[str, set[str]] = {}
    for path in dict.fromkeys(lb.path for lb in labels):
        record = records[path]
        article = make_article(path, record.title, record.abstract)
        hits_by_path[path] = {hit.term for hit in index.match(article)}
    return lambda label, record: label.term in hits_by_path[record.path]


def base_predictor(
    labels: Sequence[Label], records: dict[str, Record], commit: str = BASE_COMMIT
) -> Predictor:
    """The matcher of a commit, one index with every distinct term, in a child process."""
    paths = list(dict.fromkeys(lb.path for lb in labels))
    articles = [(path, records[path].title, records[path].abstract) for path in paths]
    hits_by_path = base_hits(distinct_terms(lb.term for lb in labels), articles, commit)
    return lambda label, record: label.term in hits_by_path[record.path]


def corpus_roots() -> list[Path]:
    """Folders that labelled article paths are relative to, in the order tried."""
    root = corpus_root()
    return [root, root.parent]


def load_records(labels: Sequence[Label]) -> tuple[dict[str, Record], list[str]]:
    """Read every labelled article; return them by labelled path, and the paths not found."""
    records: dict[str, Record] = {}
    missing: list[str] = []
    for path in dict.fromkeys(lb.path for lb in labels):
        for root in corpus_roots():
            if (root / path).is_file():
                records[path] = parse_file(root, root / path)
                break
        else:
            missing.append(path)
    return records, missing


def score(labels: Sequence[Label], records: dict[str, Record], predict: Predictor) -> Score:
    result = Score()
    for label in labels:
        result.add(label, predict(label, records[label.path]))
    return result


def print_table(scores: dict[str, Score]) -> None:
    print(
        f"{'matcher':<16}{'TP':>5}{'FP':>5}{'FN':>5}{'TN':>5}{'precision':>11}"
        f"{'recall':>8}{'F1':>8}"
    )
    for name, s in scores.items():
        print(
            f"{name:<16}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.tn:>5}{s.precision:>11.3f}"
            f"{s.recall:>8.3f}{s.f1:>8.3f}"
        )


def print_groups(labels: Sequence[Label], scores: dict[str, Score]) -> None:
    pos: Counter[str] = Counter(lb.group for lb in labels if lb.relevant)
    neg: Counter[str] = Counter(lb.group for lb in labels if not lb.relevant)
    wrong: dict[str, Counter[str]] = defaultdict(Counter)
    for name, s in scores.items():
        for label, predicted in s.errors:
            wrong[name][f"{label.group}/{'FP' if predicted else 'FN'}"] += 1
    names = list(scores)
    print(
        f"{'group':<11}{'pairs':>6}{'pos':>5}{'neg':>5}  "
        + "".join(f"{n + ' FP/FN':>20}" for n in names)
    )
    for group in sorted(set(pos) | set(neg)):
        cells = "".join(
            f"{wrong[n][group + '/FP']:>15}/{wrong[n][group + '/FN']:<4}" for n in names
        )
        total = pos[group] + neg[group]
        print(f"{group:<11}{total:>6}{pos[group]:>5}{neg[group]:>5}  {cells}")


def print_terms(
    labels: Sequence[Label], predictors: dict[str, Predictor], records: dict[str, Record]
) -> None:
    """Print each term's pair counts and every matcher's F1 (FP/FN) on it."""
    by_term: dict[str, list[Label]] = defaultdict(list)
    for label in labels:
        by_term[label.term].append(label)
    names = list(predictors)
    print(f"{'pairs':>5}{'pos':>4}  " + "".join(f"{n + ' F1 fp/fn':>24}" for n in names) + "  term")
    for term, group in by_term.items():
        cells = ""
        for name in names:
            s = score(group, records, predictors[name])
            f1 = f"{s.f1:.3f}" if s.tp + s.fn else "  -  "
            cells += f"{f1:>16} {s.fp:>3}/{s.fn:<3}"
        print(f"{len(group):>5}{sum(lb.relevant for lb in group):>4}  {cells}  {term}")


def print_errors(title: str, errors: list[tuple[Label, bool]], limit: int | None) -> None:
    print(f"\n{title} ({len(errors)}):")
    print("  expected  got  term | article | note")
    shown = errors if limit is None else errors[:limit]
    for label, predicted in shown:
        print(
            f"  {int(label.relevant):>8}  {int(predicted):>3}  {label.term} | {label.path}"
            f" | {label.note}"
        )
    if len(shown) < len(errors):
        print(f"  ... {len(errors) - len(shown)} more (use --all-errors)")


def label_sets(values: Sequence[str] | None) -> list[tuple[Path, ...]]:
    """``--labels`` values (repeatable; a comma list is scored as one set).

    Default: every labels file alone, then each part's two category files together.
    """
    if not values:
        return [(LABELS,), (HELDOUT_LABELS,), *((path,) for path in DEV_LABELS), *TOGETHER]
    return [tuple(Path(item) for item in value.split(",") if item.strip()) for value in values]


def title_of(path: Path) -> str:
    if path.resolve() == HELDOUT_LABELS:
        return f"held-out (not used for tuning): {path.name}"
    if path.resolve() == LABELS:
        return f"tuning set (seen while the matcher was written): {path.name}"
    title = TITLES.get(path.name)
    return f"{title}: {path.name}" if title else path.name


def evaluate(paths: Sequence[Path], all_errors: bool) -> int:
    """Score every matcher on the labels of the files, as one set, and print its report."""
    path = paths[0]
    title = title_of(path) if len(paths) == 1 else "together: " + " + ".join(p.name for p in paths)
    print(f"=== {title} ===")
    labels = [label for one in paths for label in read_labels(one)]
    records, missing = load_records(labels)
    if missing:
        print(
            f"error: {len(missing)} labelled articles not in the corpus at {corpus_root()}:"
            f" {missing[:3]}\n(set RASD_CORPUS; paths are tried under {corpus_roots()})",
            file=sys.stderr,
        )
        return 2

    n_pos = sum(lb.relevant for lb in labels)
    print(
        f"labels: {len(labels)} pairs ({n_pos} relevant, {len(labels) - n_pos} not), "
        f"{len({lb.term for lb in labels})} terms, {len({lb.path for lb in labels})} articles\n"
    )

    predictors: dict[str, Predictor] = {
        "substring": text_predictor(SubstringMatcher().matches),
        "lucene-style": text_predictor(LuceneStyleMatcher().matches),
    }
    baselines = ((f"base {BASE_COMMIT}", BASE_COMMIT),
                 *((f"{name} {commit}", commit) for name, commit in ROUNDS))  # fmt: skip
    for name, commit in baselines:
        try:
            predictors[name] = base_predictor(labels, records, commit)
        except BaseUnavailableError as exc:
            print(f"matcher of {commit} not available ({exc})\n")
    try:
        predictors["rasd"] = rasd_predictor(labels, records)
    except RasdUnavailableError as exc:
        print(f"Rasd matcher not available, baselines only ({exc})\n")

    scores = {name: score(labels, records, p) for name, p in predictors.items()}
    print_table(scores)
    print("\nper term (F1, false positives/false negatives):")
    print_terms(labels, predictors, records)
    print("\nerrors per hard-case group (FP/FN):")
    print_groups(labels, scores)

    if all_errors:
        for name in ("substring", "lucene-style"):
            print_errors(f"{name} errors [{path.name}]", scores[name].errors, None)
    rasd = scores.get("rasd")
    if rasd is None:
        print(f"\ngoal (F1 >= {GOAL_F1}, precision >= {GOAL_PRECISION}): not measured\n")
        return 0
    print_errors(f"rasd errors [{path.name}]", rasd.errors, None if all_errors else 200)
    met = rasd.f1 >= GOAL_F1 and rasd.precision >= GOAL_PRECISION
    print(
        f"\ngoal (F1 >= {GOAL_F1}, precision >= {GOAL_PRECISION}) on {title}: "
        f"{'MET' if met else 'NOT MET'} (F1 {rasd.f1:.3f}, precision {rasd.precision:.3f})\n"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--labels",
        action="append",
        metavar="PATH[,PATH]",
        help="labels file(s) to score; repeatable; a comma list is scored as one set "
        "(default: every labels file in benchmarks/, then each part's files together)",
    )
    parser.add_argument(
        "--all-errors",
        action="store_true",
        help="also list the baselines' errors, and all of Rasd's",
    )
    args = parser.parse_args(argv)

    print(f"corpus: {corpus_root()} (paths also tried under {corpus_root().parent})\n")
    status = 0
    for paths in label_sets(args.labels):
        status = max(status, evaluate(paths, args.all_errors))
    return status


if __name__ == "__main__":
    sys.exit(main())
