"""The fix offered for a wrong hit: the longer name the term sits in, or the exact mode."""

from __future__ import annotations

import pytest

from bot.article import Article
from bot.match.matcher import MatchIndex
from bot.match.narrowing import Narrowing, narrowing
from bot.match.query import parse


def offer(term: str, title: str, summary: str = "") -> Narrowing:
    index = MatchIndex()
    index.add(term)
    news = Article(id="n", feed_id="f", feed_name="ص", link="https://x.example/1",
                   title=title, summary=summary)  # fmt: skip
    (hit,) = index.match(news)
    return narrowing(term, hit, news)


@pytest.mark.parametrize(
    ("term", "title", "excluding"),
    [
        ("الأسد", "حديقة الأسد الإفريقي تستقبل زوارًا", 'الأسد -"الأسد الإفريقي"'),
        ("ترامب", "إيفانكا ترامب تزور باريس", 'ترامب -"إيفانكا ترامب"'),
        ("الحرس", "قوات الحرس الوطني تنتشر", 'الحرس -"الحرس الوطني"'),
        ("الاتحاد الأوروبي", "غرامة من الاتحاد الأوروبي للغولف",
         'الاتحاد الأوروبي -"الاتحاد الأوروبي للغولف"'),
        ("الاتحاد الأوروبي", "عقوبة من الاتحاد الأوروبي لكرة القدم على النادي",
         'الاتحاد الأوروبي -"الاتحاد الأوروبي لكرة القدم"'),
    ],
)  # fmt: skip
def test_the_neighbouring_name_is_excluded(term: str, title: str, excluding: str) -> None:
    found = offer(term, title)
    assert found.excluding == excluding
    parse(found.excluding)  # the query language takes it as it is offered


def test_the_offer_stops_the_look_alike_and_keeps_the_real_ones() -> None:
    found = offer("الأسد", "حديقة الأسد الإفريقي تستقبل زوارًا")
    index = MatchIndex()
    index.add(found.excluding)
    look_alike = Article(id="a", feed_id="f", feed_name="ص", link="",
                         title="ولادة شبل من الأسد الإفريقي", summary="")  # fmt: skip
    real = Article(id="b", feed_id="f", feed_name="ص", link="", title="الأسد يصدر مرسومًا",
                   summary="")  # fmt: skip
    assert index.match(look_alike) == []
    assert [hit.term for hit in index.match(real)] == [found.excluding]


def test_particles_and_punctuation_make_no_name() -> None:
    assert offer("روسيا", "روسيا، في بيان").excluding == ""
    assert offer("روسيا", "قالت روسيا في بيان").excluding == ""
    assert offer("ترامب", "ترامب يلتقي الرئيس").excluding == ""  # a verb after: no name
    # ل + a noun with no definite owner is a purpose, not a name; ل + a particle neither.
    assert offer("ترامب", "دعوة ترامب لبحث ملفات").excluding == 'ترامب -"دعوة ترامب"'
    assert offer("ترامب", "ترامب لهذا السبب غاب").excluding == ""


def test_exact_mode_is_offered_only_when_the_hit_was_not_exact() -> None:
    assert offer("روسيا", "وصول الروس إلى المدينة").exact == "=روسيا"
    assert offer("روسيا", "روسيا تعلن").exact == ""
    assert offer("كوريا الشمالية", "القوات الكورية الشمالية").exact == '="كوريا الشمالية"'
    assert offer("ترامب | ترمب", "ترمب يقول").exact == ""  # no exact form of alternatives
