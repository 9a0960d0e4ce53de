"""Logging set-up: one line per event, key=value context, to stderr."""

from __future__ import annotations

import logging


def setup_logging(level: str = "INFO") -> None:
    """Configure the root logger once, at start-up."""
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%Y-%m-%dT%H:%M:%S",
    )
    # httpx logs every request at INFO; that is noise next to our own lines.
    logging.getLogger("httpx").setLevel(logging.WARNING)
