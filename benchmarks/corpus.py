"""Load the real news corpus that the matcher benchmarks run on.

The corpus is the ANT Corpus v2.1 (multi-source), of which a subset lives
outside this repository, in ``../shared/corpus/ant_multisource``:

    A. Chouigui, O. Ben Khiroun, B. Elayeb, "An Arabic Multi-source News Corpus:
    Experimenting on Single-document Extractive Summarization", Arabian Journal
    for Science and Engineering 46(8), 2021, doi:10.1007/s13369-020-05258-z
    (https://antcorpus.github.io)

Its licence is unclear, so no article text is ever copied into this
repository: the benchmarks read it from its own folder at run time and refer to
articles by their relative path only. Set ``RASD_CORPUS`` to read it elsewhere.
"""

from __future__ import annotations

import html
import os
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "ant_multisource"

# The files are TREC-style pseudo-XML, not XML: they are not well-formed (raw
# "&" and "<" occur in the text), so a tolerant regex per field is the reliable
# way to read them.
_FIELD = {
    name: re.compile(rf"<{name}>(.*?)</{name}>", re.DOTALL)
    for name in ("DOCNO", "TITLE", "ABSTRACT")
}
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Record:
    """One corpus article, reduced to what an RSS item carries: title and abstract."""

    path: str  # relative to the corpus root, with "/" separators
    docno: str
    title: str
    abstract: str

    @property
    def text(self) -> str:
        """Title and abstract as one string, as the baselines see them."""
        return f"{self.title} {self.abstract}"


class CorpusMissingError(RuntimeError):
    """The corpus folder is absent or holds no article files."""


def corpus_root() -> Path:
    """The corpus folder: ``$RASD_CORPUS`` or the shared default."""
    env = os.environ.get("RASD_CORPUS")
    return Path(env) if env else DEFAULT_CORPUS


def _field(name: str, raw: str) -> str:
    found = _FIELD[name].search(raw)
    if found is None:
        return ""
    # Feed text may carry entities such as &quot;; an RSS reader would have
    # decoded them before the matcher sees the text, so we do too.
    return _SPACES.sub(" ", html.unescape(found.group(1))).strip()


def parse_file(root: Path, path: Path) -> Record:
    """Read one article file into a record."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    return Record(
        path=path.relative_to(root).as_posix(),
        docno=_field("DOCNO", raw),
        title=_field("TITLE", raw),
        abstract=_field("ABSTRACT", raw),
    )


@lru_cache(maxsize=4)
def _load(root: Path) -> tuple[Record, ...]:
    if not root.is_dir():
        raise CorpusMissingError(f"corpus folder not found: {root}")
    files = sorted(root.glob("*/*/*.txt"))
    if not files:
        raise CorpusMissingError(f"no article files (<outlet>/<category>/*.txt) under {root}")
    return tuple(parse_file(root, f) for f in files)


def load_corpus(root: Path | None = None) -> list[Record]:
    """Every article of the corpus, sorted by path."""
    return list(_load((root or corpus_root()).resolve()))


def load_or_exit(root: Path | None = None) -> list[Record]:
    """Like :func:`load_corpus`, but a missing corpus ends the script with exit 2."""
    try:
        return load_corpus(root)
    except CorpusMissingError as exc:
        print(
            f"error: {exc}\n"
            "The benchmarks need the ANT multi-source corpus (see ../shared/corpus/SOURCES.md);\n"
            "set RASD_CORPUS to the folder holding <Outlet>/<category>/*.txt.",
            file=sys.stderr,
        )
        raise SystemExit(2) from exc


def by_path(records: list[Record]) -> dict[str, Record]:
    """Index records by their relative path."""
    return {r.path: r for r in records}
