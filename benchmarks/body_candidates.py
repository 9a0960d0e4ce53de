"""Write the (term, article) pairs a blind labeller judges for the body benchmark.

For each everyday watch term, the Rasd matcher sorts the articles of
``ant_dev_2018_03_04`` into where the term is first found: ``title``,
``teaser`` (the RSS abstract) or ``body-only`` (the page's text and nowhere
else). A fixed-seed sample keeps half of each term's pairs body-only, so the
labels measure how precise the matches are that only the body brings.
Articles also in ``ant_multisource`` are left out (the matcher's labels use
those). The output names articles by path only; the labeller reads them.

Usage: ``.venv/bin/python benchmarks/body_candidates.py [--out FILE] [--per-term N]``
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.body_corpus import CORPUS, BodyRecord, load
from bot.match.matcher import MatchIndex, Text

# Everyday terms: countries, a body, a person, commodities; some with
# look-alikes in bodies (الذهب gold / going, النفط in company names).
TERMS = (
    "السعودية",
    "الصين",
    "الأمم المتحدة",
    "روسيا",
    "إيران",
    "ترامب",
    "النفط",
    "قطر",
    "كوريا الشمالية",
    "الذهب",
)
SEED = 14


def where(index: MatchIndex, term: str, record: BodyRecord) -> str | None:
    """Return where the term is first found in the article, or None."""
    for field, text in (
        ("title", record.title),
        ("teaser", record.teaser),
        ("body-only", record.body),
    ):
        if any(hit.term == term for hit in index.match(Text(text, ""))):
            return field
    return None


def sample(found: dict[str, list[str]], per_term: int, rng: random.Random) -> list[tuple[str, str]]:
    """Half body-only, the rest split between title and teaser, topped up from each other."""
    half = per_term // 2
    body = rng.sample(found["body-only"], min(half, len(found["body-only"])))
    title = rng.sample(found["title"], min(half // 2, len(found["title"])))
    teaser = rng.sample(found["teaser"], min(half - len(title), len(found["teaser"])))
    rest = [p for p in found["title"] if p not in title]
    title += rng.sample(rest, min(half - len(title) - len(teaser), len(rest)))
    return (
        [(p, "body-only") for p in body]
        + [(p, "title") for p in title]
        + [(p, "teaser") for p in teaser]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("body_candidates.tsv"))
    parser.add_argument("--per-term", type=int, default=40)
    args = parser.parse_args()
    taken = {p.name for p in (CORPUS / "ant_multisource").glob("*/*/*.txt")}
    records = [r for r in load() if Path(r.path).name not in taken]
    rng = random.Random(SEED)
    rows: list[tuple[str, str, str]] = []
    for term in TERMS:
        index = MatchIndex()
        index.add(term)
        found: dict[str, list[str]] = {"title": [], "teaser": [], "body-only": []}
        for record in records:
            place = where(index, term, record)
            if place:
                found[place].append(record.path)
        pairs = sample(found, args.per_term, rng)
        rows += [(term, path, place) for path, place in pairs]
        counts = " ".join(f"{k}={len(v)}" for k, v in found.items())
        print(f"{term}: {counts} -> {len(pairs)} pairs", file=sys.stderr)
    rng.shuffle(rows)
    lines = ["term\tarticle_path\twhere", *("\t".join(row) for row in rows)]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} pairs -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
