"""The bot's own words, in Arabic and English."""

from __future__ import annotations

from typing import Literal

Lang = Literal["ar", "en"]

TEXTS: dict[str, dict[Lang, str]] = {
    "welcome": {
        "ar": (
            "أهلًا بك في <b>رصد</b> 🔔\n"
            "أرسل لي ما تريد متابعته في الأخبار العربية، وسأنبهك فور نشر خبر يذكره.\n"
            "مثال: <code>/watch كوريا الشمالية</code> يلتقط «القوات الكورية الشمالية» "
            "ولا يلتقط «كوريا الجنوبية»."
        ),
        "en": (
            "Welcome to <b>Rasd</b> 🔔\n"
            "Tell me what to watch for in Arabic news and I will alert you as soon as "
            "an article mentions it.\n"
            "Example: <code>/watch كوريا الشمالية</code> finds «القوات الكورية الشمالية» "
            "and not «كوريا الجنوبية»."
        ),
    },
    "help": {
        "ar": "الأوامر: /start للترحيب، /help لهذه الرسالة.",
        "en": "Commands: /start for the welcome, /help for this message.",
    },
    "feed_disabled": {
        "ar": (
            "⚠️ توقف رصد عن متابعة المصدر <b>{name}</b> لأنه يفشل منذ {since}.\n"
            "آخر خطأ: {reason}\n"
            "الرابط: {url}\n"
            "لإعادة تفعيله: <code>rasd feeds enable {feed_id}</code>"
        ),
        "en": (
            "⚠️ Rasd stopped polling <b>{name}</b>: it has been failing since {since}.\n"
            "Last error: {reason}\n"
            "URL: {url}\n"
            "To switch it back on: <code>rasd feeds enable {feed_id}</code>"
        ),
    },
}


def text(key: str, lang: Lang) -> str:
    """Return one of the bot's texts in the given language."""
    return TEXTS[key][lang]
