"""`rasd run`: every role in one process, or one role; console mode without a token."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from zoneinfo import ZoneInfo

from redis.asyncio import Redis

from bot.app.commands.common import add_config_option, load_or_explain
from bot.app.console import ConsoleMode, ConsoleOptions, SampleUse, console_feeds
from bot.app.console_view import ConsoleStyle
from bot.app.ctrl_c import EARLY_CTRL_C
from bot.app.embedded_redis import EmbeddedRedisError
from bot.app.heartbeat import Problems, beat, heartbeat_path
from bot.app.metrics_server import heartbeat_health, start_metrics_server
from bot.app.redis_endpoint import RedisUnreachableError, connect, redis_endpoint
from bot.app.roles import Role, RoleFailedError, run_roles
from bot.app.telegram_link import TokenRejectedError
from bot.config import Config
from bot.logs import redact, setup_logging
from bot.store.feed_config import configured_feeds, fetch_policy
from bot.store.keyspace import keys_for

ROLES: tuple[Role, ...] = ("bot", "poller", "sender")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `rasd run`."""
    parser = sub.add_parser(
        "run",
        help="run Rasd (console mode when TELEGRAM_BOT_TOKEN is unset)",
        description=(
            "Run every role (bot, poller, sender) in one process, or one role with --role. "
            "Without TELEGRAM_BOT_TOKEN, Rasd runs in console mode: it polls the feeds and "
            "prints the alerts it would send for console.terms in config.yaml. Without "
            "REDIS_URL it starts a private redis-server with its data under data_dir."
        ),
    )
    add_config_option(parser)
    parser.add_argument("--role", choices=ROLES, help="run only this role (default: all)")
    sample = parser.add_mutually_exclusive_group()
    sample.add_argument(
        "--sample", dest="sample", action="store_const", const="only", default="with",
        help="console mode: poll only the bundled sample feed (works offline)",
    )  # fmt: skip
    sample.add_argument(
        "--no-sample", dest="sample", action="store_const", const="off",
        help="console mode: leave out the bundled sample feed",
    )  # fmt: skip
    parser.add_argument(
        "--once", action="store_true", help="console mode: poll once, print, and exit"
    )
    parser.add_argument(
        "--metrics-port", type=int, metavar="PORT",
        help="port of /metrics and /health (0: off; default: metrics.port in config.yaml); "
        "several processes on one host need one each",
    )  # fmt: skip
    parser.set_defaults(handler=_run)


def _stop_event() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        # A shell starts `rasd run &` with Ctrl-C ignored, and Python keeps it ignored
        # until here: taking it over now would stop on a Ctrl-C sent later but not on
        # one sent a moment earlier. Ignored stays ignored; SIGTERM still stops.
        if signal.getsignal(sig) is not signal.SIG_IGN:
            loop.add_signal_handler(sig, stop.set)
    if EARLY_CTRL_C.seen:  # a Ctrl-C during the start that a library swallowed
        stop.set()
    return stop


Main = Callable[[Redis, asyncio.Event, Problems], Awaitable[None]]


async def _serve(config: Config, redis_url: str, main: Main) -> None:
    """Run ``main`` beside the heartbeat until it returns or a signal stops it."""
    stop = _stop_event()
    redis = await connect(redis_url)
    problems = Problems()
    heart = asyncio.create_task(
        beat(redis, heartbeat_path(config.settings.data_dir), stop, problems)
    )
    try:
        await main(redis, stop, problems)
    finally:
        stop.set()
        try:
            await heart
        finally:
            await redis.aclose()


def _console_main(config: Config, sample: SampleUse, once: bool) -> Main:
    settings = config.settings
    options = ConsoleOptions(
        feeds=console_feeds(configured_feeds(config), sample),
        terms=tuple(settings.console.terms),
        interval=settings.poll_interval,
        rounds=1 if once else None,
        style=ConsoleStyle(color=sys.stdout.isatty(), timezone=ZoneInfo(settings.timezone)),
        policy=fetch_policy(config),
    )

    async def main(redis: Redis, stop: asyncio.Event, _problems: Problems) -> None:
        keys = keys_for(redis, settings.key_prefix)
        await ConsoleMode(redis, keys, options, sys.stdout).run(stop)

    return main


def _telegram_main(config: Config, roles: tuple[Role, ...]) -> Main:
    async def main(redis: Redis, stop: asyncio.Event, problems: Problems) -> None:
        await run_roles(config, redis, roles, stop, problems)

    return main


@contextmanager
def metrics_endpoint(config: Config, port: int | None, roles: Sequence[str]) -> Iterator[None]:
    """Serve /metrics and /health while the block runs (never fatal: see bot.app.metrics_server)."""
    settings = config.settings.metrics
    if port is not None:
        settings = settings.model_copy(update={"port": port})
    health = heartbeat_health(heartbeat_path(config.settings.data_dir), tuple(roles))
    server = start_metrics_server(settings, health)
    try:
        yield
    finally:
        if server is not None:
            server.stop()


def _run(args: argparse.Namespace) -> int:
    config = load_or_explain(args)
    if config is None:
        return 2
    setup_logging(log_format=config.env.log_format, secrets=config.env.secrets())
    refused = _refused_options(args, config)
    if refused:
        print(f"rasd: {refused}", file=sys.stderr)
        return 2
    sample: SampleUse = args.sample if config.settings.console.sample else "off"
    try:
        with redis_endpoint(config) as redis_url:
            roles: tuple[str, ...]
            if config.env.telegram_token is None and args.role is None:
                roles, main = ("console",), _console_main(config, sample, args.once)
            else:
                chosen: tuple[Role, ...] = (args.role,) if args.role else ROLES
                roles, main = chosen, _telegram_main(config, chosen)
            with metrics_endpoint(config, args.metrics_port, roles):
                asyncio.run(_serve(config, redis_url, main))
    except EmbeddedRedisError as exc:
        print(f"rasd: cannot start the embedded Redis: {exc}", file=sys.stderr)
        return 1
    except RedisUnreachableError as exc:
        print(f"rasd: {exc}", file=sys.stderr)
        return 1
    except RoleFailedError as exc:
        print(f"rasd: {redact(str(exc), config.env.secrets())}", file=sys.stderr)
        return 2 if isinstance(exc.cause, TokenRejectedError) else 1
    return 0


def _refused_options(args: argparse.Namespace, config: Config) -> str | None:
    """Say why the options do not fit together, or None when they do."""
    token_set = config.env.telegram_token is not None
    if args.role in ("bot", "sender") and not token_set:
        return f"the {args.role} role needs TELEGRAM_BOT_TOKEN in the environment"
    console_only = [name for name, given in (
        ("--once", args.once), ("--sample", args.sample == "only"),
        ("--no-sample", args.sample == "off"),
    ) if given]  # fmt: skip
    if console_only and (token_set or args.role):
        verb = "applies" if len(console_only) == 1 else "apply"
        return (
            f"{' and '.join(console_only)} {verb} only to console mode, which runs without "
            "TELEGRAM_BOT_TOKEN and --role; for a preview with the token set, run "
            "`TELEGRAM_BOT_TOKEN= rasd run --once`"
        )
    return None
