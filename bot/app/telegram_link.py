"""Whether the Bot API answers with our token: waited for at start, watched while running.

A token Telegram rejects ends the process (TokenRejectedError), within the
first getMe. A Bot API that does not answer is retried with backoff; each
change between answering and not is logged once, with the address, and while
it does not answer the process reports the problem through its health
(bot.app.heartbeat.Problems), so `rasd health` and `/health` say so. The bot
and sender roles wait for the first answer; the poller does not need it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from telegram import Bot
from telegram.error import InvalidToken, TelegramError

from bot.app.heartbeat import Problems
from bot.app.waits import wait_first

SUBJECT = "telegram"
log = logging.getLogger(__name__)


class TokenRejectedError(Exception):
    """The Bot API refused TELEGRAM_BOT_TOKEN; the text says what to check (never the token)."""


class TelegramLink:
    """Asks the Bot API getMe until stopped; the roles that talk to Telegram wait on it."""

    def __init__(
        self, bot: Bot, address: str, problems: Problems, *,
        recheck: float = 30.0, max_wait: float = 60.0,
    ) -> None:  # fmt: skip
        self._bot = bot
        self._address = address
        self._problems = problems
        self._recheck = recheck
        self._max_wait = max_wait
        self._answered = asyncio.Event()

    async def ready(self, stop: asyncio.Event) -> bool:
        """Wait until the Bot API answered once; False when stopped first."""
        await wait_first(self._answered.wait(), stop.wait())
        return self._answered.is_set() and not stop.is_set()

    async def run(self, stop: asyncio.Event) -> None:
        """Check the link until stopped; raise TokenRejectedError when the token is refused."""
        answering: bool | None = None  # None: not asked yet
        wait = 1.0
        down_since = 0.0
        try:
            while not stop.is_set():
                try:
                    me = await self._bot.get_me()
                except InvalidToken as exc:
                    raise self._rejected(exc.message) from None
                except TelegramError as exc:
                    if answering is not False:
                        down_since = time.time()
                        log.warning(
                            "telegram: the Bot API at %s does not answer (%s); the bot and "
                            "the sender wait for it, retrying with backoff up to every %.0f s",
                            self._address, exc.message, self._max_wait,
                        )  # fmt: skip
                    answering = False
                    self._problems.report(SUBJECT, self._down_text(down_since))
                    pause, wait = wait, min(wait * 2, self._max_wait)
                else:
                    if answering is None:
                        log.info("telegram: the Bot API at %s answers as @%s", self._address,
                                 me.username)  # fmt: skip
                    elif answering is False:
                        log.warning("telegram: the Bot API at %s answers again; carrying on",
                                    self._address)  # fmt: skip
                    answering, wait = True, 1.0
                    self._problems.clear(SUBJECT)
                    self._answered.set()
                    pause = self._recheck
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), pause)
        finally:
            # Only getMe was used: its connection pool is all there is to close.
            await self._bot.request.shutdown()

    def _down_text(self, since: float) -> str:
        clock = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(since))
        return (
            f"the Telegram Bot API at {self._address} does not answer (since {clock}); "
            "alerts wait in Redis until it does"
        )

    def _rejected(self, answer: str) -> TokenRejectedError:
        return TokenRejectedError(
            f"the Bot API at {self._address} rejected TELEGRAM_BOT_TOKEN ({answer}). "
            "Copy the token again from @BotFather (/mybots → API Token); if "
            f"{self._address} is not the Bot API server you meant, correct "
            "TELEGRAM_API_BASE_URL"
        )
