"""How common a word is, read from wordfreq's Arabic list (bot.match.common_words)."""

from __future__ import annotations

import pytest

from bot.match.common_words import (
    arabic_forms,
    common_noun,
    feminine_word,
    verb_form,
    very_common,
    zipf,
)
from bot.match.normalize import normalize


@pytest.mark.parametrize("word", ["منتخب", "مستشار", "فريق", "ريال"])
def test_arabic_nouns_are_common_with_the_article(word: str) -> None:
    assert common_noun(normalize(word))


@pytest.mark.parametrize("word", ["أتلتيكو", "جيرمان", "محرز", "ترامب"])
def test_foreign_and_family_names_are_not(word: str) -> None:
    assert not common_noun(normalize(word))


def test_everyday_words_are_very_common_and_family_names_are_not() -> None:
    assert very_common(normalize("سعيد")) and very_common(normalize("لاعب"))
    assert very_common(normalize("فضاء"))
    assert not very_common(normalize("حريري")) and not very_common(normalize("سيسي"))


def test_spellings_that_normalize_alike_are_one_word() -> None:
    # «أمريكا» and «امريكا» are counted together, so the pooled figure is at least each one's.
    assert zipf(normalize("الأمريكية")) > 4.0
    assert zipf(normalize("الأمريكية")) == zipf(normalize("الامريكيه"))


def test_words_the_list_writes_with_ta_marbuta_are_feminine_words() -> None:
    # Normalized, «عقيدة» (a creed) is spelled as «عقيده» (his colonel); the list tells them apart.
    assert feminine_word(normalize("عقيدة")) and feminine_word(normalize("سيولة"))
    assert not feminine_word(normalize("هروبه")) and not feminine_word(normalize("مسلسله"))


def test_a_word_outside_the_list_is_rare() -> None:
    assert zipf(normalize("كلمةلاتوجد")) == 0.0


@pytest.mark.parametrize("word", ["قالت", "يقرر", "هاجم", "مقتل"])
def test_verbs_and_nouns_have_arabic_forms_in_use(word: str) -> None:
    # فقالت; تقرر; هاجمت; بمقتل
    assert arabic_forms(normalize(word))


@pytest.mark.parametrize("word", ["ترامب", "روبرت", "روجيه", "ميركل", "وست"])
def test_foreign_names_have_none(word: str) -> None:
    # روجيه is no person of توجيه (only ي, ت, ن open a present); وست is too short for بوست.
    assert not arabic_forms(normalize(word))


@pytest.mark.parametrize("word", ["قتلت", "هاجمت", "سيجعل", "لتلاحظ", "وطردت"])
def test_a_verbs_past_future_and_present_are_verb_forms(word: str) -> None:
    # قتلوا; يهاجم; يجعل and تجعل; يلاحظ; يطرد behind «و»
    assert verb_form(normalize(word))


@pytest.mark.parametrize("word", ["روبرت", "جانيت", "ألبرت", "سيرجي", "باراك", "بوريس"])
def test_foreign_given_names_are_no_verb_forms(word: str) -> None:
    # سيرجي: يرجى is in use, ترجى is not; باراك is read as no «ب» + «أراك».
    assert not verb_form(normalize(word))
