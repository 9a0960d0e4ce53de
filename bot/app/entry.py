"""The `rasd` command's entry point: Ctrl-C at any moment is a stop, not a crash.

Rasd's modules are imported inside main(), so a Ctrl-C while Python is
still loading them (a second or more on a slow machine) is caught too.
"""

from __future__ import annotations

import sys


def main() -> int:
    """Run the `rasd` command line; Ctrl-C before `rasd run` listens for it exits 130 quietly."""
    try:
        from bot.app.cli import main as cli_main  # inside the guard on purpose

        return cli_main()
    except KeyboardInterrupt:
        print("rasd: interrupted", file=sys.stderr)
        return 130
