"""The index stays correct while terms come and go between articles.

Matching caches what it learns about each token string; adding or removing a
term must forget exactly what it changed. Every answer here is compared with a
fresh index holding the same terms, which has never cached anything.
"""

from __future__ import annotations

import gc
import random
from dataclasses import dataclass

import pytest

from bot.match import matcher
from bot.match.matcher import Hit, MatchIndex


@dataclass(frozen=True)
class _Text:
    title: str
    summary: str = ""
    body: str = ""


_TEXTS = (
    _Text("القوات الروسية تقصف مواقع في أوكرانيا", "وقال الرئيس زيلينسكي إن روسيا البيضاء تشارك"),
    _Text("زيلنسكي يلتقي ترامب في واشنطن", "الرئيس الأمريكي ترمب يستقبل نظيره الأوكراني"),
    _Text("كوريا الشمالية تطلق صاروخا", "بيونغ يانغ تتحدى سيول وواشنطن بعد أمطار غزيرة في سيول"),
    _Text("بيونج يانج ترد", "وزير الخارجية الكوري الجنوبي يزور بيونغيانغ"),
    _Text("فيضانات في الجزائر", "السيول تجرف السيارات في العاصمة الجزائرية"),
    _Text("عبد الله الثاني يستقبل أمير قطر", "العاهل الأردني عبدالله الثاني والقطريون"),
)

_TERMS = (
    "روسيا",
    'روسيا -"روسيا البيضاء"',
    "روسيا البيضاء",
    "زيلينسكي",
    "ترامب | ترمب",
    "كوريا الشمالية",
    "كوريا الجنوبية",
    "بيونغ يانغ",
    "سيول",
    "=سيول",
    "الجزائر",
    "عبد الله الثاني",
    "قطر",
    "الرئيس الأمريكي ترمب",
    "أوكرانيا -زيلنسكي",
)


def _fresh(terms: set[str], text: _Text) -> list[Hit]:
    index = MatchIndex()
    for term in sorted(terms):
        index.add(term)
    return sorted(index.match(text))


def test_a_term_added_after_its_tokens_were_cached_is_found() -> None:
    index = MatchIndex()
    index.add("أوكرانيا")
    assert [hit.term for hit in index.match(_TEXTS[0])] == ["أوكرانيا"]
    index.add("روسيا")
    index.add("زيلينسكي")  # found in the cached token زيلينسكي by its exact key...
    index.add("الرئيس زيلينسكي")  # ...and as the second word of a new phrase
    found = {hit.term for hit in index.match(_TEXTS[0])}
    assert found == {"أوكرانيا", "روسيا", "زيلينسكي", "الرئيس زيلينسكي"}


def test_a_spelling_variant_added_after_caching_is_found() -> None:
    index = MatchIndex()
    index.add("كوريا")
    assert index.match(_TEXTS[1]) == []  # زيلنسكي is now cached without variants
    index.add("زيلينسكي")
    assert [hit.term for hit in index.match(_TEXTS[1])] == ["زيلينسكي"]
    index.remove("زيلينسكي")
    assert index.match(_TEXTS[1]) == []


def test_a_removed_term_is_no_longer_found() -> None:
    index = MatchIndex()
    for term in ("روسيا", "روسيا البيضاء", "الرئيس زيلينسكي", "زيلينسكي"):
        index.add(term)
    assert len(index.match(_TEXTS[0])) == 4
    index.remove("روسيا البيضاء")
    index.remove("زيلينسكي")
    assert {hit.term for hit in index.match(_TEXTS[0])} == {"روسيا", "الرئيس زيلينسكي"}
    index.remove("الرئيس زيلينسكي")
    index.remove("روسيا")
    assert index.match(_TEXTS[0]) == []


def test_interleaved_adds_removes_and_matches_agree_with_a_fresh_index() -> None:
    rng = random.Random(7)
    index = MatchIndex()
    stored: set[str] = set()
    for _ in range(400):
        term = rng.choice(_TERMS)
        if term in stored and rng.random() < 0.5:
            index.remove(term)
            stored.discard(term)
        elif term not in stored:
            index.add(term)
            stored.add(term)
        text = rng.choice(_TEXTS)
        assert sorted(index.match(text)) == _fresh(stored, text), (sorted(stored), text)


def test_phrases_move_off_a_word_that_turns_out_common_and_still_match() -> None:
    # «الرئيس بوش» is first anchored on its longer word; once many terms use
    # الرئيس, the index moves it to بوش. Matches must not change on the way.
    text = _Text("الرئيس بوش يلتقي الرئيس ماكرون", "وقال الرئيس الفرنسي إيمانويل ماكرون")
    names = ["ماكرون", "الفرنسي"] + [f"المرشح{letter}" for letter in "بتثجحخدذرزسشصضط"]
    index = MatchIndex()
    index.add("الرئيس بوش")
    stored = {"الرئيس بوش"}
    assert [hit.term for hit in index.match(text)] == ["الرئيس بوش"]
    for name in names:
        term = f"الرئيس {name}"
        index.add(term)
        stored.add(term)
        assert sorted(index.match(text)) == _fresh(stored, text), term
    for term in sorted(stored):
        index.remove(term)
        stored.discard(term)
        assert sorted(index.match(text)) == _fresh(stored, text), term


def test_a_bulk_load_stores_the_good_terms_and_names_the_malformed_ones() -> None:
    index = MatchIndex()
    failed = index.add_many([*_TERMS, '"روسيا', "-روسيا"])
    assert sorted(failed) == ['"روسيا', "-روسيا"]
    assert all(error.en for error in failed.values())
    assert len(index) == len(_TERMS)
    for text in _TEXTS:
        assert sorted(index.match(text)) == _fresh(set(_TERMS), text)


def test_a_bulk_load_in_small_batches_keeps_each_term_once_and_in_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Batches of three: repeats and malformed terms fall in other batches than their twins.
    monkeypatch.setattr(matcher, "_LOAD_BATCH", 3)
    terms = [*_TERMS, "-روسيا", *reversed(_TERMS), '"روسيا', "-روسيا"]
    index = MatchIndex()
    failed = index.add_many(terms)
    assert list(failed) == ["-روسيا", '"روسيا']
    assert len(index) == len(_TERMS)
    for text in _TEXTS:
        assert sorted(index.match(text)) == _fresh(set(_TERMS), text)


def test_a_bulk_load_leaves_the_garbage_collector_as_it_found_it() -> None:
    assert gc.isenabled()
    MatchIndex().add_many(_TERMS)
    assert gc.isenabled()
    gc.disable()
    try:
        MatchIndex().add_many(_TERMS)
        assert not gc.isenabled()
    finally:
        gc.enable()
