"""End to end: `rasd run` as a subprocess, used the way subscribers, admins and teams do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.keys import Keys
from tests.end_to_end.rig import ADMIN, WAIT, Deployment, deployment, story
from tests.feed_documents import rss20
from tests.http_server import LocalHTTPServer, Response
from tests.redis_cluster import ON_SINGLE_AND_CLUSTER
from tests.telegram_api import FakeBotAPI

READER, OTHER = 4001, 4002
GROUP, GROUP_ADMIN, GROUP_MEMBER = -1007001, 4101, 4102

pytestmark = ON_SINGLE_AND_CLUSTER


@pytest.fixture
def rasd(
    tmp_path: Path,
    keys: Keys,
    bot_api: FakeBotAPI,
    http_server: LocalHTTPServer,
    subprocess_env: dict[str, str],
    redis_url: str,
) -> Iterator[Deployment]:
    with deployment(tmp_path, keys, bot_api, http_server, subprocess_env, redis_url) as running:
        yield running


def test_a_subscriber_gets_the_alert_for_an_inflected_mention(rasd: Deployment) -> None:
    reply = rasd.says(READER, "/watch كوريا الشمالية")
    assert "سأنبه" in reply.text
    after = rasd.api.sent_count()
    rasd.publish(
        story("n1", "القوات الكورية الشمالية تطلق صاروخًا باليستيًا"),
        story("n2", "كوريا الجنوبية ترفع حالة التأهب", minutes=11),
    )
    alert = rasd.api.wait_for(READER, None, timeout=WAIT, after=after)
    assert "القوات <b>الكورية الشمالية</b> تطلق" in alert.text
    assert alert.parse_mode == "HTML"
    assert "https://w.example/n1" in alert.text
    rasd.says(READER, "/start")  # answered after every earlier update and alert was handled
    alerts = [m for m in rasd.api.messages_to(READER) if "w.example/n" in m.text]
    assert len(alerts) == 1  # nothing for كوريا الجنوبية, nothing twice
    tested = rasd.says(READER, "/test كوريا الشمالية")
    assert "<b>الكورية الشمالية</b>" in tested.text and "1 من آخر خبرين:" in tested.text


def test_an_admin_adds_a_feed_by_command_and_a_non_admin_cannot(
    rasd: Deployment, http_server: LocalHTTPServer
) -> None:
    url = http_server.serve("/second.xml", Response(rss20([story("s0", "خبر قديم")])))
    refused = rasd.says(OTHER, f"/addfeed {url} مصدر ثان")
    assert "لمشرفي رصد فقط" in refused.text
    assert http_server.hits("/second.xml") == 0
    added = rasd.says(ADMIN, f"/addfeed {url} مصدر ثان")
    assert "✅ أضفت مصدر ثان" in added.text
    rasd.wait_primed(url)
    rasd.says(READER, "/watch روسيا")
    after = rasd.api.sent_count()
    fresh = [story("s1", "وزير الخارجية الروسي يزور القاهرة"), story("s0", "خبر قديم")]
    http_server.serve("/second.xml", Response(rss20(fresh)))
    alert = rasd.api.wait_for(READER, None, timeout=WAIT, after=after)
    assert "<b>الروسي</b>" in alert.text and "مصدر ثان" in alert.text


def test_a_group_admin_manages_the_groups_terms_and_a_member_cannot(rasd: Deployment) -> None:
    rasd.api.add_group(GROUP, "غرفة الأخبار", creator=GROUP_ADMIN, members=(GROUP_MEMBER,))
    refused = rasd.says(GROUP_MEMBER, "/watch إيران", chat_id=GROUP)
    assert "مشرفو هذه المجموعة وحدهم" in refused.text
    added = rasd.says(GROUP_ADMIN, "/watch النووي الإيراني", chat_id=GROUP)
    assert "سأنبه" in added.text
    after = rasd.api.sent_count()
    rasd.publish(story("g1", "محادثات جديدة بشأن البرنامج النووي الإيراني"))
    alert = rasd.api.wait_for(GROUP, None, timeout=WAIT, after=after)
    assert "<b>النووي الإيراني</b>" in alert.text


def test_a_user_who_blocks_the_bot_stops_getting_sends(rasd: Deployment) -> None:
    rasd.says(READER, "/watch النفط")
    rasd.says(OTHER, "/watch النفط")
    before = rasd.api.attempts_to(READER)
    rasd.api.user_blocks(READER)
    after = rasd.api.sent_count()
    rasd.publish(story("o1", "ارتفاع أسعار النفط بعد قرار أوبك"))
    rasd.api.wait_for(OTHER, None, timeout=WAIT, after=after)
    after = rasd.api.sent_count()
    rasd.publish(story("o2", "النفط يتراجع في التعاملات المبكرة", minutes=12),
                 story("o1", "ارتفاع أسعار النفط بعد قرار أوبك"))  # fmt: skip
    rasd.api.wait_for(OTHER, None, timeout=WAIT, after=after)
    # At most the first alert is tried (and refused with 403): the chat is then inactive.
    assert rasd.api.attempts_to(READER) - before <= 1
    assert not any("w.example/o" in m.text for m in rasd.api.messages_to(READER))
    chat = rasd.redis.hget(rasd.keys.chat(READER), "inactive")
    assert chat == "blocked"
