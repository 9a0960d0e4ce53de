"""The python-telegram-bot Application, built from the settings."""

from __future__ import annotations

from typing import Any

from redis.asyncio import Redis
from telegram.ext import AIORateLimiter, ApplicationBuilder, BaseRateLimiter

from bot.config import Config
from bot.store.team_config import apply_teams
from handlers.app_type import AnyApplication
from handlers.menu import set_menus
from handlers.registry import register_all
from handlers.services import Services, attach


def build_application(
    config: Config, redis: Redis, rate_limiter: BaseRateLimiter[Any] | None = None
) -> AnyApplication:
    """Build the Application against the configured Bot API server and the Redis store.

    Without a rate limiter given, PTB's AIORateLimiter keeps sends under
    Telegram's published limits.
    """
    token = config.env.telegram_token
    if token is None:
        raise ValueError("build_application needs TELEGRAM_BOT_TOKEN")
    services = Services.build(config, redis)

    async def post_init(app: AnyApplication) -> None:
        await apply_teams(config.settings, services.chats, services.subscriptions)
        await set_menus(app.bot, await services.admins.everyone())

    base = config.env.telegram_api_base_url
    app = (
        ApplicationBuilder()
        .token(token.get_secret_value())
        .base_url(f"{base}/bot")
        .base_file_url(f"{base}/file/bot")
        .rate_limiter(rate_limiter or AIORateLimiter())
        .post_init(post_init)
        .build()
    )
    attach(app.bot_data, services)
    register_all(app)
    return app
