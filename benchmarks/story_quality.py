"""Story grouping: pairwise quality on labelled pairs, alerts per watch term, and cost.

Every figure is printed beside its baselines, measured in the same run:

1. Pairwise precision, recall and F1 on labelled cross-outlet pairs
   (``--pairs FILE``, TSV ``a b same note``, paths relative to
   ``../shared/corpus/``; default ``benchmarks/story_pairs.tsv``, the open
   part; ``story_pairs_sealed.tsv`` is the sealed quarter, scored once at the
   end; labelled blind, policy in ``benchmarks/STORY_LABELING.md``). Rasd's score
   comes from running every article of ``ant_dev_2018_03_04`` through the
   online grouping (bot.deliver.stories, the code the fan-out and `rasd stories`
   use) in publication order, each article seen once at its publication time:
   a pair is "same" when both got the same story id. Beside it: today's rule
   (the rule before issue 13: same canonical link, same normalized title, or
   near-identical titles, `same_story` at 90) and a TF-IDF cosine of title and
   abstract (idf over the whole corpus, so it sees the future) at its best
   threshold on these very pairs (an upper bound for that baseline).
   With ``--other FILE`` (the other labelled file), both are also
   cross-validated: the TF-IDF threshold and Rasd's ``Rule.with_lead`` are
   picked on the other file (best F1 at precision >= 0.95, Rasd from the grid
   CV_GRID) and scored on this one, so a figure does not rest on thresholds
   tuned on the pairs it is scored on.
2. Alerts per watch term over the two months: how many alerts a chat
   following the term gets with every matching article alerted, and with one
   alert per story.
3. Cost: milliseconds per article with WINDOW_ARTICLES articles in the window
   (goal <= 2 ms) against the same call with an empty window, and the Redis
   memory the window takes against the size of the same articles as JSON.

Usage: ``.venv/bin/python benchmarks/story_quality.py [--pairs FILE] [--other FILE]
[--errors] [--body] [--no-cost]``; Redis from ``$REDIS_URL`` (default ``redis://127.0.0.1:6379/0``),
under a fresh key prefix removed afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import math
import os
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from redis.asyncio import Redis

from benchmarks.story_corpus import DEV, SHARED, Timed, load_timed
from bot.article import Article
from bot.deliver.stories import Stories, same_story, title_words
from bot.deliver.story_score import Rule
from bot.keys import Keys
from bot.match.matcher import MatchIndex
from bot.match.normalize import tokenize
from bot.settings import DeliverySettings
from feeds.canonical import canonical_link

OPEN_PAIRS = Path(__file__).resolve().parent / "story_pairs.tsv"
TERMS = ("روسيا", "كوريا الشمالية", "ترامب", "إيران", "السعودية")
WINDOW_ARTICLES = 10_000
TIMED_ARTICLES = 500
GOAL_PRECISION, GOAL_F1, GOAL_MS = 0.95, 0.90, 2.0
CV_GRID = (0.18, 0.20, 0.22, 0.25)  # Rule.with_lead values tried on the other file


@dataclass(frozen=True, slots=True)
class Pair:
    """One labelled pair."""

    a: str
    b: str
    same: bool
    note: str


@dataclass(frozen=True, slots=True)
class Score:
    """Pairwise precision, recall and F1."""

    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int


def read_pairs(path: Path) -> list[Pair]:
    """Read a TSV of labelled pairs; exit with a message if it is missing or malformed."""
    if not path.is_file():
        raise SystemExit(f"error: no pairs file at {path}; pass --pairs FILE")
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    try:
        return [Pair(r["a"], r["b"], r["same"].strip() == "1", r.get("note") or "") for r in rows]
    except KeyError as exc:
        raise SystemExit(f"error: {path} needs the columns a, b, same, note ({exc})") from None


def scored(pairs: Sequence[Pair], said_same: Callable[[Pair], bool]) -> Score:
    """Score a pair predicate against the labels."""
    tp = fp = fn = 0
    for pair in pairs:
        guess = said_same(pair)
        tp += guess and pair.same
        fp += guess and not pair.same
        fn += pair.same and not guess
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, tp, fp, fn)


def article_of(item: Timed, *, body: bool) -> Article:
    """The article the fan-out would see for a corpus file."""
    return Article(
        id=item.path, feed_id=item.outlet, feed_name=item.outlet, link=item.link,
        title=item.title, summary=item.abstract, published=item.published,
        body=item.text if body else "",
    )  # fmt: skip


async def group(
    redis: Redis, items: Sequence[Timed], *, body: bool, rule: Rule | None = None
) -> dict[str, str]:
    """Run every article through the online grouping in order; return path -> story."""
    keys = Keys(f"storybench-{uuid.uuid4().hex[:10]}")
    stories = Stories(redis, keys, DeliverySettings(), rule)
    try:
        return {
            item.path: await stories.story_of(
                article_of(item, body=body), item.published.timestamp()
            )
            for item in items
        }
    finally:
        await drop_prefix(redis, keys)


async def drop_prefix(redis: Redis, keys: Keys) -> None:
    """Delete every key of a benchmark prefix."""
    async for key in redis.scan_iter(match=keys.pattern(), count=1000):
        await redis.delete(key)


def todays_rule(by_path: dict[str, Timed]) -> Callable[[Pair], bool]:
    """The rule before issue 13, pair by pair: link, exact title, near-identical title."""

    def said_same(pair: Pair) -> bool:
        a, b = by_path[pair.a], by_path[pair.b]
        if a.link and canonical_link(a.link) == canonical_link(b.link):
            return True
        words_a, words_b = title_words(a.title), title_words(b.title)
        return words_a == words_b or same_story(words_a, words_b, 90)

    return said_same


def tfidf_scores(items: Sequence[Timed], pairs: Sequence[Pair]) -> dict[tuple[str, str], float]:
    """Cosine of normalized-token TF-IDF vectors of title and abstract, idf over the corpus."""
    tokens = {
        item.path: [token.text for token in tokenize(f"{item.title} {item.abstract}")]
        for item in items
    }
    df: Counter[str] = Counter()
    for words in tokens.values():
        df.update(set(words))
    total = len(tokens)

    def vector(path: str) -> dict[str, float]:
        counts = Counter(tokens[path])
        raw = {w: (1 + math.log(c)) * math.log(total / df[w]) for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in raw.values())) or 1.0
        return {w: v / norm for w, v in raw.items()}

    found: dict[tuple[str, str], float] = {}
    for pair in pairs:
        va, vb = vector(pair.a), vector(pair.b)
        found[(pair.a, pair.b)] = sum(v * vb.get(w, 0.0) for w, v in va.items())
    return found


def best_threshold(
    pairs: Sequence[Pair], cosine: dict[tuple[str, str], float], min_precision: float = 0.0
) -> float:
    """The threshold that gives the baseline its best F1 on these pairs (at a precision floor)."""
    best, best_f1 = 1.0, -1.0
    for threshold in sorted({round(value, 4) for value in cosine.values()}):
        score = scored(pairs, above(cosine, threshold))
        if score.precision >= min_precision and score.f1 > best_f1:
            best, best_f1 = threshold, score.f1
    return best


def above(cosine: dict[tuple[str, str], float], threshold: float) -> Callable[[Pair], bool]:
    """The baseline's verdict at a threshold."""
    return lambda pair: cosine[(pair.a, pair.b)] >= threshold


def alerts_per_term(items: Sequence[Timed], story_of: dict[str, str]) -> list[tuple[str, int, int]]:
    """Per term: alerts with every matching article, and with one alert per story."""
    rows = []
    for term in TERMS:
        index = MatchIndex()
        index.add(term)
        matched = [item.path for item in items if index.match(article_of(item, body=False))]
        rows.append((term, len(matched), len({story_of[path] for path in matched})))
    return rows


@dataclass(frozen=True, slots=True)
class Cost:
    """What the grouping costs with a full window, and its baselines."""

    full_ms: float  # per article, WINDOW_ARTICLES in the window
    empty_ms: float  # per article, nothing in the window
    window_bytes: int  # the window stream in Redis
    rarity_bytes: int  # the rarity counts in Redis
    json_bytes: int  # the same articles as the JSON they travel in


async def cost(redis: Redis, items: Sequence[Timed], *, body: bool) -> Cost:
    """Measure time per article and Redis memory with a full window, against baselines.

    The window is filled with WINDOW_ARTICLES corpus articles (repeated with new
    ids when the corpus is shorter) stamped within one hour, so none expires;
    then TIMED_ARTICLES more are timed. The empty-window figure times the same
    articles on a fresh prefix, each at a time far from the others (nothing to
    compare with): the fixed cost of Redis round trips and text work.
    """
    keys = Keys(f"storycost-{uuid.uuid4().hex[:10]}")
    stories = Stories(redis, keys, DeliverySettings())
    base = time.time()
    feed = [items[i % len(items)] for i in range(WINDOW_ARTICLES + TIMED_ARTICLES)]
    json_bytes = 0
    try:
        for number, item in enumerate(feed[:WINDOW_ARTICLES]):
            article = replace(article_of(item, body=body), id=f"{number}:{item.path}")
            json_bytes += len(article.to_json().encode())
            await stories.story_of(article, base + number * 0.3)
        started = time.perf_counter()
        for number, item in enumerate(feed[WINDOW_ARTICLES:], start=WINDOW_ARTICLES):
            article = replace(article_of(item, body=body), id=f"t{number}")
            await stories.story_of(article, base + number * 0.3)
        full_ms = (time.perf_counter() - started) * 1000 / TIMED_ARTICLES
        window_bytes = int(await redis.memory_usage(keys.story_window(), samples=0) or 0)
        rarity_bytes = 0
        async for key in redis.scan_iter(match=f"{keys.prefix}:story:df:*"):
            rarity_bytes += int(await redis.memory_usage(key, samples=0) or 0)
    finally:
        await drop_prefix(redis, keys)
    empty_keys = Keys(f"storycost-{uuid.uuid4().hex[:10]}")
    empty = Stories(redis, empty_keys, DeliverySettings(story_window=60))
    try:
        started = time.perf_counter()
        for number, item in enumerate(feed[WINDOW_ARTICLES:]):
            article = replace(article_of(item, body=body), id=f"e{number}")
            await empty.story_of(article, base + number * 3600)
        empty_ms = (time.perf_counter() - started) * 1000 / TIMED_ARTICLES
    finally:
        await drop_prefix(redis, empty_keys)
    return Cost(full_ms, empty_ms, window_bytes, rarity_bytes, json_bytes)


def together(story_of: dict[str, str]) -> Callable[[Pair], bool]:
    """Rasd's verdict on a pair: both articles got the same story."""
    return lambda pair: story_of[pair.a] == story_of[pair.b]


def pick(scores: dict[float, Score]) -> float:
    """The setting with the best F1 at precision >= GOAL_PRECISION (else the most precise)."""
    good = [value for value, score in scores.items() if score.precision >= GOAL_PRECISION]
    if good:
        return max(good, key=lambda value: scores[value].f1)
    return max(scores, key=lambda value: scores[value].precision)


async def cross_validate(
    redis: Redis,
    items: Sequence[Timed],
    pairs: Sequence[Pair],
    other: Sequence[Pair],
    args: argparse.Namespace,
) -> None:
    """Print Rasd and TF-IDF here with the thresholds picked on the other file."""
    cosine = tfidf_scores(items, [*pairs, *other])
    tfidf_t = best_threshold(other, cosine, GOAL_PRECISION)
    show(f"TF-IDF, t={tfidf_t:.3f} from --other", scored(pairs, above(cosine, tfidf_t)))
    here: dict[float, Score] = {}
    there: dict[float, Score] = {}
    for value in CV_GRID:
        rule = Rule(**{**args.rule, "with_lead": value})
        story_of = await group(redis, items, body=args.body, rule=rule)
        here[value] = scored(pairs, together(story_of))
        there[value] = scored(other, together(story_of))
    chosen = pick(there)
    show(f"Rasd, with_lead={chosen:.2f} from --other", here[chosen])
    print("  Rasd's grid, with_lead: this file | --other")
    for value in CV_GRID:
        a, b = here[value], there[value]
        print(f"    {value:.2f}: P {a.precision:.3f} R {a.recall:.3f} F1 {a.f1:.3f} | "
              f"P {b.precision:.3f} R {b.recall:.3f} F1 {b.f1:.3f}")  # fmt: skip


def show(name: str, score: Score) -> None:
    """Print one row of the pairwise table."""
    print(
        f"  {name:<34} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"
        f"   (tp {score.tp}, fp {score.fp}, fn {score.fn})"
    )


async def main(argv: Sequence[str] | None = None) -> int:
    """Run the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, default=OPEN_PAIRS, metavar="FILE")
    parser.add_argument("--other", type=Path, metavar="FILE", help="cross-validate on this file")
    parser.add_argument("--errors", action="store_true", help="list the pairs Rasd gets wrong")
    parser.add_argument("--body", action="store_true", help="give the full text (its lead)")
    parser.add_argument("--no-cost", action="store_true", help="skip the cost measurement")
    parser.add_argument("--rule", type=json.loads, default={}, help="Rule fields as JSON")
    args = parser.parse_args(argv)
    pairs = read_pairs(args.pairs)
    items = load_timed()
    by_path = {item.path: item for item in items}
    missing = sorted({p for pair in pairs for p in (pair.a, pair.b) if p not in by_path})
    if missing:
        raise SystemExit(f"error: {len(missing)} paths not in the corpus: {missing[:3]}")
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    redis = Redis.from_url(url, decode_responses=True)
    try:
        story_of = await group(redis, items, body=args.body, rule=Rule(**args.rule))
        same = sum(pair.same for pair in pairs)
        print(f"Story grouping on {args.pairs} ({len(pairs)} pairs, {same} same)")
        print(f"  corpus: {SHARED / DEV}, {len(items)} articles in publication order")
        rasd = scored(pairs, together(story_of))
        show("Rasd online grouping" + (" (+lead)" if args.body else ""), rasd)
        show("today's rule (link/title/ratio 90)", scored(pairs, todays_rule(by_path)))
        cosine = tfidf_scores(items, pairs)
        threshold = best_threshold(pairs, cosine)
        show(f"TF-IDF cosine, best t={threshold:.3f}",
             scored(pairs, above(cosine, threshold)))  # fmt: skip
        strict = best_threshold(pairs, cosine, GOAL_PRECISION)
        show(f"TF-IDF cosine, P>={GOAL_PRECISION} t={strict:.3f}",
             scored(pairs, above(cosine, strict)))  # fmt: skip
        if args.other is not None:
            await cross_validate(redis, items, pairs, read_pairs(args.other), args)
        print(f"  goal on the sealed pairs: P >= {GOAL_PRECISION}, F1 >= {GOAL_F1}")
        if args.errors:
            for pair in pairs:
                if (story_of[pair.a] == story_of[pair.b]) != pair.same:
                    kind = "FN" if pair.same else "FP"
                    print(f"  {kind} {cosine[(pair.a, pair.b)]:.2f} {pair.a} {pair.b}  {pair.note}")
        print("\nAlerts per watch term, March-April 2018 (every article / one per story):")
        for term, every, once in alerts_per_term(items, story_of):
            saved = 1 - once / every if every else 0.0
            print(f"  {term:<16} {every:5d} / {once:5d}   ({saved:.0%} fewer)")
        if not args.no_cost:
            found = await cost(redis, items, body=args.body)
            print(f"\nCost, {WINDOW_ARTICLES} articles in the window, {TIMED_ARTICLES} timed:")
            print(
                f"  per article: {found.full_ms:.2f} ms (goal <= {GOAL_MS} ms); empty window "
                f"{found.empty_ms:.2f} ms; ratio {found.full_ms / found.empty_ms:.2f}"
            )
            print(
                f"  Redis memory: window {found.window_bytes / 1e6:.1f} MB, rarity counts "
                f"{found.rarity_bytes / 1e6:.1f} MB; the same articles as JSON "
                f"{found.json_bytes / 1e6:.1f} MB (window / JSON "
                f"{found.window_bytes / found.json_bytes:.2f})"
            )
    finally:
        await redis.aclose()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
