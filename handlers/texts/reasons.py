"""Why a feed could not be read, in Arabic; feeds/errors.py words it in English by the same keys."""

from __future__ import annotations

from bot.lang import Lang
from feeds.errors import ENGLISH, Reason

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
    "too_many_redirects": "تجاوزت التحويلات الحد ({most})، وآخرها إلى {url}؛ تحقّق من رابط المصدر",
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
