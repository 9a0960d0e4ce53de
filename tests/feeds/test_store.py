"""The feed store: add, find, remove, and syncing with config.yaml."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.keys import Keys
from feeds.feed import Feed
from feeds.store import FeedStore
from tests.redis_cluster import ON_SINGLE_AND_CLUSTER

pytestmark = ON_SINGLE_AND_CLUSTER

BBC = Feed.from_url("https://feeds.example/bbc.xml", "بي بي سي")
DW = Feed.from_url("https://feeds.example/dw.xml", "دويتشه فيله", interval=120)
LOCAL = Feed.from_url("https://local.example/rss", "صحيفة محلية")


async def test_added_feed_is_listed_and_due_now(redis: Redis, keys: Keys) -> None:
    store = FeedStore(redis, keys)
    assert await store.add(DW)
    assert not await store.add(DW)
    (record,) = await store.all()
    assert (record.feed, record.origin) == (DW, "added")
    assert await store.schedule.due_at(DW.id) is not None


async def test_find_by_id_url_or_name(redis: Redis, keys: Keys) -> None:
    store = FeedStore(redis, keys)
    await store.add(BBC)
    for ref in (BBC.id, BBC.url, "بي بي سي", f"  {BBC.url} "):
        found = await store.find(ref)
        assert found is not None and found.feed == BBC
    assert await store.find("غير موجود") is None


async def test_remove_forgets_everything_about_the_feed(redis: Redis, keys: Keys) -> None:
    store = FeedStore(redis, keys)
    await store.add(BBC)
    await redis.hset(keys.feed_state(BBC.id), "failures", 3)
    await redis.zadd(keys.seen(BBC.id), {"g:1": 1})
    removed = await store.remove(BBC.id)
    assert removed is not None and removed.feed == BBC
    assert await store.all() == []
    assert await redis.exists(keys.feed_state(BBC.id), keys.seen(BBC.id), keys.schedule()) == 0
    assert await store.remove(BBC.id) is None


async def test_sync_adds_updates_and_drops_config_feeds_only(redis: Redis, keys: Keys) -> None:
    store = FeedStore(redis, keys)
    await store.add(LOCAL)  # added by an admin: config sync must leave it alone
    first = await store.sync_config([BBC, DW])
    assert {f.id for f in first.added} == {BBC.id, DW.id}
    renamed = Feed(id=DW.id, url=DW.url, name="DW عربية", interval=60)
    second = await store.sync_config([renamed])
    assert second.updated == (renamed,)
    assert second.removed == (BBC,)
    by_id = {record.feed.id: record for record in await store.all()}
    assert set(by_id) == {DW.id, LOCAL.id}
    assert by_id[DW.id].feed.name == "DW عربية"
    assert by_id[LOCAL.id].origin == "added"
    unchanged = await store.sync_config([renamed])
    assert unchanged.added == unchanged.updated == unchanged.removed == ()


async def test_full_text_is_stored_switched_and_synced_from_config(
    redis: Redis, keys: Keys
) -> None:
    store = FeedStore(redis, keys)
    await store.add(LOCAL)
    switched = await store.set_full_text(LOCAL.id, True)
    assert switched is not None and switched.feed.full_text
    stored = await store.get(LOCAL.id)
    assert stored is not None and stored.feed.full_text and stored.origin == "added"
    assert await store.set_full_text("nothing", True) is None
    await store.sync_config([BBC])
    full = Feed.from_url(BBC.url, BBC.name, full_text=True)
    report = await store.sync_config([full])
    assert report.updated == (full,)
    record = await store.get(BBC.id)
    assert record is not None and record.feed.full_text
