"""Admins: config.yaml's are fixed, others are added and removed by command."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.keys import Keys
from bot.store.admins import AdminStore

OWNER, DEPUTY = 300, 100
EDITOR, REPORTER, STRANGER = 250, 50, 999


async def test_configured_admins_are_admins_without_anything_stored(
    redis: Redis, keys: Keys
) -> None:
    admins = AdminStore(redis, keys, [OWNER, DEPUTY])
    assert await admins.is_admin(OWNER)
    assert await admins.is_admin(DEPUTY)
    assert not await admins.is_admin(STRANGER)
    assert await redis.exists(keys.admins()) == 0
    assert await admins.added() == []


async def test_add_and_remove_report_what_changed(redis: Redis, keys: Keys) -> None:
    admins = AdminStore(redis, keys, [OWNER])
    assert await admins.add(EDITOR) == "done"
    assert await admins.is_admin(EDITOR)
    assert await admins.add(EDITOR) == "unchanged"
    assert await admins.add(OWNER) == "unchanged"
    assert await admins.remove(EDITOR) == "done"
    assert not await admins.is_admin(EDITOR)
    assert await admins.remove(EDITOR) == "unchanged"
    assert await admins.remove(STRANGER) == "unchanged"


async def test_a_configured_admin_cannot_be_removed_by_command(redis: Redis, keys: Keys) -> None:
    admins = AdminStore(redis, keys, [OWNER])
    assert await admins.remove(OWNER) == "config"
    assert await admins.is_admin(OWNER)


async def test_added_admins_are_seen_by_another_process(redis: Redis, keys: Keys) -> None:
    await AdminStore(redis, keys, [OWNER]).add(EDITOR)
    assert await AdminStore(redis, keys, [OWNER]).is_admin(EDITOR)


async def test_everyone_lists_configured_admins_first_then_added_ones(
    redis: Redis, keys: Keys
) -> None:
    admins = AdminStore(redis, keys, [OWNER, DEPUTY])
    await admins.add(EDITOR)
    await admins.add(REPORTER)
    assert await admins.added() == [REPORTER, EDITOR]
    assert await admins.everyone() == [DEPUTY, OWNER, REPORTER, EDITOR]


async def test_an_admin_later_added_to_the_config_is_listed_once(redis: Redis, keys: Keys) -> None:
    await AdminStore(redis, keys, [OWNER]).add(EDITOR)
    admins = AdminStore(redis, keys, [OWNER, EDITOR])
    assert await admins.everyone() == [EDITOR, OWNER]
    assert await admins.remove(EDITOR) == "config"
