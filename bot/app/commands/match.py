"""`rasd match`: run watch terms over JSON-lines articles and print the hits."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from bot.app.commands.json_lines import (
    EXIT_OK,
    InputError,
    add_articles_option,
    bad_input,
    input_lines,
    json_objects,
    unreadable,
    utf8,
)
from bot.match.matcher import Hit, MatchIndex, Text

_DESCRIPTION = """\
Match watch terms against articles, the way the bot would, and print one JSON
line per (article, term) match with the spans to highlight.

Terms file: one watch term per line, in the watch-term language
(words, "phrases" or «phrases», alternatives with |, exclusions with -,
exact spelling with =, headline and teaser only with a leading title: or
عنوان:). Blank lines and lines starting with # are skipped.

Articles: JSON lines {"id": ..., "title": "...", "summary": "...", "body": "..."}
(summary and body optional), from --articles FILE or standard input.
"""

_EPILOG = """\
example:
  printf '%s\\n' 'روسيا -"روسيا البيضاء"' 'ترامب | ترمب' > terms.txt
  echo '{"id": 1, "title": "وصول وفد إلى روسيا", "summary": ""}' | rasd match --terms terms.txt

exit status: 0 on success, 2 on a bad term or a bad article line.
"""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `match` subcommand."""
    parser = sub.add_parser(
        "match",
        help="match watch terms against JSON-lines articles",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--terms",
        required=True,
        type=Path,
        metavar="FILE",
        help="file with one watch term per line (UTF-8)",
    )
    add_articles_option(parser)
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    """Load the terms, stream the articles, print the hits; return the exit code."""
    out = utf8(sys.stdout)
    err = utf8(sys.stderr)
    try:
        index = _load_terms(args.terms)
        with input_lines(args.articles) as (lines, source):
            _match_lines(index, lines, source, out)
    except InputError as exc:
        return bad_input("match", str(exc), err)
    except OSError as exc:
        return bad_input("match", unreadable(exc), err)
    return EXIT_OK


def _load_terms(path: Path) -> MatchIndex:
    """Build the index from a terms file; refuse it at its first bad term."""
    index = MatchIndex()
    # utf-8-sig: a file saved by Notepad starts with a BOM that must not join the first term.
    text = path.read_text(encoding="utf-8-sig")
    lines: dict[str, int] = {}  # each term, by the line it first stands on
    for number, line in enumerate(text.splitlines(), start=1):
        term = line.strip()
        if term and not term.startswith("#"):
            lines.setdefault(term, number)
    # Loaded, not added: each term is compiled when an article first could match it.
    failed = index.add_many(lines)
    if failed:
        term, exc = next(iter(failed.items()))  # in the order loaded: the file's
        raise InputError(
            f"{path}:{lines[term]}: bad watch term «{term}»:\n  {exc.en}\n  {exc.ar}"
        ) from exc
    return index


def _match_lines(index: MatchIndex, lines: Iterable[str], source: str, out: TextIO) -> None:
    """Match every article line and write one JSON line per hit."""
    for article_id, article in _read_articles(lines, source):
        for hit in index.match(article):
            out.write(json.dumps(_record(article_id, article, hit), ensure_ascii=False) + "\n")
    out.flush()


def _read_articles(lines: Iterable[str], source: str) -> Iterator[tuple[Any, Text]]:
    """Yield (id, article) for each non-blank JSON line."""
    for where, data in json_objects(lines, source):
        fields = [data.get(name, "") for name in ("title", "summary", "body")]
        if not all(isinstance(value, str) for value in fields):
            raise InputError(f"{where}: title, summary and body must be strings")
        title, summary, body = fields
        yield data.get("id"), Text(title=title, summary=summary, body=body)


def _record(article_id: Any, article: Text, hit: Hit) -> dict[str, Any]:
    """Turn one hit into the JSON object users see."""
    spans = []
    for span in hit.spans:
        text = getattr(article, span.field)
        spans.append(
            {
                "field": span.field,
                "start": span.start,
                "end": span.end,
                "text": text[span.start : span.end],
            }
        )
    return {"id": article_id, "term": hit.term, "spans": spans}
