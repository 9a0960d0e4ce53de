"""Which feed URLs may be added; no test here touches the network (hosts are IP literals)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.config import Config
from bot.environment import Env
from bot.settings_validation import parse_settings
from bot.store.feed_admission import FeedRefusedError, checked_feed
from feeds.feed import Feed

PUBLIC = "http://93.184.216.34/rss"
LOOPBACK = "http://127.0.0.1/rss"


def config(**settings: Any) -> Config:
    return Config(settings=parse_settings(settings, "config.yaml"), env=Env.from_environ({}))


async def refusal(cfg: Config, url: str, interval: int | None = None) -> str:
    with pytest.raises(FeedRefusedError) as caught:
        await checked_feed(cfg, url, None, interval)
    return str(caught.value)


async def test_a_public_address_is_accepted() -> None:
    feed = await checked_feed(config(), f"  {PUBLIC} ", "أخبار\n العالم\t", 600)
    assert feed == Feed.from_url(PUBLIC, "أخبار العالم", 600)


async def test_a_feed_without_a_name_is_named_after_its_host() -> None:
    feed = await checked_feed(config(), PUBLIC, None, None)
    assert (feed.name, feed.interval) == ("93.184.216.34", None)


async def test_a_long_name_is_cut() -> None:
    feed = await checked_feed(config(), PUBLIC, "مصدر " * 50, None)
    assert len(feed.name) == 100


@pytest.mark.parametrize(
    "url",
    [
        pytest.param(LOOPBACK, id="loopback"),
        pytest.param("http://10.1.2.3/feed.xml", id="private"),
        pytest.param("http://169.254.169.254/latest/meta-data", id="link-local"),
        pytest.param("http://[::1]/rss", id="ipv6-loopback"),
    ],
)
async def test_a_private_network_address_is_refused(url: str) -> None:
    message = await refusal(config(), url)
    assert "private or local address" in message
    assert "allow_private_feeds" in message


async def test_private_addresses_are_accepted_when_the_config_allows_them() -> None:
    feed = await checked_feed(config(allow_private_feeds=True), LOOPBACK, "محلي", None)
    assert feed.url == LOOPBACK


async def test_a_private_network_listed_in_the_config_is_accepted() -> None:
    cfg = config(polling={"private_networks": ["10.1.0.0/16"]})
    assert (await checked_feed(cfg, "http://10.1.2.3/rss", None, None)).url == "http://10.1.2.3/rss"
    assert "private or local" in await refusal(cfg, "http://10.2.0.1/rss")


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("ftp://93.184.216.34/rss", id="ftp"),
        pytest.param("file:///etc/passwd", id="file"),
        pytest.param("93.184.216.34/rss", id="no-scheme"),
        pytest.param("http:///rss", id="no-host"),
    ],
)
async def test_a_non_http_url_is_refused(url: str) -> None:
    message = await refusal(config(), url)
    assert url in message
    assert "must be an http:// or https:// URL" in message


@pytest.mark.parametrize("interval", [0, -5, 86_401])
async def test_an_interval_out_of_range_is_refused(interval: int) -> None:
    message = await refusal(config(), PUBLIC, interval)
    assert f"--interval {interval}" in message
    assert "1 to 86400 seconds" in message
