"""The words an article is grouped into stories by."""

from __future__ import annotations

from bot.article import Article
from bot.deliver.story_text import story_text
from bot.match.stemmer import DEFINITE


def test_the_mark_of_the_article_is_no_word_two_stories_share() -> None:
    news = Article(id="a", feed_id="f", feed_name="ص", link="https://x.example/a",
                   title="الحرب الأهلية في البلاد", summary="القوات الحكومية تتقدم")  # fmt: skip
    found = story_text(news)
    assert DEFINITE not in found.title_keys
    assert DEFINITE not in found.counts
    assert "حرب" in found.title_keys
