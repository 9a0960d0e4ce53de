"""Reading config.yaml: the file's text, its YAML, then its settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.settings import Settings, SettingsError
from bot.settings_validation import parse_settings


def load_settings(path: Path) -> Settings:
    """Read and validate a config file; relative data_dir is taken from the file's folder."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SettingsError(
            f"{path}: no such config file; copy config.yaml from the Rasd repository "
            "or point RASD_CONFIG at yours"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: cannot be read as UTF-8 text: {exc}") from None
    if not _has_content(text):
        raise SettingsError(
            f"{path}: is empty; Rasd would run with no feeds, admins or teams from it and "
            "remove the feeds it once declared. Write at least one key (`feeds: []` to "
            "declare none), or point RASD_CONFIG at the right file"
        )
    data = _parse_yaml(text, path)
    settings = parse_settings(data, str(path))
    if not settings.data_dir.is_absolute():
        settings = settings.model_copy(
            update={"data_dir": (path.parent / settings.data_dir).resolve()}
        )
    return settings


def _has_content(text: str) -> bool:
    lines = (line.strip() for line in text.splitlines())
    return any(line and not line.startswith("#") for line in lines)


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML's safe loader, refusing a key given twice in one mapping (YAML keeps the last)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[object, int] = {}
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if key in seen:
                raise yaml.MarkedYAMLError(
                    problem=f"the key {key!r} is given twice (lines {seen[key]} and {line}); "
                    "YAML would silently keep only the last one",
                    problem_mark=key_node.start_mark,
                )
            seen[key] = line
        return super().construct_mapping(node, deep)


def _parse_yaml(text: str, path: Path) -> object:
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        what = f"{exc.problem} ({exc.context})" if exc.context else str(exc.problem)
        raise SettingsError(f"{path}{where}: is not valid YAML: {what}") from None
    except yaml.YAMLError as exc:
        raise SettingsError(f"{path}: is not valid YAML: {exc}") from None
