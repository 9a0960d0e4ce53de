"""The feeds a web page names in its <link rel="alternate"> tags."""

from __future__ import annotations

from feeds.discovery import FeedLink, feed_links

PAGE_URL = "https://news.example/section/world/"


def head(*tags: str) -> str:
    return f"<!DOCTYPE html><html><head>{''.join(tags)}</head><body><p>خبر</p></body></html>"


def test_relative_links_resolve_against_the_page_url() -> None:
    page = head(
        '<link rel="alternate" type="application/rss+xml" title="العالم" href="rss.xml">',
        '<link rel="alternate" type="application/atom+xml" href="/atom.xml">',
        '<link rel="alternate" type="application/rss+xml" href="//cdn.example/all.xml">',
    )
    assert feed_links(page, PAGE_URL) == [
        FeedLink("https://news.example/section/world/rss.xml", "العالم"),
        FeedLink("https://news.example/atom.xml", ""),
        FeedLink("https://cdn.example/all.xml", ""),
    ]


def test_a_base_tag_moves_where_links_resolve() -> None:
    page = head(
        '<base href="https://static.example/feeds/">',
        '<link rel="alternate" type="application/rss+xml" href="main.xml">',
    )
    assert [link.url for link in feed_links(page, PAGE_URL)] == [
        "https://static.example/feeds/main.xml"
    ]


def test_only_feed_alternates_with_a_web_address_count() -> None:
    page = head(
        '<link rel="alternate" hreflang="en" href="/en/">',  # another language, not a feed
        '<link rel="stylesheet" type="application/rss+xml" href="/style.xml">',
        '<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">',
        '<link rel="alternate" type="application/rss+xml" href="">',
        '<LINK REL="Alternate Feed" TYPE="Application/RSS+XML; charset=utf-8" HREF="/ok.xml">',
    )
    assert [link.url for link in feed_links(page, PAGE_URL)] == ["https://news.example/ok.xml"]


def test_each_feed_once_with_its_first_title() -> None:
    page = head(
        '<link rel="alternate" type="application/rss+xml" title="الأول" href="/a.xml">',
        '<link rel="alternate" type="application/rss+xml" title="الثاني" href="/a.xml">',
    )
    assert feed_links(page, PAGE_URL) == [FeedLink("https://news.example/a.xml", "الأول")]


def test_a_page_without_feeds_or_with_broken_markup_gives_none() -> None:
    assert feed_links(head("<title>بلا مصدر</title>"), PAGE_URL) == []
    assert feed_links("<html><head><link rel=alternate type=", PAGE_URL) == []
