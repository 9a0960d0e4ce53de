"""A word written with a hamza on its first alef is not the article and a word."""

from __future__ import annotations

from bot.match.hamza_articles import hamza_starts
from bot.match.matcher import matches
from bot.match.normalize import tokenize


def _starts(text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[t.start : t.end] for t in tokens if t.start in hamza_starts(text, tokens)]


def test_words_with_a_hamzad_alef_and_lam_are_found_behind_proclitics() -> None:
    assert _starts("فريق ألماني ووألمانية بألاباما وإلهام") == ["ألماني", "بألاباما", "وإلهام"]


def test_the_article_itself_is_not() -> None:
    assert _starts("المنتخب الألماني والأمن") == []


def _found(term: str, title: str) -> bool:
    return matches(term, title) is not None


def test_a_term_typed_without_the_article_is_not_found_after_a_hamzad_alef() -> None:
    assert not _found("ماني", "فوز فريق ألماني على الضيوف")
    assert not _found("بان", "ارتفاع أسعار منتجات ألبان")
    assert _found("ماني", "هدف ساديو ماني في الشباك")


def test_a_term_with_the_article_in_its_letters_still_is() -> None:
    assert _found("ألمانيا", "فوز ألمانيا على البرازيل")
    assert _found("الماني", "فوز فريق ألماني على الضيوف")
