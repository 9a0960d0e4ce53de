"""`rasd feeds` as an admin runs it: a real subprocess against the real test Redis."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from redis import Redis as SyncRedis
from redis.asyncio import Redis

from bot.keys import Keys
from feeds.errors import Reason
from feeds.feed import feed_id_for
from feeds.state import FeedStates
from feeds.store import FeedStore
from tests.config_files import write_config
from tests.ports import closed_port

JAZEERA = "https://aljazeera.example/arabic/rss.xml"
ARABIYA = "https://alarabiya.example/feed/rss2/ar.xml"
FRANCE24 = "https://france24.example/ar/rss"
LOOPBACK = "http://127.0.0.1:8081/rss"


def rasd(
    args: list[str], config: Path, env: dict[str, str], timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run `rasd feeds ACTION ... --config CONFIG`."""
    return subprocess.run(
        [sys.executable, "-m", "bot", "feeds", *args, "--config", str(config)],
        env=env, capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip


def ok(result: subprocess.CompletedProcess[str]) -> str:
    """Return stdout of a command that must have succeeded."""
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr}"
    return result.stdout


class Store:
    """What the Redis store holds for one key prefix, read synchronously."""

    def __init__(self, redis_url: str, keys: Keys) -> None:
        self.client = SyncRedis.from_url(redis_url, decode_responses=True)
        self.keys = keys

    def records(self) -> dict[str, dict[str, object]]:
        raw: dict[str, str] = self.client.hgetall(self.keys.feeds())  # type: ignore[assignment]
        return {feed_id: json.loads(value) for feed_id, value in raw.items()}

    def names_by_url(self) -> dict[str, str]:
        return {str(r["url"]): str(r["name"]) for r in self.records().values()}

    def scheduled(self) -> set[str]:
        members: list[str] = self.client.zrange(self.keys.schedule(), 0, -1)  # type: ignore[assignment]
        return set(members)

    def state(self, feed_id: str) -> dict[str, str]:
        raw: dict[str, str] = self.client.hgetall(self.keys.feed_state(feed_id))  # type: ignore[assignment]
        return raw


@pytest.fixture
def store(redis_url: str, keys: Keys) -> Iterator[Store]:
    reader = Store(redis_url, keys)
    yield reader
    reader.client.close()


def table_row(listing: str, text: str) -> list[str]:
    """Return the cells of the one line of `rasd feeds list` that mentions text."""
    (line,) = [line for line in listing.splitlines() if text in line]
    return cells(line)


def cells(line: str) -> list[str]:
    """Split a table line into its cells: columns are two or more spaces apart."""
    return re.split(r" {2,}", line.strip())


# --- list and add ----------------------------------------------------------------------


def test_list_on_an_empty_store_says_how_to_add_a_feed(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str]
) -> None:
    out = ok(rasd(["list"], write_config(tmp_path, keys), subprocess_env))
    assert out == "no feeds yet; add one with: rasd feeds add URL --name NAME\n"


def test_added_feed_is_stored_scheduled_and_listed_as_new(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    config = write_config(tmp_path, keys)
    args = ["add", JAZEERA, "--name", "الجزيرة نت", "--interval", "600"]
    feed_id = feed_id_for(JAZEERA)
    out = ok(rasd(args, config, subprocess_env))
    assert out == (f"added الجزيرة نت (id {feed_id}); a running poller reads it within seconds\n")
    record = store.records()[feed_id]
    assert (record["url"], record["name"], record["interval"], record["origin"]) == (
        JAZEERA,
        "الجزيرة نت",
        600,
        "added",
    )
    assert store.scheduled() == {feed_id}

    listing = ok(rasd(["list"], config, subprocess_env))
    assert listing.splitlines()[0].startswith("ID  ")
    assert table_row(listing, "الجزيرة نت") == [
        feed_id, "الجزيرة نت", "new", "10m", "now", "never", "0", "0", "-"
    ]  # fmt: skip


def test_feed_added_without_a_name_is_named_after_its_host(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    out = ok(rasd(["add", ARABIYA], write_config(tmp_path, keys), subprocess_env))
    assert out.startswith("added alarabiya.example (id ")
    assert store.names_by_url() == {ARABIYA: "alarabiya.example"}


def test_adding_the_same_url_twice_says_it_is_already_there(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    config = write_config(tmp_path, keys)
    ok(rasd(["add", FRANCE24, "--name", "فرانس 24"], config, subprocess_env))
    again = ok(rasd(["add", f" {FRANCE24} ", "--name", "اسم آخر"], config, subprocess_env))
    assert again == f"already there: {FRANCE24} (id {feed_id_for(FRANCE24)})\n"
    assert store.names_by_url() == {FRANCE24: "فرانس 24"}  # the first name is kept


def test_loopback_url_is_refused_when_private_feeds_are_not_allowed(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    result = rasd(
        ["add", LOOPBACK, "--name", "خادم محلي"], write_config(tmp_path, keys), subprocess_env
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("rasd: not added: private or local address: 127.0.0.1;")
    assert "allow_private_feeds is true in config.yaml" in result.stderr
    assert store.records() == {}
    assert store.scheduled() == set()


@pytest.mark.parametrize(
    "permission",
    [{"allow_private_feeds": True}, {"polling": {"private_networks": ["127.0.0.0/8"]}}],
    ids=["allow_private_feeds", "private_networks"],
)
def test_loopback_url_is_added_when_config_allows_it(
    tmp_path: Path,
    keys: Keys,
    subprocess_env: dict[str, str],
    store: Store,
    permission: dict[str, object],
) -> None:
    config = write_config(tmp_path, keys, settings=permission)
    out = ok(rasd(["add", LOOPBACK, "--name", "خادم محلي"], config, subprocess_env))
    assert out.startswith("added خادم محلي (id ")
    assert store.names_by_url() == {LOOPBACK: "خادم محلي"}


def test_private_networks_allow_only_the_listed_range(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    config = write_config(
        tmp_path, keys, settings={"polling": {"private_networks": ["10.20.0.0/16"]}}
    )
    assert ok(rasd(["add", "http://10.20.1.5/rss"], config, subprocess_env)).startswith("added ")
    refused = rasd(["add", "http://10.30.1.5/rss"], config, subprocess_env)
    assert refused.returncode == 2
    assert "allow_private_feeds" in refused.stderr
    assert set(store.names_by_url()) == {"http://10.20.1.5/rss"}


def test_ftp_url_is_refused_with_a_clear_message(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    url = "ftp://files.example/akhbar.xml"
    result = rasd(["add", url, "--name", "أرشيف"], write_config(tmp_path, keys), subprocess_env)
    assert result.returncode == 2
    assert result.stderr == (
        f"rasd: not added: must be an http:// or https:// URL with a host name: {url}\n"
    )
    assert store.records() == {}


def test_interval_out_of_range_is_refused(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    args = ["add", JAZEERA, "--name", "الجزيرة", "--interval", "0"]
    result = rasd(args, write_config(tmp_path, keys), subprocess_env)
    assert result.returncode == 2
    assert result.stderr == "rasd: not added: --interval 0: must be 1 to 86400 seconds\n"
    assert store.records() == {}


# --- config feeds ----------------------------------------------------------------------


def test_config_feeds_are_listed_with_added_ones(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    config = write_config(tmp_path, keys, [("العربية", ARABIYA), ("فرانس 24", FRANCE24)])
    ok(rasd(["add", JAZEERA, "--name", "الجزيرة"], config, subprocess_env))
    listing = ok(rasd(["list"], config, subprocess_env))
    assert [cells(line) for line in listing.splitlines()[1:]] == [
        [feed_id_for(JAZEERA), "الجزيرة", "new", "-", "now", "never", "0", "0", "-"],
        [feed_id_for(ARABIYA), "العربية", "new", "-", "now", "never", "0", "0", "-"],
        [feed_id_for(FRANCE24), "فرانس 24", "new", "-", "now", "never", "0", "0", "-"],
    ]  # sorted by name
    origins = {str(r["url"]): r["origin"] for r in store.records().values()}
    assert origins == {ARABIYA: "config", FRANCE24: "config", JAZEERA: "added"}


def test_feed_deleted_from_config_leaves_the_list(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    config = write_config(tmp_path, keys, [("العربية", ARABIYA), ("فرانس 24", FRANCE24)])
    ok(rasd(["list"], config, subprocess_env))
    config = write_config(tmp_path, keys, [("العربية", ARABIYA)])
    listing = ok(rasd(["list"], config, subprocess_env))
    assert "العربية" in listing
    assert "فرانس 24" not in listing
    assert set(store.names_by_url()) == {ARABIYA}


# --- remove --------------------------------------------------------------------------


def test_remove_by_id_by_url_and_by_name(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    config = write_config(tmp_path, keys)
    for url, name in ((JAZEERA, "الجزيرة"), (ARABIYA, "العربية"), (FRANCE24, "فرانس 24")):
        ok(rasd(["add", url, "--name", name], config, subprocess_env))
    store.client.hset(keys.feed_state(feed_id_for(JAZEERA)), "failures", 2)

    by_id = ok(rasd(["remove", feed_id_for(JAZEERA)], config, subprocess_env))
    assert by_id == f"removed الجزيرة ({JAZEERA})\n"
    assert set(store.names_by_url()) == {ARABIYA, FRANCE24}
    assert store.state(feed_id_for(JAZEERA)) == {}  # its health went with it

    assert ok(rasd(["remove", ARABIYA], config, subprocess_env)) == (
        f"removed العربية ({ARABIYA})\n"
    )
    assert ok(rasd(["remove", "فرانس 24"], config, subprocess_env)) == (
        f"removed فرانس 24 ({FRANCE24})\n"
    )
    assert store.records() == {}
    assert store.scheduled() == set()
    assert ok(rasd(["list"], config, subprocess_env)).startswith("no feeds yet")


def test_removing_an_unknown_feed_says_where_to_look(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    config = write_config(tmp_path, keys)
    ok(rasd(["add", JAZEERA, "--name", "الجزيرة"], config, subprocess_env))
    result = rasd(["remove", "الجزيرة مباشر"], config, subprocess_env)
    assert result.returncode == 2
    assert result.stderr == (
        "rasd: no feed 'الجزيرة مباشر'; `rasd feeds list` shows ids, URLs and names\n"
    )
    assert set(store.names_by_url()) == {JAZEERA}


def test_a_config_feed_cannot_be_removed_from_the_cli(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    config = write_config(tmp_path, keys, [("العربية", ARABIYA)])
    result = rasd(["remove", "العربية"], config, subprocess_env)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "rasd: العربية is declared in config.yaml; delete it there "
        "(the next start removes it from the store)\n"
    )
    assert store.names_by_url() == {ARABIYA: "العربية"}
    assert store.scheduled() == {feed_id_for(ARABIYA)}


# --- health and enable ---------------------------------------------------------------


def put_state(redis_url: str, keys: Keys, feed_id: str, *, disable: str | None) -> None:
    """Record failures for a feed, and switch it off as the poller does when told to."""

    async def record() -> None:
        client = Redis.from_url(redis_url, decode_responses=True)
        try:
            states = FeedStates(client, keys.feed_state)
            now = time.time()
            timeout = Reason.of("other", detail="انتهت مهلة الاتصال بالخادم")
            await states.failure(feed_id, now - 7200, timeout)
            await states.failure(feed_id, now - 60, Reason.of("other", detail="رد الخادم برمز 503"))
            if disable is not None:
                await states.disable(feed_id, now, Reason.of("other", detail=disable))
                await FeedStore(client, keys).schedule.remove(feed_id)
        finally:
            await client.aclose()

    asyncio.run(record())


def test_failing_feed_shows_its_failures_and_last_error(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], redis_url: str
) -> None:
    config = write_config(tmp_path, keys)
    ok(rasd(["add", JAZEERA, "--name", "الجزيرة"], config, subprocess_env))
    put_state(redis_url, keys, feed_id_for(JAZEERA), disable=None)
    row = table_row(ok(rasd(["list"], config, subprocess_env)), "الجزيرة")
    assert row == [
        feed_id_for(JAZEERA), "الجزيرة", "failing", "-", "now", "never", "2", "0", "-",
        "رد الخادم برمز 503",
    ]  # fmt: skip


def test_enable_brings_a_disabled_feed_back(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], redis_url: str, store: Store
) -> None:
    config = write_config(tmp_path, keys)
    ok(rasd(["add", JAZEERA, "--name", "الجزيرة"], config, subprocess_env))
    ok(rasd(["add", ARABIYA, "--name", "العربية"], config, subprocess_env))
    feed_id = feed_id_for(JAZEERA)
    put_state(redis_url, keys, feed_id, disable="لم يرد الخادم منذ يومين")
    assert store.scheduled() == {feed_id_for(ARABIYA)}

    row = table_row(ok(rasd(["list"], config, subprocess_env)), "الجزيرة")
    assert row[:5] == [feed_id, "الجزيرة", "disabled", "-", "off"]
    assert row[-1] == "switched off: لم يرد الخادم منذ يومين"

    out = ok(rasd(["enable", "الجزيرة"], config, subprocess_env))
    assert out == "enabled الجزيرة; it is polled again now\n"
    assert store.scheduled() == {feed_id, feed_id_for(ARABIYA)}
    state = store.state(feed_id)
    assert "disabled" not in state
    assert "failures" not in state
    row = table_row(ok(rasd(["list"], config, subprocess_env)), "الجزيرة")
    assert row == [feed_id, "الجزيرة", "new", "-", "now", "never", "0", "0", "-"]


def test_enabling_an_unknown_feed_fails(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    result = rasd(["enable", "قناة غير موجودة"], write_config(tmp_path, keys), subprocess_env)
    assert result.returncode == 2
    assert "rasd: no feed 'قناة غير موجودة'" in result.stderr
    assert store.scheduled() == set()


# --- OPML import and export --------------------------------------------------------------

EQT = "https://aleqt.example/rss/economy.xml"

SUBSCRIPTIONS = f"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>اشتراكاتي</title></head>
  <body>
    <outline text="أخبار عربية">
      <outline text="الخليج">
        <outline type="rss" text="الجزيرة نت" xmlUrl="{JAZEERA}"/>
        <outline type="rss" text="العربية" title="العربية - عاجل" xmlUrl="{ARABIYA}"/>
      </outline>
      <outline type="rss" text="فرانس 24 بالعربية" xmlUrl="{FRANCE24}"/>
    </outline>
    <outline text="اقتصاد">
      <outline text="أسواق">
        <outline type="rss" text="الاقتصادية &amp; الأسواق" xmlUrl="{EQT}"/>
      </outline>
    </outline>
    <outline type="rss" text="خادم المكتب" xmlUrl="{LOOPBACK}"/>
  </body>
</opml>
"""


def write_opml_file(tmp_path: Path, text: str, name: str = "subscriptions.opml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_adds_nested_feeds_and_skips_the_private_one(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    config = write_config(tmp_path, keys)
    ok(rasd(["add", FRANCE24, "--name", "فرانس 24"], config, subprocess_env))
    opml = write_opml_file(tmp_path, SUBSCRIPTIONS)
    skipped, summary = ok(rasd(["import", str(opml)], config, subprocess_env)).splitlines()
    assert skipped.startswith("skipped: private or local address: 127.0.0.1;")
    assert "allow_private_feeds" in skipped
    assert summary == f"imported {opml}: 3 added, 1 already there, 1 skipped"
    assert store.names_by_url() == {
        JAZEERA: "الجزيرة نت",
        ARABIYA: "العربية - عاجل",  # the title, when there is one
        FRANCE24: "فرانس 24",  # already there: kept as it was
        EQT: "الاقتصادية & الأسواق",
    }
    assert store.scheduled() == {feed_id_for(url) for url in (JAZEERA, ARABIYA, FRANCE24, EQT)}
    listing = ok(rasd(["list"], config, subprocess_env))
    assert table_row(listing, "الاقتصادية")[1:3] == ["الاقتصادية & الأسواق", "new"]


def test_import_takes_the_private_feed_when_config_allows_it(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    config = write_config(tmp_path, keys, allow_private_feeds=True)
    opml = write_opml_file(tmp_path, SUBSCRIPTIONS)
    out = ok(rasd(["import", str(opml)], config, subprocess_env))
    assert out == f"imported {opml}: 5 added, 0 already there, 0 skipped\n"
    assert store.names_by_url()[LOOPBACK] == "خادم المكتب"
    again = ok(rasd(["import", str(opml)], config, subprocess_env))
    assert again == f"imported {opml}: 0 added, 5 already there, 0 skipped\n"


def test_imported_name_spanning_lines_is_kept_on_one_line(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    opml = write_opml_file(
        tmp_path,
        f"""<?xml version="1.0"?><opml version="1.0"><body>
        <outline text="أخبار&#10;عاجلة&#9;اليوم" xmlUrl="{JAZEERA}"/></body></opml>""",
    )
    config = write_config(tmp_path, keys)
    ok(rasd(["import", str(opml)], config, subprocess_env))
    assert store.names_by_url() == {JAZEERA: "أخبار عاجلة اليوم"}
    listing = ok(rasd(["list"], config, subprocess_env))
    assert len(listing.splitlines()) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "<opml version='2.0'><body><outline text='الجزيرة' xmlUrl='{JAZEERA}'></body></opml>",
            "line 1: mismatched tag",
        ),
        (
            "<rss version='2.0'><channel><title>الجزيرة</title></channel></rss>",
            "not an OPML file: this is an RSS or Atom feed itself; add its address as a feed",
        ),
        (
            "هذا ليس ملفا بصيغة أو بي إم إل",
            "not an OPML file: it is not XML (line 1: syntax error)",
        ),
        (
            "<?xml version='1.0'?>\n<!DOCTYPE opml [<!ENTITY a 'ضحك'>]>\n"
            "<opml><body><outline text='&a;' xmlUrl='{JAZEERA}'/></body></opml>",
            "line 2: the file declares a DOCTYPE",
        ),
        ("", "not an OPML file: the file is empty"),
    ],
    ids=["mismatched-tag", "rss-not-opml", "not-xml", "doctype", "empty"],
)
def test_importing_a_broken_file_exits_2_and_says_why(
    tmp_path: Path,
    keys: Keys,
    subprocess_env: dict[str, str],
    store: Store,
    content: str,
    message: str,
) -> None:
    opml = write_opml_file(tmp_path, content.replace("{JAZEERA}", JAZEERA), "broken.opml")
    result = rasd(["import", str(opml)], write_config(tmp_path, keys), subprocess_env)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"rasd: {opml}: {message}")
    assert "Traceback" not in result.stderr
    assert store.records() == {}


def test_importing_a_missing_file_exits_2(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str]
) -> None:
    missing = tmp_path / "لا-يوجد.opml"
    result = rasd(["import", str(missing)], write_config(tmp_path, keys), subprocess_env)
    assert result.returncode == 2
    assert result.stderr == f"rasd: cannot read {missing}: No such file or directory\n"


@pytest.fixture
def other_store(redis_url: str, keys: Keys) -> Iterator[Store]:
    """A second, empty store under its own prefix, deleted afterwards."""
    reader = Store(redis_url, Keys(f"{keys.prefix}.b"))
    yield reader
    for key in reader.client.scan_iter(match=reader.keys.pattern()):
        reader.client.delete(key)
    reader.client.close()


def exported_outlines(document: str | bytes) -> dict[str, str]:
    """Parse an OPML document with the standard library: xmlUrl -> text of every outline."""
    root = ElementTree.fromstring(document)
    assert root.tag == "opml"
    outlines = root.findall("./body//outline")
    assert all(outline.get("text") == outline.get("title") for outline in outlines)
    return {str(outline.get("xmlUrl")): str(outline.get("text")) for outline in outlines}


def filled_store(tmp_path: Path, keys: Keys, env: dict[str, str]) -> Path:
    config = write_config(tmp_path, keys, [("العربية", ARABIYA)])
    ok(rasd(["add", JAZEERA, "--name", 'الجزيرة "مباشر" & <عاجل>'], config, env))
    ok(rasd(["add", FRANCE24, "--name", "فرانس 24"], config, env))
    return config


def test_export_prints_opml_that_reimports_to_the_same_feeds(
    tmp_path: Path,
    keys: Keys,
    subprocess_env: dict[str, str],
    store: Store,
    other_store: Store,
) -> None:
    config = filled_store(tmp_path, keys, subprocess_env)
    result = rasd(["export"], config, subprocess_env)
    document = ok(result)
    assert result.stderr == ""
    assert exported_outlines(document.encode()) == store.names_by_url()
    assert exported_outlines(document.encode())[JAZEERA] == 'الجزيرة "مباشر" & <عاجل>'

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    exported = write_opml_file(elsewhere, document, "exported.opml")
    other = write_config(elsewhere, other_store.keys)
    out = ok(rasd(["import", str(exported)], other, subprocess_env))
    assert out == f"imported {exported}: 3 added, 0 already there, 0 skipped\n"
    assert other_store.names_by_url() == store.names_by_url()
    assert {str(r["origin"]) for r in other_store.records().values()} == {"added"}


def test_export_to_a_file_writes_it_and_says_so(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    config = filled_store(tmp_path, keys, subprocess_env)
    target = tmp_path / "نسخة.opml"
    result = rasd(["export", "-o", str(target)], config, subprocess_env)
    assert ok(result) == ""
    assert result.stderr == f"wrote 3 feed(s) to {target}\n"
    assert exported_outlines(target.read_bytes()) == store.names_by_url()
    assert "الجزيرة" in target.read_text(encoding="utf-8")  # UTF-8 text, not references


def test_export_of_an_empty_store_is_an_empty_opml(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str]
) -> None:
    document = ok(rasd(["export"], write_config(tmp_path, keys), subprocess_env))
    assert exported_outlines(document.encode()) == {}


def test_export_to_a_missing_folder_exits_2_without_a_traceback(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str]
) -> None:
    config = filled_store(tmp_path, keys, subprocess_env)
    target = tmp_path / "لا-يوجد" / "feeds.opml"
    result = rasd(["export", "-o", str(target)], config, subprocess_env)
    assert result.returncode == 2
    assert result.stderr == f"rasd: cannot write {target}: No such file or directory\n"
    assert not target.exists()


# --- Redis unreachable -------------------------------------------------------------------


def test_unreachable_redis_exits_1_without_showing_the_password(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str]
) -> None:
    port = closed_port()
    env = {**subprocess_env, "REDIS_URL": f"redis://rasd:kalima-sirriya-42@127.0.0.1:{port}/0"}
    result = rasd(["add", JAZEERA, "--name", "الجزيرة"], write_config(tmp_path, keys), env)
    assert result.returncode == 1
    assert result.stderr.startswith(
        f"rasd: cannot reach Redis at redis://rasd:***@127.0.0.1:{port}/0"
    )
    assert "unset REDIS_URL" in result.stderr
    assert "kalima-sirriya-42" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_without_redis_url_feeds_persist_in_the_embedded_store(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str]
) -> None:
    env = {k: v for k, v in subprocess_env.items() if k != "REDIS_URL"}
    config = write_config(tmp_path, keys)
    ok(rasd(["add", JAZEERA, "--name", "الجزيرة"], config, env))
    row = table_row(ok(rasd(["list"], config, env)), "الجزيرة")
    assert row[:3] == [feed_id_for(JAZEERA), "الجزيرة", "new"]
    assert not (tmp_path / "data" / "redis.sock").exists()  # stopped after each command


def test_full_text_is_set_when_adding_and_switched_by_command(
    tmp_path: Path, keys: Keys, subprocess_env: dict[str, str], store: Store
) -> None:
    config = write_config(tmp_path, keys, [("الملف", FRANCE24)])
    feed_id = feed_id_for(JAZEERA)
    out = ok(rasd(["add", JAZEERA, "--name", "الجزيرة", "--full-text"], config, subprocess_env))
    assert "its item pages are fetched for full text" in out
    assert store.records()[feed_id]["full_text"] is True
    listing = ok(rasd(["list"], config, subprocess_env))
    assert table_row(listing, "الجزيرة")[1] == "الجزيرة [full text]"
    ok(rasd(["full-text", "الجزيرة", "off"], config, subprocess_env))
    assert store.records()[feed_id]["full_text"] is False
    out = ok(rasd(["full-text", feed_id, "on"], config, subprocess_env))
    assert out == "الجزيرة: item pages are fetched for full text from its next new items\n"
    assert store.records()[feed_id]["full_text"] is True
    refused = rasd(["full-text", FRANCE24, "on"], config, subprocess_env)
    assert refused.returncode == 2
    assert "set full_text: true there" in refused.stderr
    missing = rasd(["full-text", "nothing", "on"], config, subprocess_env)
    assert missing.returncode == 2 and "no feed 'nothing'" in missing.stderr
