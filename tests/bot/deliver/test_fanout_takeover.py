"""A sender process SIGKILLed while its fan-out holds articles: a new one takes over.

The killed process has read the articles (they are pending on its consumer)
but not acknowledged them. Its replacement is another consumer, so it finds
them only by taking them over once idle for ``delivery.claim_after`` (5 s
here). Before, the fan-out waited a fixed 300 s and looked only that often.
"""

from __future__ import annotations

import asyncio
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import yaml
from redis.asyncio import Redis

from bot.app.sender_role import SEND_CONCURRENCY
from bot.article import Article
from bot.deliver.alert_stream import GROUP
from bot.keys import Keys
from bot.store.subscriptions import Subscriptions
from feeds.consumer_group import ensure_group
from tests.telegram_api import FakeBotAPI

REPO = Path(__file__).resolve().parents[3]
CLAIM_AFTER = 5
SUBSCRIBERS = range(820_001, 820_201)
# Ten different events, each naming the watched word, so no two are one story.
TITLES = (
    "زلزال بقوة 5 درجات يهز جزيرة في المحيط الهادئ",
    "خبراء الجيولوجيا يحذرون من زلزال جديد في الأناضول",
    "مدارس تجري تدريبات على الإخلاء استعدادا لأي زلزال",
    "ترميم مئذنة تاريخية تضررت في زلزال قديم",
    "وكالة الفضاء ترصد تشوهات في القشرة قبل زلزال",
    "شركات التأمين تراجع وثائقها بعد زلزال الشهر الماضي",
    "فيلم وثائقي عن ناجين من زلزال يفوز بجائزة",
    "البرلمان يقر قانون بناء مقاوم لخطر زلزال",
    "أسواق الأسهم تتراجع قليلا إثر أنباء زلزال بحري",
    "متطوعون يجمعون التبرعات لضحايا زلزال الجبل",
)
LINK = re.compile(r"https://news\.example/quake-(\d+)")


def article(number: int) -> Article:
    return Article(
        id=f"quake-{number}", feed_id="feed-seismic", feed_name="مرصد الزلازل",
        link=f"https://news.example/quake-{number}", title=TITLES[number],
        summary="قال المرصد إن الهزة لم تسفر عن أضرار.",
    )  # fmt: skip


async def held_by_one_consumer(redis: Redis, keys: Keys) -> int:
    """Wait until some consumer holds articles read but not acknowledged; return how many."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        summary = await redis.xpending(keys.articles(), GROUP)
        if summary["pending"]:
            return int(summary["pending"])
        await asyncio.sleep(0.002)
    raise AssertionError("the fan-out never read the articles")


def delivered(api: FakeBotAPI) -> Counter[tuple[int, str]]:
    with api.state.changed:
        found = ((m.chat_id, LINK.search(m.text)) for m in api.state.sent)
        return Counter((chat, match.group(1)) for chat, match in found if match)


def wait_for_all(api: FakeBotAPI, wanted: set[tuple[int, str]], stall: float) -> None:
    """Wait until every wanted alert arrived; fail when none arrives for `stall` seconds.

    A stall, not a total, is the bound: a loaded machine sends more slowly, but
    the old fixed 300 s takeover would send nothing at all for that long.
    """
    got = len(wanted & set(delivered(api)))
    deadline = time.monotonic() + stall
    with api.state.changed:
        while got < len(wanted):
            left = deadline - time.monotonic()
            missing = len(wanted) - got
            assert left > 0, f"{missing} alerts still missing, none sent for {stall:.0f} s"
            api.state.changed.wait(left)
            now = len(wanted & set(delivered(api)))
            if now > got:
                got, deadline = now, time.monotonic() + stall


async def test_articles_held_by_a_killed_sender_are_fanned_out_after_claim_after(
    bot_api: FakeBotAPI, redis: Redis, keys: Keys, subprocess_env: dict[str, str],
    tmp_path: Path,
) -> None:  # fmt: skip
    config = tmp_path / "config.yaml"
    settings = {
        "key_prefix": keys.prefix, "metrics": {"port": 0}, "data_dir": str(tmp_path / "data"),
        "timezone": "UTC",
        # The sends themselves are not what is measured: let them go fast.
        "delivery": {
            "claim_after": CLAIM_AFTER, "overall_per_second": 1000, "private_per_second": 100,
        },
    }  # fmt: skip
    config.write_text(yaml.safe_dump(settings), encoding="utf-8")
    env = subprocess_env | bot_api.env() | {"RASD_CONFIG": str(config)}
    subscriptions = Subscriptions(redis, keys)
    for chat_id in SUBSCRIBERS:
        await subscriptions.add(chat_id, "زلزال", 100)
    # Queued before the first sender starts, so it reads them all in its first batch.
    await ensure_group(redis, keys.articles(), GROUP, "0")
    for number in range(len(TITLES)):
        await redis.xadd(keys.articles(), {"article": article(number).to_json()})
    wanted = {(chat, str(number)) for chat in SUBSCRIBERS for number in range(len(TITLES))}

    def start(name: str) -> subprocess.Popen[bytes]:
        with (tmp_path / f"{name}.log").open("wb") as log:  # the child keeps its own copy
            command = [sys.executable, "-m", "bot", "run", "--role", "sender"]
            return subprocess.Popen(command, env=env, cwd=REPO, stdout=log, stderr=log)

    first = start("first")
    try:
        held = await held_by_one_consumer(redis, keys)
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
    before = len(delivered(bot_api))
    second = start("second")
    started = time.monotonic()
    try:
        # Takeover after claim_after, then the sends; the old fixed 300 s would miss this.
        await asyncio.to_thread(wait_for_all, bot_api, wanted, CLAIM_AFTER + 45)
        elapsed = time.monotonic() - started
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(30)
    counts = delivered(bot_api)
    doubles = sum(n - 1 for n in counts.values())
    print(
        f"\nfan-out takeover: killed holding {held} articles with {before} of {len(wanted)} "
        f"alerts sent; the rest arrived {elapsed:.1f} s after the replacement started "
        f"(claim_after {CLAIM_AFTER} s); doubles: {doubles}"
    )
    assert second.returncode == 0, (tmp_path / "second.log").read_text()[-3000:]
    assert before < len(wanted)  # the kill did leave work behind
    assert set(counts) == wanted
    assert doubles <= SEND_CONCURRENCY  # only sends in flight at the kill can go twice
    log = (tmp_path / "second.log").read_text()
    assert "took over" in log and f"{keys.articles()}" in log
