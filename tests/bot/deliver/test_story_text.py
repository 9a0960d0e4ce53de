"""What story grouping reads: the title and summary in one bag, the full text's lead in another."""

from __future__ import annotations

from bot.article import Article
from bot.deliver.story_text import LEAD_WORDS, story_text
from bot.match.key_marks import DEFINITE


def article(title: str, summary: str = "", body: str = "") -> Article:
    return Article(
        id="f:1", feed_id="f", feed_name="f", link="https://f.example/1",
        title=title, summary=summary, body=body,
    )  # fmt: skip


def test_the_mark_of_the_article_is_no_word_two_stories_share() -> None:
    found = story_text(
        article("الحرب الأهلية في البلاد", "القوات الحكومية تتقدم", "أعلنت الحكومة الهدنة")
    )
    assert DEFINITE not in found.title_keys
    assert DEFINITE not in found.counts
    assert DEFINITE not in found.lead
    assert "حرب" in found.title_keys


def test_the_lead_is_the_start_of_the_full_text_only() -> None:
    body = "اعترضت الدفاعات الجوية صواريخ أطلقت باتجاه جازان " + "خلفية " * 200 + "ختام"
    text = story_text(article("اعتراض صواريخ", "بيان التحالف", body))
    assert "جازان" in text.lead and "اعترضت" in text.lead
    assert "ختام" not in text.lead  # beyond the lead: background, not the event
    # Seven words of event, then background words up to LEAD_WORDS in all.
    assert text.lead["خلفيه"] == LEAD_WORDS - 7
    # The lead is its own bag: the title and summary bag does not count its words.
    assert "جازان" not in text.counts
    assert "بيان" in text.counts


def test_no_full_text_no_lead() -> None:
    text = story_text(article("اعتراض صواريخ فوق جازان", "أعلن التحالف اعتراض صواريخ"))
    assert text.lead == {}
    assert "جازان" in text.counts
