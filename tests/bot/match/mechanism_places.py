"""Cases for the mechanisms of issue 12 about places.

Relative adjectives, derived forms, longer place names, CLDR names, states.

Same form as match_cases: (term, headline, highlighted substrings); no highlight
means the term must not match. Every headline was written for these tests.
"""

from __future__ import annotations

from tests.bot.match.match_cases import hit, miss

NISBA_SPELLING = [
    hit("ai-to-awi", "السلاح الكيميائي", "استخدام السلاح الكيماوي", "السلاح الكيماوي"),
    hit("ai-to-iyawi", "السلاح الكيميائي", "السلاح الكيمياوي محظور", "السلاح الكيمياوي"),
    hit("awi-to-ai", "كيماوي", "مصنع كيميائي", "كيميائي"),
    hit("hamza-seat-dropped", "الأمن الغذائي", "أزمة في الامن الغذايي", "الامن الغذايي"),
    hit("hamza-seat-swapped", "المسؤول", "تصريح المسئول الأمني", "المسئول"),
]

DERIVED_PLACES = [
    # A place typed in another spelling than CLDR's (الدانمرك) takes its adjective too.
    hit("other-spelling-place-adjective", "الدنمارك", "في العاصمة الدنماركية", "الدنماركية"),
    # A ‑ستان land is also named by its people: أفغاني, «الأفغان» (not باكستان → باكي).
    hit("stan-people-adjective", "أفغانستان", "قصف العاصمة الأفغانية", "الأفغانية"),
    hit("stan-people", "أفغانستان", "ترحيل المهاجرين الأفغان", "الأفغان"),
    miss("stan-short-people-is-another-word", "باكستان", "امرأة باكية أمام المحكمة"),
    hit("city-nisba", "بغداد", "المطبخ البغدادي الشهير", "البغدادي"),
    hit("city-nisba-f", "دمشق", "الحارات الدمشقية القديمة", "الدمشقية"),
    hit("country-gentilic-plural", "العراق", "العراقيين في المهجر", "العراقيين"),
    # A land named as two joined ones (CLDR's «البوسنة والهرسك») is a place by either half.
    hit("half-of-a-joined-land-adjective", "البوسنة", "سجل المهاجم البوسني هدفين", "البوسني"),
    hit("half-inside-its-whole", "البوسنة", "منتخب البوسنة والهرسك يفوز", "البوسنة"),
    hit("second-half-inside-its-whole", "الهرسك", "منتخب البوسنة والهرسك يفوز", "والهرسك"),
    # A continent's part (CLDR's regions) is named by a direction or by its adjective,
    # unless that is another place: «أفريقيا الجنوبية» is no «جنوب أفريقيا».
    hit("continent-side-by-adjective", "شرق أوروبا", "دول أوروبا الشرقية تحتج", "أوروبا الشرقية"),
    hit("continent-side-by-direction", "أوروبا الشرقية", "دول شرق أوروبا تحتج", "شرق أوروبا"),
    miss("continent-side-not-the-country", "جنوب أفريقيا", "دول أفريقيا الجنوبية تحتج"),
    hit("cldr-adjective-stem", "فلسطين", "الفصائل الفلسطينية", "الفلسطينية"),
    # A land's short name (CLDR: «الإمارات العربية المتحدة») has the adjective its
    # currency's CLDR name gives it («درهم إماراتي»), with every ending.
    hit("land-short-name-adjective", "الإمارات", "شركة إماراتية ناشئة", "إماراتية"),
    hit("land-short-name-people", "الإمارات", "فاز الإماراتيون بالسباق", "الإماراتيون"),
    miss("currency-adjective-needs-its-land", "المال", "دعم مالي للمشروع"),
    miss("article-city-has-no-nisba", "الرياض", "الأخبار الرياضية"),
    hit("gentilic-broken-plural", "أفريقيا", "مهاجرون أفارقة في البحر", "أفارقة"),
    hit("gentilic-broken-plural-article-place", "المغرب", "لاعبون مغاربة في أوروبا", "مغاربة"),
    miss("gentilic-plural-not-from-an-al-stem", "ألمانيا", "المنطقة الآمنة"),
    # «الأمني» (security) is «الألماني» with its alef moved: two Arabic patterns, not a spelling.
    miss("security-is-not-german", "ألمانيا", "تشديد الإجراءات الأمنية في عدن"),
    hit("german-adjective-still-found", "ألمانيا", "الحكومة الألمانية تعلن", "الألمانية"),
    hit("stan-land-nisba", "داغستان", "المقاتلون الداغستانيون", "الداغستانيون"),
    hit("stan-land-nisba-f", "بلوشستان", "الحركة البلوشستانية المسلحة", "البلوشستانية"),
    hit("stan-land-nisba-in-a-name", "بلوشستان", "جيش تحرير بلوشستاني", "بلوشستاني"),
    miss("stan-land-is-no-dual", "داغستان", "زار داغسة"),
    # A short stem before ‑ستان is no land (a dress, an orchard): no adjective of its own.
    miss("stan-short-stem-is-a-word", "فستان", "اشترت فستاني الجديد"),
    # A foreign name outside CLDR takes its ‑ي too (bot.match.phrase_forms); an Arabic
    # noun or a given name does not (صلاح → صلاحية, عثمان → العثمانية).
    hit("foreign-name-nisba", "ويلز", "هدف اللاعب الويلزي", "الويلزي"),
    hit("foreign-name-nisba-feminine", "هوليوود", "النجمة الهوليوودية", "الهوليوودية"),
    miss("given-name-no-nisba", "صلاح", "انتهت صلاحية الجواز"),
    miss("arabic-noun-no-nisba", "حماس", "استقبال حماسي للفريق"),
]

# A place whose CLDR name carries the article keeps its relative adjective.
ARTICLE_PLACE_NISBA = [
    hit("article-place-awi", "النمسا", "زار المستشار النمساوي برلين", "النمساوي"),
    hit("article-place-awi-f", "النمسا", "المغنية النمساوية فازت", "النمساوية"),
    hit("article-place-wi", "النمسا", "فاز فريق سالزبورغ النمسوي", "النمسوي"),
    hit("article-place-awi-plural", "النمسا", "اعتقال نمساويين في المطار", "نمساويين"),
    miss("article-city-still-none", "القاهرة", "قرار قاهري"),
]

LONGER_PLACES = [
    miss("inside-equatorial", "غينيا", "غينيا الاستوائية تفوز"),
    miss("inside-bissau", "غينيا", "رئيس غينيا بيساو"),
    hit("alone-after-longer", "غينيا", "غينيا الاستوائية تلاعب غينيا", "غينيا"),
    miss("inside-south-africa", "أفريقيا", "رئيس جنوب أفريقيا"),
    hit("continent-part-counts", "أفريقيا", "دول شمال أفريقيا", "أفريقيا"),
    miss("korea-south-nisba", "كوريا", "الرئيس الكوري الجنوبي"),
    miss("sudan-south", "السودان", "عاصمة جنوب السودان"),
    hit("longer-typed", "غينيا الاستوائية", "غينيا الاستوائية تفوز", "غينيا الاستوائية"),
    hit("only-one-longer-is-its-name", "السعودية", "المملكة العربية السعودية", "السعودية"),
]

COLOUR_NAMES = [
    miss("colour-makes-another-name", "الهلال", "قافلة الهلال الأحمر وصلت"),
    miss("colour-after-clitic", "الهلال", "تبرع بالهلال الأحمر"),
    miss("feminine-colour-after-bare-place", "روسيا", "رئيس روسيا البيضاء"),
    hit("no-colour-still-meets", "الهلال", "فوز الهلال على النصر", "الهلال"),
    hit("colour-not-next-to-it", "الهلال", "الهلال يرتدي الأحمر", "الهلال"),
    hit("colour-typed-by-user", "الصليب الأحمر", "مندوب الصليب الأحمر", "الصليب الأحمر"),
    hit("nisba-is-not-colour", "الجيش", "الجيش السوداني", "الجيش"),
    # A place named by a colour word: a colour after a definite noun, or bare, is a colour.
    miss("colour-of-a-definite-noun", "البيضاء", "عناصر الخوذ البيضاء"),
    miss("colour-in-another-city", "البيضاء", "مؤتمر في الدار البيضاء"),
    miss("colour-without-article", "البيضاء", "باقة زهور بيضاء"),
    hit("colour-place-after-preposition", "البيضاء", "غارات في البيضاء", "البيضاء"),
    hit("colour-place-in-construct", "البيضاء", "محافظة البيضاء اليمنية", "البيضاء"),
]

# CLDR gives some territories two names in one entry («ميانمار (بورما)»).
CLDR_OTHER_NAMES = [
    hit("other-name", "ميانمار", "عودة اللاجئين إلى بورما", "بورما"),
    hit("other-name-nisba", "ميانمار", "قالت الحكومة البورمية", "البورمية"),
    hit("other-name-back", "بورما", "انتخابات في ميانمار", "ميانمار"),
]

# A state named with the word for its kind is also named alone (bot.match.state_names).
STATE_NAMES = [
    hit("kingdom-name-alone", "مملكة البحرين", "قالت البحرين إن الاجتماع", "البحرين"),
    # A land's short name from its currency's adjective (دولار أمريكي): one land, two names.
    hit("land-short-name", "أمريكا", "قالت الولايات المتحدة إن", "الولايات المتحدة"),
    hit("land-long-name-adjective", "الولايات المتحدة", "قالت الحكومة الأمريكية", "الأمريكية"),
    miss("land-short-name-not-a-region", "الولايات المتحدة", "دول أمريكا اللاتينية"),
    hit(
        "land-adjective-construct",
        "الجيش الأمريكي",
        "قال جيش الولايات المتحدة",
        "جيش الولايات المتحدة",
    ),
    hit(
        "land-adjective-between",
        "المحكمة العليا",
        "قضت المحكمة الأمريكية العليا",
        "المحكمة الأمريكية العليا",
    ),
    # A land of several words has its adjective too (سعودي: المملكة العربية السعودية),
    # and a longer phrase ending in it takes one more adjective before it.
    hit(
        "adjective-before-long-lands-adjective",
        "الجيش السعودي",
        "مناورات الجيش الملكي السعودي",
        "الجيش الملكي السعودي",
    ),
    hit(
        "adjective-before-last-of-three",
        "الدفاع الجوي السعودي",
        "اعترض الدفاع الجوي الملكي السعودي صاروخا",
        "الدفاع الجوي الملكي السعودي",
    ),
    miss("three-words-not-any-word-between", "الدفاع الجوي السعودي", "الدفاع الجوي قبل السعودي"),
    # So does a direction's adjective, a bloc's or a region's.
    hit(
        "adjective-before-a-directions-adjective",
        "الضربات الغربية",
        "رحب بالضربات الجوية الغربية",
        "بالضربات الجوية الغربية",
    ),
    miss("directions-adjective-not-any-word-between", "الضربات الغربية", "الضربات قبل الغربية"),
    hit("state-name-adjective", "دولة قطر", "رحلات الخطوط القطرية", "القطرية"),
    hit("republic-name-alone", "جمهورية التشيك", "فاز منتخب التشيك", "التشيك"),
    hit("republic-adjective", "جمهورية التشيك", "قال الرئيس التشيكي", "التشيكي"),
    miss("not-another-lands-city", "سلطنة عمان", "مؤتمر في عمان عاصمة الأردن"),
    miss("not-inside-a-longer-name", "جمهورية غينيا", "رئيس غينيا الاستوائية"),
    miss("the-name-keeps-its-article", "مملكة البحرين", "بحرين من الدماء"),
]

# A place whose name ends in ي has an adjective of the same letters (bot.match.nisba).
OWN_LETTERS_ADJECTIVES = [
    hit("own-letters-adjective", "تشيلي", "تألق اللاعب التشيلي في المباراة", "التشيلي"),
    hit("own-letters-feminine", "تشيلي", "قضت محكمة تشيلية بالسجن", "تشيلية"),
    hit("own-letters-plural", "هايتي", "تظاهر الهايتيون في العاصمة", "الهايتيون"),
    miss("own-letters-not-an-everyday-word", "مالي", "أعلن البنك عن الدعم المالي للشركات"),
    miss("own-letters-feminine-of-an-everyday-word", "مالي", "أزمة مالية في الأسواق"),
    miss("own-letters-not-another-name", "تشيلي", "فاز تشيلسي على ليفربول"),
]
