"""A number with its noun, agreeing as the language wants: «3 أخبار», «11 خبرًا», "1 article".

Arabic counted nouns follow the number (the rules of العدد والمعدود, written with digits):
1 puts the noun first with «واحد/واحدة» after it; 2 is the dual alone; 3–10 take the
plural; 11–99 the singular in the accusative (tamyiz); 100 and above, the singular
(genitive of the idafa), except that the last two digits, when 3–99, rule as above
(«103 أخبار», «111 خبرًا»). The dual is the one form whose case shows in writing, so the
caller says whether the phrase stands as subject (nominative) or after a preposition,
an idafa or as an object (oblique): «في القائمة عبارتان», «من آخر خبرين».
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.lang import Lang

Case = Literal["nominative", "oblique"]


@dataclass(frozen=True, slots=True)
class Noun:
    """The forms of a counted noun in Arabic and English."""

    singular: str  # خبر
    dual: str  # خبران (nominative)
    dual_oblique: str  # خبرين
    plural: str  # أخبار, for 3–10
    accusative: str  # خبرًا, for 11–99; a noun in ة takes no alif: كلمة
    feminine: bool  # خبر واحد, كلمة واحدة
    english: str  # article
    english_plural: str  # articles


ARTICLE = Noun("خبر", "خبران", "خبرين", "أخبار", "خبرًا", False, "article", "articles")
TERM = Noun("عبارة", "عبارتان", "عبارتين", "عبارات", "عبارة", True, "term", "terms")
ALERT = Noun("تنبيه", "تنبيهان", "تنبيهين", "تنبيهات", "تنبيهًا", False, "alert", "alerts")
FEED = Noun("مصدر", "مصدران", "مصدرين", "مصادر", "مصدرًا", False, "feed", "feeds")
SECOND = Noun("ثانية", "ثانيتان", "ثانيتين", "ثوانٍ", "ثانية", True, "second", "seconds")
MINUTE = Noun("دقيقة", "دقيقتان", "دقيقتين", "دقائق", "دقيقة", True, "minute", "minutes")
HOUR = Noun("ساعة", "ساعتان", "ساعتين", "ساعات", "ساعة", True, "hour", "hours")
DAY = Noun("يوم", "يومان", "يومين", "أيام", "يومًا", False, "day", "days")
ATTEMPT = Noun("محاولة", "محاولتان", "محاولتين", "محاولات", "محاولة", True, "attempt", "attempts")
PAGE = Noun("صفحة", "صفحتان", "صفحتين", "صفحات", "صفحة", True, "page", "pages")


def count_phrase(count: int, noun: Noun, lang: Lang, case: Case = "nominative") -> str:
    """Return the count with its noun in the form the number calls for."""
    if lang == "en":
        return f"{count} {noun.english if count == 1 else noun.english_plural}"
    if count == 1:
        return f"{noun.singular} {'واحدة' if noun.feminine else 'واحد'}"
    if count == 2:
        return noun.dual if case == "nominative" else noun.dual_oblique
    tail = count % 100
    if 3 <= tail <= 10:
        return f"{count} {noun.plural}"
    if 11 <= tail <= 99:
        return f"{count} {noun.accusative}"
    return f"{count} {noun.singular}"  # 0, and 100, 101, 102, 200 ...
