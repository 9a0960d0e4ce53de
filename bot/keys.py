"""Every Redis key Rasd uses, built in one place.

All keys start with the configured prefix (``rasd`` by default), so one Redis
can hold several deployments or test runs side by side and a clean-up can
scan ``<prefix>:*`` without touching anything else.

Key formats (``{p}`` is the prefix):

- ``{p}:feeds`` (hash): every feed the pollers poll; field the feed id, value a
  JSON object ``{"url", "name", "interval", "full_text", "origin", "added_at"}``
  where origin is ``config`` (declared in config.yaml) or ``added`` (by an
  admin) and full_text says whether new items' pages are fetched.
- ``{p}:schedule`` (sorted set): member a feed id, score the Unix time the feed
  is next due. A poller claims a due feed by moving its score to the end of a
  lease; a disabled feed is absent.
- ``{p}:feed:{feed_id}`` (hash): state and health of one feed: ``etag``,
  ``last_modified``, ``last_attempt``, ``last_success``, ``last_error``,
  ``last_error_at``, ``problem``, ``failures``, ``failing_since``,
  ``items_seen``, ``items_new``, ``primed`` (time of the first successful poll),
  ``interval``, ``disabled`` (reason), ``disabled_at``; for full-text feeds
  ``pages_read``, ``pages_failed`` (item pages, counted) and ``page_error``
  (why the last failed page failed). ``last_error``,
  ``problem``, ``disabled`` and ``page_error`` hold English words; each has a ``*_reason``
  twin (JSON: key, values, cause; see feeds/errors.py) the bot words in an
  admin's language.
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
  change), ``stories`` (``all`` when the chat wants every outlet's article of
  a story; absent: one alert per story), ``added_at``; ``mode``,
  ``digest_hour``, ``tz``; ``quiet`` (quiet hours ``23-7``) and ``quiet_hold``
  (1: held for a digest at their end, 0: silent), ``preview`` (1: link
  previews); ``mute:{term}`` (the Unix time a term's mute ends; see
  bot.store.mutes).
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
- ``{p}:stats:{YYYY-MM-DD}`` (hash, expires): that UTC day's counters
  ``alerts_sent``, ``send_errors``.
- ``{p}:outbox`` (stream): alerts ready to send, field ``alert`` (JSON of
  bot.deliver.outbox_alert.OutboxAlert), read by the consumer group ``senders``
  (created at ``0`` by the first reader); an entry is acknowledged and deleted
  only once Telegram accepted it, or it was dropped, deferred or
  dead-lettered, so the stream holds only waiting alerts.
- ``{p}:outbox:delayed`` (sorted set): alerts waiting for a retry or for a
  chat's flood limit; member the alert JSON, score the Unix time it is due.
- ``{p}:body:{body_id}`` (string, expires after 7 days): the body (JSON
  ``{"text", "buttons", "preview"}``) shared by the outbox alerts whose field
  ``body`` names it, once per distinct rendering of an article; body_id is a
  digest of it (see bot.deliver.outbox).
- ``{p}:sent:{alert_id}`` (string, expires): the Telegram message id of an
  alert Telegram accepted (kept 7 days; an alert of a story is edited through
  it when another outlet carries the story), so a copy (reclaimed, or queued twice) is not sent
  again; ``sending`` while a sender is sending it (expires after
  ``delivery.claim_after``), so a copy waits instead.
- ``{p}:dead`` (list): alerts that could not be delivered after their retries,
  newest first, JSON ``{"alert": <alert JSON as a string>, "reason", "failed_at"}``,
  capped at 10,000; admins see and replay them.
- ``{p}:flood:{scope}`` (string, expires): the flood limiter's theoretical
  arrival time (GCRA, Unix seconds) for ``all``, ``paid`` (paid broadcasts
  above the free rate) or ``chat:{chat_id}``;
  ``{p}:flood:hold:{chat_id}`` (string, expires): until when a chat is held
  back after Telegram's 429.
- ``{p}:story:window`` (stream): the articles of the story window, one entry
  each, fields ``a`` (article id), ``s`` (story id), ``t`` (time handled), ``p``
  (time published),
  ``l`` / ``h`` (digests of the canonical link and the normalized title),
  ``w`` (title words), ``v`` (word vector ``key=weight ...``), ``k`` (title
  keys), ``n`` (numbers); trimmed to the story window and to a count.
  Every fan-out process appends to it only after reading every entry before,
  so each article's story is decided knowing every article before it (see
  bot.deliver.stories).
- ``{p}:story:article:{article_id}`` (string, expires): the story an article
  was given, so an article handled again gets the same one.
- ``{p}:story:df:{day}`` (hash, expires after 8 days): per UTC day number, how
  many articles had each word key (field a bucket of keys, ``#`` the number
  of articles); the rarity weights of story grouping (bot.deliver.story_rarity).
- ``{p}:story:{story_id}:chats`` (hash, expires): chats that already have the
  story, field the chat id, value the id of the article that brought it.
- ``{p}:story:{story_id}:sent`` (hash, expires): per chat that got the story as
  an instant alert, JSON ``{"alert", "text", "lang", "outlets": [[name, link,
  article id], ...]}``: the alert to edit when another outlet carries the
  story, the digest of its text as sent and the outlets named so far;
  ``{p}:story:{story_id}:texts`` (hash, expires): those texts by digest, each
  kept once (see bot.deliver.story_edits).
- ``{p}:digest:{chat_id}`` (list): alerts kept for a chat's next digest, each
  the JSON of a bot.deliver.digest_html.DigestItem plus ``at`` (when it was kept);
  ``{p}:digest_due`` (sorted set): chat ids by the time their digest is due;
  a chat with nothing kept is absent (see bot.deliver.digest).
- ``{p}:embedded:users`` (set): pids of the Rasd processes sharing an
  embedded redis-server; the last one out shuts it down.
- ``{p}:card:{token}`` (string, expires with the sent record, 7 days): what the
  buttons under sent alerts act on, JSON ``{"article", "feed", "terms",
  "narrowings"}``, one per article and set of terms (shared by every chat that
  got that alert) or per digest message; token is a hash of that (see
  bot.store.alert_cards), so the callback data stays under 64 bytes.
- ``{p}:seen_handoff:{feed_id}`` (list): new articles of a feed, marked seen
  but not yet appended to ``{p}:articles`` (see feeds.seen); empty between polls.
- ``{p}:feedback`` (stream): every 👎 "not about this", fields ``term``,
  ``article``, ``chat``, ``feed``; trimmed to about 100k entries, for the
  team's quality figures. ``{p}:feedback:{YYYY-MM-DD}`` (hash, expires): that
  UTC day's count per term, for /stats.

On a Redis Cluster
------------------

A Lua script or a MULTI/EXEC transaction may only touch keys of one hash
slot. With ``cluster=True`` (set by bot.store.keyspace.keys_for when the
client is a cluster client) every key that a script or transaction uses with another
carries a hash tag, inserted as a segment after the prefix:
``{p}:{<tag>}:<the same name as above>``. The tags are consistency groups:

- ``{feed:<feed_id>}``: a feed's state, seen-caches and handoff list (the
  seen script, the state scripts); one per feed, so seen-caches spread over
  the cluster.
- ``{feeds}``: the feed records and the schedule (removed together).
- ``{chats}``: the chat index, every chat's settings, terms and config terms,
  and the term change log; the term scripts must log a change in the same
  step as they make it, or a matcher could miss it. Terms and chat settings
  are small next to the seen-caches and stories, which spread.
- ``{outbox}``: the outbox stream, the delayed set and the dead letters,
  moved between each other by scripts. The sent records are not in it (one
  per alert; they are written before the entry is acknowledged, not with it).
- ``{flood}``: the flood gate's limits: every reservation checks a chat's
  limit and the overall one in one script.
- ``{digest}``: the digest lists and their due times, trimmed and
  rescheduled by one script. (Digests therefore sit on one primary; spreading
  them needs the due set split per slot, not done yet.)
- ``{story}``: the story window and the story each article was given,
  read and appended by one script; ``{storydf}``: the word-key counts, read in one script;
  ``{story:<story_id>}``: one story's chats, sent alerts and texts.
- ``{feedback}``: the feedback stream and its daily counts.

Keys used alone (the article and notice streams, sent records, cards, offers,
daily stats, user channels, admins) carry no tag and spread by their names.

On a single server (``cluster=False``, the default and the embedded server's
case) keys keep the names above, so an existing deployment needs no
migration. Moving a single-server deployment onto a cluster is not done by
Rasd: start the cluster empty (or copy keys renaming them by these rules).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Keys:
    """Key builder for one prefix."""

    prefix: str = "rasd"
    cluster: bool = False

    def _key(self, tag: str, rest: str) -> str:
        """Return ``{p}:<rest>``, on a cluster with ``{<tag>}`` after the prefix."""
        if self.cluster:
            return f"{self.prefix}:{{{tag}}}:{rest}"
        return f"{self.prefix}:{rest}"

    def seen(self, feed_id: str) -> str:
        """Return the seen-cache sorted set of a feed."""
        return self._key(f"feed:{feed_id}", f"seen:{feed_id}")

    def feeds(self) -> str:
        """Return the hash of feed records."""
        return self._key("feeds", "feeds")

    def schedule(self) -> str:
        """Return the sorted set of feed due times."""
        return self._key("feeds", "schedule")

    def feed_state(self, feed_id: str) -> str:
        """Return the state and health hash of a feed."""
        return self._key(f"feed:{feed_id}", f"feed:{feed_id}")

    def articles(self) -> str:
        """Return the stream of new articles."""
        return f"{self.prefix}:articles"

    def notices(self) -> str:
        """Return the stream of admin notices."""
        return f"{self.prefix}:notices"

    def chats(self) -> str:
        """Return the sorted set of every known chat."""
        return self._key("chats", "chats")

    def chat(self, chat_id: int) -> str:
        """Return the settings hash of a chat."""
        return self._key("chats", f"chat:{chat_id}")

    def chat_terms(self, chat_id: int) -> str:
        """Return the sorted set of a chat's watch terms."""
        return self._key("chats", f"chat:{chat_id}:terms")

    def chat_config_terms(self, chat_id: int) -> str:
        """Return the set of a chat's terms declared in config.yaml."""
        return self._key("chats", f"chat:{chat_id}:config_terms")

    def term_changes(self) -> str:
        """Return the stream of term additions and removals."""
        return self._key("chats", "term_changes")

    def admins(self) -> str:
        """Return the set of admins added by command."""
        return f"{self.prefix}:admins"

    def user_channels(self, user_id: int) -> str:
        """Return the set of channels a user linked."""
        return f"{self.prefix}:user:{user_id}:channels"

    def offer(self, chat_id: int, digest: str) -> str:
        """Return the key of a term offered to a chat, awaiting confirmation."""
        return f"{self.prefix}:offer:{chat_id}:{digest}"

    def stats(self, day: str) -> str:
        """Return the counters hash of one UTC day (YYYY-MM-DD)."""
        return f"{self.prefix}:stats:{day}"

    def outbox(self) -> str:
        """Return the stream of alerts to send."""
        return self._key("outbox", "outbox")

    def outbox_delayed(self) -> str:
        """Return the sorted set of alerts waiting for a retry or a flood limit."""
        return self._key("outbox", "outbox:delayed")

    def body(self, body_id: str) -> str:
        """Return the key of a message body shared by outbox alerts."""
        return f"{self.prefix}:body:{body_id}"

    def sent(self, alert_id: str) -> str:
        """Return the record that an alert was accepted by Telegram."""
        return f"{self.prefix}:sent:{alert_id}"

    def dead_letters(self) -> str:
        """Return the list of alerts that could not be delivered."""
        return self._key("outbox", "dead")

    def flood(self, scope: str) -> str:
        """Return the flood limiter's key for `all`, `paid` or `chat:{id}`."""
        return self._key("flood", f"flood:{scope}")

    def flood_hold(self, chat_id: int) -> str:
        """Return the key holding a chat back after a 429."""
        return self._key("flood", f"flood:hold:{chat_id}")

    def story_window(self) -> str:
        """Return the stream of the story window's articles."""
        return self._key("story", "story:window")

    def story_article(self, article_id: str) -> str:
        """Return the key holding the story an article was given."""
        return self._key("story", f"story:article:{article_id}")

    def story_df(self, day: int) -> str:
        """Return the hash of word-key document counts of one UTC day number."""
        return self._key("storydf", f"story:df:{day}")

    def story_sent(self, story_id: str) -> str:
        """Return the hash of a story's sent alerts per chat (what to edit)."""
        return self._key(f"story:{story_id}", f"story:{story_id}:sent")

    def story_texts(self, story_id: str) -> str:
        """Return the hash of the texts a story's alerts were sent with, by digest."""
        return self._key(f"story:{story_id}", f"story:{story_id}:texts")

    def story_chats(self, story_id: str) -> str:
        """Return the hash of chats that have a story (chat id -> article id)."""
        return self._key(f"story:{story_id}", f"story:{story_id}:chats")

    def seen_handoff(self, feed_id: str) -> str:
        """Return the list of a feed's new articles not yet on the article stream."""
        return self._key(f"feed:{feed_id}", f"seen_handoff:{feed_id}")

    def digest(self, chat_id: int) -> str:
        """Return the list of alerts kept for a chat's digest."""
        return self._key("digest", f"digest:{chat_id}")

    def digest_due(self) -> str:
        """Return the sorted set of chats by digest due time."""
        return self._key("digest", "digest_due")

    def console_seen(self, feed_id: str) -> str:
        """Return console mode's seen-cache sorted set of a feed."""
        return self._key(f"feed:{feed_id}", f"console:seen:{feed_id}")

    def embedded_users(self) -> str:
        """Return the set of pids using an embedded redis-server."""
        return f"{self.prefix}:embedded:users"

    def card(self, token: str) -> str:
        """Return the record the buttons under a sent alert act on."""
        return f"{self.prefix}:card:{token}"

    def feedback(self) -> str:
        """Return the stream of "not about this" feedback."""
        return self._key("feedback", "feedback")

    def feedback_day(self, day: str) -> str:
        """Return the hash of one UTC day's "not about this" counts per term."""
        return self._key("feedback", f"feedback:{day}")

    def pattern(self) -> str:
        """Return a SCAN pattern matching every key of this prefix."""
        return f"{self.prefix}:*"
