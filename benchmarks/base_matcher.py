"""The Rasd matcher as it was at an earlier commit, run beside today's in one benchmark.

``git archive`` writes that commit's ``bot/`` package into a temporary folder,
and a child Python process imports it from there (so the two versions of
``bot.match`` never share one interpreter). The child gets the terms and the
articles as JSON on stdin and answers, per article, the terms that matched.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
# The matcher before issue 12 (terms nobody had tried).
BASE_COMMIT = "1e68122"

# Runs in the child, whose working folder holds the old bot/ package: "" on
# sys.path is that folder, so `bot` resolves there and nowhere else.
_CHILD = """
import json, sys
import bot.match.matcher as m
assert m.__file__.startswith(sys.argv[1]), m.__file__
job = json.load(sys.stdin)
index = m.MatchIndex()
for term in job["terms"]:
    index.add(term)
out = {key: [hit.term for hit in index.match(m.Text(title, summary))]
       for key, title, summary in job["articles"]}
json.dump(out, sys.stdout)
"""


class BaseUnavailableError(RuntimeError):
    """The earlier commit cannot be read or its matcher cannot run."""


def _extract(commit: str, target: Path) -> None:
    """Write the commit's bot/ package under target."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", commit, "bot"],
        cwd=REPO_ROOT,
        capture_output=True,
        check=False,
    )
    if archive.returncode:
        raise BaseUnavailableError(archive.stderr.decode(errors="replace").strip())
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")


def base_hits(
    terms: Iterable[str], articles: Sequence[tuple[str, str, str]], commit: str = BASE_COMMIT
) -> dict[str, set[str]]:
    """Match (key, title, summary) articles with the commit's matcher; return terms per key."""
    with tempfile.TemporaryDirectory(prefix="rasd-base-") as folder:
        _extract(commit, Path(folder))
        job = json.dumps({"terms": list(terms), "articles": list(articles)})
        child = subprocess.run(
            [sys.executable, "-c", _CHILD, folder],
            cwd=folder,
            input=job,
            capture_output=True,
            text=True,
            check=False,
        )
    if child.returncode:
        raise BaseUnavailableError(child.stderr.strip().splitlines()[-1:])
    return {key: set(found) for key, found in json.loads(child.stdout).items()}
