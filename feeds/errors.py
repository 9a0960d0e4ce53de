"""Why a feed could not be read, in words meant for an admin."""


class FetchError(Exception):
    """The feed could not be fetched; the text says what went wrong."""
