"""Articles of the ANT dev corpus with their body, for the full-text benchmarks.

``../shared/corpus/ant_dev_2018_03_04/`` (ANT Corpus v2.1, see
``benchmarks/corpus.py`` for the citation) keeps each item's RSS title and
abstract and the page's ``<TEXT>``, which plays the body a full-text feed would
give. Read at run time; articles are referred to by path only.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
DEV = "ant_dev_2018_03_04"
_FIELD = {
    name: re.compile(rf"<{name}>(.*?)</{name}>", re.DOTALL)
    for name in ("TITLE", "ABSTRACT", "TEXT", "URL")
}
_SPACES = re.compile(r"[ \t\r\f\v]+")


@dataclass(frozen=True, slots=True)
class BodyRecord:
    """One article: its path relative to the corpus folder, title, teaser, body and link."""

    path: str
    title: str
    teaser: str
    body: str
    url: str


def _field(name: str, raw: str) -> str:
    found = _FIELD[name].search(raw)
    text = html.unescape(found.group(1)) if found else ""
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def load(corpus: Path = CORPUS, folder: str = DEV) -> list[BodyRecord]:
    """Every article under corpus/folder, sorted by path."""
    files = sorted((corpus / folder).glob("*/*/*.txt"))
    if not files:
        raise SystemExit(f"error: no article files under {corpus / folder} (see SOURCES.md)")
    records = []
    for path in files:
        raw = path.read_text(encoding="utf-8", errors="replace")
        records.append(
            BodyRecord(
                path=path.relative_to(corpus).as_posix(),
                title=_field("TITLE", raw).replace("\n", " "),
                teaser=_field("ABSTRACT", raw).replace("\n", " "),
                body=_field("TEXT", raw),
                url=_field("URL", raw),
            )
        )
    return records
