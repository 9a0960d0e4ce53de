"""The bot's texts: one key per text across the groups, and Arabic for every feed failure."""

from __future__ import annotations

import importlib
import pkgutil
import string

import pytest

import handlers.texts
from feeds.errors import ENGLISH, Reason
from handlers.texts import REASONS_AR, TEXTS, Lang, reason_words
from handlers.texts.catalog import merge


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


def test_a_key_in_two_groups_is_refused() -> None:
    hello: dict[str, dict[Lang, str]] = {"hello": {"ar": "أهلًا", "en": "Hello"}}
    other: dict[str, dict[Lang, str]] = {
        "bye": {"ar": "وداعًا", "en": "Bye"},
        "hello": {"ar": "مرحبًا", "en": "Hi"},
    }
    with pytest.raises(ValueError, match="'hello' is in both start and teams"):
        merge({"start": hello, "teams": other})


def test_every_group_module_is_in_texts() -> None:
    package = handlers.texts
    groups = [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
        if info.name != "catalog"
    ]
    grouped = {key: words for group in groups for key, words in getattr(group, "TEXTS", {}).items()}
    assert grouped == TEXTS
