"""Every Redis key Rasd uses, built in one place.

All keys start with the configured prefix (``rasd`` by default), so one Redis
can hold several deployments or test runs side by side and a clean-up can
scan ``<prefix>:*`` without touching anything else.

Key formats (``{p}`` is the prefix):

- ``{p}:seen:{feed_id}`` (hash): seen-cache of one feed; field ``g:<guid>`` or
  ``l:<canonical link>``, value the first-seen Unix time.
- ``{p}:console:seen:{feed_id}`` (hash): the same, for console mode, which
  keeps its own so a preview never hides an item from real subscribers.
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

    def console_seen(self, feed_id: str) -> str:
        """Return console mode's seen-cache hash of a feed."""
        return f"{self.prefix}:console:seen:{feed_id}"

    def embedded_users(self) -> str:
        """Return the set of pids using an embedded redis-server."""
        return f"{self.prefix}:embedded:users"

    def pattern(self) -> str:
        """Return a SCAN pattern matching every key of this prefix."""
        return f"{self.prefix}:*"
