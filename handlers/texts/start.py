"""Welcome, /help and /lang: how a chat meets Rasd."""

from __future__ import annotations

from bot.lang import Lang

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
            '<code>روسيا -"روسيا البيضاء"</code> مع استثناء · '
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
            '<code>روسيا -"روسيا البيضاء"</code> with an exclusion · '
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
            '<code>روسيا -"روسيا البيضاء"</code> مع استثناء · '
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
            '<code>روسيا -"روسيا البيضاء"</code> with an exclusion · '
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
    "unknown_command": {
        "ar": "لا أعرف الأمر {command}. الأوامر في /help",
        "en": "I don't know the command {command}. The commands are in /help",
    },
}
