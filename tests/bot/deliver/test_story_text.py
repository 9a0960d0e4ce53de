"""What story grouping reads: the title and summary in one bag, the full text's lead in another."""

from __future__ import annotations

from bot.article import Article
from bot.deliver.story_text import LEAD_WORDS, story_text
from bot.match.key_marks import BARE, DEFINITE, ENDED, HIS


def article(title: str, summary: str = "", body: str = "") -> Article:
    return Article(
        id="f:1", feed_id="f", feed_name="f", link="https://f.example/1",
        title=title, summary=summary, body=body,
    )  # fmt: skip


def test_the_matchers_marks_are_no_words_two_stories_share() -> None:
    found = story_text(
        article("الحرب الأهلية في منزلها", "القوات الحكومية تتقدم", "أعلنت الحكومة الهدنة")
    )
    for keys in (found.title_keys, found.counts, found.lead):
        assert DEFINITE not in keys
        # The article, the word as written, an ending read off: ways to compare a word.
        assert not [key for key in keys if key.startswith((BARE, ENDED, HIS, "#"))]
    assert {"حرب", "منزل"} <= found.title_keys  # the words themselves, and their readings
    assert "حكوميه" in found.counts


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
