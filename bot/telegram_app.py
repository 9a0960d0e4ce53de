"""The python-telegram-bot Application, built from the settings."""

from __future__ import annotations

from telegram.ext import AIORateLimiter, ApplicationBuilder

from bot.settings import Config
from handlers.app_type import AnyApplication
from handlers.registry import register_all


def build_application(config: Config) -> AnyApplication:
    """Build the Application against the configured Bot API server."""
    token = config.env.telegram_token
    if token is None:
        raise ValueError("build_application needs TELEGRAM_BOT_TOKEN")
    base = config.env.telegram_api_base_url
    app = (
        ApplicationBuilder()
        .token(token.get_secret_value())
        .base_url(f"{base}/bot")
        .base_file_url(f"{base}/file/bot")
        .rate_limiter(AIORateLimiter())
        .build()
    )
    register_all(app)
    return app
