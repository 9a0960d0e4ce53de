"""A scheduled poll of one feed: conditional GET, health, backoff, switching off."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.metrics import FEEDS_POLLED, ITEMS_NEW, PAGES_READ
from feeds.errors import FetchError, Reason
from feeds.feed import Feed
from feeds.fetcher import Fetched, Fetcher, NotModified, Validators
from feeds.intervals import (
    Hints,
    IntervalRules,
    backoff_interval,
    regular_interval,
    should_disable,
)
from feeds.notices import FeedDisabled, Notices
from feeds.page_reader import PageReader
from feeds.parser import Entry
from feeds.poll import body_digest, fetch_feed, newest_first, parse_fetched
from feeds.seen import SeenCache
from feeds.state import FeedState, FeedStates
from feeds.store import FeedStore

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PollParts:
    """The collaborators a scheduled poll uses."""

    fetcher: Fetcher
    store: FeedStore
    states: FeedStates
    seen: SeenCache
    notices: Notices
    pages: PageReader | None = None  # reads item pages for feeds marked full_text


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """What one poll did, for logs and tests."""

    feed_id: str
    new: int = 0
    error: str | None = None
    next_due: float | None = None


class ScheduledPoller:
    """Polls a claimed feed and puts it back on the schedule."""

    def __init__(
        self, parts: PollParts, rules: IntervalRules, clock: Callable[[], float] = time.time
    ) -> None:
        self._parts = parts
        self._rules = rules
        self._clock = clock

    async def poll(self, feed_id: str) -> PollOutcome:
        """Poll one feed; failures are recorded, never raised (except Redis going away)."""
        parts = self._parts
        record = await parts.store.get(feed_id)
        state = await parts.states.load(feed_id)
        if record is None or state.disabled:
            await parts.store.schedule.remove(feed_id)
            return PollOutcome(feed_id)
        feed, now = record.feed, self._clock()
        await parts.states.attempt(feed_id, now)
        try:
            fetched = await fetch_feed(parts.fetcher, feed, state.validators)
        except FetchError as exc:
            FEEDS_POLLED.labels("failed").inc()
            return await self.record_failure(feed, exc.reason, exc.retry_after)
        if isinstance(fetched, NotModified):
            FEEDS_POLLED.labels("not_modified").inc()
            return await self._unchanged(feed, state, now, fetched.max_age, None)
        digest = body_digest(fetched.content)
        if digest == state.digest:
            # Same bytes as last time: nothing to parse, and most feeds send no ETag.
            FEEDS_POLLED.labels("unchanged").inc()
            return await self._unchanged(feed, state, now, fetched.max_age, fetched.validators)
        return await self._take_in(feed, fetched, digest, now)

    async def _unchanged(
        self,
        feed: Feed,
        state: FeedState,
        now: float,
        max_age: int | None,
        validators: Validators | None,
    ) -> PollOutcome:
        parts = self._parts
        # The items are all still there: keep them from expiring out of the seen-cache.
        await parts.seen.touch(feed.id, now)
        await parts.states.success(feed.id, now, validators, state.problem, state.digest)
        interval = state.interval or regular_interval(
            feed.interval, Hints(max_age=max_age), self._rules
        )
        return await self._reschedule(feed, interval, PollOutcome(feed.id))

    async def _take_in(self, feed: Feed, fetched: Fetched, digest: str, now: float) -> PollOutcome:
        parts = self._parts
        parsed = await parse_fetched(feed, fetched)
        if parsed.problem and not parsed.entries:
            FEEDS_POLLED.labels("failed").inc()
            return await self.record_failure(feed, parsed.problem, None)
        entries = newest_first(parsed.entries)
        if feed.full_text and parts.pages is not None:
            entries = await self._with_pages(feed, entries, parts.pages)
        new = await parts.seen.claim_new(feed.id, entries, now)
        FEEDS_POLLED.labels("ok").inc()
        ITEMS_NEW.inc(len(new))
        await parts.states.success(feed.id, now, fetched.validators, parsed.problem, digest)
        hints = Hints(ttl_minutes=parsed.ttl_minutes, max_age=fetched.max_age)
        interval = regular_interval(feed.interval, hints, self._rules)
        await parts.states.set_interval(feed.id, interval)
        return await self._reschedule(feed, interval, PollOutcome(feed.id, new=len(new)))

    async def _with_pages(self, feed: Feed, entries: list[Entry], pages: PageReader) -> list[Entry]:
        """Give each entry about to be handed on its page's text as body.

        A page that fails costs nothing: the entry keeps what the feed gave it,
        and the failure is counted in the metrics and the feed's health.
        """
        wanted = [
            i for i in await self._parts.seen.pending(feed.id, entries) if entries[i].article.link
        ]
        if not wanted:
            return entries
        async with asyncio.TaskGroup() as group:
            tasks = {
                i: group.create_task(_page_text(pages, entries[i].article.link)) for i in wanted
            }
        enriched = list(entries)
        errors: list[Reason] = []
        for i, task in tasks.items():
            text = task.result()
            if isinstance(text, FetchError):
                errors.append(text.reason)
                log.info("feed=%s page %s: %s", feed.id, entries[i].article.link, text)
                continue
            enriched[i] = replace(entries[i], article=replace(entries[i].article, body=text))
        PAGES_READ.labels("ok").inc(len(wanted) - len(errors))
        PAGES_READ.labels("failed").inc(len(errors))
        await self._parts.states.pages(
            feed.id, len(wanted) - len(errors), len(errors), errors[-1] if errors else None
        )
        return enriched

    async def record_failure(
        self, feed: Feed, error: Reason, retry_after: float | None
    ) -> PollOutcome:
        """Count a failure, then back off or, after long enough, switch the feed off."""
        parts, now = self._parts, self._clock()
        failure = await parts.states.failure(feed.id, now, error)
        if should_disable(failure.failing_since, now, self._rules):
            await self._disable(feed, error, failure.failing_since)
            return PollOutcome(feed.id, error=str(error))
        base = feed.interval or self._rules.default
        wait = backoff_interval(base, failure.failures, retry_after, self._rules)
        return await self._reschedule(feed, wait, PollOutcome(feed.id, error=str(error)))

    async def _disable(self, feed: Feed, error: Reason, since: float) -> None:
        parts = self._parts
        await parts.states.disable(feed.id, self._clock(), error)
        await parts.store.schedule.remove(feed.id)
        notice = FeedDisabled(feed.id, feed.name, feed.url, str(error), since)
        await parts.notices.publish(notice)
        log.warning("feed=%s disabled after failing since %.0f: %s", feed.id, since, error)

    async def _reschedule(self, feed: Feed, wait: float, outcome: PollOutcome) -> PollOutcome:
        due = self._clock() + wait
        await self._parts.store.schedule.reschedule(feed.id, due)
        return replace(outcome, next_due=due)


async def _page_text(pages: PageReader, link: str) -> str | FetchError:
    """Return a page's text, or the FetchError that says why there is none."""
    try:
        return await pages.read(link)
    except FetchError as exc:
        return exc


async def enable_feed(store: FeedStore, states: FeedStates, feed_id: str) -> FeedState | None:
    """Switch a disabled feed back on, due now; None when there is no such feed."""
    if await store.get(feed_id) is None:
        return None
    await states.enable(feed_id)
    await store.schedule.add(feed_id, time.time())
    return await states.load(feed_id)
