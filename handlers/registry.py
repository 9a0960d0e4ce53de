"""Every handler module registered in one place."""

from __future__ import annotations

from handlers import start
from handlers.app_type import AnyApplication


def register_all(app: AnyApplication) -> None:
    """Attach every command group to the application."""
    start.register(app)
