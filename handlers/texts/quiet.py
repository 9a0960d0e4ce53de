"""/quiet hours and /preview of the article link."""

from __future__ import annotations

from bot.lang import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    "quiet_status": {
        "ar": "🌙 ساعات الهدوء في {where}: {state}\n"
        "<code>/quiet 23-7</code> تصل التنبيهات بلا صوت من 23:00 إلى 07:00 ({zone})\n"
        "<code>/quiet 23-7 ملخص</code> تُجمع وتصل ملخصًا واحدًا عند 07:00\n"
        "<code>/quiet off</code> بلا ساعات هدوء",
        "en": "🌙 Quiet hours in {where}: {state}\n"
        "<code>/quiet 23-7</code> alerts arrive without sound from 23:00 to 07:00 ({zone})\n"
        "<code>/quiet 23-7 digest</code> they wait and arrive as one digest at 07:00\n"
        "<code>/quiet off</code> no quiet hours",
    },
    "quiet_none": {"ar": "لا توجد", "en": "none"},
    "quiet_silent": {
        "ar": "من {start} إلى {end}، بلا صوت",
        "en": "{start} to {end}, without sound",
    },
    "quiet_hold": {
        "ar": "من {start} إلى {end}، تُجمع في ملخص عند {end}",
        "en": "{start} to {end}, held for one digest at {end}",
    },
    "quiet_set": {
        "ar": "🌙 ساعات الهدوء في {where}: {state} ({zone}).",
        "en": "🌙 Quiet hours in {where}: {state} ({zone}).",
    },
    "quiet_off": {
        "ar": "🔔 لا ساعات هدوء في {where} بعد الآن: تصل التنبيهات بصوت في كل وقت.",
        "en": "🔔 No more quiet hours in {where}: alerts arrive with sound at any time.",
    },
    "quiet_bad": {
        "ar": "لم أفهم «{value}». اكتب الساعتين بأرقام من 0 إلى 23 بينهما شرطة، "
        "مثل <code>/quiet 23-7</code>، أو <code>/quiet off</code>.",
        "en": "I could not read “{value}”. Give two hours from 0 to 23 with a dash between, "
        "such as <code>/quiet 23-7</code>, or <code>/quiet off</code>.",
    },
    "preview_status": {
        "ar": "معاينة الروابط في {where}: {state}\n"
        "<code>/preview on</code> أو <code>/preview off</code>",
        "en": "Link previews in {where}: {state}\n"
        "<code>/preview on</code> or <code>/preview off</code>",
    },
    "preview_on": {
        "ar": "🖼 ستظهر معاينة صغيرة للخبر تحت كل تنبيه إلى {where}.",
        "en": "🖼 Each alert to {where} will show a small preview of the article below its text.",
    },
    "preview_off": {
        "ar": "تصل التنبيهات إلى {where} بلا معاينة للروابط.",
        "en": "Alerts to {where} arrive without link previews.",
    },
    "state_on": {"ar": "مفعّلة", "en": "on"},
    "state_off": {"ar": "معطّلة", "en": "off"},
}
