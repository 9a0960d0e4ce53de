"""`rasd match` as a user runs it: a real subprocess, files in a temporary folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]


def _run(*args: str, stdin: str = "", ascii_console: bool = True) -> tuple[int, str, str]:
    """Run `python -m bot match ARGS`; return (code, stdout, stderr) decoded as UTF-8.

    By default the console claims ASCII, as a misconfigured server would: the
    command must still write UTF-8.
    """
    env = {**os.environ, "PYTHONIOENCODING": "ascii"} if ascii_console else dict(os.environ)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "match", *args],
        input=stdin.encode("utf-8"),
        capture_output=True,
        cwd=REPO,
        env=env,
        check=False,
        timeout=60,
    )
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _article(article_id: object, title: str, summary: str = "") -> str:
    return json.dumps({"id": article_id, "title": title, "summary": summary}, ensure_ascii=False)


def _records(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_prints_one_line_per_article_and_term(tmp_path: Path) -> None:
    terms = _write(
        tmp_path / "terms.txt",
        ["# my terms", "", 'روسيا -"روسيا البيضاء"', "ترامب | ترمب", "  كوريا الشمالية  "],
    )
    articles = _write(
        tmp_path / "articles.jsonl",
        [
            _article(1, "وصول وفد إلى روسيا", "لقاء مع ترمب"),
            _article("b", "رئيس روسيا البيضاء يزور بكين"),
            "",
            _article(3, "القوات الكورية الشمالية تحتشد"),
        ],
    )
    code, out, err = _run("--terms", str(terms), "--articles", str(articles))
    assert (code, err) == (0, "")
    assert _records(out) == [
        {
            "id": 1,
            "term": 'روسيا -"روسيا البيضاء"',
            "spans": [{"field": "title", "start": 13, "end": 18, "text": "روسيا"}],
        },
        {
            "id": 1,
            "term": "ترامب | ترمب",
            "spans": [{"field": "summary", "start": 8, "end": 12, "text": "ترمب"}],
        },
        {
            "id": 3,
            "term": "كوريا الشمالية",
            "spans": [{"field": "title", "start": 7, "end": 23, "text": "الكورية الشمالية"}],
        },
    ]
    assert "روسيا" in out.splitlines()[0]  # UTF-8 text, not \u escapes


def test_reads_articles_from_standard_input(tmp_path: Path) -> None:
    terms = _write(tmp_path / "terms.txt", ["غزة"])
    code, out, _ = _run("--terms", str(terms), stdin=_article("x", "مساعدات لغزة") + "\n")
    assert code == 0
    assert _records(out) == [
        {
            "id": "x",
            "term": "غزة",
            "spans": [{"field": "title", "start": 8, "end": 12, "text": "لغزة"}],
        }
    ]


def test_no_match_prints_nothing(tmp_path: Path) -> None:
    terms = _write(tmp_path / "terms.txt", ["سيول"])
    code, out, err = _run("--terms", str(terms), stdin=_article(1, "السيول تجتاح القرى"))
    assert (code, out, err) == (0, "", "")


def test_bad_term_names_the_line_in_both_languages(tmp_path: Path) -> None:
    lines = ["# header", "روسيا", 'كوريا "الشمالية', "روسيا", "-إيران"]
    terms = _write(tmp_path / "terms.txt", lines)
    code, out, err = _run("--terms", str(terms), stdin=_article(1, "روسيا"))
    assert code == 2
    assert out == ""
    # The first bad line only, however many follow.
    assert f"{terms}:3" in err and f"{terms}:5" not in err
    assert "A quote is not closed" in err
    assert "علامة اقتباس غير مغلقة" in err


def test_bad_json_line_names_the_line(tmp_path: Path) -> None:
    terms = _write(tmp_path / "terms.txt", ["روسيا"])
    articles = _write(
        tmp_path / "articles.jsonl", [_article(1, "روسيا"), "{not json", _article(3, "روسيا")]
    )
    code, out, err = _run("--terms", str(terms), "--articles", str(articles))
    assert code == 2
    assert f"{articles}:2" in err
    assert "not valid JSON" in err
    assert [record["id"] for record in _records(out)] == [1]


def test_json_that_is_not_an_article_is_refused(tmp_path: Path) -> None:
    terms = _write(tmp_path / "terms.txt", ["روسيا"])
    code, _, err = _run("--terms", str(terms), stdin='["روسيا"]\n')
    assert code == 2
    assert "<stdin>:1" in err


def test_missing_terms_file_exits_2(tmp_path: Path) -> None:
    code, _, err = _run("--terms", str(tmp_path / "nope.txt"), stdin="")
    assert code == 2
    assert "nope.txt" in err


def test_help_explains_the_term_language() -> None:
    code, out, _ = _run("--help", ascii_console=False)
    assert code == 0
    assert "--terms" in out
    assert "--articles" in out
    assert "exclusions" in out


def test_a_file_error_names_the_file_only_when_there_is_one() -> None:
    from bot.app.commands.json_lines import unreadable

    missing = FileNotFoundError(2, "No such file", "terms.txt")
    assert unreadable(missing) == "terms.txt: No such file"
    assert unreadable(BrokenPipeError(32, "Broken pipe")) == "Broken pipe"
