"""A word written with a hamza on its first alef is not the article and a word."""

from __future__ import annotations

from bot.match.matcher import matches


def _found(term: str, title: str) -> bool:
    return matches(term, title) is not None


def test_a_term_typed_without_the_article_is_not_found_after_a_hamzad_alef() -> None:
    assert not _found("ماني", "فوز فريق ألماني على الضيوف")
    assert not _found("ماني", "وزير وألمانية")
    assert not _found("بان", "ارتفاع أسعار منتجات ألبان")
    assert _found("ماني", "هدف ساديو ماني في الشباك")


def test_the_article_written_bare_still_reads_as_the_article() -> None:
    assert _found("أمن", "قال مسؤول الأمن إن")


def test_a_term_with_the_article_in_its_letters_still_is() -> None:
    assert _found("ألمانيا", "فوز ألمانيا على البرازيل")
    assert _found("الماني", "فوز فريق ألماني على الضيوف")
