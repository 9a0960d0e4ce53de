"""When a feed is polled next: configured intervals, feed hints, backoff, switching off."""

from __future__ import annotations

import pytest

from feeds.intervals import (
    Hints,
    IntervalRules,
    backoff_interval,
    items_per_day,
    regular_interval,
    should_disable,
)

RULES = IntervalRules(default=300, max_interval=3600, max_backoff=7200, disable_after=86_400)


def test_an_interval_set_in_config_is_kept_even_at_one_second() -> None:
    assert regular_interval(1, Hints(ttl_minutes=60, max_age=900), RULES) == 1


def test_without_hints_the_default_applies() -> None:
    assert regular_interval(None, Hints(), RULES) == 300


def test_a_feed_may_ask_to_be_polled_less_often_up_to_the_cap() -> None:
    assert regular_interval(None, Hints(ttl_minutes=15), RULES) == 900
    assert regular_interval(None, Hints(max_age=1200), RULES) == 1200
    assert regular_interval(None, Hints(ttl_minutes=24 * 60), RULES) == 3600


def test_a_feed_cannot_make_rasd_poll_more_often_than_the_default() -> None:
    assert regular_interval(None, Hints(ttl_minutes=1, max_age=10), RULES) == 300


@pytest.mark.parametrize(
    ("failures", "wait"), [(1, 300), (2, 600), (3, 1200), (5, 4800), (6, 7200)]
)
def test_backoff_doubles_up_to_the_cap(failures: int, wait: float) -> None:
    assert backoff_interval(300, failures, None, RULES) == wait


def test_retry_after_is_honoured_when_longer_within_the_cap() -> None:
    assert backoff_interval(300, 1, 1800.0, RULES) == 1800
    assert backoff_interval(300, 1, 10.0, RULES) == 300
    assert backoff_interval(300, 1, 10**9, RULES) == 7200


def test_a_huge_failure_count_does_not_overflow() -> None:
    assert backoff_interval(300, 10_000, None, RULES) == 7200


def test_disable_only_after_failing_for_the_configured_time() -> None:
    assert not should_disable(None, 10**6, RULES)
    assert not should_disable(1000.0, 1000.0 + 86_399, RULES)
    assert should_disable(1000.0, 1000.0 + 86_400, RULES)


def test_items_per_day_waits_an_hour_then_extrapolates() -> None:
    assert items_per_day(5, None, 10_000) is None
    assert items_per_day(5, 0.0, 3599) is None
    assert items_per_day(12, 0.0, 43_200) == 24.0
