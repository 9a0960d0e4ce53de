"""When to poll a feed next: pure time maths, no I/O."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IntervalRules:
    """The configured bounds every feed's timing obeys; all in seconds."""

    default: int
    max_interval: int
    max_backoff: int
    disable_after: int


@dataclass(frozen=True, slots=True)
class Hints:
    """What the feed itself said about how often to come back."""

    ttl_minutes: int | None = None
    max_age: int | None = None


def regular_interval(configured: int | None, hints: Hints, rules: IntervalRules) -> int:
    """Return the wait after a good poll.

    An interval set for the feed in config is kept exactly, even 1 s, because
    whoever wrote it knows the feed. Otherwise the feed may ask, through
    ``<ttl>`` or Cache-Control, to be polled less often, up to max_interval,
    but never more often than the default.
    """
    if configured is not None:
        return configured
    asked = max((hints.ttl_minutes or 0) * 60, hints.max_age or 0)
    return max(rules.default, min(asked, rules.max_interval))


def backoff_interval(
    base: int, failures: int, retry_after: float | None, rules: IntervalRules
) -> float:
    """Return the wait after the `failures`-th failure in a row: doubling, capped.

    A server's Retry-After is honoured when it asks for longer, within the same cap.
    """
    doubled = base * 2 ** min(max(failures - 1, 0), 30)
    wait = min(float(doubled), float(rules.max_backoff))
    if retry_after is not None:
        wait = max(wait, min(retry_after, float(rules.max_backoff)))
    return max(wait, 1.0)


def should_disable(failing_since: float | None, now: float, rules: IntervalRules) -> bool:
    """Tell whether a feed has failed for long enough to be switched off."""
    return failing_since is not None and now - failing_since >= rules.disable_after


def items_per_day(items_new: int, primed_at: float | None, now: float) -> float | None:
    """Return new items per day since the first poll, or None before an hour has passed."""
    if primed_at is None or now - primed_at < 3600:
        return None
    return items_new * 86_400 / (now - primed_at)
