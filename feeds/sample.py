"""Rasd's bundled sample feed, for console mode without a network."""

from __future__ import annotations

from importlib import resources

from feeds.feed import Feed

SAMPLE_FEED = Feed(id="sample", url="sample:rasd-sample.xml", name="رصد (عينة)")


def sample_bytes() -> bytes:
    """Return the sample feed document shipped inside the package."""
    return resources.files("feeds").joinpath("sample/rasd-sample.xml").read_bytes()
