"""Prometheus metrics of a Rasd process; every role updates the ones it owns.

The names are the contract with dashboards: change them only with care.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

FEEDS_POLLED = Counter("rasd_feeds_polled", "Feed polls, by outcome", ["outcome"])
ITEMS_NEW = Counter("rasd_items_new", "New articles found in feeds")
PAGES_READ = Counter(
    "rasd_pages_read", "Article pages fetched for full-text feeds, by outcome", ["outcome"]
)
MATCHES = Counter("rasd_matches", "Chat alerts produced by matching (before de-duplication)")
ALERTS_QUEUED = Counter("rasd_alerts_queued", "Messages put in the outbox, by kind", ["kind"])
ALERTS_SENT = Counter("rasd_alerts_sent", "Messages Telegram accepted, by kind", ["kind"])
ALERTS_FAILED = Counter("rasd_alerts_failed", "Messages not delivered, by reason", ["reason"])
OUTBOX_LAG = Gauge("rasd_outbox_lag_seconds", "Age of the oldest alert waiting in the outbox")
MATCH_SECONDS = Histogram(
    "rasd_match_seconds",
    "Time to match one article against every term",
    buckets=(0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0),
)
