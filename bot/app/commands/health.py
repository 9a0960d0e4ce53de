"""`rasd health`: exit 0 when a Rasd on this data folder beat recently (for healthchecks)."""

from __future__ import annotations

import argparse

from bot.app.commands.common import add_config_option, load_or_explain
from bot.app.heartbeat import age, heartbeat_path, problems_in


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `rasd health`."""
    parser = sub.add_parser(
        "health",
        help="check that a running Rasd is alive and reaches Redis",
        description=(
            "Exit 0 if a `rasd run` using this config's data_dir reached Redis within "
            "--max-age seconds and reports no problem (such as Telegram not answering); "
            "exit 1 otherwise, naming what is wrong. Used by the Docker healthcheck."
        ),
    )
    add_config_option(parser)
    parser.add_argument("--max-age", type=float, default=60.0, metavar="SECONDS")
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    config = load_or_explain(args)
    if config is None:
        return 2
    seconds = age(heartbeat_path(config.settings.data_dir))
    if seconds is None:
        print("unhealthy: no heartbeat; is `rasd run` running with this config?")
        return 1
    if seconds > args.max_age:
        print(f"unhealthy: last heartbeat {seconds:.0f} s ago (limit {args.max_age:.0f} s)")
        return 1
    problems = problems_in(heartbeat_path(config.settings.data_dir))
    for subject, text in sorted(problems.items()):
        print(f"unhealthy: {subject}: {text}")
    if problems:
        return 1
    print(f"healthy: last heartbeat {seconds:.0f} s ago")
    return 0
