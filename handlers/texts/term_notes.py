"""What /watch and /test add about a risky term (bot.match.term_notes)."""

from __future__ import annotations

from bot.lang import Lang

TEXTS: dict[str, dict[Lang, str]] = {
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
    "note_first_name": {
        "ar": "⚠️ {part} اسم علم شائع يحمله كثيرون، فقد تصلك أخبار عن أشخاص آخرين بالاسم نفسه. "
        "لمتابعة شخص بعينه تابِع اسمه الكامل (الاسم واسم العائلة) بدلًا منه.",
        "en": "⚠️ {part} is a common given name that many people bear, so some alerts may be "
        "about others of that name. To follow one person, watch their full name (given "
        "and family name) instead.",
    },
    "note_family_alone": {
        "ar": "ℹ️ ألتقط {form} وحدها أيضًا، على أنها اسم عائلة {part}، إلا بعد اسم علم آخر. "
        "إن لم يكن {part} اسم شخص فأرسل: <code>/watch {exact}</code> لألتقط العبارة "
        "كما كُتبت فقط.",
        "en": "ℹ️ I also catch {form} alone, as the family name of {part}, except after "
        "another given name. If {part} is not a person, send: <code>/watch {exact}</code> "
        "to catch only the phrase as written.",
    },
}
