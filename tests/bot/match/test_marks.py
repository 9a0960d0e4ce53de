"""The original letters of a word: diacritics and a final ى that normalization forgets."""

import pytest

from bot.match.marks import (
    contradicts,
    derived_plural,
    ends_in_alef_maqsura,
    may_contradict,
    telling,
)


@pytest.mark.parametrize(
    ("term", "text", "expected"),
    [
        pytest.param("حَماة", "حُماة", True, id="fatha-vs-damma"),
        pytest.param("حَماة", "لحُماة", True, id="behind-a-clitic"),
        pytest.param("حَماة", "حَماة", False, id="same-vowels"),
        pytest.param("حَماة", "حماة", False, id="text-bare"),
        pytest.param("حماة", "حُماة", False, id="term-bare"),
        pytest.param("مصرَ", "مصرُ", False, id="case-ending-not-compared"),
        pytest.param("ليلى", "ليلي", False, id="final-yeh-may-be-a-spelling-of-maqsura"),
        pytest.param("العظمى", "العظمية", True, id="maqsura-vs-nisba-feminine"),
        pytest.param("مستوى", "مستويات", False, id="maqsura-before-its-plural-ending"),
        pytest.param("الكبرى", "كبريات", False, id="elative-maqsura-before-its-plural"),
        pytest.param("مصري", "مصرى", False, id="yeh-written-as-maqsura"),
        pytest.param("حَماة", "روسيا", False, id="other-word"),
        pytest.param("الإعلام", "الأعلام", True, id="hamza-below-vs-above"),
        pytest.param("الأعلام", "بالإعلام", True, id="hamza-above-vs-below-behind-clitic"),
        pytest.param("الإعلام", "إعلام", False, id="same-seat-without-article"),
        pytest.param("الإعلام", "أعلام", True, id="other-seat-without-article"),
        pytest.param("الإعلام", "الاعلام", False, id="text-seat-unwritten"),
        pytest.param("إشبيلية", "أشبيلية", False, id="not-the-afaal-shape"),
    ],
)
def test_contradicts(term: str, text: str, expected: bool) -> None:
    assert contradicts(term, text) is expected


def test_telling_words_carry_an_inner_vowel_or_a_final_maqsura() -> None:
    assert telling("حَماة")
    assert telling("ليلى")
    assert not telling("حماة")
    assert not telling("مصرَ")  # only a case ending


def test_a_hamza_tells_only_the_shapes_ifaal_and_afaal() -> None:
    assert telling("الإنفاق")
    assert telling("أحداث")
    assert not telling("الانفاق")  # no seat written
    assert not telling("إيران")  # a long vowel second: no إفعال
    assert not telling("إشبيلية")


@pytest.mark.parametrize(
    ("word", "expected"),
    [("المرضى", True), ("المرضىٰ", True), ("الجرحــى", True), ("مرضي", False), ("", False)],
)
def test_a_final_alef_maqsura_is_read_through_marks_and_tatweel(word: str, expected: bool) -> None:
    assert ends_in_alef_maqsura(word) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("الأنفاق", False, id="hamza-above"),
        pytest.param("وبالأنفاق", False, id="behind-clitics"),
        pytest.param("الإنفاق", True, id="hamza-below-the-verbal-noun"),
        pytest.param("الانفاق", True, id="seat-unwritten"),
        pytest.param("نفق", False, id="the-singular"),
    ],
)
def test_a_derived_plural_needs_its_hamza_written_above(text: str, expected: bool) -> None:
    assert contradicts(derived_plural("انفاق"), text) is expected
    assert may_contradict(text, (derived_plural("انفاق"),))
