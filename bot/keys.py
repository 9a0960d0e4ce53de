"""Every Redis key Rasd uses, built in one place.

All keys start with the configured prefix (``rasd`` by default), so one Redis
can hold several deployments or test runs side by side and a clean-up can
scan ``<prefix>:*`` without touching anything else.

Key formats (``{p}`` is the prefix):

- ``{p}:feeds`` (hash): every feed the pollers poll; field the feed id, value a
  JSON object ``{"url", "name", "interval", "origin", "added_at"}`` where origin
  is ``config`` (declared in config.yaml) or ``added`` (by an admin).
- ``{p}:schedule`` (sorted set): member a feed id, score the Unix time the feed
  is next due. A poller claims a due feed by moving its score to the end of a
  lease; a disabled feed is absent.
- ``{p}:feed:{feed_id}`` (hash): state and health of one feed: ``etag``,
  ``last_modified``, ``last_attempt``, ``last_success``, ``last_error``,
  ``last_error_at``, ``problem``, ``failures``, ``failing_since``,
  ``items_seen``, ``items_new``, ``primed`` (time of the first successful poll),
  ``interval``, ``disabled`` (reason), ``disabled_at``.
- ``{p}:seen:{feed_id}`` (sorted set): seen-cache of one feed; member
  ``g:<guid>`` or ``l:<canonical link>``, score the last time the item was in
  the feed. Members older than the seen TTL are dropped.
- ``{p}:console:seen:{feed_id}``: the same, for console mode, which keeps its
  own so a preview never hides an item from real subscribers.
- ``{p}:articles`` (stream): every new article, once, field ``article`` (JSON),
  appended in the same atomic step that marks it seen.
- ``{p}:notices`` (stream): notices for the admins (a feed disabled), fields
  ``kind``, ``feed_id``, ``name``, ``url``, ``reason``, ``since``.
- ``{p}:embedded:users`` (set): pids of the Rasd processes sharing an
  embedded redis-server; the last one out shuts it down.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Keys:
    """Key builder for one prefix."""

    prefix: str = "rasd"

    def seen(self, feed_id: str) -> str:
        """Return the seen-cache hash of a feed."""
        return f"{self.prefix}:seen:{feed_id}"

    def feeds(self) -> str:
        """Return the hash of feed records."""
        return f"{self.prefix}:feeds"

    def schedule(self) -> str:
        """Return the sorted set of feed due times."""
        return f"{self.prefix}:schedule"

    def feed_state(self, feed_id: str) -> str:
        """Return the state and health hash of a feed."""
        return f"{self.prefix}:feed:{feed_id}"

    def articles(self) -> str:
        """Return the stream of new articles."""
        return f"{self.prefix}:articles"

    def notices(self) -> str:
        """Return the stream of admin notices."""
        return f"{self.prefix}:notices"

    def console_seen(self, feed_id: str) -> str:
        """Return console mode's seen-cache hash of a feed."""
        return f"{self.prefix}:console:seen:{feed_id}"

    def embedded_users(self) -> str:
        """Return the set of pids using an embedded redis-server."""
        return f"{self.prefix}:embedded:users"

    def pattern(self) -> str:
        """Return a SCAN pattern matching every key of this prefix."""
        return f"{self.prefix}:*"
