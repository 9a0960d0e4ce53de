"""The seen-cache: new means neither the GUID nor the canonical link was seen."""

from __future__ import annotations

import time

from redis.asyncio import Redis

from bot.article import Article
from bot.keys import Keys
from feeds.article_stream import ArticleStream
from feeds.parser import Entry
from feeds.seen import SeenCache, SeenKeys, SeenPolicy
from tests.redis_cluster import ON_SINGLE_AND_CLUSTER

pytestmark = ON_SINGLE_AND_CLUSTER


def entry(guid: str, link: str, title: str = "عنوان") -> Entry:
    article = Article(id=guid, feed_id="f1", feed_name="ف", link=link, title=title, summary="")
    return Entry(article=article, guid=guid)


def plain(redis: Redis, keys: Keys, ttl: int = 86_400) -> SeenCache:
    """A cache without priming or stream, as console previews use it."""
    return SeenCache(redis, SeenKeys(seen=keys.seen), SeenPolicy(ttl=ttl))


def piped(redis: Redis, keys: Keys, backfill: int = 0) -> SeenCache:
    """A cache as the poller uses it: primes new feeds and appends to the article stream."""
    where = SeenKeys(
        seen=keys.seen, state=keys.feed_state, stream=keys.articles(), handoff=keys.seen_handoff
    )
    return SeenCache(redis, where, SeenPolicy(backfill=backfill))


async def streamed_titles(redis: Redis, keys: Keys) -> list[str]:
    """Return the titles in the article stream, oldest first."""
    return [article.title for article in await ArticleStream(redis, keys.articles()).recent()]


async def test_only_unseen_items_are_new(redis: Redis, keys: Keys) -> None:
    cache = plain(redis, keys)
    first = [entry("g1", "https://x/1"), entry("g2", "https://x/2")]
    assert [e.guid for e in await cache.claim_new("f1", first)] == ["g1", "g2"]
    again = [*first, entry("g3", "https://x/3")]
    assert [e.guid for e in await cache.claim_new("f1", again)] == ["g3"]


async def test_changed_guid_with_same_link_is_not_new(redis: Redis, keys: Keys) -> None:
    cache = plain(redis, keys)
    await cache.claim_new("f1", [entry("g1", "https://x/1")])
    assert await cache.claim_new("f1", [entry("g1-v2", "https://x/1")]) == []


async def test_same_guid_with_changed_title_is_not_new(redis: Redis, keys: Keys) -> None:
    cache = plain(redis, keys)
    await cache.claim_new("f1", [entry("g1", "https://x/1", "قديم")])
    assert await cache.claim_new("f1", [entry("g1", "https://x/1b", "جديد")]) == []


async def test_an_item_twice_in_one_document_is_new_once(redis: Redis, keys: Keys) -> None:
    twice = [entry("g1", "https://x/1"), entry("g1", "https://x/1")]
    assert len(await plain(redis, keys).claim_new("f1", twice)) == 1


async def test_feeds_are_separate_and_a_new_cache_object_remembers(
    redis: Redis, keys: Keys
) -> None:
    await plain(redis, keys).claim_new("f1", [entry("g1", "https://x/1")])
    restarted = plain(redis, keys)
    assert await restarted.claim_new("f1", [entry("g1", "https://x/1")]) == []
    assert len(await restarted.claim_new("f2", [entry("g1", "https://x/1")])) == 1


async def test_forget_makes_items_new_again(redis: Redis, keys: Keys) -> None:
    cache = plain(redis, keys)
    await cache.claim_new("f1", [entry("g1", "https://x/1")])
    await cache.forget("f1")
    assert len(await cache.claim_new("f1", [entry("g1", "https://x/1")])) == 1


async def test_items_expire_after_the_ttl_but_not_while_still_in_the_feed(
    redis: Redis, keys: Keys
) -> None:
    cache = plain(redis, keys, ttl=3600)
    await cache.claim_new("f1", [entry("old", "https://x/old"), entry("kept", "https://x/kept")], 0)
    # "kept" is still in the feed at 3000 s, so its clock restarts; "old" has left the feed.
    await cache.claim_new("f1", [entry("kept", "https://x/kept")], 3000)
    later = [entry("old", "https://x/old"), entry("kept", "https://x/kept")]
    assert [e.guid for e in await cache.claim_new("f1", later, 4000)] == ["old"]


async def test_expiry_keeps_the_key_from_outliving_the_ttl(redis: Redis, keys: Keys) -> None:
    await plain(redis, keys, ttl=3600).claim_new("f1", [entry("g1", "https://x/1")])
    assert 0 < await redis.ttl(keys.seen("f1")) <= 3600


async def test_a_new_feed_is_recorded_without_handing_anything_on(redis: Redis, keys: Keys) -> None:
    cache = piped(redis, keys)
    current = [entry("g2", "https://x/2", "ثاني"), entry("g1", "https://x/1", "أول")]
    assert await cache.claim_new("f1", current) == []
    assert await streamed_titles(redis, keys) == []
    fresh = [entry("g3", "https://x/3", "ثالث"), *current]
    assert [e.guid for e in await cache.claim_new("f1", fresh)] == ["g3"]
    assert await streamed_titles(redis, keys) == ["ثالث"]


async def test_backfill_hands_on_the_newest_n_of_a_new_feed(redis: Redis, keys: Keys) -> None:
    cache = piped(redis, keys, backfill=2)
    newest_first = [entry(f"g{n}", f"https://x/{n}", f"خبر {n}") for n in (5, 4, 3, 2, 1)]
    assert [e.guid for e in await cache.claim_new("f1", newest_first)] == ["g5", "g4"]
    assert await streamed_titles(redis, keys) == ["خبر 5", "خبر 4"]
    assert await cache.claim_new("f1", newest_first) == []


async def test_new_items_reach_the_stream_once_and_are_counted(redis: Redis, keys: Keys) -> None:
    cache = piped(redis, keys)
    await cache.claim_new("f1", [entry("g1", "https://x/1", "أول")])
    for _ in range(3):
        await cache.claim_new("f1", [entry("g2", "https://x/2", "ثان"), entry("g1", "https://x/1")])
    assert await streamed_titles(redis, keys) == ["ثان"]
    state = await redis.hgetall(keys.feed_state("f1"))
    assert (state["items_seen"], state["items_new"]) == ("2", "1")


async def test_the_hash_of_earlier_versions_is_carried_over(redis: Redis, keys: Keys) -> None:
    await redis.hset(keys.seen("f1"), mapping={"g:g1": 1, "l:https://x/1": 1})
    assert await plain(redis, keys).claim_new("f1", [entry("g1", "https://x/1")]) == []
    assert await redis.type(keys.seen("f1")) == "zset"


async def test_articles_left_in_the_handoff_by_a_killed_poller_go_on_at_the_next_poll(
    redis: Redis, keys: Keys
) -> None:
    cache = piped(redis, keys)
    await cache.claim_new("f1", [entry("g0", "https://x/0")])  # the first poll primes
    # A poller killed after marking g1 seen, before appending it to the stream, leaves this:
    left = entry("g1", "https://x/1", "انقطاع الكهرباء عن العاصمة")
    now = time.time()
    await redis.zadd(keys.seen("f1"), {"g:g1": now, "l:https://x/1": now})
    await redis.rpush(keys.seen_handoff("f1"), left.article.to_json())
    assert await streamed_titles(redis, keys) == []
    fresh = entry("g2", "https://x/2", "افتتاح جسر جديد")
    assert await cache.claim_new("f1", [fresh, left]) == [fresh]
    assert await streamed_titles(redis, keys) == [
        "انقطاع الكهرباء عن العاصمة", "افتتاح جسر جديد"
    ]  # fmt: skip
    assert await redis.llen(keys.seen_handoff("f1")) == 0


async def test_the_handoff_goes_on_while_the_feed_stays_unchanged(redis: Redis, keys: Keys) -> None:
    cache = piped(redis, keys)
    await cache.claim_new("f1", [entry("g0", "https://x/0")])
    left = entry("g1", "https://x/1", "هطول أمطار غزيرة على الساحل")
    await redis.rpush(keys.seen_handoff("f1"), left.article.to_json())
    await cache.touch("f1", time.time())  # the feed answered 304 Not Modified
    assert await streamed_titles(redis, keys) == ["هطول أمطار غزيرة على الساحل"]
