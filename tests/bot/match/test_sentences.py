"""Sentences of Arabic news text, and the excerpt around a match."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from bot.match.sentences import excerpt, excerpt_showing, sentences


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def span_of(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


THREE_PARAGRAPHS = (
    "عقد مجلس الأمن جلسة طارئة مساء الاثنين. وناقش الأعضاء الوضع الإنساني في المنطقة.\n\n"
    "وقال المندوب الروسي إن بلاده تعارض أي قرار جديد. وأضاف أن موسكو تدعم الحوار. "
    "ورد المندوب الأمريكي بأن الوقت ينفد.\n\n"
    "ومن المقرر أن تستأنف المشاورات يوم الخميس. ولم يصدر بيان ختامي."
)


def test_arabic_full_stops_and_paragraphs() -> None:
    assert split(THREE_PARAGRAPHS) == [
        "عقد مجلس الأمن جلسة طارئة مساء الاثنين.",
        "وناقش الأعضاء الوضع الإنساني في المنطقة.",
        "وقال المندوب الروسي إن بلاده تعارض أي قرار جديد.",
        "وأضاف أن موسكو تدعم الحوار.",
        "ورد المندوب الأمريكي بأن الوقت ينفد.",
        "ومن المقرر أن تستأنف المشاورات يوم الخميس.",
        "ولم يصدر بيان ختامي.",
    ]


def test_offsets_point_into_the_original() -> None:
    for sentence in sentences(THREE_PARAGRAPHS):
        piece = THREE_PARAGRAPHS[sentence.start : sentence.end]
        assert piece == piece.strip() and piece


def test_arabic_question_mark_and_semicolon() -> None:
    text = "هل تنجح المفاوضات؟ يقول مراقبون إن الفرص ضئيلة؛ لكن الوسطاء متفائلون"
    assert split(text) == [
        "هل تنجح المفاوضات؟",
        "يقول مراقبون إن الفرص ضئيلة؛",
        "لكن الوسطاء متفائلون",
    ]


def test_marks_glued_to_the_next_arabic_word_still_end_a_sentence() -> None:
    assert split("انتهى الاجتماع.وقال المتحدث إنه مثمر؟ونفى ذلك آخرون") == [
        "انتهى الاجتماع.",
        "وقال المتحدث إنه مثمر؟",
        "ونفى ذلك آخرون",
    ]


def test_latin_question_and_exclamation_marks() -> None:
    assert split("Is it over? Not yet! Wait.") == ["Is it over?", "Not yet!", "Wait."]


def test_decimal_numbers_are_not_split() -> None:
    text = "نما الاقتصاد بنسبة 3.5 في المئة، وبلغ التضخم 2.75%. وتراجعت البطالة."
    assert split(text) == [
        "نما الاقتصاد بنسبة 3.5 في المئة، وبلغ التضخم 2.75%.",
        "وتراجعت البطالة.",
    ]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "قال د. محمد العلي إن العام 1440 هـ. شهد تحولات. وزار Dr. Smith the U.S. embassy."
    assert split(text) == [
        "قال د. محمد العلي إن العام 1440 هـ. شهد تحولات.",
        "وزار Dr. Smith the U.S. embassy.",
    ]


def test_links_and_domains_are_not_split() -> None:
    text = "نشر الخبر موقع reuters.com على https://x.example/a?b=1!c وأكده آخرون."
    assert split(text) == [text]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = "قال الوزير: «لن نتراجع.» ثم غادر القاعة."
    assert split(text) == ["قال الوزير: «لن نتراجع.»", "ثم غادر القاعة."]


def test_runs_of_marks_and_line_breaks() -> None:
    text = "ماذا حدث؟! لا أحد يعرف...\nسطر جديد بلا علامة\r\nوسطر آخر"
    assert split(text) == ["ماذا حدث؟!", "لا أحد يعرف...", "سطر جديد بلا علامة", "وسطر آخر"]


def test_empty_and_blank_text() -> None:
    assert split("") == []
    assert split("  \n\n .  ") == ["."]


def test_excerpt_takes_the_matched_sentence_and_the_next() -> None:
    text = THREE_PARAGRAPHS
    found = excerpt(text, [span_of(text, "موسكو")], 400)
    assert found.text == "وأضاف أن موسكو تدعم الحوار. ورد المندوب الأمريكي بأن الوقت ينفد."
    start, end = found.spans[0]
    assert found.text[start:end] == "موسكو"


def test_excerpt_prefers_a_neighbour_that_also_matches() -> None:
    text = THREE_PARAGRAPHS
    spans = [span_of(text, "موسكو"), span_of(text, "الروسي")]
    found = excerpt(text, spans, 400)
    assert (
        found.text == "وقال المندوب الروسي إن بلاده تعارض أي قرار جديد. وأضاف أن موسكو تدعم الحوار."
    )
    assert [found.text[s:e] for s, e in found.spans] == ["الروسي", "موسكو"]


def test_excerpt_of_the_last_sentence_takes_the_one_before() -> None:
    text = THREE_PARAGRAPHS
    found = excerpt(text, [span_of(text, "ختامي")], 400)
    assert found.text == "ومن المقرر أن تستأنف المشاورات يوم الخميس. ولم يصدر بيان ختامي."


def test_excerpt_without_a_match_is_the_first_sentences() -> None:
    found = excerpt(THREE_PARAGRAPHS, [], 400)
    assert found.text == (
        "عقد مجلس الأمن جلسة طارئة مساء الاثنين. وناقش الأعضاء الوضع الإنساني في المنطقة."
    )
    assert found.spans == []


def test_excerpt_keeps_one_sentence_when_two_do_not_fit() -> None:
    text = THREE_PARAGRAPHS
    found = excerpt(text, [span_of(text, "موسكو")], 40)
    assert found.text == "وأضاف أن موسكو تدعم الحوار."


def test_excerpt_clips_a_very_long_sentence_around_the_match() -> None:
    filler = "في إطار الجهود الدبلوماسية المتواصلة منذ أشهر طويلة "
    text = filler * 30 + "أعلنت كوريا الشمالية تعليق التجارب " + filler * 30 + "."
    found = excerpt(text, [span_of(text, "كوريا الشمالية")], 200)
    assert len(found.text) <= 202
    assert found.text.startswith("…") and found.text.endswith("…")
    start, end = found.spans[0]
    assert found.text[start:end] == "كوريا الشمالية"


def test_excerpt_skips_sentences_before_begin() -> None:
    text = "انفجار في مرفأ بيروت. وقالت السلطات إن الحريق تحت السيطرة."
    found = excerpt(text, [], 400, begin=text.index(".") + 1)
    assert found.text == "وقالت السلطات إن الحريق تحت السيطرة."


def test_excerpt_of_nothing() -> None:
    assert excerpt("", [], 400) == ("", [])
    assert excerpt("نص", [], 0) == ("", [])


@given(st.text(alphabet="اب تث.؟!؛?\n 3٫5«»", max_size=200), st.integers(0, 199))
def test_sentences_cover_every_word_once_in_order(text: str, probe: int) -> None:
    found = sentences(text)
    assert all(a.end <= b.start for a, b in pairwise(found))
    covered = "".join(text[s.start : s.end] for s in found)
    assert covered.replace(" ", "") == "".join(text.split())
    if text:
        spans = [(probe % len(text), probe % len(text) + 1)]
        piece, kept = excerpt(text, spans, 50)
        assert len(piece) <= 52
        assert all(0 <= s < e <= len(piece) for s, e in kept)


def test_excerpt_showing_prefers_the_window_with_more_terms_and_counts_them() -> None:
    text = "ذكرت روسيا ذلك. ولم يعلق أحد. والتقى مندوب روسيا بمندوب الصين."
    russia = [span_of(text, "روسيا"), (text.rindex("روسيا"), text.rindex("روسيا") + 5)]
    china = [span_of(text, "الصين")]
    (shown, spans), count = excerpt_showing(text, [russia, china], 200)
    assert count == 2
    assert shown.startswith("ولم يعلق أحد.") or shown.startswith("والتقى")
    assert [shown[s:e] for s, e in spans][-2:] == ["روسيا", "الصين"]
    (alone, _), needed = excerpt_showing(text, [china, russia], 200, needed=1)
    assert needed == 1 and "الصين" in alone


def test_excerpt_showing_keeps_two_distant_terms_of_a_long_sentence() -> None:
    filler = "في إطار الجهود المتواصلة "
    text = filler * 10 + "روسيا " + filler * 8 + "والصين " + filler * 10 + "."
    groups = [[span_of(text, "روسيا")], [span_of(text, "والصين")]]
    (shown, spans), count = excerpt_showing(text, groups, 300)
    assert count == 2 and len(shown) <= 302
    assert [shown[s:e] for s, e in spans] == ["روسيا", "والصين"]
    first_only, kept = excerpt(text, [s for g in groups for s in g], 300)
    assert [first_only[s:e] for s, e in kept] == ["روسيا"]  # what the old clip kept
