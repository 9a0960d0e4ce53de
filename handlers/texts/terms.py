"""/watch, /unwatch, the offer of a typed term, /list and /test."""

from __future__ import annotations

from bot.lang import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    "watch_usage": {
        "ar": "اكتب العبارة بعد الأمر، مثل: <code>/watch كوريا الشمالية</code>",
        "en": "Put the term after the command, e.g. <code>/watch كوريا الشمالية</code>",
    },
    "unwatch_usage": {
        "ar": "اكتب العبارة بعد الأمر، مثل: <code>/unwatch روسيا</code>، أو احذفها من /list",
        "en": "Put the term after the command, e.g. <code>/unwatch روسيا</code>, "
        "or remove it from /list",
    },
    "test_usage": {
        "ar": "اكتب العبارة بعد الأمر، مثل: <code>/test كوريا الشمالية</code>",
        "en": "Put the term after the command, e.g. <code>/test كوريا الشمالية</code>",
    },
    "term_bad": {
        "ar": "⚠️ لم أحفظ شيئًا: {reason}",
        "en": "⚠️ Nothing saved: {reason}",
    },
    "term_bad_unchanged": {
        "ar": "⚠️ لم يتغير شيء: {reason}",
        "en": "⚠️ Nothing was changed: {reason}",
    },
    "term_bad_test": {
        "ar": "⚠️ لا أستطيع تجربة هذه العبارة: {reason}",
        "en": "⚠️ I can't test this term: {reason}",
    },
    "watch_added": {
        "ar": "✅ سأنبه {where} عند ذكر {term}.\nجرّبها على آخر الأخبار: /test",
        "en": "✅ I will alert {where} when {term} is mentioned.\nTry it on the latest news: /test",
    },
    "watch_present": {
        "ar": "{term} مُتابَعة من قبل في {where}. القائمة: /list",
        "en": "{term} is already watched in {where}. The list: /list",
    },
    "watch_full": {
        "ar": "⚠️ لم أحفظها: في {where} {terms}، وهو الحد. احذف بعضها من /list ثم أعد المحاولة.",
        "en": "⚠️ Not saved: {where} has {terms}, the limit. Remove some in /list, then try again.",
    },
    "watch_paused_note": {
        "ar": "\n⏸ التنبيهات متوقفة مؤقتًا؛ استأنفها بـ /resume",
        "en": "\n⏸ Alerts are paused; turn them back on with /resume",
    },
    "unwatch_done": {
        "ar": "🗑 توقفت متابعة {term} في {where}.",
        "en": "🗑 Stopped watching {term} in {where}.",
    },
    "unwatch_absent": {
        "ar": "{term} ليست في عبارات {where}. القائمة: /list",
        "en": "{term} is not among the terms of {where}. The list: /list",
    },
    "unwatch_config": {
        "ar": "{term} معرّفة في ملف الإعدادات config.yaml؛ يحذفها مشرف رصد من هناك.",
        "en": "{term} is declared in config.yaml; a Rasd admin removes it there.",
    },
    "offer": {
        "ar": "هل أتابع {term} وأنبهك عند ذكرها؟",
        "en": "Shall I watch {term} and alert you when it is mentioned?",
    },
    "offer_yes": {"ar": "✅ تابِعها", "en": "✅ Watch it"},
    "offer_no": {"ar": "لا", "en": "No"},
    "offer_declined": {
        "ar": "حسنًا، لم أحفظ شيئًا.",
        "en": "OK, nothing saved.",
    },
    "offer_expired": {
        "ar": "انتهت صلاحية هذا الاقتراح؛ أرسل العبارة من جديد.",
        "en": "This offer has expired; send the term again.",
    },
    "list_empty": {
        "ar": "لا عبارات في {where} بعد. أضف واحدة: <code>/watch روسيا</code>",
        "en": "{where} has no terms yet. Add one: <code>/watch روسيا</code>",
    },
    "list_head": {
        "ar": "📋 عبارات {where} ({count}/{limit})، صفحة {page} من {pages}:",
        "en": "📋 Terms of {where} ({count}/{limit}), page {page} of {pages}:",
    },
    "list_paused": {
        "ar": "⏸ التنبيهات متوقفة مؤقتًا (/resume).",
        "en": "⏸ Alerts are paused (/resume).",
    },
    "list_removed": {
        "ar": "🗑 حُذفت {term}.",
        "en": "🗑 Removed {term}.",
    },
    "list_gone": {
        "ar": "هذه العبارة لم تعد في القائمة.",
        "en": "That term is no longer in the list.",
    },
    "button_prev": {"ar": "→ السابق", "en": "◀ Previous"},
    "button_next": {"ar": "التالي ←", "en": "Next ▶"},
    "test_none": {
        "ar": "لم تلتقط {term} شيئًا من آخر {articles}. جرّب صيغة أقصر أو بدائل بـ |.",
        "en": "{term} caught nothing in the last {articles}. Try a shorter form, "
        "or alternatives with |.",
    },
    "test_empty": {
        "ar": "لا أخبار جديدة مسجلة بعد لتجربة العبارة عليها؛ أعد المحاولة بعد قليل.",
        "en": "No new articles recorded yet to test the term on; try again in a while.",
    },
    "test_head": {
        "ar": "🔎 التقطت {term} {count} من آخر {articles}:",
        "en": "🔎 {term} caught {count} of the last {articles}:",
    },
    "test_more": {
        "ar": "… و{more} غيرها.",
        "en": "… and {more} more.",
    },
}
