"""The `rasd` command line: every subcommand registered in one place."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from bot.app.commands import check_config, feeds, health, match, run, stories


def build_parser() -> argparse.ArgumentParser:
    """Build the root parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="rasd",
        description="Rasd (رصد): Arabic-first news alerts for Telegram.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (run, check_config, match, health, feeds, stories):
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments and run the chosen subcommand."""
    # PTB 22 gives durations (retry_after) as timedelta only with this set, and
    # warns on every 429 otherwise; PTB 23 makes it the default.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except BrokenPipeError:
        # The reader went away (`rasd feeds list | head`): not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
