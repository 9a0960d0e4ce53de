"""/test TERM: which recent articles a term would have caught, with the matches in bold."""

from __future__ import annotations

import asyncio
import html
from collections.abc import Sequence

from telegram import Update
from telegram.ext import CommandHandler

from bot.article import Article
from bot.count_phrase import ARTICLE, count_phrase
from bot.deliver.alert_html import marked, safe_link
from bot.lang import Lang
from bot.match.matcher import Hit, MatchIndex
from bot.match.query import Limits
from handlers.app_type import AnyApplication
from handlers.term_advice import advice
from handlers.texts import isolate, text
from handlers.turn import Context, begin, reply
from handlers.watch import TEST, checked_term

SHOWN = 5
TITLE_CHARS = 200
SUMMARY_CHARS = 160


def _spans(hit: Hit, field: str) -> list[tuple[int, int]]:
    return [(span.start, span.end) for span in hit.spans if span.field == field]


def render_example(article: Article, hit: Hit) -> str:
    """Show one caught article: its title, and the first match in the summary or
    the body when the title has none."""
    title_spans = _spans(hit, "title")
    lines = ["• " + marked(article.title, title_spans, TITLE_CHARS)]
    if not title_spans:
        field = hit.spans[0].field
        lines.append("  " + marked(getattr(article, field), _spans(hit, field), SUMMARY_CHARS))
    source = html.escape(article.feed_name)
    href = safe_link(article.link)
    if href is not None:
        source = f'<a href="{href}">{source}</a>'
    lines.append(f"  📰 {source}")
    return "\n".join(lines)


def render_test(term: str, total: int, caught: Sequence[tuple[Article, Hit]], lang: Lang) -> str:
    """Return the /test reply: how many of `total` articles matched, and the newest few."""
    shown = isolate(term)
    notes = advice(term, lang)
    if total == 0:
        parts = [text("test_empty", lang)]
    else:
        articles = count_phrase(total, ARTICLE, lang, "oblique")
        if not caught:
            parts = [text("test_none", lang, term=shown, articles=articles)]
        else:
            parts = [text("test_head", lang, term=shown, count=len(caught), articles=articles)]
            parts.extend(render_example(article, hit) for article, hit in caught[:SHOWN])
            if len(caught) > SHOWN:
                parts.append(text("test_more", lang, more=len(caught) - SHOWN))
    return "\n\n".join([*parts, notes] if notes else parts)


def catch(term: str, articles: Sequence[Article], limits: Limits) -> list[tuple[Article, Hit]]:
    """Return the articles the term matches, newest first."""
    index = MatchIndex(limits)
    index.add(term)
    caught = []
    for article in reversed(articles):
        hits = index.match(article)
        if hits:
            caught.append((article, hits[0]))
    return caught


async def test_term(update: Update, context: Context) -> None:
    """Run a term over the most recent articles and show what it catches."""
    turn = await begin(update, context)
    if turn is None:
        return
    term = await checked_term(update, turn, TEST)
    if term is None:
        return
    services = turn.services
    articles = await services.articles.recent(services.limits.test_articles)
    limits = Limits(max_length=services.limits.term_length)
    # Tens of milliseconds for 500 articles: off the event loop, so other chats are not held up.
    caught = await asyncio.to_thread(catch, term, articles, limits)
    await reply(update, render_test(term, len(articles), caught, turn.lang))


def register(app: AnyApplication) -> None:
    """Add this module's handlers to the application."""
    app.add_handler(CommandHandler("test", test_term))
