"""The bot's own words, in Arabic and English, as Telegram HTML.

Every value filled into a text is HTML-escaped by `text()`, unless it is an
`Html` string built by code that escaped its own parts, so nothing a user or
a feed typed can change the markup.
"""

from __future__ import annotations

import html

from bot.lang import Lang
from feeds.errors import ENGLISH, Reason

__all__ = ["REASONS_AR", "TEXTS", "Html", "Lang", "isolate", "reason_words", "text"]

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate: a Latin term inside Arabic text stays whole


class Html(str):
    """Text that is already valid Telegram HTML; `text()` inserts it as it is."""

    __slots__ = ()


def isolate(value: str) -> Html:
    """Escape a user-typed value and isolate its direction inside the surrounding line."""
    return Html(f"{FSI}{html.escape(value)}{PDI}")


TEXTS: dict[str, dict[Lang, str]] = {
    "welcome": {
        "ar": (
            "أهلًا بك في <b>رصد</b> 🔔\n"
            "أرسل لي ما تريد متابعته في الأخبار العربية، وسأنبهك فور نشر خبر يذكره.\n"
            "مثال: <code>/watch كوريا الشمالية</code> يلتقط «القوات الكورية الشمالية» "
            "ولا يلتقط «كوريا الجنوبية».\n"
            "الأوامر كلها في /help، وللإنجليزية: /lang en"
        ),
        "en": (
            "Welcome to <b>Rasd</b> 🔔\n"
            "Tell me what to watch for in Arabic news and I will alert you as soon as "
            "an article mentions it.\n"
            "Example: <code>/watch كوريا الشمالية</code> finds «القوات الكورية الشمالية» "
            "and not «كوريا الجنوبية».\n"
            "All commands: /help. بالعربية: /lang ar"
        ),
    },
    "welcome_back": {
        "ar": "عدتَ إلى <b>رصد</b> 🔔 سأرسل تنبيهاتك من جديد. عباراتك: /list",
        "en": "Welcome back to <b>Rasd</b> 🔔 Your alerts are on again. Your terms: /list",
    },
    "help": {
        "ar": (
            "<b>أوامر رصد</b>\n"
            "/watch عبارة — تابِع عبارة (أو أرسلها وحدها في رسالة)\n"
            "/unwatch عبارة — أوقف متابعتها\n"
            "/list — عباراتك مع زر حذف لكل واحدة\n"
            "/test عبارة — ما كانت ستلتقطه من آخر الأخبار\n"
            "/pause و /resume — أوقف التنبيهات مؤقتًا ثم استأنفها (يستمر جمع الملخص أثناء الإيقاف)\n"
            "/mode — تنبيه فوري أو ملخص كل ساعة أو ملخص يومي\n"
            "/timezone — المنطقة الزمنية لمواعيد التنبيهات والملخص\n"
            "/quiet 23-7 — ساعات هدوء: تصل التنبيهات بلا صوت (أو <code>/quiet 23-7 ملخص</code> "
            "لتصل ملخصًا عند انتهائها)، و <code>/quiet off</code> لإلغائها\n"
            "/preview on|off — معاينة صغيرة لرابط الخبر تحت التنبيه\n"
            "/stories — الخبر نفسه من عدة مصادر: تنبيه واحد (افتراضيًا) أو تنبيه لكل مصدر\n"
            "/lang — العربية أو English\n"
            "/channel @قناة — أدِر عبارات قناة تديرها\n"
            "في المجموعات: /here يرسل التنبيهات إلى هذا الموضوع\n"
            "تحت كل تنبيه: 🔕 كتم العبارة يومًا أو نهائيًا، و 👎 «ليس عن هذا» "
            "يقترح استثناءً تحفظه بضغطة\n\n"
            "<b>صيغة العبارات</b>\n"
            "<code>ترامب | ترمب</code> أيٌّ منهما · "
            "<code>روسيا -\"روسيا البيضاء\"</code> مع استثناء · "
            "<code>=ترامب</code> بالحرف · "
            "<code>عنوان: روسيا</code> في العنوان والمقدمة فقط\n"
            "تُطابَق العبارات في العنوان والمقدمة ونص الخبر كاملًا إن توفر؛ "
            "ابدأ بـ <code>عنوان:</code> لتجاهل النص"
        ),
        "en": (
            "<b>Rasd commands</b>\n"
            "/watch TERM — watch a term (or just send it as a message)\n"
            "/unwatch TERM — stop watching it\n"
            "/list — your terms, each with a remove button\n"
            "/test TERM — what it would have caught in the latest news\n"
            "/pause and /resume — stop your alerts, then start them again (a digest keeps "
            "collecting meanwhile; instant alerts are not kept)\n"
            "/mode — instant alerts, or an hourly or daily digest\n"
            "/timezone — the time zone of alert times and the digest\n"
            "/quiet 23-7 — quiet hours: alerts arrive without sound (or "
            "<code>/quiet 23-7 digest</code>: as one digest when they end); "
            "<code>/quiet off</code> to drop them\n"
            "/preview on|off — a small preview of the article link under each alert\n"
            "/stories — the same news from several outlets: one alert (default) or one each\n"
            "/lang — English or العربية\n"
            "/channel @name — manage the terms of a channel you run\n"
            "In groups: /here sends alerts to this topic\n"
            "Under each alert: 🔕 mutes its term for a day or for good; 👎 “not about this” "
            "offers an exclusion you save with one tap\n\n"
            "<b>Term syntax</b>\n"
            "<code>ترامب | ترمب</code> either · "
            "<code>روسيا -\"روسيا البيضاء\"</code> with an exclusion · "
            "<code>=ترامب</code> exact spelling · "
            "<code>title: روسيا</code> headline and teaser only\n"
            "Terms are matched in the headline, the teaser and the article's full text "
            "when there is one; start with <code>title:</code> to leave the text out"
        ),
    },
    "help_group": {
        "ar": (
            "<b>رصد في هذه المجموعة</b>\n"
            "يرسل رصد إلى المجموعة تنبيهًا عند نشر خبر يذكر إحدى عباراتها. "
            "يغيّر العبارات والإعدادات مشرفو المجموعة، ويطّلع عليها الجميع.\n"
            "/watch عبارة — تابِع عبارة للمجموعة\n"
            "/unwatch عبارة — أوقف متابعتها\n"
            "/list — عبارات المجموعة\n"
            "/test عبارة — ما كانت ستلتقطه من آخر الأخبار\n"
            "/pause و /resume — أوقف تنبيهات المجموعة مؤقتًا ثم استأنفها\n"
            "/mode — تنبيه فوري أو ملخص كل ساعة أو ملخص يومي\n"
            "/timezone — المنطقة الزمنية لمواعيد المجموعة\n"
            "/quiet 23-7 — ساعات هدوء للمجموعة (بلا صوت، أو <code>ملخص</code> عند انتهائها)\n"
            "/preview on|off — معاينة رابط الخبر تحت التنبيه\n"
            "أزرار 🔕 و 👎 تحت التنبيهات لمشرفي المجموعة\n"
            "/here — أرسل التنبيهات إلى هذا الموضوع\n"
            "/lang — لغة رسائل رصد هنا: العربية أو English\n"
            "ولعباراتك الخاصة كلّمني في محادثة خاصة.\n\n"
            "<b>صيغة العبارات</b>\n"
            "<code>ترامب | ترمب</code> أيٌّ منهما · "
            "<code>روسيا -\"روسيا البيضاء\"</code> مع استثناء · "
            "<code>=ترامب</code> بالحرف"
        ),
        "en": (
            "<b>Rasd in this group</b>\n"
            "Rasd posts an alert here when an article mentions one of the group's terms. "
            "The group's administrators change the terms and settings; everyone can see them.\n"
            "/watch TERM — watch a term for the group\n"
            "/unwatch TERM — stop watching it\n"
            "/list — the group's terms\n"
            "/test TERM — what it would have caught in the latest news\n"
            "/pause and /resume — stop the group's alerts, then start them again\n"
            "/mode — instant alerts, or an hourly or daily digest\n"
            "/timezone — the time zone of the group's alert times\n"
            "/quiet 23-7 — the group's quiet hours (silent, or <code>digest</code> when they end)\n"
            "/preview on|off — the article link's preview under each alert\n"
            "The 🔕 and 👎 buttons under alerts are for the group's administrators\n"
            "/here — send the alerts to this topic\n"
            "/lang — the language of Rasd's messages here: English or العربية\n"
            "For your own terms, talk to me in a private chat.\n\n"
            "<b>Term syntax</b>\n"
            "<code>ترامب | ترمب</code> either · "
            "<code>روسيا -\"روسيا البيضاء\"</code> with an exclusion · "
            "<code>=ترامب</code> exact spelling"
        ),
    },
    "welcome_back_group": {
        "ar": "عاد <b>رصد</b> إلى هذه المجموعة 🔔 سأرسل تنبيهاتها من جديد. عباراتها: /list",
        "en": "<b>Rasd</b> is back in this group 🔔 Its alerts are on again. Its terms: /list",
    },
    "help_admin": {
        "ar": (
            "\n\n<b>للمشرفين</b>\n"
            "/addfeed رابط [اسم] [--نص_كامل] · /rmfeed معرّف · /feeds · /stats · "
            "/admin add|remove معرّف\n"
            "<code>--نص_كامل</code> (أو <code>--full-text</code>) بعد الرابط: "
            "تُجلب صفحة كل خبر جديد ويُبحث في نصها كاملًا\n"
            "/dead — التنبيهات التي تعذّر تسليمها · /replay [عدد] — أعِدها إلى الإرسال"
        ),
        "en": (
            "\n\n<b>Admins</b>\n"
            "/addfeed URL [name] [--full-text] · /rmfeed ID · /feeds · /stats · "
            "/admin add|remove ID\n"
            "<code>--full-text</code> after the URL: each new item's page is fetched and "
            "its whole text matched\n"
            "/dead — alerts that could not be delivered · /replay [N] — send them again"
        ),
    },
    "lang_set": {
        "ar": "حسنًا، سأكلمك بالعربية.",
        "en": "OK, I will speak English here.",
    },
    "lang_choose": {
        "ar": "اختر لغة رسائل رصد:",
        "en": "Choose the language of Rasd's messages:",
    },
    "lang_bad": {
        "ar": "لا أعرف اللغة «{value}». اكتب <code>/lang ar</code> أو <code>/lang en</code>.",
        "en": "I don't know the language «{value}». Send <code>/lang ar</code> or "
        "<code>/lang en</code>.",
    },
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
        "en": "✅ I will alert {where} when {term} is mentioned.\n"
        "Try it on the latest news: /test",
    },
    "watch_present": {
        "ar": "{term} مُتابَعة من قبل في {where}. القائمة: /list",
        "en": "{term} is already watched in {where}. The list: /list",
    },
    "watch_full": {
        "ar": "⚠️ لم أحفظها: في {where} {terms}، وهو الحد. "
        "احذف بعضها من /list ثم أعد المحاولة.",
        "en": "⚠️ Not saved: {where} has {terms}, the limit. Remove some in /list, "
        "then try again.",
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
    "here_self": {"ar": "هذه المحادثة", "en": "this chat"},
    "here_chat": {"ar": "«{title}»", "en": "«{title}»"},
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
    "paused": {
        "ar": "⏸ أوقفتُ التنبيهات إلى {where} مؤقتًا؛ العبارات محفوظة. للاستئناف: /resume",
        "en": "⏸ Alerts to {where} are paused; the terms are kept. To resume: /resume",
    },
    "resumed": {
        "ar": "▶️ عادت التنبيهات إلى {where}.",
        "en": "▶️ Alerts to {where} are back on.",
    },
    "not_group_admin": {
        "ar": "عذرًا، مشرفو هذه المجموعة وحدهم يغيّرون عباراتها وإعداداتها؛ اطلب ذلك من أحدهم. "
        "ولعباراتك الخاصة كلّمني في محادثة خاصة.",
        "en": "Sorry, only this group's administrators can change its terms and settings; "
        "ask one of them. For your own terms, talk to me in a private chat.",
    },
    "not_admin": {
        "ar": "عذرًا، هذا الأمر لمشرفي رصد فقط. لم يتغير شيء. "
        "ليضيفك مشرف يرسل: <code>/admin add {user_id}</code>",
        "en": "Sorry, this command is for Rasd's admins only. Nothing was changed. "
        "An admin can add you with <code>/admin add {user_id}</code>",
    },
    "unknown_command": {
        "ar": "لا أعرف الأمر {command}. الأوامر في /help",
        "en": "I don't know the command {command}. The commands are in /help",
    },
    "private_only": {
        "ar": "هذا الأمر يُستخدم في المحادثة الخاصة مع البوت.",
        "en": "Use this command in a private chat with the bot.",
    },
    "groups_only": {
        "ar": "الأمر /here يُستخدم في مجموعة، داخل الموضوع الذي تريد التنبيهات فيه.",
        "en": "Use /here in a group, inside the topic where the alerts should go.",
    },
    "here_topic": {
        "ar": "📍 ستصل التنبيهات إلى هذا الموضوع.",
        "en": "📍 Alerts will arrive in this topic.",
    },
    "here_main": {
        "ar": "📍 ستصل التنبيهات إلى المحادثة الرئيسية لهذه المجموعة.",
        "en": "📍 Alerts will arrive in this group's main chat.",
    },
    "group_welcome": {
        "ar": "أهلًا! أنا <b>رصد</b> 🔔 يضيف مشرفو المجموعة عبارات للمتابعة: "
        "<code>/watch روسيا</code>، والأوامر في /help",
        "en": "Hello! I am <b>Rasd</b> 🔔 This group's administrators add terms to watch: "
        "<code>/watch روسيا</code>; the commands are in /help",
    },
    "migrated": {
        "ar": "نُقلت عبارات هذه المجموعة إلى المجموعة الخارقة الجديدة.",
        "en": "This group's terms moved to the new supergroup.",
    },
    "channel_usage": {
        "ar": "اكتب معرّف القناة بعد الأمر، مثل: <code>/channel @my_news</code>، "
        "أو حوّل إليّ منشورًا من القناة.",
        "en": "Put the channel's username after the command, e.g. "
        "<code>/channel @my_news</code>, or forward me a post from the channel.",
    },
    "channel_not_found": {
        "ar": "لم أجد القناة {name}. أضفني إليها مشرفًا يستطيع النشر، ثم أعد المحاولة.",
        "en": "I can't find the channel {name}. Add me to it as an administrator who can "
        "post, then try again.",
    },
    "channel_not_channel": {
        "ar": "{name} ليست قناة. لإدارة مجموعة أضفني إليها واستخدم الأوامر داخلها.",
        "en": "{name} is not a channel. To manage a group, add me to it and use the "
        "commands there.",
    },
    "channel_bot_not_admin": {
        "ar": "لست مشرفًا في {name}. اجعلني مشرفًا يستطيع نشر الرسائل، ثم أعد المحاولة.",
        "en": "I am not an administrator of {name}. Make me an administrator who can post "
        "messages, then try again.",
    },
    "channel_user_not_admin": {
        "ar": "عذرًا، مشرفو {name} وحدهم يديرون عباراتها. لم يتغير شيء.",
        "en": "Sorry, only the administrators of {name} can manage its terms. "
        "Nothing was changed.",
    },
    "channel_linked": {
        "ar": "🔗 تدير الآن القناة {name}: /watch و /unwatch و /list و /pause تعمل عليها.\n"
        "للعودة إلى عباراتك: <code>/channel off</code>",
        "en": "🔗 You are now managing the channel {name}: /watch, /unwatch, /list and "
        "/pause apply to it.\nTo go back to your own terms: <code>/channel off</code>",
    },
    "channel_off": {
        "ar": "عدتَ إلى إدارة عباراتك أنت.",
        "en": "You are back to managing your own terms.",
    },
    "channel_lost": {
        "ar": "لم تعد مشرفًا في {name} (أو لم أعد أنا مشرفًا فيها)، فعدتَ إلى عباراتك أنت.",
        "en": "You are no longer an administrator of {name} (or I am not), so you are back "
        "to your own terms.",
    },
    "channel_list": {
        "ar": "قنواتك المرتبطة؛ اختر ما تديره:",
        "en": "Your linked channels; choose which one to manage:",
    },
    "channel_none": {
        "ar": "لا قنوات مرتبطة. اربط واحدة: <code>/channel @my_news</code>",
        "en": "No linked channels. Link one: <code>/channel @my_news</code>",
    },
    "button_own_terms": {"ar": "عباراتي أنا", "en": "My own terms"},
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
        "en": "{name} is declared in config.yaml; delete it there (the next start "
        "removes it).",
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
    "error": {
        "ar": "⚠️ تعذّر تنفيذ ذلك بسبب خطأ داخلي، ولم يُفقد شيء. أعد المحاولة بعد قليل.",
        "en": "⚠️ That failed because of an internal error; nothing was lost. "
        "Try again in a moment.",
    },
    "error_storage": {
        "ar": "⚠️ مخزن رصد لا يستجيب الآن، ولم يتغير شيء. أعد المحاولة بعد دقيقة.",
        "en": "⚠️ Rasd's storage is not answering right now; nothing was changed. "
        "Try again in a minute.",
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


# What /watch and /test add about a risky term (bot.match.term_notes), kept in a
# block of their own.
_TERM_NOTES: dict[str, dict[Lang, str]] = {
    "note_clitic_read": {
        "ar": "ℹ️ قرأتُ {part} على أنها {form}، فألتقط {form} بكل صيغها.",
        "en": "ℹ️ I read {part} as {form}, so I catch {form} in every form.",
    },
    "note_clitic_kept": {
        "ar": "⚠️ أقرأ {part} كما كُتبت، فلن ألتقطها إلا بهذه الصيغة. إن كان أولها حرفًا متصلًا "
        "(و، ف، ب، ك، ل) فأرسل: <code>/watch {form}</code>",
        "en": "⚠️ I read {part} as typed, so I only catch it in that form. If it starts with "
        "an attached letter (و ف ب ك ل), send: <code>/watch {form}</code>",
    },
    "note_longer_place": {
        "ar": "ℹ️ {part} جزء من أسماء أماكن أخرى: {names}. لن أعدّ ذكرها ذكرًا لـ{part}؛ "
        "لمتابعة أحدها أضفه عبارةً مستقلة، مثل: <code>/watch {first}</code>",
        "en": "ℹ️ {part} is also part of other places' names: {names}. I do not count "
        "those as {part}; to watch one of them, add it as a term of its own, e.g. "
        "<code>/watch {first}</code>",
    },
    "note_homograph": {
        "ar": "⚠️ {part} تُكتب بحروف كلمة شائعة أخرى أيضًا، فقد تصلك أخبار لا تعنيها. "
        "للدقة تابِع عبارة أطول تضمها، أو استثنِ ما لا تريده بـ <code>-كلمة</code>.",
        "en": "⚠️ {part} is spelled like another common word too, so some alerts may not be "
        "about it. For precision, watch a longer phrase that contains it, or exclude what "
        "you do not want with <code>-word</code>.",
    },
}
TEXTS.update(_TERM_NOTES)

def text(key: str, lang: Lang, **values: object) -> str:
    """Return one of the bot's texts, with the values escaped and filled in."""
    safe = {
        name: value if isinstance(value, Html) else html.escape(str(value))
        for name, value in values.items()
    }
    template = TEXTS[key][lang]
    return template.format(**safe) if safe else template


# Why a feed could not be read (feeds/errors.py words them in English, by the same keys).
REASONS_AR: dict[str, str] = {
    "no_scheme": "الرابط لا يبدأ بـ http:// أو https://؛ تحقّق منه",
    "bad_scheme": "لا يقرأ رصد إلا روابط http:// و https://، لا {scheme}://",
    "no_host": "الرابط بلا اسم موقع؛ تحقّق منه",
    "not_http": "الرابط يجب أن يبدأ بـ http:// أو https:// وأن يحوي اسم موقع: {url}",
    "invalid_url": "رابط غير صالح ({detail})؛ تحقّق من رابط المصدر: {url}",
    "interval": "--interval {interval}: المدة من 1 إلى {most} بالثواني",
    "private": "عنوان خاص أو محلي: {host}؛ يرفضه رصد ما لم تكن allow_private_feeds مفعّلة "
    "في config.yaml أو يذكره polling.private_networks",
    "private_resolved": "عنوان خاص أو محلي: {host} يشير إلى {address}؛ يرفضه رصد ما لم تكن "
    "allow_private_feeds مفعّلة في config.yaml أو يذكره polling.private_networks",
    "connect": "تعذّر الاتصال بـ {host}: {cause}",
    "midway": "انقطع الاتصال بـ {host} في أثناء الجواب: {cause}",
    "garbled": "قطع {host} جوابه أو أفسده ({detail})؛ سيعيد رصد المحاولة",
    "network": "خطأ في الشبكة مع {host}: {detail}",
    "timeout": "لم يصل جواب كامل خلال المهلة ({seconds} ث)؛ الموقع بطيء أو متوقف",
    "dns": "اسم الموقع لا يدل على عنوان (لا شبكة، أو خطأ في كتابة الرابط؟)",
    "tls_cert": "شهادة TLS للموقع غير صالحة ({detail})؛ على الموقع إصلاحها",
    "tls": "فشلت مصافحة TLS ({detail})؛ قد يكون HTTPS في الموقع معطوبًا",
    "refused": "رُفض الاتصال (هل الخادم يعمل؟)",
    "reset": "قطع الخادم الاتصال",
    "net_unreachable": "الشبكة غير متاحة (لا اتصال بالإنترنت؟)",
    "host_unreachable": "لا سبيل إلى الخادم",
    "other": "{detail}",
    "redirect_loop": "الرابط يحوّل في حلقة تعود إلى {url}؛ تحقّق من رابط المصدر",
    "too_many_redirects": "تجاوزت التحويلات الحد ({most})، وآخرها إلى {url}؛ "
    "تحقّق من رابط المصدر",
    "redirected": "{cause} (بعد التحويل إلى {url})",
    "linked_feed": "{cause} (المصدر الذي تشير إليه الصفحة: {url})",
    "http": "أجاب الخادم بالرمز HTTP {status}{phrase}: {cause}",
    "http_400": "لم يقبل الموقع طلب رصد؛ تحقّق من الرابط",
    "http_401": "المصدر يتطلب تسجيل الدخول، ورصد لا يدعم ذلك",
    "http_403": "الموقع يرفض رصد (ربما يحجب البوتات)",
    "http_404": "المصدر لم يعد على هذا العنوان؛ تحقّق من الرابط",
    "http_410": "أزال الموقع هذا المصدر نهائيًا؛ ابحث عن عنوانه الجديد أو احذفه",
    "http_451": "المصدر محجوب لأسباب قانونية",
    "http_429": "يطلب الموقع من رصد أن يبطئ",
    "http_429_wait": "يطلب الموقع من رصد الانتظار ({wait} ث)",
    "http_503_wait": "الموقع متوقف الآن ويطلب الانتظار ({wait} ث)",
    "http_5xx": "مشكلة في جهة الموقع؛ سيعيد رصد المحاولة",
    "http_4xx": "رفض الموقع الطلب؛ تحقّق من الرابط",
    "http_other": "لا يستطيع رصد استعمال هذا الجواب؛ افتح الرابط في متصفح لترى ما يرسله الموقع",
    "bad_compression": "ضغط {name} الذي أرسل به الموقع المصدرَ تالف؛ سيعيد رصد المحاولة",
    "unknown_encoding": "أرسل الموقع المصدر بترميز «{encoding}» لا يفكّه رصد",
    "too_big_declared": "حجم المصدر ({size} بايت) فوق الحد ({limit} بايت)؛ لم ينزّله رصد",
    "too_big": "المصدر أكبر من الحد ({limit} بايت)؛ توقف رصد عن قراءته",
    "too_big_compressed": "المصدر بعد فكّ ضغطه أكبر من الحد ({limit} بايت) (قنبلة ضغط؟)؛ "
    "توقف رصد عن فكّه",
    "entities": "المصدر يعرّف كيانات XML خاصة به (<!ENTITY>)، وقد تُستعمل لاستنزاف الذاكرة "
    "أو قراءة ملفات محلية؛ رصد لا يقرأ مثل هذه المستندات",
    "empty_document": "الرابط أعاد مستندًا فارغًا، لا مصدر RSS أو Atom",
    "html_page": "الرابط صفحة ويب (HTML)، لا مصدر RSS أو Atom؛ ابحث في الموقع عن رابط RSS",
    "json": "الرابط يعيد JSON، لا مصدر RSS أو Atom",
    "xml_not_feed": "الرابط يعيد مستند XML ليس مصدر RSS أو Atom{detail}",
    "not_text": "الرابط يعيد نصًا عاديًا أو بيانات ثنائية، لا مصدر RSS أو Atom",
    "partly_broken": "المصدر معطوب جزئيًا ({detail})؛ عدد المواد التي قرأها رصد: {count}",
    "broken": "المصدر معطوب ({detail})؛ لم يقرأ رصد منه أي مادة",
    "unreadable": "تعذّر على رصد قراءة المستند ({detail})",
    "note": "{detail}",
    "page_http": "أجابت الصفحة بـ HTTP {status}",
    "page_304": "أجابت الصفحة بـ 304 (لم تتغير) على طلب عادي",
    "page_not_html": "الصفحة ليست HTML ({kind})",
    "page_unreadable": "تعذّر على رصد قراءة الصفحة ({detail})",
    "page_no_text": "لم يُعثر على نص خبر في الصفحة",
}


def reason_words(reason: Reason, lang: Lang) -> str:
    """Return why a feed could not be read, as plain text in the language."""
    return reason.words(REASONS_AR if lang == "ar" else ENGLISH)
