"""Chats' terms: add, remove, move, config sync, and the change log matchers replay."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any

import pytest
from redis.asyncio import Redis

from bot.keys import Keys
from bot.settings import TeamSettings
from bot.store import subscriptions as subscriptions_module
from bot.store.chats import ChatStore
from bot.store.subscriptions import Change, Subscriptions
from tests.redis_cluster import ON_SINGLE_AND_CLUSTER

pytestmark = ON_SINGLE_AND_CLUSTER

USER = 7001
OTHER = 7002
GROUP = -6001
SUPERGROUP = -1006001
TEAM = -1008001


def ops(changes: Iterable[Change] | None) -> list[tuple[str, int, str]]:
    assert changes is not None
    return [(change.op, change.chat_id, change.term) for change in changes]


def replayed(snapshot: dict[int, list[str]], changes: Iterable[Change]) -> dict[int, set[str]]:
    state = {chat_id: set(terms) for chat_id, terms in snapshot.items()}
    for change in changes:
        terms = state.setdefault(change.chat_id, set())
        if change.op == "add":
            terms.add(change.term)
        else:
            terms.discard(change.term)
    return {chat_id: terms for chat_id, terms in state.items() if terms}


async def current(subs: Subscriptions) -> dict[int, set[str]]:
    _, snapshot = await subs.snapshot()
    return {chat_id: set(terms) for chat_id, terms in snapshot.items()}


async def changes_since(subs: Subscriptions, position: str) -> list[Change]:
    changes = await subs.changes_after(position)
    assert changes is not None
    return changes


def team(chat_id: int, *terms: str) -> TeamSettings:
    return TeamSettings(chat_id=chat_id, terms=list(terms))


async def test_add_reports_added_present_and_full(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    assert await subs.add(USER, "روسيا", 2) == "added"
    assert await subs.add(USER, "روسيا", 2) == "present"
    assert await subs.add(USER, "كوريا الشمالية", 2) == "added"
    assert await subs.add(USER, "إيران", 2) == "full"
    assert await subs.add(USER, "روسيا", 2) == "present"  # present wins over full
    assert await subs.terms(USER) == ["روسيا", "كوريا الشمالية"]
    assert await subs.count(USER) == 2
    assert await subs.terms(OTHER) == []
    assert await subs.count(OTHER) == 0


async def test_concurrent_adds_never_pass_the_limit(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    outcomes = await asyncio.gather(*(subs.add(USER, f"مدينة {n}", 10) for n in range(50)))
    assert outcomes.count("added") == 10
    assert outcomes.count("full") == 40
    assert await subs.count(USER) == 10


async def test_remove_reports_removed_absent_and_config(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(USER, "روسيا", 10)
    assert await subs.remove(USER, "روسيا") == "removed"
    assert await subs.remove(USER, "روسيا") == "absent"
    assert await subs.remove(USER, "لم تضف قط") == "absent"
    await subs.sync_config([team(TEAM, "السودان")])
    assert await subs.remove(TEAM, "السودان") == "config"
    assert await subs.terms(TEAM) == ["السودان"]
    assert await subs.is_from_config(TEAM, "السودان")
    assert not await subs.is_from_config(USER, "روسيا")


async def test_terms_are_listed_in_the_order_they_were_added(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    added = ["يوسف", "أحمد", "زينب", "باسل", "مريم", "تامر"]
    for term in added:
        await subs.add(USER, term, 100)
    assert await subs.terms(USER) == added


@pytest.mark.parametrize(
    "clock",
    [
        pytest.param(lambda n: 1_700_000_000.0, id="clock-standing-still"),
        pytest.param(lambda n: 1_700_000_000.0 - n, id="clock-going-back"),
    ],
)
async def test_add_order_survives_a_clock_that_does_not_advance(
    redis: Redis, keys: Keys, monkeypatch: pytest.MonkeyPatch, clock: Any
) -> None:
    calls = iter(range(1000))
    monkeypatch.setattr(
        subscriptions_module, "time", SimpleNamespace(time=lambda: clock(next(calls)))
    )
    subs = Subscriptions(redis, keys)
    added = ["يوسف", "أحمد", "زينب", "باسل"]
    for term in added:
        await subs.add(USER, term, 100)
    assert await subs.terms(USER) == added


async def test_every_change_is_logged_in_order(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(OTHER, "بداية", 10)
    position = await subs.log_position()
    await subs.add(USER, "روسيا", 10)
    await subs.add(USER, "روسيا", 10)  # present: not a change
    await subs.add(OTHER, "إيران", 10)
    await subs.add(USER, "مصر", 1)  # full: not a change
    await subs.remove(USER, "روسيا")
    await subs.remove(USER, "روسيا")  # absent: not a change
    await subs.add(USER, "روسيا", 10)
    assert ops(await subs.changes_after(position)) == [
        ("add", USER, "روسيا"),
        ("add", OTHER, "إيران"),
        ("remove", USER, "روسيا"),
        ("add", USER, "روسيا"),
    ]
    assert await subs.changes_after(await subs.log_position()) == []


async def test_changes_after_pages_through_the_log(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(USER, "بداية", 10)
    position = await subs.log_position()
    added = [f"حرف {letter}" for letter in ("أ", "ب", "ت", "ث", "ج")]
    for term in added:
        await subs.add(USER, term, 10)
    pages: list[list[str]] = []
    while page := await subs.changes_after(position, count=2):
        pages.append([change.term for change in page])
        position = page[-1].entry_id
    assert pages == [added[0:2], added[2:4], added[4:]]


async def test_a_snapshot_plus_the_changes_after_it_is_the_current_state(
    redis: Redis, keys: Keys
) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(USER, "روسيا", 10)
    await subs.add(USER, "إيران", 10)
    await subs.add(GROUP, "السودان", 10)
    await subs.add(OTHER, "ليبيا", 10)
    await subs.remove(OTHER, "ليبيا")  # a chat with no terms left is not in the snapshot
    position, snapshot = await subs.snapshot()
    assert snapshot == {USER: ["روسيا", "إيران"], GROUP: ["السودان"]}
    assert position == await subs.log_position()

    # Changes made after the snapshot was taken, before the matcher replays them.
    await subs.remove(USER, "روسيا")
    await subs.add(OTHER, "اليمن", 10)
    await subs.add(USER, "روسيا البيضاء", 10)
    await subs.move(GROUP, SUPERGROUP)
    assert replayed(snapshot, await changes_since(subs, position)) == await current(subs)
    assert await current(subs) == {
        USER: {"إيران", "روسيا البيضاء"},
        OTHER: {"اليمن"},
        SUPERGROUP: {"السودان"},
    }


async def test_a_change_replayed_twice_changes_nothing(redis: Redis, keys: Keys) -> None:
    """A change landing between reading the position and the terms is in both."""
    subs = Subscriptions(redis, keys)
    await subs.add(USER, "روسيا", 10)
    position = await subs.log_position()
    await subs.add(USER, "إيران", 10)
    _, snapshot = await subs.snapshot()  # already holds إيران
    assert replayed(snapshot, await changes_since(subs, position)) == {USER: {"روسيا", "إيران"}}


async def test_a_log_trimmed_past_the_position_says_so(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(USER, "روسيا", 10)
    old = await subs.log_position()
    for term in ("إيران", "العراق", "سوريا"):
        await subs.add(USER, term, 10)
    await redis.xtrim(keys.term_changes(), maxlen=1, approximate=False)
    assert await subs.changes_after(old) is None
    assert await subs.changes_after("0-0") is None
    newest = await subs.log_position()
    assert await subs.changes_after(newest) == []
    await subs.add(USER, "لبنان", 10)
    assert ops(await subs.changes_after(newest)) == [("add", USER, "لبنان")]


async def test_a_position_still_in_a_trimmed_log_loses_nothing(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    for term in ("روسيا", "إيران", "العراق"):
        await subs.add(USER, term, 10)
    kept = await subs.log_position()
    await subs.add(USER, "سوريا", 10)
    await redis.xtrim(keys.term_changes(), maxlen=2, approximate=False)
    assert ops(await subs.changes_after(kept)) == [("add", USER, "سوريا")]


async def test_trimming_is_detected_on_servers_without_entries_added(
    redis: Redis, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Redis before 7.0 does not count the entries ever added to a stream."""
    real = redis.xinfo_stream

    async def older_server(name: str) -> dict[str, Any]:
        info = dict(await real(name))
        info.pop("entries-added", None)
        return info

    monkeypatch.setattr(redis, "xinfo_stream", older_server)
    subs = Subscriptions(redis, keys)
    await subs.add(USER, "روسيا", 10)
    old = await subs.log_position()
    await subs.add(USER, "إيران", 10)
    assert ops(await subs.changes_after(old)) == [("add", USER, "إيران")]
    await subs.add(USER, "العراق", 10)
    await redis.xtrim(keys.term_changes(), maxlen=1, approximate=False)
    assert await subs.changes_after(old) is None


async def test_move_takes_terms_settings_and_config_terms_to_the_new_id(
    redis: Redis, keys: Keys
) -> None:
    subs, chats = Subscriptions(redis, keys), ChatStore(redis, keys)
    await chats.ensure(GROUP, "group", "غرفة الأخبار", "en")
    await chats.set_paused(GROUP, True)
    await subs.sync_config([team(GROUP, "السودان")])
    await subs.add(GROUP, "روسيا", 10)
    position = await subs.log_position()

    assert await subs.move(GROUP, SUPERGROUP) is True

    assert await subs.terms(SUPERGROUP) == ["السودان", "روسيا"]
    assert await subs.terms(GROUP) == []
    moved = await chats.get(SUPERGROUP)
    assert moved is not None
    assert (moved.kind, moved.title, moved.lang, moved.paused) == (
        "supergroup", "غرفة الأخبار", "en", True,
    )  # fmt: skip
    assert await chats.get(GROUP) is None
    assert await subs.remove(SUPERGROUP, "السودان") == "config"
    assert not await subs.is_from_config(GROUP, "السودان")
    assert await chats.all_ids() == [SUPERGROUP]
    assert ops(await subs.changes_after(position)) == [
        ("remove", GROUP, "السودان"),
        ("add", SUPERGROUP, "السودان"),
        ("remove", GROUP, "روسيا"),
        ("add", SUPERGROUP, "روسيا"),
    ]


async def test_a_second_move_changes_nothing(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(GROUP, "روسيا", 10)
    assert await subs.move(GROUP, SUPERGROUP) is True
    position = await subs.log_position()
    assert await subs.move(GROUP, SUPERGROUP) is False
    assert await subs.changes_after(position) == []
    assert await subs.terms(SUPERGROUP) == ["روسيا"]


async def test_moving_an_unknown_chat_changes_nothing(redis: Redis, keys: Keys) -> None:
    subs, chats = Subscriptions(redis, keys), ChatStore(redis, keys)
    assert await subs.move(GROUP, SUPERGROUP) is False
    assert await chats.get(SUPERGROUP) is None
    assert await chats.all_ids() == []


async def test_moving_a_chat_onto_itself_keeps_it(redis: Redis, keys: Keys) -> None:
    subs, chats = Subscriptions(redis, keys), ChatStore(redis, keys)
    await chats.ensure(SUPERGROUP, "supergroup", "", "ar")
    await subs.add(SUPERGROUP, "روسيا", 10)
    assert await subs.move(SUPERGROUP, SUPERGROUP) is False
    assert await subs.terms(SUPERGROUP) == ["روسيا"]
    assert await chats.all_ids() == [SUPERGROUP]


async def test_moving_into_a_chat_with_terms_merges_them(redis: Redis, keys: Keys) -> None:
    subs, chats = Subscriptions(redis, keys), ChatStore(redis, keys)
    await chats.ensure(GROUP, "group", "قديمة", "ar")
    await subs.add(GROUP, "روسيا", 10)
    await subs.add(GROUP, "إيران", 10)
    await chats.ensure(SUPERGROUP, "supergroup", "جديدة", "en")
    await subs.add(SUPERGROUP, "إيران", 10)
    await subs.add(SUPERGROUP, "العراق", 10)
    assert await subs.move(GROUP, SUPERGROUP) is True
    assert sorted(await subs.terms(SUPERGROUP)) == sorted(["روسيا", "إيران", "العراق"])
    merged = await chats.get(SUPERGROUP)
    assert merged is not None
    assert (merged.title, merged.lang) == ("جديدة", "en")  # the new chat's own settings win
    assert await current(subs) == {SUPERGROUP: {"روسيا", "إيران", "العراق"}}


async def test_sync_config_adds_declared_terms_and_marks_them(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    await subs.sync_config([team(TEAM, "السودان", "ليبيا", "السودان"), team(GROUP, "اليمن")])
    assert await subs.terms(TEAM) == ["السودان", "ليبيا"]
    assert await subs.terms(GROUP) == ["اليمن"]
    assert await subs.remove(TEAM, "ليبيا") == "config"
    assert await subs.remove(GROUP, "اليمن") == "config"


async def test_sync_config_removes_dropped_terms_but_not_user_added_ones(
    redis: Redis, keys: Keys
) -> None:
    subs = Subscriptions(redis, keys)
    await subs.sync_config([team(TEAM, "السودان", "ليبيا"), team(GROUP, "اليمن")])
    await subs.add(TEAM, "تونس", 10)
    await subs.add(GROUP, "الجزائر", 10)
    await subs.sync_config([team(TEAM, "السودان")])  # ليبيا dropped; GROUP no longer a team
    assert await subs.terms(TEAM) == ["السودان", "تونس"]
    assert await subs.terms(GROUP) == ["الجزائر"]
    assert await subs.remove(TEAM, "تونس") == "removed"
    assert await subs.remove(GROUP, "الجزائر") == "removed"


async def test_sync_config_is_idempotent(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    teams = [team(TEAM, "السودان", "ليبيا")]
    await subs.sync_config(teams)
    position = await subs.log_position()
    await subs.sync_config(teams)
    assert await subs.changes_after(position) == []
    assert await subs.terms(TEAM) == ["السودان", "ليبيا"]


async def test_config_terms_are_stored_even_when_users_filled_the_chat(
    redis: Redis, keys: Keys
) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(TEAM, "تونس", 2)
    await subs.add(TEAM, "مصر", 2)
    await subs.sync_config([team(TEAM, "السودان")])
    assert await subs.terms(TEAM) == ["تونس", "مصر", "السودان"]
    assert await subs.add(TEAM, "ليبيا", 2) == "full"


async def test_config_sync_changes_are_logged(redis: Redis, keys: Keys) -> None:
    subs = Subscriptions(redis, keys)
    await subs.add(USER, "بداية", 10)
    position = await subs.log_position()
    await subs.sync_config([team(TEAM, "السودان", "ليبيا")])
    await subs.sync_config([team(TEAM, "السودان")])
    assert ops(await subs.changes_after(position)) == [
        ("add", TEAM, "السودان"),
        ("add", TEAM, "ليبيا"),
        ("remove", TEAM, "ليبيا"),
    ]
