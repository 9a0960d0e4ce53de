"""The two-month corpus story grouping is measured on, as timed articles in time order.

``../shared/corpus/ant_dev_2018_03_04/`` (ANT Corpus v2.1, March-April 2018,
five outlets; see ``../shared/corpus/SOURCES.md``): each file's TITLE, ABSTRACT,
URL and TIME (the RSS pubDate), read at run time; no article text is stored in
this repository. Articles are referred to by their path relative to
``../shared/corpus/``, as the labelled pairs do.
    A. Chouigui, O. Ben Khiroun, B. Elayeb, "An Arabic Multi-source News Corpus:
    Experimenting on Single-document Extractive Summarization", Arabian Journal
    for Science and Engineering 46(8), 2021, doi:10.1007/s13369-020-05258-z
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
DEV = "ant_dev_2018_03_04"
_FIELD = {
    name: re.compile(rf"<{name}>(.*?)</{name}>", re.DOTALL)
    for name in ("TITLE", "ABSTRACT", "URL", "TIME", "TEXT")
}
_SPACES = re.compile(r"\s+")
_DATE_IN_NAME = re.compile(r"-(\d{8})\.txt$")


@dataclass(frozen=True, slots=True)
class Timed:
    """One corpus article with what an RSS item carries, and when it was published."""

    path: str  # relative to SHARED
    outlet: str
    title: str
    abstract: str
    link: str
    published: datetime
    text: str  # the full body


def _field(name: str, raw: str) -> str:
    found = _FIELD[name].search(raw)
    return _SPACES.sub(" ", html.unescape(found.group(1))).strip() if found else ""


def _published(raw_time: str, path: Path) -> datetime:
    try:
        return parsedate_to_datetime(raw_time).astimezone(UTC)
    except (TypeError, ValueError, IndexError):
        found = _DATE_IN_NAME.search(path.name)
        if found is None:
            raise ValueError(f"{path}: no TIME and no date in the name") from None
        return datetime.strptime(found.group(1), "%Y%m%d").replace(tzinfo=UTC)


def load_timed(root: Path = SHARED, folder: str = DEV) -> list[Timed]:
    """Every article of the folder, by publication time (path breaks ties)."""
    base = root / folder
    if not base.is_dir():
        raise SystemExit(f"error: corpus folder not found: {base} (see shared/corpus/SOURCES.md)")
    found: list[Timed] = []
    for path in sorted(base.glob("*/*/*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        found.append(
            Timed(
                path=path.relative_to(root).as_posix(),
                outlet=path.relative_to(base).parts[0],
                title=_field("TITLE", raw),
                abstract=_field("ABSTRACT", raw),
                link=_field("URL", raw),
                published=_published(_field("TIME", raw), path),
                text=_field("TEXT", raw),
            )
        )
    return sorted(found, key=lambda item: (item.published, item.path))
