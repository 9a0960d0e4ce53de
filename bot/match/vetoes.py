"""Readings a name does not get: where its letters are another word or entity.

A name whose article or ب form is a common word keeps those letters in its
key; a name next to certain words is another entity. Input is normalized (see
bot.match.normalize).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["AL_COLLISIONS", "BI_COLLISIONS", "CONTEXT_VETOES", "ContextVeto"]

# Proper names whose ال-form is a different, common word: السيول are floods,
# not Seoul; الجنين a fetus; الصور pictures; الحماس enthusiasm; الفتح a conquest;
# الأمل hope; الحمص chickpeas; الحلب milking; الجدة a grandmother; المآرب
# goals; الحماة in-laws. For these the article stays part of the key, so «سيول»
# and «السيول» never meet. Places CLDR names without the article (مالي: المالي
# is "the financial") get the same rule from bot.match.places, not from here.
AL_COLLISIONS = frozenset(
    {"سيول", "جنين", "صور", "حماس", "فتح", "امل", "حمص", "حلب", "جده", "مارب", "حماه"}
)
# Names that ب (with) also turns into a common phrase: بحماس "enthusiastically",
# بسيول "with floods". «في سيول» is how Seoul is placed, so little is lost.
BI_COLLISIONS = frozenset({"حماس", "سيول"})


@dataclass(frozen=True, slots=True)
class ContextVeto:
    """Neighbouring words (by key) that make a name mean something else."""

    words: frozenset[str]
    before: int
    after: int


_WEATHER = frozenset(
    (
        "امطار",
        "مطر",
        "فيضانات",
        "فيضان",
        "غزيره",
        "مفاجيه",
        "جارفه",
        "تساقط",
        "عواصف",
        "عاصفه",
        "ثلوج",
        "طقس",
        "انهيارات",
    )
)

# A name next to one of these words is another entity: روسيا البيضاء is Belarus;
# بروسيا دورتموند is Borussia Dortmund (while بروسيا alone is "in Russia");
# سيول next to rain words is floods, not Seoul; سول in كوستا ديل سول is the
# Costa del Sol and in ري سول جو a person. Words of the term itself never veto
# it, so the term «روسيا البيضاء» still matches.
_NOT_RUSSIA = ContextVeto(frozenset({"بيضاء", "بيضا", "دورتموند", "مونشنغلادباخ"}), 0, 1)
CONTEXT_VETOES: Mapping[str, tuple[ContextVeto, ...]] = {
    "روسيا": (_NOT_RUSSIA,),
    "روسي": (_NOT_RUSSIA,),
    "سيول": (ContextVeto(_WEATHER, 2, 2),),
    "سول": (ContextVeto(frozenset({"ديل", "ري"}), 1, 0), ContextVeto(frozenset({"جو"}), 0, 1)),
}
