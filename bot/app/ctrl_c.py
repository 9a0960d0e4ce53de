"""A Ctrl-C during Rasd's start is remembered, even where a library swallows it.

Some C extensions drop an exception raised while they load (CPython's own
``_zoneinfo`` does), so the KeyboardInterrupt a Ctrl-C raises at that moment
vanishes and the start carries on. The handler installed here notes the Ctrl-C
before raising it, and `rasd run` stops at once when it finds the note.
"""

from __future__ import annotations

import signal
from types import FrameType


class CtrlC:
    """Raises KeyboardInterrupt on SIGINT, as Python does, and remembers that it did."""

    def __init__(self) -> None:
        self.seen = False

    def install(self) -> None:
        """Take over SIGINT, unless it is ignored or someone else handles it already."""
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            signal.signal(signal.SIGINT, self._on_sigint)

    def _on_sigint(self, _signum: int, _frame: FrameType | None) -> None:
        self.seen = True
        raise KeyboardInterrupt


EARLY_CTRL_C = CtrlC()  # one per process, as signal handlers are
