"""`rasd check-config`: validate config.yaml and the environment, and say what is set.

Beyond what loading checks (every start does that), it looks up each config
feed's host and names those on private or local addresses while
allow_private_feeds is off: the poller would refuse them one by one later.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.app.commands.common import add_config_option, load_or_explain
from bot.config import Config
from feeds.url_guard import BlockedAddressError, check_public

LOOKUP_TIMEOUT = 10.0  # seconds for all the feeds' host lookups together


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `rasd check-config`."""
    parser = sub.add_parser(
        "check-config",
        help="validate the config file and environment",
        description=(
            "Validate config.yaml (or --config, $RASD_CONFIG) and the environment "
            "(TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL, REDIS_URL), and look up the config "
            "feeds' hosts; exit 2 naming each problem."
        ),
    )
    add_config_option(parser)
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    config = load_or_explain(args)
    if config is None:
        return 2
    blocked = asyncio.run(_private_feeds(config))
    if blocked:
        source = args.config or config.env.config_path
        print(f"rasd: {source} has {len(blocked)} problem(s):", file=sys.stderr)
        for line in blocked:
            print(f"  - {line}", file=sys.stderr)
        return 2
    settings, env = config.settings, config.env
    print(
        f"config OK: {len(settings.feeds)} feed(s), {len(settings.admins)} admin(s), "
        f"poll every {settings.poll_interval} s, time zone {settings.timezone}"
    )
    print(f"data_dir: {settings.data_dir}")
    print(
        f"telegram: {'token set' if env.telegram_token else 'no token (console mode)'}, "
        f"API {env.telegram_api_base_url}"
    )
    print(f"redis: {'REDIS_URL set' if env.redis_url else 'embedded (no REDIS_URL)'}")
    return 0


async def _private_feeds(config: Config) -> list[str]:
    """Name each config feed whose host is private or local while that is not allowed."""
    settings = config.settings
    if settings.allow_private_feeds:
        return []
    networks = tuple(settings.polling.private_networks)

    async def check(url: str) -> str | None:
        try:
            await check_public(url, allowed_networks=networks)
        except BlockedAddressError as exc:
            return str(exc)
        return None

    checks = [check(feed.url) for feed in settings.feeds]
    try:
        async with asyncio.timeout(LOOKUP_TIMEOUT):
            found = await asyncio.gather(*checks)
    except TimeoutError:
        return []  # no answer from DNS is not a config problem; the poller will say
    return [
        f"feeds[{index}].url: {problem}"
        for index, problem in enumerate(found)
        if problem is not None
    ]
