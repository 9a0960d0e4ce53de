"""`rasd stories`: give JSON-lines articles their story ids, the way the fan-out does."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from redis.asyncio import Redis

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
from bot.app.embedded_redis import EmbeddedRedis, EmbeddedRedisError
from bot.article import Article
from bot.deliver.stories import Stories
from bot.keys import Keys
from bot.settings import DeliverySettings

_DESCRIPTION = """\
Group articles into stories the way the fan-out does (the same code and the
default delivery settings: a 48 h window; on a private Redis started for the
run and removed after it), in the order given, each at its publication time,
and print one JSON line {"id": ..., "story": ...} per article. Articles with
the same story id are the same news event.

Articles: JSON lines {"id", "title", "summary", "link", "published" (ISO 8601),
"source"}, optionally "body" (the full text), from --articles FILE or standard
input. An article without "published" takes the time of the one before it.
"""

_EPILOG = """\
example:
  rasd stories --articles articles.jsonl > stories.jsonl

exit status: 0 on success, 2 on a bad article line (nothing is printed for it
or after it; the message names the line).
"""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `stories` subcommand."""
    parser = sub.add_parser(
        "stories",
        help="group JSON-lines articles into stories, as the fan-out does",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_articles_option(parser)
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    out, err = utf8(sys.stdout), utf8(sys.stderr)
    try:
        with (
            tempfile.TemporaryDirectory(prefix="rasd-stories-") as folder,
            EmbeddedRedis(Path(folder)) as server,
            input_lines(args.articles) as (lines, source),
        ):
            asyncio.run(_group(server.url, lines, source, out))
    except InputError as exc:
        return bad_input("stories", str(exc), err)
    except OSError as exc:
        return bad_input("stories", unreadable(exc), err)
    except EmbeddedRedisError as exc:
        print(f"rasd stories: could not start a private Redis: {exc}", file=err)
        return 1
    return EXIT_OK


async def _group(url: str, lines: Iterable[str], source: str, out: TextIO) -> None:
    redis = Redis.from_url(url, decode_responses=True)
    try:
        stories = Stories(redis, Keys(f"stories-{uuid.uuid4().hex[:8]}"), DeliverySettings())
        for raw_id, article in read_articles(lines, source):
            assert article.published is not None  # read_articles always dates an article
            story = await stories.story_of(article, article.published.timestamp())
            out.write(json.dumps({"id": raw_id, "story": story}, ensure_ascii=False) + "\n")
        out.flush()
    finally:
        await redis.aclose()


def read_articles(lines: Iterable[str], source: str) -> Iterator[tuple[Any, Article]]:
    """Yield (id as given, article) for each non-blank JSON line; raise on a bad one."""
    previous = datetime.now(UTC)
    for where, data in json_objects(lines, source):
        if "id" not in data:
            raise InputError(f'{where}: expected a JSON object with an "id"')
        fields = ("title", "summary", "link", "source", "body")
        texts = {name: data.get(name) or "" for name in fields}
        if not all(isinstance(value, str) for value in texts.values()):
            raise InputError(f"{where}: title, summary, link, source and body must be strings")
        previous = _published(data.get("published"), previous, where)
        yield data["id"], Article(
            id=str(data["id"]), feed_id=texts["source"], feed_name=texts["source"],
            link=texts["link"], title=texts["title"], summary=texts["summary"],
            published=previous, body=texts["body"],
        )  # fmt: skip


def _published(value: object, previous: datetime, where: str) -> datetime:
    if value is None or value == "":
        return previous
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        raise InputError(
            f"{where}: published {value!r} is not an ISO 8601 time (2018-03-05T14:20:00+00:00)"
        ) from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
