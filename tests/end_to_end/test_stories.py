"""End to end: one story from two outlets reaches a subscriber once, then names both.

`rasd run` as a subprocess polls two feeds (two outlets) and talks to the local
Bot API server; the subscriber's alert for a story is edited when the other
outlet carries it in other words, and two events with similar headlines on
different days both arrive.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from bot.keys import Keys
from tests.config_files import write_config
from tests.end_to_end.rig import ADMIN, QUIET, WAIT, Deployment, story
from tests.feed_documents import BASE_TIME, Item, rss20
from tests.http_server import LocalHTTPServer, Response
from tests.rasd_process import rasd_running
from tests.redis_cluster import ON_SINGLE_AND_CLUSTER, sync_client
from tests.telegram_api import FakeBotAPI

READER = 4301
WIRE, SECOND = "وكالة الاختبار", "مصدر ثان"
# Everyday news (nothing the reader watches): the stream the word rarities are learned
# from. A word is rare enough to tie two outlets' headlines once it is in at most about
# one article in twenty, so a fresh deployment needs a few dozen articles first.
CITIES = ("القاهرة", "عمان", "الرباط", "تونس", "بغداد", "الكويت", "الدوحة", "مسقط", "جدة", "صنعاء")
FAIRS = ("الكتاب", "السيارات", "الزهور", "التقنية", "الفنون", "السياحة")
WEEK = [
    story(f"bg{n}", f"{city} تستضيف معرض {fair} السنوي بمشاركة واسعة",
          f"افتتح في {city} اليوم معرض {fair} السنوي الذي يستمر أسبوعا", minutes=n)
    for n, (city, fair) in enumerate(itertools.product(CITIES, FAIRS))
]  # fmt: skip

pytestmark = ON_SINGLE_AND_CLUSTER


def on_second(guid: str, title: str, summary: str, minutes: int) -> Item:
    return Item(
        guid, title, f"https://second.example/{guid}", summary,
        BASE_TIME + timedelta(minutes=minutes),
    )  # fmt: skip


@dataclass
class TwoOutlets:
    rasd: Deployment
    second_path: str

    def second_publishes(self, *items: Item) -> None:
        self.rasd.feeds.serve(self.second_path, Response(rss20([*items, *QUIET])))


@pytest.fixture
def outlets(
    tmp_path: Path, keys: Keys, bot_api: FakeBotAPI, http_server: LocalHTTPServer,
    subprocess_env: dict[str, str], redis_url: str,
) -> Iterator[TwoOutlets]:  # fmt: skip
    redis = sync_client(redis_url)
    rasd = Deployment(bot_api, http_server, redis, keys)
    both = TwoOutlets(rasd, "/second.xml")
    rasd.publish()
    both.second_publishes()
    wire, second = http_server.url(rasd.feed_path), http_server.url(both.second_path)
    config = write_config(
        tmp_path, keys, [(WIRE, wire), (SECOND, second)],
        admins=[ADMIN], allow_private_feeds=True, poll_interval=1,
    )  # fmt: skip
    try:
        with rasd_running({**subprocess_env, **bot_api.env(), "RASD_CONFIG": str(config)}):
            rasd.wait_primed(wire)
            rasd.wait_primed(second)
            yield both
    finally:
        redis.close()


def test_one_story_from_two_outlets_arrives_once_then_names_both(outlets: TwoOutlets) -> None:
    rasd = outlets.rasd
    rasd.says(READER, "/watch لومبوك")
    after = rasd.api.sent_count()
    rasd.publish(
        story("quake", "زلزال بقوة 6.4 درجات يضرب جزيرة لومبوك الإندونيسية",
              "قتل 14 شخصا على الأقل في زلزال ضرب جزيرة لومبوك صباح الأحد", minutes=60),
        *WEEK,
    )  # fmt: skip
    alert = rasd.api.wait_for(READER, None, timeout=WAIT, after=after)
    assert "<b>لومبوك</b>" in alert.text and WIRE in alert.text
    outlets.second_publishes(
        on_second("quake-2", "مقتل 14 في هزة أرضية عنيفة بلومبوك",
                  "أعلنت السلطات الإندونيسية مقتل 14 شخصا في زلزال بقوة 6.4 درجات ضرب لومبوك",
                  minutes=75),
    )  # fmt: skip
    edited = rasd.api.wait_for_edit(READER, alert.message_id, timeout=WAIT)
    source = next(line for line in edited.text.split("\n") if "📰" in line)
    assert WIRE in source and "وأيضًا" in source and SECOND in source
    assert "https://second.example/quake-2" in edited.text
    rasd.says(READER, "/start")  # answered after every earlier alert was handled
    alerts = [m.message_id for m in rasd.api.messages_to(READER) if "🔔 تنبيه" in m.text]
    assert alerts == [alert.message_id]  # one message, edited: no second alert


def test_two_days_of_the_same_war_both_arrive(outlets: TwoOutlets) -> None:
    rasd = outlets.rasd
    rasd.says(READER, "/watch إدلب")
    after = rasd.api.sent_count()
    rasd.publish(
        story("strike-1", "مقتل 3 في غارة على ريف إدلب",
              "قتل ثلاثة مدنيين في غارة جوية على بلدة في ريف إدلب الجنوبي", minutes=60),
        *WEEK,
    )  # fmt: skip
    first = rasd.api.wait_for(READER, None, timeout=WAIT, after=after)
    assert "مقتل 3" in first.text
    outlets.second_publishes(
        on_second("strike-2", "مقتل 7 في غارة على ريف إدلب",
                  "قتل سبعة مدنيين في غارة جوية على بلدة في ريف إدلب الشمالي",
                  minutes=60 + 22 * 60),
    )  # fmt: skip
    second = rasd.api.wait_for(READER, lambda m: "مقتل 7" in m.text, timeout=WAIT, after=after)
    assert SECOND in second.text and second.message_id != first.message_id
    assert rasd.api.current(first).version == 0  # the first alert was not edited
