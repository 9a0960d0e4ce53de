"""Keys on a cluster: every script's and transaction's keys share one hash slot."""

from __future__ import annotations

import fnmatch
import inspect

from redis.crc import key_slot

from bot.keys import Keys

CLUSTER = Keys("rasd", cluster=True)
CHAT, OTHER_CHAT, FEED, STORY = -1001234, 5678, "f3a9c0", "s-20261204-77"

# The keys each Lua script or MULTI/EXEC transaction touches together, by where it is.
TOGETHER: dict[str, list[str]] = {
    "feeds.seen _CLAIM_NEW, _PENDING": [
        CLUSTER.seen(FEED),
        CLUSTER.feed_state(FEED),
        CLUSTER.seen_handoff(FEED),
    ],
    "feeds.seen _CLAIM_NEW in console mode (its seen-cache alone)": [CLUSTER.console_seen(FEED)],
    "feeds.store remove (records)": [CLUSTER.feeds(), CLUSTER.schedule()],
    "feeds.store remove (the feed's own)": [
        CLUSTER.feed_state(FEED),
        CLUSTER.seen(FEED),
        CLUSTER.seen_handoff(FEED),
    ],
    "bot.store.subscriptions _ADD, _REMOVE": [
        CLUSTER.chat_terms(CHAT),
        CLUSTER.term_changes(),
        CLUSTER.chats(),
        CLUSTER.chat_config_terms(CHAT),
    ],
    "bot.store.subscriptions _MOVE (group to supergroup)": [
        CLUSTER.chat(OTHER_CHAT),
        CLUSTER.chat(CHAT),
        CLUSTER.chat_terms(OTHER_CHAT),
        CLUSTER.chat_terms(CHAT),
        CLUSTER.chat_config_terms(OTHER_CHAT),
        CLUSTER.chat_config_terms(CHAT),
        CLUSTER.chats(),
        CLUSTER.term_changes(),
    ],
    "bot.store.chats remember (chat and index)": [CLUSTER.chat(CHAT), CLUSTER.chats()],
    "bot.store.chats _READ_MANY (many chats' records)": [
        CLUSTER.chat(CHAT),
        CLUSTER.chat(OTHER_CHAT),
    ],
    "bot.deliver.outbox _DEFER, _RELEASE; dead letters _REPLAY_OLDEST, bury": [
        CLUSTER.outbox(),
        CLUSTER.outbox_delayed(),
        CLUSTER.dead_letters(),
    ],
    "bot.deliver.flood_gate _RESERVE": [
        CLUSTER.flood(f"chat:{CHAT}"),
        CLUSTER.flood("all"),
        CLUSTER.flood("paid"),
        CLUSTER.flood_hold(CHAT),
    ],
    "bot.deliver.digest _FINISH, hold_many": [CLUSTER.digest(CHAT), CLUSTER.digest_due()],
    "bot.deliver.stories _READ, _APPEND window and article": [
        CLUSTER.story_window(),
        CLUSTER.story_article("a-1"),
    ],
    "bot.deliver.story_rarity _COUNT_AND_READ": [
        CLUSTER.story_df(d) for d in range(20_420, 20_428)
    ],
    "bot.deliver.story_edits (one story)": [
        CLUSTER.story_sent(STORY),
        CLUSTER.story_texts(STORY),
        CLUSTER.story_chats(STORY),
    ],
    "bot.store.feedback record": [CLUSTER.feedback(), CLUSTER.feedback_day("2026-12-04")],
}

# Keys only ever used one at a time (single commands, or pipelines without MULTI).
ALONE = {"articles", "notices", "admins", "user_channels", "offer", "stats", "sent",
         "embedded_users", "card", "body"}  # fmt: skip


def test_every_script_s_keys_hash_to_one_slot() -> None:
    for where, keys in TOGETHER.items():
        slots = {key: key_slot(key.encode()) for key in keys}
        assert len(set(slots.values())) == 1, f"{where}: {slots}"


# The arguments the groups above build each per-entity key with.
SAMPLE: dict[str, tuple[object, ...]] = {
    "seen": (FEED,), "feed_state": (FEED,), "seen_handoff": (FEED,), "console_seen": (FEED,),
    "chat": (CHAT,), "chat_terms": (CHAT,), "chat_config_terms": (CHAT,),
    "flood": (f"chat:{CHAT}",), "flood_hold": (CHAT,), "digest": (CHAT,),
    "story_article": ("a-1",), "story_df": (20_420,), "story_sent": (STORY,),
    "story_texts": (STORY,), "story_chats": (STORY,), "feedback_day": ("2026-12-04",),
}  # fmt: skip


def test_every_key_is_either_grouped_with_its_script_siblings_or_used_alone() -> None:
    builders = {
        name for name, _ in inspect.getmembers(Keys, inspect.isfunction)
        if not name.startswith("_") and name != "pattern"
    }  # fmt: skip
    assert builders >= ALONE
    grouped = [key for keys in TOGETHER.values() for key in keys]
    for name in sorted(builders - ALONE):
        built = getattr(CLUSTER, name)(*SAMPLE.get(name, ()))
        assert built in grouped, f"Keys.{name} is in no group: add it to TOGETHER or ALONE"


def test_feeds_chats_digests_and_stories_spread_but_each_stays_in_its_slot() -> None:
    feeds = {key_slot(CLUSTER.seen(f"feed-{n}").encode()) for n in range(50)}
    stories = {key_slot(CLUSTER.story_chats(f"story-{n}").encode()) for n in range(50)}
    assert len(feeds) > 40 and len(stories) > 40  # one slot per feed and per story


def test_a_single_server_keeps_the_names_it_always_had() -> None:
    single = Keys("rasd")
    assert single.seen(FEED) == f"rasd:seen:{FEED}"
    assert single.chat_terms(CHAT) == f"rasd:chat:{CHAT}:terms"
    assert single.outbox_delayed() == "rasd:outbox:delayed"
    assert single.story_sent(STORY) == f"rasd:story:{STORY}:sent"
    assert single.flood(f"chat:{CHAT}") == f"rasd:flood:chat:{CHAT}"
    assert CLUSTER.seen(FEED) == f"rasd:{{feed:{FEED}}}:seen:{FEED}"


def test_every_key_of_a_prefix_matches_its_scan_pattern_on_a_cluster_too() -> None:
    keys = Keys("rasdtest-x", cluster=True)
    for built in (keys.seen(FEED), keys.chat(CHAT), keys.outbox(), keys.sent("a")):
        assert fnmatch.fnmatchcase(built, keys.pattern())
