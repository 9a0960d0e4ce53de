"""Why a feed could not be read, in words meant for an admin."""

from __future__ import annotations

from http import HTTPStatus


class FetchError(Exception):
    """The feed could not be fetched; the text says what went wrong and what to do."""

    def __init__(
        self, message: str, *, retry_after: float | None = None, status: int | None = None
    ) -> None:
        # Admins read these in one log or chat line; server-supplied text must not break it.
        super().__init__(" ".join(message.split()))
        self.retry_after = retry_after
        self.status = status


_ADVICE = {
    400: "the site did not accept Rasd's request; check the URL",
    401: "the feed needs a login, which Rasd does not support",
    403: "the site refuses Rasd (it may block bots)",
    404: "the feed is no longer at this address; check the URL",
    410: "the site has removed this feed for good; find its new address or remove it",
    451: "the feed is blocked for legal reasons",
}


def _phrase(status: int) -> str:
    try:
        return f" {HTTPStatus(status).phrase}"
    except ValueError:
        return ""


def _advice(status: int, retry_after: float | None) -> str:
    wait = f"{retry_after:.0f} s" if retry_after is not None else None
    if status == 429:
        return f"the site asks Rasd to wait {wait}" if wait else "the site asks Rasd to slow down"
    if status == 503 and wait:
        return f"the site is down for now and asks Rasd to wait {wait}"
    if status >= 500:
        return "a problem on the site's side; Rasd will retry"
    if status in _ADVICE:
        return _ADVICE[status]
    if status >= 400:
        return "the site refused the request; check the URL"
    return "Rasd cannot use this answer; open the URL in a browser to see what the site sends"


def status_error(status: int, retry_after: float | None = None) -> FetchError:
    """Return the error for an HTTP answer that carries no feed."""
    return FetchError(
        f"the server answered HTTP {status}{_phrase(status)}: {_advice(status, retry_after)}",
        retry_after=retry_after,
        status=status,
    )
