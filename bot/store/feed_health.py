"""Each stored feed with its state and next poll: what the health table shows."""

from __future__ import annotations

from bot.store.feed_table import FeedRow
from feeds.state import FeedStates
from feeds.store import FeedStore


async def health_rows(store: FeedStore, states: FeedStates) -> list[FeedRow]:
    """Return a row per stored feed, sorted by name."""
    rows = []
    for record in await store.all():
        feed_id = record.feed.id
        due = await store.schedule.due_at(feed_id)
        rows.append(FeedRow(record, await states.load(feed_id), due))
    return rows
