"""The term index: every chat's terms in one matcher, kept current from the change log."""

from __future__ import annotations

import logging

import pytest
from redis.asyncio import Redis

from bot.keys import Keys
from bot.match.matcher import Hit, Text
from bot.store import term_index
from bot.store.subscriptions import Subscriptions
from bot.store.term_index import TermIndex

NORTH = Text("القوات الكورية الشمالية تطلق صاروخا", "")
SOUTH = Text("رئيس كوريا الجنوبية يزور طوكيو", "")
MOSCOW = Text("وفد من موسكو في القاهرة", "وقالت روسيا إن المحادثات مع كوريا الشمالية مستمرة")


async def loaded(subscriptions: Subscriptions) -> TermIndex:
    index = TermIndex(subscriptions)
    await index.load()
    return index


def terms_of(found: dict[int, list[Hit]]) -> dict[int, list[str]]:
    return {chat_id: [hit.term for hit in hits] for chat_id, hits in found.items()}


async def test_load_indexes_every_chats_terms(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(1, "كوريا الشمالية", 100)
    await subs.add(2, "روسيا", 100)
    index = await loaded(subs)
    assert len(index) == 2
    assert terms_of(index.match(NORTH)) == {1: ["كوريا الشمالية"]}
    assert index.match(SOUTH) == {}


async def test_north_korea_matches_the_adjective_and_not_the_south(
    redis: Redis, keys: Keys
) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(7, "كوريا الشمالية", 100)
    index = await loaded(subs)
    (hit,) = index.match(NORTH)[7]
    start, end = hit.spans[0].start, hit.spans[0].end
    assert NORTH.title[start:end] == "الكورية الشمالية"
    assert 7 not in index.match(SOUTH)


async def test_two_chats_with_the_same_term_both_get_hits(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(1, "كوريا الشمالية", 100)
    await subs.add(-100200, "كوريا الشمالية", 100)
    index = await loaded(subs)
    assert len(index) == 1  # compiled once
    assert terms_of(index.match(NORTH)) == {1: ["كوريا الشمالية"], -100200: ["كوريا الشمالية"]}
    assert index.chats_of("كوريا الشمالية") == {1, -100200}


async def test_each_chat_gets_only_its_own_terms_in_article_order(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    for term in ("كوريا الشمالية", "روسيا", "موسكو"):
        await subs.add(1, term, 100)
    await subs.add(2, "روسيا", 100)
    index = await loaded(subs)
    found = terms_of(index.match(MOSCOW))
    # موسكو is in the title; روسيا comes before كوريا in the summary.
    assert found == {1: ["موسكو", "روسيا", "كوريا الشمالية"], 2: ["روسيا"]}


async def test_refresh_replays_additions_and_removals(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(1, "روسيا", 100)
    await subs.add(2, "روسيا", 100)
    index = await loaded(subs)
    await subs.add(3, "كوريا الشمالية", 100)
    await subs.remove(1, "روسيا")
    assert terms_of(index.match(MOSCOW)) == {1: ["روسيا"], 2: ["روسيا"]}  # not refreshed yet
    await index.refresh()
    assert terms_of(index.match(MOSCOW)) == {2: ["روسيا"], 3: ["كوريا الشمالية"]}
    await subs.remove(2, "روسيا")
    await index.refresh()
    assert "روسيا" not in [
        term for terms in terms_of(index.match(MOSCOW)).values() for term in terms
    ]
    assert len(index) == 1


async def test_refresh_before_any_load_loads(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(1, "روسيا", 100)
    index = TermIndex(subs)
    assert not index.loaded
    await index.refresh()
    assert index.loaded
    assert terms_of(index.match(MOSCOW)) == {1: ["روسيا"]}


async def test_refresh_reads_every_page_of_changes(
    redis: Redis, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(term_index, "PAGE", 2)
    subs = Subscriptions(redis, keys)
    index = await loaded(subs)
    for chat_id in range(1, 8):
        await subs.add(chat_id, "روسيا", 100)
    await index.refresh()
    assert set(index.match(MOSCOW)) == set(range(1, 8))
    assert index.position == await subs.log_position()


async def test_a_group_migration_is_replayed(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(-500, "كوريا الشمالية", 100)
    await subs.add(-500, "روسيا", 100)
    index = await loaded(subs)
    assert await subs.move(-500, -1000500)
    await index.refresh()
    assert terms_of(index.match(MOSCOW)) == {-1000500: ["روسيا", "كوريا الشمالية"]}


async def test_a_log_trimmed_past_the_position_reloads_everything(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(1, "موسكو", 100)
    index = await loaded(subs)
    await subs.add(2, "روسيا", 100)
    await subs.add(3, "كوريا الشمالية", 100)
    await subs.add(4, "القاهرة", 100)
    # Keep only the newest change: replaying what is left would miss chats 2 and 3.
    await redis.xtrim(keys.term_changes(), maxlen=1, approximate=False)
    assert await subs.changes_after(index.position or "0-0") is None
    await index.refresh()
    assert set(index.match(MOSCOW)) == {1, 2, 3, 4}
    assert index.position == await subs.log_position()


async def test_a_malformed_stored_term_is_skipped_and_logged(
    redis: Redis, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(1, "روسيا", 100)
    # Written around Subscriptions, as data stored under older, looser limits would be.
    too_many_words = " ".join(["كلمة"] * 30)
    await redis.zadd(keys.chat_terms(1), {too_many_words: 1, "---": 2})
    with caplog.at_level(logging.WARNING, logger="bot.store.term_index"):
        index = await loaded(subs)
    assert terms_of(index.match(MOSCOW)) == {1: ["روسيا"]}
    assert len(index) == 1
    assert "skipping term" in caplog.text

    # The same through the change log, and its later removal, crash nothing either.
    await redis.xadd(keys.term_changes(), {"op": "add", "chat": "2", "term": too_many_words})
    await redis.xadd(keys.term_changes(), {"op": "remove", "chat": "2", "term": too_many_words})
    await subs.add(2, "موسكو", 100)
    await index.refresh()
    assert terms_of(index.match(MOSCOW)) == {1: ["روسيا"], 2: ["موسكو"]}


async def test_a_loaded_term_removed_before_any_article_is_never_found(
    redis: Redis, keys: Keys
) -> None:
    # A load leaves terms uncompiled until an article first could match them; a
    # removal replayed before that must still take the term away, from its chat only.
    subs = Subscriptions(redis, keys)
    await subs.add(1, "روسيا", 100)
    await subs.add(2, "روسيا", 100)
    await subs.add(2, "كوريا الشمالية", 100)
    index = await loaded(subs)
    await subs.remove(2, "روسيا")
    await subs.remove(2, "كوريا الشمالية")
    await index.refresh()
    assert terms_of(index.match(MOSCOW)) == {1: ["روسيا"]}
    assert index.match(NORTH) == {}
    await subs.add(3, "كوريا الشمالية", 100)
    await index.refresh()
    assert terms_of(index.match(MOSCOW)) == {1: ["روسيا"], 3: ["كوريا الشمالية"]}
