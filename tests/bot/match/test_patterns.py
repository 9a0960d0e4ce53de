"""Word shapes spelled two ways: relative adjectives, broken plurals, gentilic plurals."""

from __future__ import annotations

import pytest

from bot.match.normalize import normalize
from bot.match.patterns import (
    afal_shape,
    broken_plurals,
    falaa_singular_shape,
    fuala_singulars,
    gentilic_plural,
    ifaal_shape,
    verbal_noun_shape,
)


@pytest.mark.parametrize(
    ("adjective", "plural"),
    [("أفريقي", "أفارقة"), ("مغربي", "مغاربة"), ("تونسي", "توانسة"), ("قبرصي", "قبارصة")],
)
def test_four_consonant_gentilics_take_the_faalila_plural(adjective: str, plural: str) -> None:
    assert gentilic_plural(normalize(adjective)[:-1]) == normalize(plural)


@pytest.mark.parametrize("adjective", ["مصري", "عراقي", "ألماني", "فلسطيني"])
def test_other_stems_have_none(adjective: str) -> None:
    assert gentilic_plural(normalize(adjective)[:-1]) is None


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("أقمار", "قمر"), ("أسعار", "سعر"), ("أخبار", "خبر"), ("حروب", "حرب"), ("أسلحة", "سلاح")],
)
def test_a_broken_plural_of_a_closed_pattern_gives_its_singular(plural: str, singular: str) -> None:
    assert normalize(singular) in set(broken_plurals(normalize(plural)))


def test_afaal_is_read_from_the_plural_only() -> None:
    # «قمر» does not yield «أقمار»: from three letters the pattern is ambiguous
    # (علم would give أعلام, and إعلام normalizes the same).
    assert normalize("أقمار") not in set(broken_plurals(normalize("قمر")))


@pytest.mark.parametrize(
    ("singular", "plural"), [("نفق", "أنفاق"), ("عيد", "أعياد"), ("سوق", "أسواق"), ("وقت", "أوقات")]
)
def test_a_three_letter_noun_has_the_shape_of_its_afaal_plural(singular: str, plural: str) -> None:
    assert afal_shape(normalize(singular)) == normalize(plural)


@pytest.mark.parametrize("word", ["باب", "يوم", "عصا", "مصنع"])
def test_other_words_have_no_afaal_shape(word: str) -> None:
    assert afal_shape(normalize(word)) is None


@pytest.mark.parametrize(
    ("singular", "plural"), [("وزير", "وزراء"), ("حليف", "حلفاء"), ("رئيس", "رؤساء")]
)
def test_faeel_gives_its_fuala_plural_hamza_seat_included(singular: str, plural: str) -> None:
    assert normalize(plural) in set(broken_plurals(normalize(singular)))


def test_fuala_is_read_from_the_singular_only() -> None:
    assert normalize("وزير") not in set(broken_plurals(normalize("وزراء")))


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("علماء", "عالم"), ("شعراء", "شاعر"), ("وزراء", "وزير"), ("رؤساء", "رئيس")],
)
def test_a_fuala_head_has_its_singulars(plural: str, singular: str) -> None:
    assert normalize(singular) in fuala_singulars(normalize(plural))


@pytest.mark.parametrize("word", ["أطباء", "أعداء", "سماء", "أصدقاء"])
def test_afila_and_other_words_in_alef_hamza_have_none(word: str) -> None:
    assert fuala_singulars(normalize(word)) == ()


@pytest.mark.parametrize(("singular", "plural"), [("رجل", "رجال"), ("جبل", "جبال")])
def test_fal_gives_its_fial_plural(singular: str, plural: str) -> None:
    assert normalize(plural) in set(broken_plurals(normalize(singular)))


def test_fial_is_read_from_the_singular_only() -> None:
    # Back from four letters, فعال would read every such noun (نظام → نظم, سلاح → سلح).
    assert normalize("نظم") not in set(broken_plurals(normalize("نظام")))


@pytest.mark.parametrize(("singular", "plural"), [("جائزة", "جوائز"), ("قائمة", "قوائم")])
def test_faila_with_a_hamza_seat_gives_fawail(singular: str, plural: str) -> None:
    assert normalize(plural) in set(broken_plurals(normalize(singular)))
    assert normalize(singular) in set(broken_plurals(normalize(plural)))


@pytest.mark.parametrize(("act", "instance"), [("هجوم", "هجمة")])
def test_an_act_in_fuul_and_its_instance_noun_are_each_others_number(
    act: str, instance: str
) -> None:
    # The news counts attacks as «هجمات», the plural of the instance noun «هجمة».
    assert normalize(instance) in set(broken_plurals(normalize(act)))
    assert normalize(act) in set(broken_plurals(normalize(instance)))
    assert normalize(act) in set(broken_plurals(normalize("هجمات")))


@pytest.mark.parametrize("word", ["تصاعد", "تسليم", "ارتفاع", "انسحاب", "استقبال"])
def test_derived_verbal_nouns_have_their_shape(word: str) -> None:
    assert verbal_noun_shape(normalize(word))


@pytest.mark.parametrize("word", ["إنتاج", "إدمان", "أسماك", "إعدام"])
def test_ifaal_verbal_nouns_and_afaal_plurals_share_a_shape(word: str) -> None:
    assert ifaal_shape(normalize(word))


@pytest.mark.parametrize("word", ["أسواق", "إيمان", "أنطوان", "إعادة", "اقتصاد"])
def test_a_long_vowel_in_a_root_slot_or_another_length_is_not_ifaal(word: str) -> None:
    assert not ifaal_shape(normalize(word))


@pytest.mark.parametrize("word", ["تيريزا", "تراوري", "إبراهيم", "أنطوان", "استيفان"])
def test_names_and_weak_roots_do_not(word: str) -> None:
    assert not verbal_noun_shape(normalize(word))


@pytest.mark.parametrize(
    ("plural", "singular"), [("مرضى", "مريض"), ("جرحى", "جريح"), ("قتلى", "قتيل")]
)
def test_falaa_has_the_letters_of_its_faeel_singular(plural: str, singular: str) -> None:
    assert falaa_singular_shape(normalize(plural)) == normalize(singular)


@pytest.mark.parametrize("word", ["فوضى", "أسرى", "مأوى", "مستشفى", "جرحاهم"])
def test_a_weak_letter_or_another_length_is_no_falaa(word: str) -> None:
    assert falaa_singular_shape(normalize(word)) is None
