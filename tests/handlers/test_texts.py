"""The bot's texts: every reason a feed can fail for has Arabic words with the same blanks."""

from __future__ import annotations

import string

import pytest

from feeds.errors import ENGLISH, Reason
from handlers.texts import REASONS_AR, reason_words


def blanks(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(ENGLISH))
def test_each_reason_has_arabic_words_with_the_same_blanks(key: str) -> None:
    assert key in REASONS_AR
    assert blanks(REASONS_AR[key]) == blanks(ENGLISH[key])


def test_no_arabic_words_for_reasons_that_do_not_exist() -> None:
    assert set(REASONS_AR) == set(ENGLISH)


def test_a_reason_is_worded_in_the_chats_language_cause_included() -> None:
    reason = Reason.of("connect", Reason.of("dns"), host="akhbar.example")
    assert reason_words(reason, "ar") == (
        "تعذّر الاتصال بـ akhbar.example: اسم الموقع لا يدل على عنوان "
        "(لا شبكة، أو خطأ في كتابة الرابط؟)"
    )
    assert reason_words(reason, "en") == str(reason)
