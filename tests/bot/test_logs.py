"""Log lines: the human format by default, one JSON object per line when asked."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
from collections.abc import Iterator

import pytest

from bot.logs import JsonFormatter, RedactingFormatter, TextFormatter, formatter, parse_log_format
from tests.conftest import REPO


@pytest.fixture
def lines() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """Yield a logger writing JSON lines into a buffer."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("rasd.test.json")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield logger, buffer
    logger.removeHandler(handler)


def parsed(buffer: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


def test_each_event_is_one_json_object_with_the_basics(
    lines: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, buffer = lines
    logger.info("poller: %d feeds due\nsecond line", 3)
    logger.warning("تعذّر الإرسال")
    first, second = parsed(buffer)
    assert first["level"] == "INFO" and first["logger"] == "rasd.test.json"
    assert first["message"] == "poller: 3 feeds due\nsecond line"
    assert str(first["time"]).endswith("Z") and "T" in str(first["time"])
    assert second == {**second, "level": "WARNING", "message": "تعذّر الإرسال"}
    assert "تعذّر" in buffer.getvalue()  # Arabic stays readable, not \\u escapes
    assert "chat" not in first and "feed" not in first


def test_ids_come_from_extra_and_from_key_value_tokens(
    lines: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, buffer = lines
    logger.info("alert sent", extra={"chat": -1001234, "feed": "ab12cd34ef56", "alert": "a:1"})
    logger.info("alert sent: chat=%s feed=%s article=%s", -1005, "f00d", "art9")
    logger.warning("feed=%s: Redis did not answer (%s)", "beef01", "timeout")
    logger.info("chat=%s user=%s failed, alert=%s.", 77, 88, "x1:77")
    logger.info("chat=12 wins over nothing", extra={"chat": 99})
    logger.info("subchat=1 refeed=2 not ids")
    with_extra, tokens, colon, punct, both, lookalike = parsed(buffer)
    assert (with_extra["chat"], with_extra["feed"], with_extra["alert"]) == (
        -1001234, "ab12cd34ef56", "a:1",
    )  # fmt: skip
    assert (tokens["chat"], tokens["feed"], tokens["article"]) == (-1005, "f00d", "art9")
    assert colon["feed"] == "beef01"
    assert (punct["chat"], punct["user"], punct["alert"]) == (77, 88, "x1:77")
    assert both["chat"] == 99  # the explicit value is the true one
    assert "chat" not in lookalike and "feed" not in lookalike


def test_exceptions_are_kept_in_the_same_line(lines: tuple[logging.Logger, io.StringIO]) -> None:
    logger, buffer = lines
    try:
        raise ValueError("bad feed")
    except ValueError:
        logger.exception("feed=%s: unexpected error while polling", "ff")
    [entry] = parsed(buffer)
    assert entry["feed"] == "ff"
    assert "ValueError: bad feed" in str(entry["exception"])


def test_the_text_format_stays_and_shows_ids_given_only_as_extra() -> None:
    record = logging.LogRecord("rasd.x", logging.INFO, __file__, 1, "sent to %s", ("x",), None)
    record.chat = 5
    line = TextFormatter().format(record)
    assert " INFO rasd.x: sent to x chat=5" in line
    plain = logging.LogRecord("rasd.x", logging.INFO, __file__, 1, "chat=%s ok", (6,), None)
    plain.chat = 6
    assert TextFormatter().format(plain).endswith("rasd.x: chat=6 ok")


def test_the_format_setting_is_json_or_text() -> None:
    assert parse_log_format(None) == "text"
    assert parse_log_format("") == "text"
    assert parse_log_format(" JSON ") == "json"
    assert parse_log_format("text") == "text"
    with pytest.raises(ValueError, match="RASD_LOG_FORMAT must be 'text' or 'json'"):
        parse_log_format("yaml")


def test_setup_logging_writes_json_lines_to_stderr() -> None:
    script = (
        "import logging\n"
        "from bot.logs import setup_logging\n"
        "setup_logging(log_format='json')\n"
        "logging.getLogger('rasd.child').info('fan-out: feed=%s matched=%d', 'abc', 2)\n"
        "logging.getLogger('httpx').info('hidden')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    [line] = done.stderr.splitlines()
    entry = json.loads(line)
    assert entry["logger"] == "rasd.child" and entry["feed"] == "abc"
    assert entry["message"] == "fan-out: feed=abc matched=2"
    text_run = subprocess.run(
        [sys.executable, "-c", script.replace("log_format='json'", "")],
        cwd=REPO, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert text_run.stderr.strip().endswith("INFO rasd.child: fan-out: feed=abc matched=2")


def test_secrets_never_reach_a_log_line_nor_its_traceback() -> None:
    secret = "AAHsecretPART-never-shown"
    redacting = RedactingFormatter(formatter("text"), [secret])
    try:
        raise ValueError(f"The token `4242:{secret}` was rejected by the server.")
    except ValueError as exc:
        record = logging.LogRecord(
            "telegram", logging.ERROR, __file__, 1, "POST https://api.telegram.org/bot4242:%s/getMe",
            (secret,), (type(exc), exc, exc.__traceback__),
        )  # fmt: skip
    line = redacting.format(record)
    assert secret not in line
    assert "bot4242:***/getMe" in line and "The token `4242:***` was rejected" in line
