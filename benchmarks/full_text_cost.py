"""Cost of full text: pages fetched and extracted per second by one poller, CPU per page,
memory, and the article stream's memory per article, each beside a baseline of the same run.

A local site (``python -m http.server`` in its own process, so its CPU is not
counted) serves news pages built at run time from ``ant_dev_2018_03_04``
articles (see ``benchmarks/corpus.py`` for the citation): the article's title
and ``<TEXT>`` inside a page with the boilerplate real news pages carry (a
long navigation, scripts, a "most read" box, related links, a footer); half
are windows-1256 declared only in ``<meta>``. Nothing is written into the
repository.

- baseline: a bare httpx GET of every page, same concurrency;
- Rasd: ``PageReader.read``: the guarded Fetcher (checks, caps, deadline,
  per-host slots), pacing off (``page_gap: 0``; with the default 1 s gap one
  site gives at most 1 page/s), charset, trafilatura in a thread;
- extraction alone: ``main_text`` on the same bytes, one after another.

Memory: the process's peak RSS above its RSS at the start of each phase, and the Redis stream's
MEMORY USAGE per article for teaser-only articles against articles carrying
the extracted body (capped at 20,000 characters).

Usage: ``.venv/bin/python benchmarks/full_text_cost.py [--pages N] [--concurrency 2,8] [--menus M]``
"""

from __future__ import annotations

import argparse
import asyncio
import html
import ipaddress
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
import redis

from benchmarks.body_corpus import BodyRecord, load
from bot.article import Article
from feeds.fetcher import Fetcher, FetchPolicy
from feeds.page_reader import Pacing, PageReader
from feeds.page_text import main_text

SEED = 14


def _links(titles: list[str], prefix: str) -> str:
    return "".join(
        f"<li><a href='/{prefix}/{i}'>{html.escape(t)}</a></li>" for i, t in enumerate(titles)
    )


def build_page(record: BodyRecord, others: list[str], charset: str, menus: int) -> bytes:
    """Return a news page around one corpus article, with typical boilerplate.

    `menus` sets the bulk: so many 7-section navigation rows, 5 tracking
    scripts and 3 footer rows each (one menu is about 4 KB).
    """
    sections = ["الرئيسية", "أخبار العالم", "الشرق الأوسط", "اقتصاد", "رياضة", "ثقافة", "تكنولوجيا"]
    nav = _links([f"{s} {i}" for i in range(menus) for s in sections], "section")
    scripts = "".join(
        f"<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{'slot':{i},"
        f"'id':'{'x' * 300}'}});</script>"
        for i in range(5 * menus)
    )
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in record.body.splitlines())
    page = (
        f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='{charset}'>"
        f"<title>{html.escape(record.title)}</title>{scripts}</head><body>"
        f"<header><nav><ul>{nav}</ul></nav></header><main><article>"
        f"<h1>{html.escape(record.title)}</h1><p class='teaser'>{html.escape(record.teaser)}</p>"
        f"{paragraphs}</article><aside><h3>الأكثر قراءة</h3><ul>{_links(others[:10], 'n')}</ul>"
        f"</aside><section class='related'><h3>أخبار ذات صلة</h3><ul>{_links(others[10:16], 'r')}"
        f"</ul></section></main><footer><ul>{_links(sections * 3 * menus, 'f')}</ul>"
        "<p>جميع الحقوق محفوظة</p></footer></body></html>"
    )
    return page.encode(charset, errors="replace")


def plain(text: str) -> str:
    """Return text with direction marks dropped and any run of spaces (nbsp too) as one."""
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Cf").split())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True, slots=True)
class Phase:
    """One measured phase."""

    name: str
    pages: int
    wall: float
    cpu: float
    rss_growth_mb: float
    ok: int

    def line(self) -> str:
        return (
            f"{self.name:<34} {self.pages / self.wall:>9.1f} {1000 * self.cpu / self.pages:>9.2f} "
            f"{self.rss_growth_mb:>9.1f} {self.ok:>5}/{self.pages}"
        )


def _status_mb(field: str) -> float:
    """Return a memory figure of this process from /proc (Linux), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak() -> None:
    """Reset the peak RSS (VmHWM) to the current RSS, so each phase has its own peak."""
    Path("/proc/self/clear_refs").write_text("5")


async def _measure(name: str, count: int, run: Callable[[], Awaitable[int]]) -> Phase:
    _reset_peak()
    rss, cpu, wall = _status_mb("VmRSS"), time.process_time(), time.perf_counter()
    ok = await run()
    return Phase(name, count, time.perf_counter() - wall, time.process_time() - cpu,
                 _status_mb("VmHWM") - rss, ok)  # fmt: skip


async def bare_get(urls: list[str], concurrency: int) -> int:
    """Baseline: GET every page with plain httpx; return how many answered 200."""
    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=20) as client:

        async def one(url: str) -> bool:
            async with gate:
                response = await client.get(url)
                return response.status_code == 200 and len(response.content) > 0

        return sum(await asyncio.gather(*(one(url) for url in urls)))


async def rasd_read(urls: list[str], concurrency: int, expect: list[str]) -> int:
    """Rasd: read every page through PageReader; return how many gave the article's text."""
    policy = FetchPolicy(
        allowed_networks=(ipaddress.ip_network("127.0.0.1/32"),),
        max_connections=max(20, concurrency),
        max_per_host=concurrency,
    )
    async with Fetcher(policy) as fetcher:
        reader = PageReader(fetcher, Pacing(0))
        texts = await asyncio.gather(*(reader.read(url) for url in urls))
    return sum(sentence in plain(text) for sentence, text in zip(expect, texts, strict=True))


async def compare(urls: list[str], concurrency: int, expect: list[str]) -> tuple[Phase, Phase]:
    """Measure the baseline, then Rasd, over the same pages at the same concurrency."""

    async def baseline() -> int:
        return await bare_get(urls, concurrency)

    async def rasd() -> int:
        return await rasd_read(urls, concurrency, expect)

    base = await _measure(f"baseline httpx GET, {concurrency} at once", len(urls), baseline)
    mine = await _measure(f"Rasd PageReader, {concurrency} at once", len(urls), rasd)
    return base, mine


def stream_memory(client: redis.Redis, articles: list[Article]) -> float:
    """Return the MEMORY USAGE of a stream holding these articles, per article, in bytes."""
    key = f"rasd-bench:{uuid.uuid4().hex}"
    try:
        pipe = client.pipeline()
        for article in articles:
            pipe.xadd(key, {"article": article.to_json()})
        pipe.execute()
        used = client.memory_usage(key, samples=0) or 0
        return used / len(articles)
    finally:
        client.delete(key)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--concurrency", default="2,8", help="comma-separated page fetches at once")
    parser.add_argument("--menus", type=int, default=20, help="boilerplate bulk (~4 KB each)")
    parser.add_argument("--redis", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    args = parser.parse_args()
    records = [r for r in load() if len(r.body) > 200]
    rng = random.Random(SEED)
    chosen = rng.sample(records, args.pages)
    titles = [r.title for r in rng.sample(records, 16)]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        sizes = []
        pages: list[bytes] = []
        for number, record in enumerate(chosen):
            charset = "windows-1256" if number % 2 else "utf-8"
            page = build_page(record, titles, charset, args.menus)
            (root / f"{number}.html").write_bytes(page)
            pages.append(page)
            sizes.append(len(page))
        # The first body line whole, as it must come out of extraction.
        expect = [plain(record.body.splitlines()[0])[:60] for record in chosen]
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
             "--directory", folder],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            time.sleep(1.0)
            urls = [f"http://127.0.0.1:{port}/{n}.html" for n in range(len(chosen))]
            print(
                f"{len(urls)} pages, median {statistics.median(sizes) / 1024:.0f} KB "
                f"(article text median {statistics.median(len(r.body) for r in chosen)} chars), "
                f"served by http.server in another process; {os.cpu_count()} cores"
            )
            print(f"{'phase':<34} {'pages/s':>9} {'CPU ms/pg':>9} {'peak +MB':>9} {'ok':>9}")
            for concurrency in (int(c) for c in args.concurrency.split(",")):
                for _ in range(2):  # the second round is the warm one
                    base, mine = asyncio.run(compare(urls, concurrency, expect))
                print(base.line())
                print(mine.line())
                print(
                    f"  -> Rasd/baseline: {mine.wall / base.wall:.1f}x the time, "
                    f"{mine.cpu / base.cpu:.1f}x the CPU per page"
                )
        finally:
            server.terminate()
            server.wait()

    async def extract_all() -> int:
        return sum(expect[i] in main_text(page, "text/html") for i, page in enumerate(pages))

    alone = asyncio.run(_measure("extraction alone (main_text)", len(pages), extract_all))
    print(alone.line())

    client = redis.Redis.from_url(args.redis)

    def article(record: BodyRecord, body: str) -> Article:
        return Article("x" * 20, "f" * 12, "وكالة الأنباء", record.url[:200], record.title,
                       record.teaser, body=body)  # fmt: skip

    bodies = [main_text(page, "text/html") for page in pages]
    teaser_only = stream_memory(client, [article(r, "") for r in chosen])
    with_body = stream_memory(client, [article(r, b) for r, b in zip(chosen, bodies, strict=True)])
    longest = [article(r, "ك" * 20_000) for r in chosen[:50]]
    capped = stream_memory(client, longest)
    print(
        f"stream memory per article: teaser only {teaser_only:.0f} B, with extracted body "
        f"{with_body:.0f} B ({with_body / teaser_only:.1f}x; body median "
        f"{statistics.median(len(b) for b in bodies)} chars), a body at the 20,000-char cap "
        f"{capped:.0f} B; at the default MAXLEN ~100,000 entries: "
        f"{teaser_only * 1e5 / 2**20:.0f} MB vs {with_body * 1e5 / 2**20:.0f} MB"
    )
    client.close()


if __name__ == "__main__":
    main()
