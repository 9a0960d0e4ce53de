"""`rasd feeds`: list, add, remove, enable, import and export feeds in the bot's own store,
and switch the fetching of item pages (full text) on or off."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.app.commands.common import add_config_option, load_or_explain
from bot.app.embedded_redis import EmbeddedRedisError
from bot.app.redis_endpoint import RedisUnreachableError, connect, redis_endpoint
from bot.config import Config
from bot.store.feed_admission import FeedRefusedError, checked_feed
from bot.store.feed_config import configured_feeds, feed_states
from bot.store.feed_health import health_rows
from bot.store.feed_table import render_table
from bot.store.keyspace import keys_for
from feeds.opml import OpmlError, OpmlFeed, read_opml, write_opml
from feeds.scheduled_poll import enable_feed
from feeds.store import FeedRecord, FeedStore

Action = Callable[[Config, Redis, argparse.Namespace], Awaitable[int]]


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `rasd feeds` and its subcommands."""
    parser = sub.add_parser(
        "feeds",
        help="list, add, remove, enable, import or export feeds",
        description=(
            "Manage the feeds the pollers poll, in the same Redis store the running bot "
            "uses. Feeds declared in config.yaml are listed too; change those in the file."
        ),
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="print every feed with its health")
    listing.set_defaults(action_handler=_list)
    add = actions.add_parser("add", help="add a feed by URL")
    add.add_argument("url", help="http(s) URL of an RSS or Atom feed")
    add.add_argument("--name", help="name shown in alerts (default: the site's host name)")
    add.add_argument("--interval", type=int, metavar="SECONDS", help="seconds between polls")
    add.add_argument(
        "--full-text",
        action="store_true",
        help="fetch each new item's web page and match its main text too",
    )
    add.set_defaults(action_handler=_add)
    full = actions.add_parser(
        "full-text", help="switch fetching of item pages on or off for a stored feed"
    )
    full.add_argument("feed", help="the feed's id, URL or name")
    full.add_argument("state", choices=("on", "off"), help="on: fetch item pages; off: stop")
    full.set_defaults(action_handler=_full_text)
    remove = actions.add_parser("remove", help="remove a feed (by id, URL or name)")
    remove.add_argument("feed", help="the feed's id, URL or name, as `rasd feeds list` shows")
    remove.set_defaults(action_handler=_remove)
    enable = actions.add_parser("enable", help="switch a disabled feed back on")
    enable.add_argument("feed", help="the feed's id, URL or name")
    enable.set_defaults(action_handler=_enable)
    opml_in = actions.add_parser("import", help="add every feed listed in an OPML file")
    opml_in.add_argument("file", type=Path, help="OPML file exported from a feed reader")
    opml_in.set_defaults(action_handler=_import)
    opml_out = actions.add_parser("export", help="write every feed as OPML")
    opml_out.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    opml_out.set_defaults(action_handler=_export)
    for action in (listing, add, full, remove, enable, opml_in, opml_out):
        add_config_option(action)
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    config = load_or_explain(args)
    if config is None:
        return 2
    try:
        with redis_endpoint(config) as redis_url:
            return asyncio.run(_with_store(config, redis_url, args))
    except (EmbeddedRedisError, RedisUnreachableError) as exc:
        print(f"rasd: {exc}", file=sys.stderr)
        return 1
    except RedisError as exc:
        print(
            f"rasd: Redis failed during the command: {exc}; nothing was lost, try again",
            file=sys.stderr,
        )
        return 1


async def _with_store(config: Config, redis_url: str, args: argparse.Namespace) -> int:
    redis = await connect(redis_url)
    try:
        # The same sync the poller does at start, so config feeds show before it has run.
        await _store(config, redis).sync_config(configured_feeds(config))
        action: Action = args.action_handler
        return await action(config, redis, args)
    finally:
        await redis.aclose()


def _store(config: Config, redis: Redis) -> FeedStore:
    return FeedStore(redis, keys_for(redis, config.settings.key_prefix))


async def _list(config: Config, redis: Redis, _args: argparse.Namespace) -> int:
    store = _store(config, redis)
    records = await store.all()
    if not records:
        print("no feeds yet; add one with: rasd feeds add URL --name NAME")
        return 0
    rows = await health_rows(store, feed_states(redis, keys_for(redis, config.settings.key_prefix)))
    print(render_table(rows, time.time()))
    return 0


async def _add(config: Config, redis: Redis, args: argparse.Namespace) -> int:
    try:
        feed = await checked_feed(config, args.url, args.name, args.interval)
    except FeedRefusedError as exc:
        print(f"rasd: not added: {exc}", file=sys.stderr)
        return 2
    feed = replace(feed, full_text=args.full_text)
    if not await _store(config, redis).add(feed):
        print(f"already there: {feed.url} (id {feed.id})")
        return 0
    pages = "; its item pages are fetched for full text" if feed.full_text else ""
    print(f"added {feed.name} (id {feed.id}){pages}; a running poller reads it within seconds")
    return 0


async def _full_text(config: Config, redis: Redis, args: argparse.Namespace) -> int:
    wanted = "true" if args.state == "on" else "false"
    fix = f"set full_text: {wanted} there (the next start applies it)"
    record = await _stored(config, redis, args.feed, fix)
    if record is None:
        return 2
    await _store(config, redis).set_full_text(record.feed.id, args.state == "on")
    if args.state == "on":
        print(f"{record.feed.name}: item pages are fetched for full text from its next new items")
    else:
        print(f"{record.feed.name}: item pages are no longer fetched")
    return 0


async def _find(config: Config, redis: Redis, ref: str) -> FeedRecord | None:
    record = await _store(config, redis).find(ref)
    if record is None:
        print(
            f"rasd: no feed {ref!r}; `rasd feeds list` shows ids, URLs and names", file=sys.stderr
        )
    return record


async def _stored(config: Config, redis: Redis, ref: str, fix: str) -> FeedRecord | None:
    """Find a feed the store owns; else say why not (a config.yaml one: ``fix``), return None."""
    record = await _find(config, redis, ref)
    if record is not None and record.origin == "config":
        print(f"rasd: {record.feed.name} is declared in config.yaml; {fix}", file=sys.stderr)
        return None
    return record


async def _remove(config: Config, redis: Redis, args: argparse.Namespace) -> int:
    fix = "delete it there (the next start removes it from the store)"
    record = await _stored(config, redis, args.feed, fix)
    if record is None:
        return 2
    await _store(config, redis).remove(record.feed.id)
    print(f"removed {record.feed.name} ({record.feed.url})")
    return 0


async def _enable(config: Config, redis: Redis, args: argparse.Namespace) -> int:
    record = await _find(config, redis, args.feed)
    if record is None:
        return 2
    states = feed_states(redis, keys_for(redis, config.settings.key_prefix))
    was_off = (await states.load(record.feed.id)).disabled is not None
    await enable_feed(_store(config, redis), states, record.feed.id)
    verb = "enabled" if was_off else "was not switched off; polling"
    print(f"{verb} {record.feed.name}; it is polled again now")
    return 0


async def _import(config: Config, redis: Redis, args: argparse.Namespace) -> int:
    try:
        listed = read_opml(args.file.read_bytes())
    except OSError as exc:
        print(f"rasd: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except OpmlError as exc:
        print(f"rasd: {args.file}: {exc}", file=sys.stderr)
        return 2
    store, added, present, refused = _store(config, redis), 0, 0, 0
    for item in listed:
        try:
            feed = await checked_feed(config, item.url, item.name, None)
        except FeedRefusedError as exc:
            print(f"skipped: {exc}")
            refused += 1
            continue
        if await store.add(feed):
            added += 1
        else:
            present += 1
    print(f"imported {args.file}: {added} added, {present} already there, {refused} skipped")
    return 0


async def _export(config: Config, redis: Redis, args: argparse.Namespace) -> int:
    records = await _store(config, redis).all()
    document = write_opml([OpmlFeed(url=r.feed.url, name=r.feed.name) for r in records])
    if args.output is None:
        sys.stdout.buffer.write(document)
        sys.stdout.flush()
    else:
        try:
            args.output.write_bytes(document)
        except OSError as exc:
            print(f"rasd: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        print(f"wrote {len(records)} feed(s) to {args.output}", file=sys.stderr)
    return 0
