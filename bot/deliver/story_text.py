"""What story grouping reads in an article: its word keys, lead, numbers and title words.

Pure: no Redis, no clock. The text goes through Rasd's own normalizer and
light stemmer (bot.match), so «الروسية», «بروسيا» and «روسيا» meet on the key
روسي, and «ترامب» in one outlet and «ترامب» with a clitic in another meet too.
Every reading the stemmer gives a token is kept as a feature (its marked keys,
ways the matcher compares a word, are not: they took an article's kept keys and
made each word count twice, and recall fell): a stray reading
(كوريا → وريا) costs nothing, because the other article's same token gives it
too and the rarity weights (bot.deliver.story_rarity) make it count only as
much as the word is rare.

Two bags of keys: the title and summary (what every feed item has), and the
lead of the full text when there is one (its first LEAD_WORDS words, where the
event is told: who, what, where). They are kept apart and scored apart
(bot.deliver.story_score), because a summary is often the lead itself, and
one bag of both would count those words twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot.article import Article
from bot.match.key_marks import names_a_word
from bot.match.normalize import tokenize
from bot.match.stemmer import text_keys

__all__ = ["LEAD_WORDS", "StoryText", "story_text"]

# Of the full text, when there is one: the lead, where the event is told. Measured on both
# labelled pair files (pairwise, cross-validated between them; benchmarks/story_quality.py):
# 30 to 60 words score alike, 100 and 150 lose precision at the same recall, the later
# paragraphs being background that other events of the same topic share.
LEAD_WORDS = 60
# Enough of the body's characters for LEAD_WORDS words (Arabic words average 5-6 letters).
_LEAD_CHARS = LEAD_WORDS * 12
MIN_KEY = 3  # shorter keys are particles (في، من، لا) or clitic leftovers
TITLE_WEIGHT = 2.0  # a title word counts as this many text words: the title names the event
# Numbers that are years say little about the event (2018 is in every article of 2018).
_YEAR = range(1900, 2100)


@dataclass(frozen=True, slots=True)
class StoryText:
    """An article as story grouping compares it."""

    counts: dict[str, float]  # word key -> weighted count (title words count TITLE_WEIGHT)
    lead: dict[str, float]  # word key -> count in the full text's lead (empty: no full text)
    title_words: tuple[str, ...]  # normalized title words, for near-identical titles
    title_keys: frozenset[str]  # the title's word keys
    numbers: frozenset[str]  # numbers of the title and summary other than years


@lru_cache(maxsize=200_000)  # as text_keys: words recur across articles
def _keys(word: str) -> frozenset[str]:
    # A marked key is a way the matcher compares a word, not a word: «#ال» is every
    # word with the article, «!» + word the word again.
    return frozenset(
        key
        for key in text_keys(word)
        if names_a_word(key) and (len(key) >= MIN_KEY or key.isdigit())
    )


def _is_number(word: str) -> bool:
    return word.isdigit() and not (len(word) == 4 and int(word) in _YEAR)


def story_text(article: Article) -> StoryText:
    """Return the words, keys and numbers story grouping compares an article by."""
    title = [token.text for token in tokenize(article.title)]
    summary = [token.text for token in tokenize(article.summary)]
    counts: dict[str, float] = {}
    title_keys: set[str] = set()
    for word in title:
        keys = _keys(word)
        title_keys |= keys
        for key in keys:
            counts[key] = counts.get(key, 0.0) + TITLE_WEIGHT
    for word in summary:
        for key in _keys(word):
            counts[key] = counts.get(key, 0.0) + 1.0
    lead: dict[str, float] = {}
    for token in tokenize(article.body[:_LEAD_CHARS])[:LEAD_WORDS]:
        for key in _keys(token.text):
            lead[key] = lead.get(key, 0.0) + 1.0
    numbers = {word for word in title + summary if _is_number(word)}
    return StoryText(
        counts=counts,
        lead=lead,
        title_words=tuple(title),
        title_keys=frozenset(title_keys),
        numbers=frozenset(numbers),
    )
