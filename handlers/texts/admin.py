"""Rasd's admins: who they are (/admin), /stats, and undelivered alerts (/dead, /replay)."""

from __future__ import annotations

from bot.lang import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    "not_admin": {
        "ar": "عذرًا، هذا الأمر لمشرفي رصد فقط. لم يتغير شيء. "
        "ليضيفك مشرف يرسل: <code>/admin add {user_id}</code>",
        "en": "Sorry, this command is for Rasd's admins only. Nothing was changed. "
        "An admin can add you with <code>/admin add {user_id}</code>",
    },
    "stats": {
        "ar": (
            "📊 <b>إحصاءات رصد</b>\n"
            "المشتركون: {subscribers} (متوقفون مؤقتًا: {paused}، لا يمكن الوصول إليهم: "
            "{inactive})\n"
            "المجموعات والقنوات: {teams}\n"
            "العبارات: {terms} (منها مختلفة: {distinct})\n"
            "المصادر: {feeds} (متعثرة: {failing}، معطلة: {disabled})\n"
            "التنبيهات المرسلة اليوم: {sent}\n"
            "أخطاء الإرسال اليوم: {errors}"
        ),
        "en": (
            "📊 <b>Rasd statistics</b>\n"
            "Subscribers: {subscribers} (paused: {paused}, unreachable: {inactive})\n"
            "Groups and channels: {teams}\n"
            "Terms: {terms} ({distinct} distinct)\n"
            "Feeds: {feeds} (failing: {failing}, disabled: {disabled})\n"
            "Alerts sent today: {sent}\n"
            "Send errors today: {errors}"
        ),
    },
    "stats_feedback": {
        "ar": "👎 «ليس عن هذا» اليوم: {count} — {top}",
        "en": "👎 “Not about this” today: {count} — {top}",
    },
    "admin_usage": {
        "ar": "الصيغة: <code>/admin add 123456</code> أو <code>/admin remove 123456</code> "
        "(معرّف المستخدم الرقمي).\nالمشرفون الآن: {admins}",
        "en": "Usage: <code>/admin add 123456</code> or <code>/admin remove 123456</code> "
        "(the numeric user id).\nAdmins now: {admins}",
    },
    "admin_added": {
        "ar": "✅ صار {user} مشرفًا.",
        "en": "✅ {user} is now an admin.",
    },
    "admin_already": {
        "ar": "{user} مشرف من قبل.",
        "en": "{user} is already an admin.",
    },
    "admin_removed": {
        "ar": "🗑 لم يعد {user} مشرفًا.",
        "en": "🗑 {user} is no longer an admin.",
    },
    "admin_not": {
        "ar": "{user} ليس مشرفًا أصلًا.",
        "en": "{user} was not an admin.",
    },
    "admin_config": {
        "ar": "{user} مشرف في config.yaml؛ يُزال من الملف فقط.",
        "en": "{user} is an admin in config.yaml; remove them there.",
    },
    "admin_self": {
        "ar": "لا يمكنك إزالة نفسك؛ اطلب ذلك من مشرف آخر.",
        "en": "You cannot remove yourself; ask another admin.",
    },
    "dead_none": {
        "ar": "📭 لا تنبيهات متعذّرة التسليم.",
        "en": "📭 No undelivered alerts.",
    },
    "dead_head": {
        "ar": "📮 تعذّر تسليم <b>{alerts}</b>. أحدثها ({shown}):",
        "en": "📮 <b>{alerts}</b> could not be delivered. The newest ({shown}):",
    },
    "dead_item": {
        "ar": "{n}. المحادثة <code>{chat}</code> · {when}\nالسبب: {reason}\n{line}",
        "en": "{n}. Chat <code>{chat}</code> · {when}\nReason: {reason}\n{line}",
    },
    "dead_foot": {
        "ar": "لإعادتها كلها إلى الإرسال: /replay · أو أقدم 5 منها فقط: <code>/replay 5</code>",
        "en": "To send them all again: /replay · only the 5 oldest: <code>/replay 5</code>",
    },
    "replay_usage": {
        "ar": "أرسل /replay لإعادة كل التنبيهات المتعذّرة إلى الإرسال، أو <code>/replay 5</code> "
        "لأقدم 5 منها (رقم من 1 فأكثر). لم يتغير شيء.",
        "en": "Send /replay to send every undelivered alert again, or <code>/replay 5</code> "
        "for the 5 oldest (a number from 1). Nothing was changed.",
    },
    "replay_none": {
        "ar": "📭 لا شيء لإعادته: لا تنبيهات متعذّرة التسليم.",
        "en": "📭 Nothing to send again: there are no undelivered alerts.",
    },
    "replay_done": {
        "ar": "🔁 أعدتُ {alerts} إلى طابور الإرسال، وتُرسل كالمعتاد. "
        "المتبقي متعذّر التسليم: {left}. القائمة: /dead",
        "en": "🔁 Put {alerts} back in the outbox; they are sent as usual. "
        "Still undelivered: {left}. The list: /dead",
    },
}
