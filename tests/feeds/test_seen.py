"""The seen-cache: new means neither the GUID nor the canonical link was seen."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.article import Article
from bot.keys import Keys
from feeds.parser import Entry
from feeds.seen import SeenCache


def entry(guid: str, link: str, title: str = "عنوان") -> Entry:
    article = Article(id=guid, feed_id="f1", feed_name="ف", link=link, title=title, summary="")
    return Entry(article=article, guid=guid)


async def test_only_unseen_items_are_new(redis: Redis, keys: Keys) -> None:
    cache = SeenCache(redis, keys.seen)
    first = [entry("g1", "https://x/1"), entry("g2", "https://x/2")]
    assert [e.guid for e in await cache.claim_new("f1", first)] == ["g1", "g2"]
    again = [*first, entry("g3", "https://x/3")]
    assert [e.guid for e in await cache.claim_new("f1", again)] == ["g3"]


async def test_changed_guid_with_same_link_is_not_new(redis: Redis, keys: Keys) -> None:
    cache = SeenCache(redis, keys.seen)
    await cache.claim_new("f1", [entry("g1", "https://x/1")])
    assert await cache.claim_new("f1", [entry("g1-v2", "https://x/1")]) == []


async def test_same_guid_with_changed_title_is_not_new(redis: Redis, keys: Keys) -> None:
    cache = SeenCache(redis, keys.seen)
    await cache.claim_new("f1", [entry("g1", "https://x/1", "قديم")])
    assert await cache.claim_new("f1", [entry("g1", "https://x/1b", "جديد")]) == []


async def test_feeds_are_separate_and_a_new_cache_object_remembers(
    redis: Redis, keys: Keys
) -> None:
    await SeenCache(redis, keys.seen).claim_new("f1", [entry("g1", "https://x/1")])
    restarted = SeenCache(redis, keys.seen)
    assert await restarted.claim_new("f1", [entry("g1", "https://x/1")]) == []
    assert len(await restarted.claim_new("f2", [entry("g1", "https://x/1")])) == 1


async def test_forget_makes_items_new_again(redis: Redis, keys: Keys) -> None:
    cache = SeenCache(redis, keys.seen)
    await cache.claim_new("f1", [entry("g1", "https://x/1")])
    await cache.forget("f1")
    assert len(await cache.claim_new("f1", [entry("g1", "https://x/1")])) == 1
