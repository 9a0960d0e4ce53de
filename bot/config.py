"""The settings and the environment together: what a Rasd process is started with.

Loaded once at start-up by the CLI and passed down; nothing else reads the
file or the environment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.config_file import load_settings
from bot.environment import Env
from bot.settings import Settings


@dataclass(frozen=True, slots=True)
class Config:
    """The settings and the environment, loaded once and passed down."""

    settings: Settings
    env: Env


def load_config(environ: Mapping[str, str] | None = None, path: Path | None = None) -> Config:
    """Load the environment, then the config file it (or the caller) points at."""
    env = Env.from_environ(environ)
    return Config(settings=load_settings(path or env.config_path), env=env)
