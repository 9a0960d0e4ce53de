"""/mode, /timezone and /stories: how and when a chat's alerts arrive, in which zone, how often."""

from __future__ import annotations

import functools
import html
import time
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.lang import Lang
from bot.store.chats import MODES, STORIES_MODES, Chat, DeliveryMode, StoriesMode
from handlers.app_type import AnyApplication
from handlers.target import Target, begin_on_target, resolve
from handlers.texts import Html, text
from handlers.turn import Context, Turn, argument, begin, edit, reply, say

MODE = "mode:"
DAILY_HOURS = (6, 7, 8, 9, 12, 18, 20, 22)  # the hour buttons; any other hour can be typed
MODE_WORDS: dict[str, DeliveryMode] = {
    "instant": "instant", "فوري": "instant", "فورا": "instant", "فورًا": "instant",
    "hourly": "hourly", "ساعة": "hourly", "كل_ساعة": "hourly", "ساعي": "hourly",
    "daily": "daily", "يومي": "daily", "يوميا": "daily", "يوميًا": "daily",
}  # fmt: skip
RESET_WORDS = frozenset({"default", "reset", "off", "افتراضي", "الافتراضي"})
ZONE_CHARS = 64  # longer than any IANA name
# Names in the zone folder that are not places: the host's own setting, and tzdata's "Factory".
NOT_ZONES = frozenset({"localtime", "Factory", "posixrules"})


def parse_hour(value: str) -> int | None:
    """Return a whole hour 0-23 typed as 8, 08, 8:00 or ٨; None for anything else."""
    hour, _, minutes = value.strip().partition(":")
    if not hour.isdecimal() or len(hour) > 2:
        return None
    if minutes and not (minutes.isdecimal() and int(minutes) == 0):
        return None
    number = int(hour)
    return number if 0 <= number <= 23 else None


def hour_label(hour: int) -> str:
    """Return an hour as shown to people: 08:00."""
    return f"{hour:02d}:00"


def _mode_name(chat: Chat, lang: Lang) -> str:
    if chat.mode == "daily":
        return text("mode_daily_at", lang, hour=hour_label(chat.digest_hour))
    return text(f"mode_{chat.mode}", lang)


def mode_buttons(current: DeliveryMode, lang: Lang) -> InlineKeyboardMarkup:
    """Return the three mode buttons, the current one ticked."""
    row = [
        InlineKeyboardButton(
            ("✓ " if mode == current else "") + text(f"mode_{mode}", lang),
            callback_data=MODE + mode,
        )
        for mode in MODES
    ]
    return InlineKeyboardMarkup([row])


def hour_buttons() -> InlineKeyboardMarkup:
    """Return the daily digest's hour buttons, four to a row."""
    buttons = [
        InlineKeyboardButton(hour_label(hour), callback_data=f"{MODE}daily:{hour}")
        for hour in DAILY_HOURS
    ]
    return InlineKeyboardMarkup([buttons[:4], buttons[4:]])


async def _reschedule(turn: Turn, chat_id: int) -> None:
    """Move a kept digest to the chat's new mode, hour or zone (instant: send what is kept now)."""
    chat = await turn.services.chats.get(chat_id)
    if chat is not None:
        await turn.services.digests.reschedule(chat, time.time())


def _zone(turn: Turn, chat: Chat) -> ZoneInfo:
    return chat.zone(turn.services.config.settings.timezone)


async def _set_mode(turn: Turn, target: Target, mode: DeliveryMode, hour: int | None) -> str:
    """Store the chat's mode and return the reply that explains it."""
    chat = target.chat
    # The chosen hour is kept while the chat tries another mode.
    hour = chat.digest_hour if hour is None else hour
    await turn.services.chats.set_mode(chat.id, mode, hour)
    await _reschedule(turn, chat.id)
    if mode == "daily":
        zone = _zone(turn, chat).key
        return text(
            "mode_set_daily", turn.lang, where=target.where, hour=hour_label(hour), zone=zone
        )
    return text(f"mode_set_{mode}", turn.lang, where=target.where)


def _pick_hour(turn: Turn, target: Target) -> str:
    zone = _zone(turn, target.chat).key
    return text("mode_pick_hour", turn.lang, where=target.where, zone=zone)


async def mode(update: Update, context: Context) -> None:
    """Show the chat's delivery mode with buttons, or set it: /mode instant|hourly|daily [H]."""
    started = await begin_on_target(update, context, changing=True)
    if started is None:
        return
    turn, target = started
    typed = argument(update).strip()
    if not typed:
        view = text(
            "mode_now", turn.lang, where=target.where, mode=_mode_name(target.chat, turn.lang)
        )
        await reply(update, view, mode_buttons(target.chat.mode, turn.lang))
        return
    # «كل ساعة» is two words for one mode.
    words = typed.lower().replace("كل ساعة", "كل_ساعة").split(maxsplit=1)
    chosen = MODE_WORDS.get(words[0])
    rest = words[1] if len(words) == 2 else ""
    if chosen is None or (rest and chosen != "daily"):
        await say(update, turn, "mode_bad", value=typed[:40])
        return
    if chosen == "daily" and not rest:
        await reply(update, _pick_hour(turn, target), hour_buttons())
        return
    hour = parse_hour(rest) if rest else None
    if rest and hour is None:
        await say(update, turn, "mode_bad_hour", value=rest[:20])
        return
    await reply(update, await _set_mode(turn, target, chosen, hour))


async def mode_button(update: Update, context: Context) -> None:
    """Apply a pressed mode button; daily first asks for the hour."""
    query = update.callback_query
    turn = await begin(update, context)
    if query is None or turn is None or not query.data:
        return
    target = await resolve(update, context.bot, turn, changing=True)
    if target is None:
        return
    await query.answer()
    name, _, hour_text = query.data.removeprefix(MODE).partition(":")
    chosen = next((m for m in MODES if m == name), None)
    hour = parse_hour(hour_text) if hour_text else None
    if chosen is None or (hour_text and hour is None):
        return  # not a button this bot makes
    if chosen == "daily" and hour is None:
        await edit(query, _pick_hour(turn, target), hour_buttons())
        return
    await edit(query, await _set_mode(turn, target, chosen, hour), None)


@functools.cache
def _known_zones() -> dict[str, str]:
    """Return every IANA zone name by its lower-case form."""
    return {name.lower(): name for name in available_timezones() if name not in NOT_ZONES}


def _loads(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def find_zone(typed: str) -> str | None:
    """Return the IANA zone a person meant: any letter case, spaces for _, or a unique city."""
    wanted = typed.strip().replace(" ", "_")
    if not wanted or len(wanted) > ZONE_CHARS:
        return None
    zones = _known_zones()
    found = zones.get(wanted.lower())
    if found is None:
        cities = [name for key, name in zones.items() if key.rsplit("/", 1)[-1] == wanted.lower()]
        found = cities[0] if len(cities) == 1 else None
    if found is None and "/" in wanted and not zones:
        found = wanted  # no zone list on this system: let zoneinfo judge the name
    return found if found is not None and _loads(found) else None


def similar_zones(typed: str, limit: int = 4) -> list[str]:
    """Return a few zone names containing what was typed (at least three letters)."""
    wanted = typed.strip().replace(" ", "_").lower()
    if len(wanted) < 3 or len(wanted) > ZONE_CHARS:
        return []
    return sorted(name for key, name in _known_zones().items() if wanted in key)[:limit]


def _clock(zone: ZoneInfo) -> str:
    return datetime.now(zone).strftime("%H:%M")


async def timezone(update: Update, context: Context) -> None:
    """Show the chat's time zone, or set it: /timezone Area/City, /timezone default."""
    typed = argument(update).strip()
    started = await begin_on_target(update, context, changing=bool(typed))
    if started is None:
        return
    turn, target = started
    chat, lang = target.chat, turn.lang
    default = turn.services.config.settings.timezone
    if not typed:
        zone = _zone(turn, chat)
        which = (
            text("timezone_is_own", lang, default=default)
            if chat.timezone
            else text("timezone_is_default", lang)
        )
        await say(
            update, turn, "timezone_now",
            where=target.where, zone=zone.key, time=_clock(zone), which=Html(which),
        )  # fmt: skip
        return
    if typed.lower() in RESET_WORDS:
        await turn.services.chats.set_timezone(chat.id, None)
        await _reschedule(turn, chat.id)
        zone = ZoneInfo(default)
        await say(
            update, turn, "timezone_reset", where=target.where, zone=default, time=_clock(zone)
        )
        return
    name = find_zone(typed)
    if name is None:
        body = text("timezone_bad", lang, value=typed[:40])
        choices = similar_zones(typed)
        if choices:
            comma = "، " if lang == "ar" else ", "
            shown = comma.join(f"<code>{html.escape(c)}</code>" for c in choices)
            body += text("timezone_maybe", lang, choices=Html(shown))
        await reply(update, body)
        return
    await turn.services.chats.set_timezone(chat.id, name)
    await _reschedule(turn, chat.id)
    zone = ZoneInfo(name)
    body = text("timezone_set", lang, where=target.where, zone=name, time=_clock(zone))
    if chat.mode == "daily":
        body += text("timezone_daily_note", lang, hour=hour_label(chat.digest_hour))
    await reply(update, body)


# What /stories takes, in both languages: one alert per story, or every outlet's.
STORIES_WORDS: dict[str, StoriesMode] = {
    **{name: name for name in STORIES_MODES}, "واحد": "one", "الكل": "all", "كل": "all",
}  # fmt: skip


async def stories(update: Update, context: Context) -> None:
    """Show or set whether a story several outlets carry arrives once: /stories one|all."""
    typed = argument(update).strip().lower()
    started = await begin_on_target(update, context, changing=bool(typed))
    if started is None:
        return
    turn, target = started
    if not typed:
        await say(update, turn, f"stories_now_{target.chat.stories}", where=target.where)
        return
    wanted = STORIES_WORDS.get(typed)
    if wanted is None:
        await say(update, turn, "stories_bad", value=typed[:40])
        return
    await turn.services.chats.set_stories(target.chat.id, wanted)
    await say(update, turn, f"stories_set_{wanted}", where=target.where)


def register(app: AnyApplication) -> None:
    """Add this module's handlers to the application."""
    app.add_handler(CommandHandler("mode", mode))
    app.add_handler(CommandHandler("stories", stories))
    app.add_handler(CommandHandler("timezone", timezone))
    app.add_handler(CallbackQueryHandler(mode_button, pattern=f"^{MODE}"))
