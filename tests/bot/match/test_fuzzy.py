"""Which spellings count as transliteration variants of one name."""

import pytest

from bot.match.fuzzy import is_variant, near_key, skeleton


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("نتنياهو", "نتانياهو", id="inner-vowel-added"),
        pytest.param("زيلينسكي", "زيلنسكي", id="inner-vowel-dropped"),
        pytest.param("بيونغ", "بيونج", id="g-as-ghain-or-jim"),
        pytest.param("امريكا", "اميركا", id="vowel-moved-america"),
        pytest.param("الامريكيه", "الاميركيه", id="vowel-moved-nisba"),
        pytest.param("ستولتينبرغ", "ستولتنبرج", id="two-edits-long-name"),
        pytest.param("انستغرام", "انستقرام", id="g-as-qaf-long-word"),
        pytest.param("انستغرام", "انستجرام", id="g-as-jim"),
        pytest.param("الانجليزي", "الانكليزي", id="g-as-kaf-long-word"),
        pytest.param("صحفيين", "صحافيين", id="alef-more-relative-adjective"),
        pytest.param("غوارديولا", "جوارديولا", id="g-first-letter-long-word"),
        pytest.param("بالستي", "باليستي", id="inner-vowel-six-letters"),
        pytest.param("بيللا", "بيلا", id="doubled-letter"),
        pytest.param("كامبريدج", "كمبريدج", id="inner-vowel-cambridge"),
        pytest.param("كامبريدج", "كمبردج", id="long-foreign-name-two-vowels-short"),
        pytest.param("مارسيليا", "مارصيليا", id="s-as-sad-long-word"),
        pytest.param("سالزبري", "سالسبوري", id="s-as-zay-long-word"),
        pytest.param("مسوول", "مسيول", id="hamza-seat-waw-or-yeh"),
        pytest.param("تشرنوبيل", "شرنوبيل", id="ch-as-tch-or-sh-long-word"),
        pytest.param("غوتيريش", "غوتيريس", id="final-s-as-shin-long-word"),
        pytest.param("واينستين", "واينشتين", id="german-st-as-sht"),
        pytest.param("بنيفنتو", "بينفينتو", id="foreign-vowel-moved-and-added"),
        pytest.param("بنيفنتو", "بينيفينتو", id="foreign-two-vowels-more"),
        pytest.param("ساوثهامبتون", "ساوثامبتون", id="foreign-silent-h"),
        pytest.param("ساوثهامبتون", "ساوثمبتون", id="foreign-silent-h-and-vowel"),
        pytest.param("غلاشكوف", "غلوشكوف", id="long-foreign-vowel-swapped"),
        pytest.param("ميشيغان", "ميشيجين", id="long-foreign-vowel-swapped-and-g"),
    ],
)
def test_variants(a: str, b: str) -> None:
    assert is_variant(a, b)
    assert is_variant(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("بوتين", "بوتان", id="vowel-swapped-for-another"),
        pytest.param("ماريانا", "ماريانو", id="final-vowel-of-a-long-name"),
        pytest.param("المسلمين", "المسلمون", id="vowel-swapped-in-an-arabic-ending"),
        pytest.param("بوتين", "روتين", id="first-letter-differs"),
        pytest.param("بايرن", "ايران", id="bayern-iran"),
        pytest.param("اعتقل", "اعتقال", id="short-root-pattern"),
        pytest.param("روسي", "روسيا", id="nisba-is-not-a-spelling"),
        pytest.param("امريكا", "امريكا", id="identical"),
        pytest.param("سلاح", "صلاح", id="distinct-native-sounds"),
        pytest.param("تقارب", "تجارب", id="qaf-jim-short-native-words"),
        pytest.param("جزيره", "غزيره", id="first-letter-short-word"),
        pytest.param("مستقل", "مستقيل", id="short-root-vowel"),
        pytest.param("ماليه", "مالي", id="feminine-ending-is-not-a-spelling"),
        pytest.param("زار", "سار", id="zay-sin-short-native-words"),
        pytest.param("بوتين", "بيتين", id="waw-yeh-away-from-a-vowel"),
        pytest.param("الجيش", "الجيس", id="final-shin-short-word"),
        pytest.param("مانديل", "مونديال", id="vowel-moved-past-two-consonants"),
        pytest.param("بتسيلم", "بتسليم", id="vowel-moved-into-an-arabic-word"),
        pytest.param("اشتباكه", "استباقيه", id="sht-st-in-arabic-words"),
        pytest.param("الجزاير", "الكاسير", id="vowel-moved-out-of-an-arabic-word"),
        pytest.param("اراغوي", "اوروغواي", id="two-vowels-more-short-word"),
        pytest.param("ساويرس", "سواريز", id="vowels-reordered-other-consonant"),
        pytest.param("المهندسين", "المندسين", id="h-of-an-arabic-word"),
        pytest.param("بلهارسيا", "بيلاروسيا", id="silent-h-with-two-vowels-more"),
        pytest.param("الانتقالات", "انتقلت", id="two-vowels-short-arabic-endings"),
        pytest.param("استقلال", "استغلال", id="qaf-ghain-long-arabic-words"),
        pytest.param("الامني", "الماني", id="alef-moved-security-german"),
        pytest.param("جامعات", "جماعات", id="alef-moved-universities-groups"),
        pytest.param("نجمه", "نغمه", id="jim-ghain-arabic-words"),
        pytest.param("المملكه", "الملكه", id="two-mims-kingdom-queen"),
        pytest.param("الامم", "الام", id="two-mims-nations-mother"),
        pytest.param("المهاجرين", "المهجرين", id="alef-more-migrants-displaced"),
        pytest.param("المانيا", "المنيا", id="alef-more-germany-minya"),
        pytest.param("البرتقالي", "البرتغالي", id="qaf-ghain-orange-portuguese"),
    ],
)
def test_not_variants(a: str, b: str) -> None:
    assert not is_variant(a, b)


def test_skeleton_erases_inner_vowels_and_a_long_words_h() -> None:
    assert skeleton("نتانياهو") == skeleton("نتنياهو") == "نتنو"
    assert skeleton("روسي") != skeleton("روس")


@pytest.mark.parametrize(
    ("word", "near"),
    [
        ("ميونيخ", True),  # a foreign-looking name of 6 letters
        ("مدريد", True),
        ("تجاري", False),  # a relative adjective
        ("مفاوضه", False),  # a feminine ending
        ("انتخابات", False),  # long enough for the ordinary variants
        ("الناتو", False),  # typed with the article
        ("بوتن", True),  # a foreign name of four letters: any inner vowel
        ("مجلس", False),  # an Arabic word of four letters
        ("كوم", False),  # too short
        ("جيرمان", True),  # ‑ان ends foreign names too
        ("حكومتين", False),  # a dual
        ("وزيرين", False),  # a dual of an Arabic noun
        ("كوهين", True),  # ‑ين on a stem no word list knows: a foreign name
    ],
)
def test_near_key_only_for_foreign_looking_phrase_words(word: str, near: bool) -> None:
    assert (near_key(word) is not None) is near
