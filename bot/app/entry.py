"""The `rasd` command's entry point: Ctrl-C at any moment is a stop, not a crash.

Rasd's modules are imported inside main(), so a Ctrl-C while Python is
still loading them (a second or more on a slow machine) is caught too. An
error nothing else caught is logged, through the handler that blanks out the
token and Redis password once `rasd run` set logging up, rather than printed
raw by Python.
"""

from __future__ import annotations

import sys

from bot.app.ctrl_c import EARLY_CTRL_C


def main() -> int:
    """Run the `rasd` command line; Ctrl-C before `rasd run` listens for it exits 130 quietly."""
    EARLY_CTRL_C.install()
    try:
        from bot.app.cli import main as cli_main  # inside the guard on purpose

        return cli_main()
    except KeyboardInterrupt:
        print("rasd: interrupted", file=sys.stderr)
        return 130
    except Exception:
        import logging  # here, not above: the less runs before the guard, the better

        logging.getLogger("rasd").critical("rasd stopped on an unexpected error", exc_info=True)
        return 1
