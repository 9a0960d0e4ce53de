"""Reasons: worded by key in any language, kept in Redis as JSON, the cause inside."""

from __future__ import annotations

import pytest

from feeds.errors import Reason, short_url, status_error


def test_a_reason_words_its_cause_in_the_same_language() -> None:
    reason = Reason.of("connect", Reason.of("refused"), host="news.example")
    assert str(reason) == "cannot connect to news.example: connection refused (is the server up?)"
    wording = {"connect": "[{host}] {cause}", "refused": "REFUSED"}
    assert reason.words(wording) == "[news.example] REFUSED"


def test_values_stay_on_one_line() -> None:
    reason = Reason.of("other", detail="first\nsecond\tthird")
    assert str(reason) == "first second third"


def test_json_keeps_the_key_values_and_cause() -> None:
    reason = Reason.of(
        "redirected", Reason.of("private", host="10.0.0.1"), url="https://a.example/«x»"
    )
    assert Reason.from_json(reason.to_json()) == reason


@pytest.mark.parametrize(
    "stored",
    [
        pytest.param(None, id="nothing stored"),
        pytest.param("", id="empty"),
        pytest.param("not json", id="not JSON"),
        pytest.param('{"key": "from_a_newer_version", "values": {}}', id="unknown key"),
        pytest.param('{"key": "other", "values": []}', id="values not an object"),
    ],
)
def test_an_unreadable_stored_reason_falls_back_to_its_words(stored: str | None) -> None:
    assert Reason.from_json(stored, "the old words") == Reason.of("note", detail="the old words")
    assert Reason.from_json(stored, None) is None


def test_an_unknown_key_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        Reason.of("no_such_reason")


def test_http_errors_carry_the_advice_as_their_cause() -> None:
    error = status_error(429, 30)
    assert str(error) == (
        "the server answered HTTP 429 Too Many Requests: the site asks Rasd to wait 30 s"
    )
    assert error.reason.cause == Reason.of("http_429_wait", wait="30")
    assert str(status_error(599)) == (
        "the server answered HTTP 599: a problem on the site's side; Rasd will retry"
    )


def test_long_urls_are_cut_and_short_ones_kept() -> None:
    assert short_url("https://a.example/x") == "https://a.example/x"
    cut = short_url("https://a.example/" + "x" * 100)
    assert len(cut) == 60 and cut.endswith("…")
