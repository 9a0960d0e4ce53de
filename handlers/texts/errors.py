"""What a chat is told when a command fails or is not allowed there."""

from __future__ import annotations

from bot.lang import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    "not_group_admin": {
        "ar": "عذرًا، مشرفو هذه المجموعة وحدهم يغيّرون عباراتها وإعداداتها؛ اطلب ذلك من أحدهم. "
        "ولعباراتك الخاصة كلّمني في محادثة خاصة.",
        "en": "Sorry, only this group's administrators can change its terms and settings; "
        "ask one of them. For your own terms, talk to me in a private chat.",
    },
    "private_only": {
        "ar": "هذا الأمر يُستخدم في المحادثة الخاصة مع البوت.",
        "en": "Use this command in a private chat with the bot.",
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
}
