"""The /feeds blocks: durations in words, and messages that stay under Telegram's limit."""

from __future__ import annotations

import pytest

from bot.lang import Lang
from handlers.feed_cards import messages, span


@pytest.mark.parametrize(
    ("seconds", "lang", "expected"),
    [
        pytest.param(0, "ar", "0 ثانية", id="nothing"),
        pytest.param(1, "ar", "ثانية واحدة", id="one second"),
        pytest.param(45, "ar", "45 ثانية", id="seconds"),
        pytest.param(120, "ar", "دقيقتين", id="two minutes, after قبل or بعد"),
        pytest.param(300, "ar", "5 دقائق", id="five minutes"),
        pytest.param(3599, "ar", "59 دقيقة", id="cut down, never rounded up to an hour"),
        pytest.param(7200, "ar", "ساعتين", id="two hours"),
        pytest.param(11 * 86_400, "ar", "11 يومًا", id="eleven days"),
        pytest.param(-5, "ar", "0 ثانية", id="a clock step back"),
        pytest.param(3600, "en", "1 hour", id="english one"),
        pytest.param(3 * 86_400, "en", "3 days", id="english many"),
    ],
)
def test_span_names_the_largest_whole_unit(seconds: float, lang: Lang, expected: str) -> None:
    assert span(seconds, lang) == expected


def test_blocks_are_packed_into_messages_under_the_limit_and_never_split() -> None:
    blocks = [f"<b>مصدر {n}</b>\n" + "س" * 90 for n in range(100)]
    packed = messages(blocks, limit=1000)
    assert len(packed) > 1 and all(len(message) <= 1000 for message in packed)
    assert "\n\n".join(packed) == "\n\n".join(blocks)
