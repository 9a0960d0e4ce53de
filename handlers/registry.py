"""Every handler module registered in one place, in the order they are tried."""

from __future__ import annotations

from handlers import (
    admin,
    alert_actions,
    dead_letters,
    delivery,
    errors,
    feed_admin,
    pause,
    quiet,
    start,
    teams,
    term_list,
    term_test,
    unknown,
    watch,
)
from handlers.app_type import AnyApplication


def register_all(app: AnyApplication) -> None:
    """Attach every command group to the application, and the one error handler."""
    # teams first: its service messages and forwarded posts must not read as plain text.
    modules = (
        teams, start, watch, term_list, term_test, pause, delivery, quiet, alert_actions, admin,
        feed_admin, dead_letters, unknown,
    )  # fmt: skip
    for module in modules:
        module.register(app)
    app.add_error_handler(errors.on_error)
