"""Config files written for tests that run `rasd` as a subprocess."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import yaml

from bot.keys import Keys


def write_config(
    tmp_path: Path,
    keys: Keys,
    feeds: Sequence[tuple[str, str]] = (),
    settings: Mapping[str, object] | None = None,
    **more: object,
) -> Path:
    """Write config.yaml with the test's own key prefix and data folder; return its path."""
    data = {
        "key_prefix": keys.prefix,
        "feeds": [{"name": name, "url": url} for name, url in feeds],
        "data_dir": str(tmp_path / "data"),
        "timezone": "UTC",
        **(settings or {}),
        **more,
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path
