"""The buttons under an alert: 🔕 mute and 👎 not about this."""

from __future__ import annotations

from bot.lang import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    "actions_admins_only": {
        "ar": "أزرار التنبيه لمشرفي هذه المحادثة فقط.",
        "en": "Only this chat's administrators can use the alert's buttons.",
    },
    "actions_stale": {
        "ar": "انتهت صلاحية أزرار هذا التنبيه. استعمل /list أو /unwatch.",
        "en": "This alert's buttons have expired. Use /list or /unwatch instead.",
    },
    "actions_term_gone": {
        "ar": "لم تعد {term} من العبارات المتابَعة هنا؛ لا شيء لتغييره.",
        "en": "{term} is no longer watched here; nothing to change.",
    },
    "actions_term_config": {
        "ar": "العبارة {term} مقررة في إعدادات رصد (config.yaml)؛ اطلب تغييرها من مشرف رصد.",
        "en": "{term} is set in Rasd's config.yaml; ask a Rasd admin to change it.",
    },
    "button_back": {"ar": "↩ رجوع", "en": "↩ Back"},
    "button_mute_day": {"ar": "🔕 ليوم", "en": "🔕 For a day"},
    "button_mute_forever": {"ar": "🗑 نهائيًا", "en": "🗑 For good"},
    "muted_day": {
        "ar": "🔕 كُتمت {term} حتى {until}.",
        "en": "🔕 {term} muted until {until}.",
    },
    "muted_forever": {
        "ar": "🗑 أُوقفت متابعة {term}.",
        "en": "🗑 Stopped watching {term}.",
    },
    "not_this_noted": {
        "ar": "شكرًا، سُجّل أن الخبر ليس عن {term}.",
        "en": "Thanks, noted: this article was not about {term}.",
    },
    "not_this_offer": {
        "ar": "شكرًا، سُجّل أن الخبر ليس عن {term}.\nلتجنّب أخبار كهذا احفظ:\n{offer}\n"
        "اضغط ✅ تحت التنبيه.",
        "en": "Thanks, noted: not about {term}.\nTo skip articles like this one, save:\n"
        "{offer}\nTap ✅ under the alert.",
    },
    "term_narrowed": {
        "ar": "✅ حُفظت {term} بدل {old}.",
        "en": "✅ Saved {term} instead of {old}.",
    },
}
