"""`rasd stories` as a user runs it: a real subprocess with its own private Redis."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
CITIES = ("القاهرة", "عمان", "الرباط", "تونس", "بغداد", "الكويت", "الدوحة", "مسقط", "بيروت", "جدة")
FAIRS = ("الكتاب", "السيارات", "الزهور", "التقنية", "الفنون", "السياحة")


def _run(*args: str, stdin: str = "") -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "stories", *args],
        input=stdin.encode("utf-8"), capture_output=True, cwd=REPO,
        env={**os.environ, "PYTHONIOENCODING": "ascii"}, check=False, timeout=120,
    )  # fmt: skip
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


def _line(article_id: object, source: str, title: str, summary: str, published: str) -> str:
    return json.dumps(
        {"id": article_id, "title": title, "summary": summary, "source": source,
         "link": f"https://{source}.example/{article_id}", "published": published},
        ensure_ascii=False,
    )  # fmt: skip


def _week() -> list[str]:
    return [
        _line(f"bg{n}", "wire", f"{city} تستضيف معرض {fair} السنوي بمشاركة واسعة",
              f"افتتح في {city} اليوم معرض {fair} السنوي الذي يستمر أسبوعا",
              f"2018-03-04T{n // 6:02d}:{n % 6 * 10:02d}:00+00:00")
        for n, (city, fair) in enumerate(itertools.product(CITIES, FAIRS))
    ]  # fmt: skip


QUAKE = _line(
    "q1", "sky", "زلزال بقوة 6.4 درجات يضرب جزيرة لومبوك الإندونيسية",
    "قتل 14 شخصا على الأقل في زلزال ضرب جزيرة لومبوك صباح الأحد", "2018-03-05T08:00:00Z",
)  # fmt: skip
QUAKE_RETOLD = _line(
    "q2", "bbc", "مقتل 14 في هزة أرضية عنيفة بلومبوك",
    "أعلنت السلطات الإندونيسية مقتل 14 شخصا في زلزال بقوة 6.4 درجات ضرب لومبوك",
    "2018-03-05T08:40:00+00:00",
)  # fmt: skip
STRIKE = _line(
    "s1", "sky", "مقتل 3 في غارة على ريف إدلب",
    "قتل ثلاثة مدنيين في غارة جوية على بلدة في ريف إدلب الجنوبي", "2018-03-05T09:00:00+00:00",
)  # fmt: skip
STRIKE_NEXT_DAY = _line(
    "s2", "bbc", "مقتل 7 في غارة على ريف إدلب",
    "قتل سبعة مدنيين في غارة جوية على بلدة في ريف إدلب الشمالي", "2018-03-06T07:00:00+00:00",
)  # fmt: skip


def _stories(stdout: str) -> dict[Any, str]:
    records = [json.loads(line) for line in stdout.splitlines()]
    assert all(set(record) == {"id", "story"} for record in records)
    return {record["id"]: record["story"] for record in records}


def test_groups_articles_in_the_order_given(tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    lines = [*_week(), QUAKE, STRIKE, "", QUAKE_RETOLD, STRIKE_NEXT_DAY]
    articles.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = _run("--articles", str(articles))
    assert code == 0, err
    found = _stories(out)
    assert list(found)[-4:] == ["q1", "s1", "q2", "s2"]  # one line per article, in order
    assert found["q1"] == found["q2"]  # the same quake, told by two outlets in other words
    assert found["s1"] != found["s2"]  # another day's strike
    assert found["q1"] != found["s1"]
    assert not {found["q1"], found["s1"], found["s2"]} & {found[f"bg{n}"] for n in range(60)}


def test_reads_standard_input_and_names_a_bad_line(tmp_path: Path) -> None:
    code, out, _err = _run(stdin="\n".join([QUAKE, QUAKE_RETOLD]) + "\n")
    assert code == 0 and list(_stories(out)) == ["q1", "q2"]
    bad = json.dumps({"id": 2, "title": "خبر", "published": "yesterday"})
    code, out, err = _run(stdin="\n".join([QUAKE, bad, QUAKE_RETOLD]) + "\n")
    assert code == 2
    assert list(_stories(out)) == ["q1"]
    assert "<stdin>:2: published 'yesterday' is not an ISO 8601 time" in err
    code, _out, err = _run("--articles", str(tmp_path / "missing.jsonl"))
    assert code == 2 and "missing.jsonl" in err
