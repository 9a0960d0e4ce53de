"""Story grouping: which similarity representation separates same-event pairs best (offline).

Scores every labelled pair of the three dev pair files (``story_pairs.tsv``,
``story_pairs_sealed.tsv``, ``story_pairs_fresh_sealed.tsv``; all seen, so
development files now) with several representations of an article, beside
production measured in the same run:

- ``production online``: the online grouping itself (bot.deliver.stories, the
  code the fan-out runs, through Redis), a yes/no per pair; with the lead of
  the full text (``+lead``) and without it.
- ``production margin``: the same rule pair by pair (bot.deliver.story_score:
  cosines of TOP_KEYS rarity-weighted stemmed keys, anchor gate, bar raised by
  the time gap and by numbers apart) as a continuous score, swept.
- ``words``: the cosine of the matcher's stemmed keys (bot.deliver.story_text:
  bot.match normalizer and stemmer), every key kept.
- ``char``: the cosine of character 3- to 5-grams inside the normalized words
  (each word padded with a boundary mark), robust to spelling and
  transliteration variants the stemmer does not join (ترامب/ترمب, غوطة/الغوطه).
- ``+time``: minus ``k`` per day between the two publication times.
- ``+rare``: the production guards on top: a shared rare title key (anchor)
  is required, and numbers apart raise the bar.

Weights are idf from the corpus's own days: the articles published in the
7 days up to the later article's day (as bot.deliver.story_rarity learns them
from the stream); no trained model, no list. The score of a pair with both
leads is the mean of its title-and-summary cosine and its lead cosine, as in
production. For each representation and file: the best F1 at precision >= 0.95
(threshold picked on that file: an upper bound), the best F1 at any threshold,
and the score at ONE threshold picked on the three files together (best F1 at
P >= 0.95 on all pairs), which is what a port would use.

Usage: ``.venv/bin/python benchmarks/story_representations.py [--no-online]`` (about 4
minutes; Redis from ``$REDIS_URL`` for the online rows). Results and verdict:
``benchmarks/STORY_REPRESENTATIONS.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from redis.asyncio import Redis

from benchmarks.story_corpus import Timed, load_timed
from benchmarks.story_quality import Pair, article_of, group, read_pairs, scored
from bot.deliver import story_score
from bot.deliver.story_score import TOP_KEYS, Entry, Rule, anchors, margin, weigh
from bot.deliver.story_text import LEAD_WORDS, StoryText, story_text
from bot.match.normalize import tokenize

HERE = Path(__file__).resolve().parent
FILES = ("story_pairs.tsv", "story_pairs_sealed.tsv", "story_pairs_fresh_sealed.tsv")
TARGET = 0.95
DAYS = 7
PRIOR = 20.0
GRAMS = (3, 4, 5)
TIME_K = (0.3, 0.6)

PRODUCTION = Rule()
# Production's rule with other settings, run online too (with_lead: the threshold online).
# The number is TOP_KEYS (bot.deliver.story_score keeps 40), set for the run only.
CANDIDATES = {
    "80 keys, 0.45/day, any title key": (
        Rule(per_day=0.45, rare_title_idf=0.0, with_lead=0.27),
        80,
    ),
}

Bag = dict[str, float]
Scorer = Callable[[Pair], float]


@dataclass(frozen=True, slots=True)
class Result:
    """Precision, recall, F1 and the threshold they were read at."""

    precision: float
    recall: float
    f1: float
    threshold: float


def day_of(item: Timed) -> int:
    return int(item.published.timestamp() // 86_400)


def char_grams(words: Iterable[str]) -> Counter[str]:
    """Character n-grams inside each word, the word padded with '_' at both ends."""
    found: Counter[str] = Counter()
    for word in words:
        padded = f"_{word}_"
        for n in GRAMS:
            for i in range(len(padded) - n + 1):
                found[padded[i : i + n]] += 1
    return found


def words_of(text: str) -> list[str]:
    return [token.text for token in tokenize(text)]


@dataclass(frozen=True, slots=True)
class Bags:
    """An article's bags of features: title-and-summary and lead, for each representation."""

    text: StoryText
    char_ts: Bag
    char_lead: Bag


def bags_of(item: Timed) -> Bags:
    text = story_text(article_of(item, body=True))
    title, summary = words_of(item.title), words_of(item.abstract)
    ts: Bag = {}
    for gram, count in char_grams(title).items():
        ts[gram] = ts.get(gram, 0.0) + 2.0 * count  # title words weigh double, as in production
    for gram, count in char_grams(summary).items():
        ts[gram] = ts.get(gram, 0.0) + count
    lead_words = words_of(item.text[: LEAD_WORDS * 12])[:LEAD_WORDS]
    return Bags(text, dict(ts), {k: float(v) for k, v in char_grams(lead_words).items()})


class Window:
    """Per-day document frequencies of every feature; idf over DAYS days up to a day."""

    def __init__(self, items: Sequence[Timed], bags: dict[str, Bags]) -> None:
        self.days: dict[int, Counter[str]] = {}
        self.articles: Counter[int] = Counter()
        for item in items:
            day = day_of(item)
            b = bags[item.path]
            keys = set(b.text.counts) | set(b.text.lead) | set(b.char_ts) | set(b.char_lead)
            self.days.setdefault(day, Counter()).update(keys)
            self.articles[day] += 1
        self._cache: dict[int, tuple[float, Counter[str]]] = {}

    def idf(self, day: int) -> Callable[[str], float]:
        if day not in self._cache:
            total: Counter[str] = Counter()
            count = 0
            for d in range(day - DAYS + 1, day + 1):
                total.update(self.days.get(d, Counter()))
                count += self.articles[d]
            self._cache[day] = (float(count), total)
        n, df = self._cache[day]
        return lambda key: math.log((n + PRIOR) / (df.get(key, 0) + 1.0))


def unit(bag: Bag, idf: Callable[[str], float], top: int | None = None) -> Bag:
    raw = {k: (1.0 + math.log(c)) * idf(k) for k, c in bag.items() if c > 0}
    if top is not None:
        raw = dict(sorted(raw.items(), key=lambda kv: (-kv[1], kv[0]))[:top])
    norm = math.sqrt(sum(v * v for v in raw.values()))
    return {k: v / norm for k, v in raw.items() if v > 0} if norm else {}


def cosine(a: Bag, b: Bag) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(k, 0.0) for k, w in a.items())


def both(ts: float, lead: float | None) -> float:
    return ts if lead is None else (ts + lead) / 2


class Scores:
    """Every representation's score of a pair."""

    def __init__(self, items: Sequence[Timed]) -> None:
        self.by_path = {item.path: item for item in items}
        self.bags = {item.path: bags_of(item) for item in items}
        self.window = Window(items, self.bags)

    def _ctx(self, pair: Pair) -> tuple[Timed, Timed, Bags, Bags, Callable[[str], float], float]:
        a, b = self.by_path[pair.a], self.by_path[pair.b]
        idf = self.window.idf(max(day_of(a), day_of(b)))
        gap = abs(a.published.timestamp() - b.published.timestamp()) / 86_400
        return a, b, self.bags[pair.a], self.bags[pair.b], idf, gap

    def words(self, pair: Pair) -> float:
        _a, _b, x, y, idf, _gap = self._ctx(pair)
        ts = cosine(unit(x.text.counts, idf), unit(y.text.counts, idf))
        lead = None
        if x.text.lead and y.text.lead:
            lead = cosine(unit(x.text.lead, idf), unit(y.text.lead, idf))
        return both(ts, lead)

    def char(self, pair: Pair) -> float:
        _a, _b, x, y, idf, _gap = self._ctx(pair)
        ts = cosine(unit(x.char_ts, idf), unit(y.char_ts, idf))
        lead = None
        if x.char_lead and y.char_lead:
            lead = cosine(unit(x.char_lead, idf), unit(y.char_lead, idf))
        return both(ts, lead)

    def gap(self, pair: Pair) -> float:
        return self._ctx(pair)[5]

    def guards(self, pair: Pair) -> tuple[bool, bool]:
        """(shares a rare title key, both carry numbers and share none), as production."""
        _a, _b, x, y, idf, _gap = self._ctx(pair)
        rule = Rule()
        idf_map = {k: idf(k) for k in x.text.title_keys | y.text.title_keys}
        anchored = bool(
            anchors(x.text, idf_map, rule) & y.text.title_keys
            or anchors(y.text, idf_map, rule) & x.text.title_keys
        )
        nx, ny = x.text.numbers, y.text.numbers
        return anchored, bool(nx and ny and not nx & ny)

    def production(self, pair: Pair, rule: Rule = PRODUCTION, top: int | None = None) -> float:
        """Production's margin (score minus bar; -1 when not anchored), as in story_score.

        `rule` varies its bar (its thresholds are zeroed: the margin is swept); `top`
        replaces TOP_KEYS (None: production's)."""
        a, b, x, y, idf, _gap = self._ctx(pair)
        entries = []
        for item, bag in ((a, x), (b, y)):
            keys = bag.text.counts.keys() | bag.text.lead.keys()
            idf_map = {k: idf(k) for k in keys}
            t = item.published.timestamp()
            entries.append(
                Entry(
                    article=item.path, story="", at=t, published=t,
                    vector=vec(bag.text.counts, idf_map, top),
                    lead=vec(bag.text.lead, idf_map, top),
                    title_keys=bag.text.title_keys, anchors=anchors(bag.text, idf_map, rule),
                    numbers=bag.text.numbers, title_words=bag.text.title_words,
                )
            )  # fmt: skip
        new, old = sorted(entries, key=lambda e: -e.published)
        found = margin(new, old, replace(rule, threshold=0.0, with_lead=0.0))
        return -1.0 if found is None else found


def vec(counts: Bag, idf: dict[str, float], top: int | None) -> Bag:
    if top is None:
        return weigh(counts, idf)
    return unit(counts, lambda key: idf.get(key, 0.0), top)


def guarded(scores: Scores, base: Scorer, k: float, numbers: float) -> Scorer:
    """A base score minus k per day of gap, minus `numbers` when numbers are apart; gated."""

    def score(pair: Pair) -> float:
        anchored, apart = scores.guards(pair)
        if not anchored:
            return -1.0
        return base(pair) - k * scores.gap(pair) - (numbers if apart else 0.0)

    return score


def timed(scores: Scores, base: Scorer, k: float) -> Scorer:
    return lambda pair: base(pair) - k * scores.gap(pair)


def at(pairs: Sequence[Pair], values: dict[tuple[str, str], float], t: float) -> Result:
    score = scored(pairs, lambda pair: values[(pair.a, pair.b)] >= t)
    return Result(score.precision, score.recall, score.f1, t)


def best(pairs: Sequence[Pair], values: dict[tuple[str, str], float], floor: float) -> Result:
    found = Result(0.0, 0.0, 0.0, math.inf)
    for t in sorted({values[(p.a, p.b)] for p in pairs}):
        r = at(pairs, values, t)
        if r.precision >= floor and r.f1 > found.f1:
            found = r
    return found


def fmt(r: Result) -> str:
    return f"{r.precision:.3f} {r.recall:.3f} {r.f1:.3f}"


def binary(pairs: Sequence[Pair], story_of: dict[str, str]) -> Result:
    values = {(p.a, p.b): float(story_of[p.a] == story_of[p.b]) for p in pairs}
    return at(pairs, values, 1.0)


async def online(items: Sequence[Timed], *, body: bool, rule: Rule, top: int) -> dict[str, str]:
    """The online grouping's stories, with `top` keys kept per vector for this run only."""
    redis = Redis.from_url(
        os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"), decode_responses=True
    )
    kept = story_score.TOP_KEYS
    story_score.TOP_KEYS = top  # weigh() reads it at each call
    try:
        return await group(redis, items, body=body, rule=rule)
    finally:
        story_score.TOP_KEYS = kept
        await redis.aclose()


def print_feature_cost(items: Sequence[Timed]) -> None:
    """CPU per article of production's text work and of the character n-grams, same run."""
    articles = [article_of(item, body=True) for item in items]
    started = time.process_time()
    texts = [story_text(article) for article in articles]
    words_ms = (time.process_time() - started) * 1000 / len(items)
    started = time.process_time()
    grams = [
        (
            char_grams(words_of(a.title) + words_of(a.summary)),
            char_grams(words_of(a.body[: LEAD_WORDS * 12])[:LEAD_WORDS]),
        )
        for a in articles
    ]
    char_ms = (time.process_time() - started) * 1000 / len(items)
    keys = sum(len(t.counts) + len(t.lead) for t in texts) / len(items)
    grams_n = sum(len(ts) + len(lead) for ts, lead in grams) / len(items)
    print(
        f"text work per article (CPU): stemmed word keys (production) {words_ms:.2f} ms, "
        f"{keys:.0f} keys; char 3-5 grams {char_ms:.2f} ms, {grams_n:.0f} grams "
        f"({grams_n / keys:.1f}x the keys to count in Redis and keep per article)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-online", action="store_true", help="skip the Redis online runs")
    args = parser.parse_args(argv)
    files = {name: read_pairs(HERE / name) for name in FILES}
    every = [pair for pairs in files.values() for pair in pairs]
    items = load_timed()
    print_feature_cost(items)
    started = time.process_time()
    scores = Scores(items)
    print(f"features for {len(items)} articles: {time.process_time() - started:.1f} s CPU")
    reps: dict[str, Scorer] = {"production margin (offline)": scores.production}
    reps["production, 80 keys"] = lambda p: scores.production(p, Rule(), 80)
    reps["production, all keys"] = lambda p: scores.production(p, Rule(), 10_000)
    for name, (rule, top) in CANDIDATES.items():
        reps[f"{name} (offline)"] = partial(scores.production, rule=rule, top=top)
    reps["words"] = scores.words
    reps["char 3-5"] = scores.char
    reps["words+char mean"] = lambda p: (scores.words(p) + scores.char(p)) / 2
    for k in TIME_K:
        reps[f"words +time {k}"] = timed(scores, scores.words, k)
        reps[f"char +time {k}"] = timed(scores, scores.char, k)
        reps[f"words+char +time {k}"] = timed(scores, reps["words+char mean"], k)
    for k in TIME_K:
        reps[f"words +time {k} +rare"] = guarded(scores, scores.words, k, 0.10)
        reps[f"char +time {k} +rare"] = guarded(scores, scores.char, k, 0.10)
        reps[f"words+char +time {k} +rare"] = guarded(scores, reps["words+char mean"], k, 0.10)
    header = " | ".join(f"{name[:26]:<26}" for name in [*FILES, "all"])
    print("\nP R F1 per file: [best F1 at P>=0.95 on the file] / [one threshold, all files]")
    print(f"{'representation':<32} | {header}")
    if not args.no_online:
        for body in (True, False):
            for name, (rule, top) in {"production": (PRODUCTION, TOP_KEYS), **CANDIDATES}.items():
                story_of = asyncio.run(online(items, body=body, rule=rule, top=top))
                row = [fmt(binary(pairs, story_of)) for pairs in [*files.values(), every]]
                name = f"{name} online" + (" +lead" if body else "")
                print(f"{name:<32} | " + " | ".join(f"{cell:<26}" for cell in row))
    for name, scorer in reps.items():
        values = {(p.a, p.b): scorer(p) for p in every}
        shared = best(every, values, TARGET).threshold
        cells = []
        for pairs in [*files.values(), every]:
            own, one = best(pairs, values, TARGET), at(pairs, values, shared)
            cells.append(f"{own.f1:.3f}/{fmt(one)}")
        print(f"{name:<32} | " + " | ".join(f"{cell:<26}" for cell in cells) + f"  t={shared:.3f}")
    print("\nBest F1 at any threshold (P R F1), per file:")
    for name, scorer in reps.items():
        values = {(p.a, p.b): scorer(p) for p in every}
        cells = [fmt(best(pairs, values, 0.0)) for pairs in [*files.values(), every]]
        print(f"{name:<32} | " + " | ".join(f"{cell:<26}" for cell in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
