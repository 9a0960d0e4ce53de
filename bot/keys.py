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
  appended in the same atomic step that marks it seen. Read by the consumer
  group ``alerts`` (created by the first poller or bot to start), one
  consumer per bot host; an article is acknowledged once every matching chat
  was handled.
- ``{p}:notices`` (stream): notices for the admins (a feed disabled), fields
  ``kind``, ``feed_id``, ``name``, ``url``, ``reason``, ``since``.
- ``{p}:chats`` (sorted set): every chat Rasd has a record of (private chats,
  groups, channels), scored by when it was first seen.
- ``{p}:chat:{chat_id}`` (hash): one chat's settings: ``kind`` (private, group,
  supergroup, channel), ``title``, ``lang`` (ar, en), ``paused`` (1 when
  paused), ``inactive`` (why Telegram refuses sends to it: blocked, kicked,
  deactivated, not found, forbidden, removed), ``thread`` (forum topic for
  alerts), ``managing`` (private chats: the channel id whose terms the commands
  change), ``added_at``.
- ``{p}:chat:{chat_id}:terms`` (sorted set): the chat's watch terms as typed
  (cleaned), scored by when each was added (nudged up when clocks tie or step
  back, so the score order is the add order).
- ``{p}:chat:{chat_id}:config_terms`` (set): those of its terms that config.yaml
  declares (``teams``); commands cannot remove them.
- ``{p}:term_changes`` (stream): every change to any chat's terms, fields
  ``op`` (add, remove), ``chat``, ``term``; matchers replay it to keep their
  in-memory index current. Trimmed to about 100k entries; a matcher that
  fell behind the trim reloads everything.
- ``{p}:admins`` (set): admin user ids added with /admin (config.yaml's are not
  stored).
- ``{p}:user:{user_id}:channels`` (set): channel ids a user linked with /channel.
- ``{p}:offer:{chat_id}:{digest}`` (string, expires): a term offered to watch
  from a plain message, waiting for the confirm button.
- ``{p}:delivered:{article_id}`` (set, expires): chats an article's alert was
  sent to, so a re-read article is not sent twice.
- ``{p}:stats:{YYYY-MM-DD}`` (hash, expires): that UTC day's counters
  ``alerts_sent``, ``send_errors``.
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
        """Return the seen-cache sorted set of a feed."""
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

    def chats(self) -> str:
        """Return the sorted set of every known chat."""
        return f"{self.prefix}:chats"

    def chat(self, chat_id: int) -> str:
        """Return the settings hash of a chat."""
        return f"{self.prefix}:chat:{chat_id}"

    def chat_terms(self, chat_id: int) -> str:
        """Return the sorted set of a chat's watch terms."""
        return f"{self.prefix}:chat:{chat_id}:terms"

    def chat_config_terms(self, chat_id: int) -> str:
        """Return the set of a chat's terms declared in config.yaml."""
        return f"{self.prefix}:chat:{chat_id}:config_terms"

    def term_changes(self) -> str:
        """Return the stream of term additions and removals."""
        return f"{self.prefix}:term_changes"

    def admins(self) -> str:
        """Return the set of admins added by command."""
        return f"{self.prefix}:admins"

    def user_channels(self, user_id: int) -> str:
        """Return the set of channels a user linked."""
        return f"{self.prefix}:user:{user_id}:channels"

    def offer(self, chat_id: int, digest: str) -> str:
        """Return the key of a term offered to a chat, awaiting confirmation."""
        return f"{self.prefix}:offer:{chat_id}:{digest}"

    def delivered(self, article_id: str) -> str:
        """Return the set of chats an article was sent to."""
        return f"{self.prefix}:delivered:{article_id}"

    def stats(self, day: str) -> str:
        """Return the counters hash of one UTC day (YYYY-MM-DD)."""
        return f"{self.prefix}:stats:{day}"

    def console_seen(self, feed_id: str) -> str:
        """Return console mode's seen-cache sorted set of a feed."""
        return f"{self.prefix}:console:seen:{feed_id}"

    def embedded_users(self) -> str:
        """Return the set of pids using an embedded redis-server."""
        return f"{self.prefix}:embedded:users"

    def pattern(self) -> str:
        """Return a SCAN pattern matching every key of this prefix."""
        return f"{self.prefix}:*"
