"""`rasd run` as a real subprocess, for end-to-end tests."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager


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
