"""Feeds for admins: /addfeed, /rmfeed, the /feeds cards, a feed switched off."""

from __future__ import annotations

from bot.lang import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    "addfeed_usage": {
        "ar": "اكتب رابط المصدر بعد الأمر، ثم اسمه إن شئت: "
        "<code>/addfeed https://example.com/rss.xml أخبار المثال</code>",
        "en": "Put the feed's URL after the command, then a name if you like: "
        "<code>/addfeed https://example.com/rss.xml Example News</code>",
    },
    "addfeed_refused": {
        "ar": "⚠️ لم أضف المصدر: {reason}",
        "en": "⚠️ Feed not added: {reason}",
    },
    "addfeed_done": {
        "ar": "✅ أضفت {name} (المعرّف <code>{feed_id}</code>)، وقرأته الآن: فيه {articles}. "
        "تصل أخباره الجديدة من الآن؛ حالته في /feeds",
        "en": "✅ Added {name} (id <code>{feed_id}</code>) and read it just now: it holds "
        "{articles}. Its new articles count from now on; its health is in /feeds",
    },
    "addfeed_warning": {
        "ar": "\n⚠️ ملاحظة: {reason}",
        "en": "\n⚠️ Note: {reason}",
    },
    "addfeed_present": {
        "ar": "المصدر موجود من قبل: {name} (المعرّف <code>{feed_id}</code>).",
        "en": "That feed is already there: {name} (id <code>{feed_id}</code>).",
    },
    "addfeed_page": {
        "ar": "🔎 هذا الرابط صفحة ويب، لا مصدر أخبار، لكني وجدت فيها ما يلي. "
        "لم أضف شيئًا بعد؛ لإضافة مصدر أرسل الأمر تحته (المس الأمر لنسخه):",
        "en": "🔎 That link is a web page, not a feed, but it names the feeds below. "
        "Nothing is added yet; to add one, send the command under it (tap it to copy):",
    },
    "addfeed_found": {
        "ar": "• {title} — فيه الآن {articles}\n<code>{command}</code>",
        "en": "• {title} — holds {articles} now\n<code>{command}</code>",
    },
    "addfeed_bad_option": {
        "ar": "لا أعرف الخيار «{option}». الصيغة: <code>/addfeed رابط [اسم]</code>",
        "en": "I don't know the option «{option}». Usage: <code>/addfeed URL [name]</code>",
    },
    "rmfeed_usage": {
        "ar": "اكتب معرّف المصدر أو رابطه بعد الأمر؛ المعرّفات في /feeds",
        "en": "Put the feed's id or URL after the command; the ids are in /feeds",
    },
    "rmfeed_absent": {
        "ar": "لا مصدر بالمعرّف أو الرابط {ref}. المعرّفات في /feeds",
        "en": "No feed has the id or URL {ref}. The ids are in /feeds",
    },
    "rmfeed_config": {
        "ar": "{name} معرّف في config.yaml؛ احذفه من الملف (يُزال عند التشغيل التالي).",
        "en": "{name} is declared in config.yaml; delete it there (the next start removes it).",
    },
    "rmfeed_done": {
        "ar": "🗑 حذفت المصدر {name}.",
        "en": "🗑 Removed the feed {name}.",
    },
    "feeds_empty": {
        "ar": "لا مصادر بعد. أضف واحدًا: /addfeed",
        "en": "No feeds yet. Add one: /addfeed",
    },
    "feeds_head": {
        "ar": "📡 <b>المصادر</b>: {feeds} · 🟢 {ok} · 🟡 {warning} · 🔴 {failing} · ⛔ {off}",
        "en": "📡 <b>Feeds</b>: {feeds} · 🟢 {ok} · 🟡 {warning} · 🔴 {failing} · ⛔ {off}",
    },
    "feed_card_head": {
        "ar": "{emoji} <b>{name}</b> · <code>{feed_id}</code>",
        "en": "{emoji} <b>{name}</b> · <code>{feed_id}</code>",
    },
    "feed_ok": {"ar": "سليم", "en": "healthy"},
    "feed_new": {"ar": "جديد، لم يُقرأ بعد", "en": "new, not read yet"},
    "feed_warning": {"ar": "يعمل، مع ملاحظة", "en": "works, with a warning"},
    "feed_failing": {
        "ar": "يفشل منذ {since} ({attempts})",
        "en": "failing for {since} ({attempts})",
    },
    "feed_off": {
        "ar": "متوقف منذ {since}؛ لإعادته: <code>rasd feeds enable {feed_id}</code>",
        "en": "switched off {since} ago; to switch it on: <code>rasd feeds enable {feed_id}</code>",
    },
    "feed_last_ok": {"ar": "آخر قراءة ناجحة قبل {ago}", "en": "last read {ago} ago"},
    "feed_never_ok": {"ar": "لم يُقرأ بنجاح قط", "en": "never read successfully"},
    "feed_next": {"ar": "التالية بعد {wait}", "en": "next in {wait}"},
    "feed_next_now": {"ar": "التالية الآن", "en": "next now"},
    "feed_rate": {"ar": "نحو {articles} في اليوم", "en": "about {articles} a day"},
    "feed_rate_low": {"ar": "أقل من خبر واحد في اليوم", "en": "under one article a day"},
    "feed_why": {"ar": "السبب: {reason}", "en": "Why: {reason}"},
    "feed_pages_none": {
        "ar": "📄 نص كامل: لم تُقرأ صفحة بعد",
        "en": "📄 Full text: no article page read yet",
    },
    "feed_pages_ok": {
        "ar": "📄 نص كامل: قُرئت {pages} دون خطأ",
        "en": "📄 Full text: {pages} read, none failed",
    },
    "feed_pages_failed": {
        "ar": "📄 نص كامل: تعذّرت قراءة {failed} من أصل {total}، وآخر سبب: {reason}",
        "en": "📄 Full text: {failed} of {total} could not be read; the last: {reason}",
    },
    "feed_note": {"ar": "ملاحظة: {reason}", "en": "Note: {reason}"},
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
