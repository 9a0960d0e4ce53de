"""`rasd check-config`: validate config.yaml and the environment, and say what is set."""

from __future__ import annotations

import argparse

from bot.app.commands.common import add_config_option, load_or_explain


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `rasd check-config`."""
    parser = sub.add_parser(
        "check-config",
        help="validate the config file and environment",
        description="Validate config.yaml (or --config, $RASD_CONFIG); exit 2 naming each problem.",
    )
    add_config_option(parser)
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    config = load_or_explain(args)
    if config is None:
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
