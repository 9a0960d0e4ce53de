"""The command menus Telegram shows, in Arabic and English, for private chats, groups and admins."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

from telegram import (
    Bot,
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
)
from telegram.error import TelegramError

from bot.lang import LANGS, Lang

log = logging.getLogger(__name__)

DESCRIPTIONS: dict[str, dict[Lang, str]] = {
    "start": {"ar": "ما هو رصد", "en": "What Rasd does"},
    "help": {"ar": "الأوامر وصيغة العبارات", "en": "Commands and term syntax"},
    "watch": {"ar": "تابِع عبارة", "en": "Watch a term"},
    "unwatch": {"ar": "أوقف متابعة عبارة", "en": "Stop watching a term"},
    "list": {"ar": "عباراتك", "en": "Your terms"},
    "test": {"ar": "جرّب عبارة على آخر الأخبار", "en": "Try a term on the latest news"},
    "pause": {"ar": "أوقف التنبيهات مؤقتًا", "en": "Pause alerts"},
    "resume": {"ar": "استأنف التنبيهات", "en": "Resume alerts"},
    "mode": {"ar": "فوري أو ملخص كل ساعة أو كل يوم", "en": "Instant, hourly or daily digest"},
    "timezone": {"ar": "المنطقة الزمنية", "en": "Time zone"},
    "quiet": {"ar": "ساعات الهدوء: بلا صوت أو في ملخص", "en": "Quiet hours: silent or a digest"},
    "preview": {"ar": "معاينة رابط الخبر تحت التنبيه", "en": "Article link preview under alerts"},
    "stories": {
        "ar": "الخبر نفسه من عدة مصادر: مرة أو من كل مصدر",
        "en": "Same news, several outlets: once or each",
    },
    "lang": {"ar": "اللغة: العربية أو English", "en": "Language: English or العربية"},
    "channel": {"ar": "أدِر عبارات قناة", "en": "Manage a channel's terms"},
    "here": {"ar": "أرسل التنبيهات إلى هذا الموضوع", "en": "Send alerts to this topic"},
    "addfeed": {"ar": "أضف مصدرًا", "en": "Add a feed"},
    "rmfeed": {"ar": "احذف مصدرًا", "en": "Remove a feed"},
    "feeds": {"ar": "حالة المصادر", "en": "Feed health"},
    "stats": {"ar": "الإحصاءات", "en": "Statistics"},
    "dead": {"ar": "التنبيهات التي تعذّر تسليمها", "en": "Undelivered alerts"},
    "replay": {"ar": "أعِد إرسال التنبيهات المتعذّرة", "en": "Send undelivered alerts again"},
    "admin": {"ar": "أضف مشرفًا أو أزله", "en": "Add or remove an admin"},
}
# In a group the commands act on the group's terms, not the reader's own.
GROUP_DESCRIPTIONS: dict[str, dict[Lang, str]] = {
    **DESCRIPTIONS,
    "watch": {"ar": "تابِع عبارة للمجموعة", "en": "Watch a term for the group"},
    "unwatch": {"ar": "أوقف متابعة عبارة للمجموعة", "en": "Stop watching a term for the group"},
    "list": {"ar": "عبارات المجموعة", "en": "The group's terms"},
    "pause": {"ar": "أوقف تنبيهات المجموعة مؤقتًا", "en": "Pause the group's alerts"},
    "resume": {"ar": "استأنف تنبيهات المجموعة", "en": "Resume the group's alerts"},
    "help": {"ar": "رصد في هذه المجموعة", "en": "Rasd in this group"},
}
PRIVATE = (
    "start", "watch", "unwatch", "list", "test", "pause", "resume", "mode", "timezone", "quiet",
    "preview", "stories", "lang", "channel", "help",
)  # fmt: skip
GROUP = (
    "watch", "unwatch", "list", "test", "pause", "resume", "mode", "timezone", "quiet", "preview",
    "stories", "here", "lang", "help",
)  # fmt: skip
ADMIN = (*PRIVATE, "addfeed", "rmfeed", "feeds", "stats", "dead", "replay", "admin")


Descriptions = Mapping[str, Mapping[Lang, str]]


def commands(
    names: Iterable[str], lang: Lang, words: Descriptions = DESCRIPTIONS
) -> list[BotCommand]:
    """Return the menu entries for these commands in a language."""
    return [BotCommand(name, words[name][lang]) for name in names]


async def _set(
    bot: Bot, names: Iterable[str], scope: BotCommandScope, words: Descriptions = DESCRIPTIONS
) -> None:
    # The menu without a language code is the one users of other languages see: Arabic.
    await bot.set_my_commands(commands(names, "ar", words), scope=scope)
    for lang in LANGS:
        await bot.set_my_commands(commands(names, lang, words), scope=scope, language_code=lang)


async def set_menus(bot: Bot, admins: Iterable[int]) -> None:
    """Set every menu; an admin who never opened a chat with the bot is skipped."""
    await _set(bot, PRIVATE, BotCommandScopeAllPrivateChats())
    await _set(bot, GROUP, BotCommandScopeAllGroupChats(), GROUP_DESCRIPTIONS)
    for admin in admins:
        await show_admin_menu(bot, admin)


async def show_admin_menu(bot: Bot, user_id: int) -> None:
    """Give an admin's private chat the menu with the admin commands."""
    try:
        await _set(bot, ADMIN, BotCommandScopeChat(user_id))
    except TelegramError as error:
        log.warning("admin=%s: admin menu not set (%s)", user_id, error.message)


async def hide_admin_menu(bot: Bot, user_id: int) -> None:
    """Put a former admin's private chat back on the ordinary menu."""
    scope = BotCommandScopeChat(user_id)
    try:
        await bot.delete_my_commands(scope=scope)
        for lang in LANGS:
            await bot.delete_my_commands(scope=scope, language_code=lang)
    except TelegramError as error:
        log.warning("user=%s: admin menu not removed (%s)", user_id, error.message)
