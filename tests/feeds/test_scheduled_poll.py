"""One scheduled poll over real HTTP: new items once, conditional GET, health, backoff, off."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.keys import Keys
from feeds.feed import Feed
from feeds.intervals import IntervalRules
from feeds.notices import Notices
from feeds.scheduled_poll import enable_feed
from feeds.store import FeedStore
from tests.feed_documents import atom, items, rss10, rss20, rss20_windows1256
from tests.feeds.poll_rig import Clock, rig
from tests.http_server import LocalHTTPServer, Response, conditional


async def add(
    redis: Redis, keys: Keys, url: str, name: str = "أخبار محلية", interval: int | None = None
) -> Feed:
    """Store a feed as an admin would add it; it is due at once."""
    feed = Feed.from_url(url, name, interval)
    await FeedStore(redis, keys).add(feed)
    return feed


async def test_first_poll_records_items_later_ones_hand_on_only_new(
    redis: Redis, keys: Keys, http_server: LocalHTTPServer
) -> None:
    http_server.serve("/rss", Response(rss20(items("site", 5))))
    feed = await add(redis, keys, http_server.url("/rss"))
    async with rig(redis, keys) as r:
        first = await r.poller.poll(feed.id)
        assert (first.new, first.error) == (0, None)
        http_server.serve("/rss", Response(rss20(items("site", 7))))
        second = await r.poller.poll(feed.id)
        third = await r.poller.poll(feed.id)
        assert (second.new, third.new) == (2, 0)
        titles = [article.title for article in await r.streamed()]
        assert titles == [items("site", 7)[0].title, items("site", 7)[1].title]
        state = await r.state(feed.id)
        assert state.last_success == r.clock.now and state.failures == 0
        assert state.items_seen == 7 and state.items_new == 2
        assert second.next_due == r.clock.now + 60


async def test_every_format_reaches_the_stream_in_arabic(
    redis: Redis, keys: Keys, http_server: LocalHTTPServer
) -> None:
    documents = {
        "/rss20": rss20, "/atom": atom, "/rss10": rss10, "/cp1256": rss20_windows1256,
    }  # fmt: skip
    async with rig(redis, keys) as r:
        for path, render in documents.items():
            http_server.serve(path, Response(render(items(path[1:], 1))))
            feed = await add(redis, keys, http_server.url(path), path)
            await r.poller.poll(feed.id)
            http_server.serve(path, Response(render(items(path[1:], 2))))
            assert (await r.poller.poll(feed.id)).new == 1
        titles = {article.feed_name: article.title for article in await r.streamed()}
    expected = items("x", 2)[0].title
    assert titles == {path: expected for path in documents}


async def test_conditional_get_sends_the_validators_back(
    redis: Redis, keys: Keys, http_server: LocalHTTPServer
) -> None:
    validators = {"ETag": '"v1"', "Last-Modified": "Fri, 20 Nov 2026 09:00:00 GMT"}
    http_server.serve("/etag", conditional(rss20(items("etag", 3)), validators))
    feed = await add(redis, keys, http_server.url("/etag"))
    async with rig(redis, keys) as r:
        await r.poller.poll(feed.id)
        r.clock.now += 60
        outcome = await r.poller.poll(feed.id)
        state = await r.state(feed.id)
    assert outcome.error is None
    assert http_server.requests[-1][1].get("If-Modified-Since") == "Fri, 20 Nov 2026 09:00:00 GMT"
    assert state.last_success == r.clock.now
    assert state.validators.etag == '"v1"'


async def test_cache_control_and_ttl_stretch_the_interval(
    redis: Redis, keys: Keys, http_server: LocalHTTPServer
) -> None:
    http_server.serve("/ttl", Response(rss20(items("ttl", 1), ttl=30)))
    http_server.serve(
        "/cc", Response(rss20(items("cc", 1)), headers={"Cache-Control": "public, max-age=600"})
    )
    async with rig(redis, keys) as r:
        ttl = await r.poller.poll((await add(redis, keys, http_server.url("/ttl"))).id)
        cc = await r.poller.poll((await add(redis, keys, http_server.url("/cc"))).id)
        http_server.serve("/fixed", Response(rss20(items("fixed", 1), ttl=30)))
        fixed = await add(redis, keys, http_server.url("/fixed"), "fixed", interval=1)
    assert ttl.next_due == r.clock.now + 1800
    assert cc.next_due == r.clock.now + 600
    async with rig(redis, keys) as r2:
        assert (await r2.poller.poll(fixed.id)).next_due == r2.clock.now + 1


async def test_failures_back_off_and_retry_after_is_honoured(
    redis: Redis, keys: Keys, http_server: LocalHTTPServer
) -> None:
    http_server.serve("/down", Response(b"oops", status=500))
    http_server.serve("/busy", Response(b"", status=429, headers={"Retry-After": "900"}))
    down = await add(redis, keys, http_server.url("/down"))
    busy = await add(redis, keys, http_server.url("/busy"))
    async with rig(redis, keys) as r:
        waits = []
        for _ in range(3):
            waits.append((await r.poller.poll(down.id)).next_due - r.clock.now)  # type: ignore[operator]
        throttled = await r.poller.poll(busy.id)
        state = await r.state(down.id)
    assert waits == [60, 120, 240]
    assert state.failures == 3 and state.failing_since == r.clock.now
    assert "HTTP 500" in str(state.last_error)
    assert throttled.next_due == r.clock.now + 900
    assert "wait 900 s" in (throttled.error or "")


async def test_a_feed_failing_long_enough_is_switched_off_and_admins_told(
    redis: Redis, keys: Keys, http_server: LocalHTTPServer
) -> None:
    http_server.serve("/gone", Response(b"", status=410))
    feed = await add(redis, keys, http_server.url("/gone"), "مصدر مغلق")
    rules = IntervalRules(default=60, max_interval=3600, max_backoff=600, disable_after=3600)
    clock = Clock()
    async with rig(redis, keys, rules=rules, clock=clock) as r:
        await r.poller.poll(feed.id)
        clock.now += 3599
        assert (await r.poller.poll(feed.id)).next_due is not None
        clock.now += 1
        last = await r.poller.poll(feed.id)
        state = await r.state(feed.id)
        assert last.next_due is None
        assert await r.parts.store.schedule.due_at(feed.id) is None
        assert state.disabled is not None and "HTTP 410" in str(state.disabled)
        (queued,) = await Notices(redis, keys.notices()).read("test", block_ms=10)
        assert queued.notice.name == "مصدر مغلق" and "HTTP 410" in queued.notice.reason
        assert queued.notice.since == clock.now - 3600
        # Switched back on, it is due now with a clean failure record.
        await enable_feed(r.parts.store, r.parts.states, feed.id)
        after = await r.state(feed.id)
        assert after.disabled is None and after.failures == 0
        assert await r.parts.store.schedule.due_at(feed.id) is not None


async def test_a_removed_feed_is_dropped_from_the_schedule(redis: Redis, keys: Keys) -> None:
    async with rig(redis, keys) as r:
        await r.parts.store.schedule.add("vanished", 0)
        outcome = await r.poller.poll("vanished")
        assert (outcome.new, outcome.error) == (0, None)
        assert await r.parts.store.schedule.due_at("vanished") is None


async def test_an_unchanged_body_is_not_parsed_and_keeps_its_items_remembered(
    redis: Redis, keys: Keys, http_server: LocalHTTPServer
) -> None:
    http_server.serve("/same", Response(rss20(items("same", 3))))
    feed = await add(redis, keys, http_server.url("/same"))
    async with rig(redis, keys) as r:
        await r.poller.poll(feed.id)
        # Forty days of the same bytes: longer than the 30-day seen TTL.
        for _ in range(4):
            r.clock.now += 10 * 86_400
            assert (await r.poller.poll(feed.id)).error is None
        score = await redis.zscore(keys.seen(feed.id), f"g:{items('same', 3)[0].guid}")
        http_server.serve("/same", Response(rss20(items("same", 4))))
        r.clock.now += 60
        changed = await r.poller.poll(feed.id)
    assert score == r.clock.now - 60  # restamped by the unchanged polls
    assert changed.new == 1  # only the new item: the old ones did not expire meanwhile
