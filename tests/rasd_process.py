"""`rasd run` as a real subprocess, for end-to-end tests."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def rasd_running(env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    """Run `rasd run` for the block, then stop it with SIGTERM; it must exit 0."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr


class RasdProcess:
    """`rasd ARGS` running in the background, its stdout and stderr kept in one log file."""

    def __init__(
        self, args: list[str], env: dict[str, str], log: Path, launch: Sequence[str] = ("-m", "bot")
    ) -> None:
        """Start `python LAUNCH ARGS`; LAUNCH is how Python is told to run Rasd."""
        self.log = log
        with log.open("wb") as sink:  # the child keeps its own copy
            self.process = subprocess.Popen(
                [sys.executable, *launch, *args], env=env, stdout=sink, stderr=sink
            )

    def output(self) -> str:
        """Return everything printed so far."""
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_for_output(self, text: str, timeout: float = 60) -> str:
        """Wait until the output holds text; return the output."""
        deadline = time.monotonic() + timeout
        while text not in (seen := self.output()):
            if self.process.poll() is not None:
                raise AssertionError(f"rasd exited ({self.process.returncode}) first:\n{seen}")
            if time.monotonic() > deadline:
                raise AssertionError(f"no {text!r} within {timeout} s:\n{seen}")
            time.sleep(0.05)
        return seen

    def finish(self, sig: int | None = signal.SIGTERM, timeout: float = 60) -> int:
        """Send sig (None: none, it ends by itself) and return the exit code."""
        if sig is not None and self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(timeout)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait(10)
