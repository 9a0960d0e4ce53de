"""How and when alerts reach a chat: /pause, /mode, /timezone and /stories."""

from __future__ import annotations

from bot.lang import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    "paused": {
        "ar": "⏸ أوقفتُ التنبيهات إلى {where} مؤقتًا؛ العبارات محفوظة. للاستئناف: /resume",
        "en": "⏸ Alerts to {where} are paused; the terms are kept. To resume: /resume",
    },
    "resumed": {
        "ar": "▶️ عادت التنبيهات إلى {where}.",
        "en": "▶️ Alerts to {where} are back on.",
    },
    "mode_instant": {"ar": "⚡ فوري", "en": "⚡ Instant"},
    "mode_hourly": {"ar": "🕐 كل ساعة", "en": "🕐 Hourly"},
    "mode_daily": {"ar": "📰 يومي", "en": "📰 Daily"},
    "mode_daily_at": {"ar": "📰 يومي الساعة {hour}", "en": "📰 Daily at {hour}"},
    "mode_now": {
        "ar": "📬 طريقة وصول التنبيهات إلى {where} الآن: <b>{mode}</b>.\n"
        "فوري: كل خبر حين يُعثر عليه. كل ساعة أو يومي: ملخص واحد، الأخبار فيه مجمّعة "
        "حسب العبارة.\nاختر:",
        "en": "📬 Alerts reach {where} now: <b>{mode}</b>.\n"
        "Instant: each article as soon as it is found. Hourly or daily: one digest, the "
        "news grouped by term.\nChoose:",
    },
    "mode_pick_hour": {
        "ar": "في أي ساعة يصل الملخص اليومي إلى {where}؟ الساعة بتوقيت {zone}.\n"
        "ولساعة غير هذه أرسل مثلًا: <code>/mode daily 5</code>",
        "en": "At what hour should the daily digest reach {where}? The hour is in {zone}.\n"
        "For another hour send, e.g., <code>/mode daily 5</code>",
    },
    "mode_set_instant": {
        "ar": "⚡ ستصل التنبيهات إلى {where} فور العثور على الخبر.\n"
        "أثناء الإيقاف المؤقت (/pause) لا تُحفظ التنبيهات الفورية.",
        "en": "⚡ From now on, {where} gets each alert as soon as the article is found.\n"
        "While paused (/pause), instant alerts are not kept.",
    },
    "mode_set_hourly": {
        "ar": "🕐 سيصل إلى {where} ملخص واحد كل ساعة، الأخبار فيه مجمّعة حسب العبارة.\n"
        "أثناء الإيقاف المؤقت (/pause) يستمر جمع الملخص، ويُرسل بعد /resume.",
        "en": "🕐 From now on, {where} gets one digest an hour, the news grouped by term.\n"
        "While paused (/pause), the digest keeps collecting and is sent after /resume.",
    },
    "mode_set_daily": {
        "ar": "📰 سيصل إلى {where} ملخص واحد كل يوم الساعة {hour} بتوقيت {zone}، "
        "الأخبار فيه مجمّعة حسب العبارة.\n"
        "أثناء الإيقاف المؤقت (/pause) يستمر جمع الملخص، ويُرسل بعد /resume.\n"
        "لتغيير المنطقة الزمنية: /timezone",
        "en": "📰 From now on, {where} gets one digest a day at {hour}, {zone} time, the news "
        "grouped by term.\nWhile paused (/pause), the digest keeps collecting and is sent after "
        "/resume.\nTo change the time zone: /timezone",
    },
    "mode_bad": {
        "ar": "لا أعرف الطريقة «{value}». أرسل <code>/mode instant</code> (فوري) أو "
        "<code>/mode hourly</code> (كل ساعة) أو <code>/mode daily 8</code> (يومي الساعة 8)، "
        "أو /mode وحدها لتختار بالأزرار.",
        "en": "I don't know the mode «{value}». Send <code>/mode instant</code>, "
        "<code>/mode hourly</code> or <code>/mode daily 8</code> (daily at 8), or just /mode "
        "to choose with buttons.",
    },
    "mode_bad_hour": {
        "ar": "«{value}» ليست ساعة صحيحة. اكتب ساعة كاملة من 0 إلى 23، مثل "
        "<code>/mode daily 8</code> للثامنة صباحًا أو <code>/mode daily 20</code> للثامنة "
        "مساءً. لم يتغير شيء.",
        "en": "«{value}» is not an hour. Give a whole hour from 0 to 23, e.g. "
        "<code>/mode daily 8</code> for 08:00 or <code>/mode daily 20</code> for 20:00. "
        "Nothing was changed.",
    },
    "timezone_now": {
        "ar": "🕒 المواعيد في {where} بتوقيت <b>{zone}</b> (الساعة هناك الآن {time}).\n"
        "{which}\nللتغيير أرسل اسم المنطقة بصيغة المنطقة/المدينة، مثل: "
        "<code>/timezone Africa/Cairo</code>",
        "en": "🕒 Times in {where} are in <b>{zone}</b> (it is {time} there now).\n"
        "{which}\nTo change it, send an Area/City name, e.g. "
        "<code>/timezone Africa/Cairo</code>",
    },
    "timezone_is_default": {
        "ar": "هذه المنطقة الافتراضية في رصد.",
        "en": "This is Rasd's default.",
    },
    "timezone_is_own": {
        "ar": "المنطقة الافتراضية في رصد {default}؛ للعودة إليها: <code>/timezone default</code>",
        "en": "Rasd's default is {default}; to go back to it: <code>/timezone default</code>",
    },
    "timezone_set": {
        "ar": "🕒 صارت المواعيد في {where} بتوقيت <b>{zone}</b> (الساعة هناك الآن {time}).",
        "en": "🕒 Times in {where} are now in <b>{zone}</b> (it is {time} there now).",
    },
    "timezone_reset": {
        "ar": "🕒 عادت المواعيد في {where} إلى المنطقة الافتراضية <b>{zone}</b> "
        "(الساعة هناك الآن {time}).",
        "en": "🕒 Times in {where} are back to the default, <b>{zone}</b> "
        "(it is {time} there now).",
    },
    "timezone_daily_note": {
        "ar": "\nيصل الملخص اليومي الساعة {hour} بهذا التوقيت.",
        "en": "\nThe daily digest goes out at {hour} in this zone.",
    },
    "timezone_bad": {
        "ar": "لا أعرف المنطقة الزمنية «{value}»، ولم يتغير شيء. اكتب اسمها بصيغة "
        "المنطقة/المدينة، مثل <code>/timezone Africa/Cairo</code> أو "
        "<code>/timezone Asia/Riyadh</code> أو <code>/timezone UTC</code>.",
        "en": "I don't know the time zone «{value}»; nothing was changed. Use an Area/City "
        "name such as <code>/timezone Africa/Cairo</code>, <code>/timezone Asia/Riyadh</code> "
        "or <code>/timezone UTC</code>.",
    },
    "stories_now_one": {
        "ar": "📰 في {where} يصل الخبر الذي تنقله عدة مصادر <b>مرة واحدة</b>، ويُعدَّل "
        "التنبيه المرسل ليذكر المصادر الأخرى وروابطها.\nلتلقّي تنبيه من كل مصدر: "
        "<code>/stories all</code>",
        "en": "📰 In {where}, news that several outlets carry arrives <b>once</b>; the alert "
        "already sent is edited to name the other outlets, with their links.\n"
        "To get an alert from every outlet: <code>/stories all</code>",
    },
    "stories_now_all": {
        "ar": "📰 في {where} يصل <b>تنبيه من كل مصدر</b> ينقل الخبر نفسه.\n"
        "لتلقّي الخبر مرة واحدة مع ذكر المصادر الأخرى: <code>/stories one</code>",
        "en": "📰 In {where}, <b>every outlet's article</b> of the same news arrives.\n"
        "To get each story once, naming the other outlets: <code>/stories one</code>",
    },
    "stories_set_one": {
        "ar": "✅ من الآن يصل الخبر الذي تنقله عدة مصادر إلى {where} <b>مرة واحدة</b>، "
        "ويُعدَّل تنبيهه ليذكر المصادر الأخرى.",
        "en": "✅ From now on, news that several outlets carry reaches {where} <b>once</b>; "
        "its alert is edited to name the other outlets.",
    },
    "stories_set_all": {
        "ar": "✅ من الآن يصل إلى {where} <b>تنبيه من كل مصدر</b> ينقل الخبر نفسه.",
        "en": "✅ From now on, {where} gets <b>every outlet's article</b> of the same news.",
    },
    "stories_bad": {
        "ar": "لا أعرف «{value}»، ولم يتغير شيء. أرسل <code>/stories one</code> لتنبيه واحد "
        "لكل خبر، أو <code>/stories all</code> لتنبيه من كل مصدر.",
        "en": "I don't know «{value}»; nothing was changed. Send <code>/stories one</code> "
        "for one alert per story, or <code>/stories all</code> for one from every outlet.",
    },
    "timezone_maybe": {
        "ar": "\nهل تقصد: {choices}؟",
        "en": "\nDid you mean: {choices}?",
    },
}
