"""Groups and channels: where alerts go (/here, /channel) and a group's arrival."""

from __future__ import annotations

from bot.lang import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    "here_self": {"ar": "هذه المحادثة", "en": "this chat"},
    "here_chat": {"ar": "«{title}»", "en": "«{title}»"},
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
        "en": "Sorry, only the administrators of {name} can manage its terms. Nothing was changed.",
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
}
