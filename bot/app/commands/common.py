"""What every subcommand shares: the --config option and friendly config errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.config import Config, load_config
from bot.settings import SettingsError


def add_config_option(parser: argparse.ArgumentParser) -> None:
    """Add --config, which wins over RASD_CONFIG."""
    parser.add_argument(
        "--config", type=Path, metavar="PATH",
        help="config file (default: $RASD_CONFIG, else ./config.yaml)",
    )  # fmt: skip


def load_or_explain(args: argparse.Namespace) -> Config | None:
    """Load the config, or print what is wrong with it and return None."""
    try:
        return load_config(path=args.config)
    except SettingsError as exc:
        print(f"rasd: {exc}", file=sys.stderr)
        return None
