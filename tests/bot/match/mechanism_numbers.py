"""Cases for the mechanisms of issue 12 about a word's number and agreement.

Broken plurals and their singulars (a phrase's head, a one-word noun), feminine
plurals, a colour agreeing with its noun.

Same form as match_cases: (term, headline, highlighted substrings); no highlight
means the term must not match. Every headline was written for these tests.
"""

from __future__ import annotations

from tests.bot.match.match_cases import hit, miss

# The أفعال plural of a phrase's three-letter head, its adjective in the feminine.
AFAL_PLURALS = [
    hit("afal-plural", "الرقم القياسي", "حطم العداء الأرقام القياسية", "الأرقام القياسية"),
    hit("afal-plural-indefinite", "الرقم القياسي", "سجل أرقاما قياسية جديدة", "أرقاما قياسية"),
    hit(
        "afal-plural-of-a-flag", "العلم الوطني", "رفع المتظاهرون الأعلام الوطنية", "الأعلام الوطنية"
    ),
    hit(
        "afal-plural-of-a-first-waw",
        "الوضع الإنساني",
        "تدهور الأوضاع الإنسانية في المدينة",
        "الأوضاع الإنسانية",
    ),
    miss("afal-needs-the-feminine", "العلم الوطني", "انتقد الإعلام الوطني الحكومة"),
    miss("afal-not-alone", "الرقم القياسي", "نشرت الأرقام الرسمية"),
]

# A plural in ‑ات whose singular is feminine is not its masculine's plural (bot.match.phrase_forms).
FEMININE_PLURALS = [
    miss("settlements-not-settlers", "المستوطنات", "اقتحم المستوطنون الحرم"),
    miss("aid-not-assistants", "المساعدات", "أقيل مساعد المدرب"),
    hit("settlements-singular", "المستوطنات", "بناء مستوطنة جديدة", "مستوطنة"),
    hit("masculine-singular-stays", "الانتخابات", "أعلنت نتائج الانتخاب", "الانتخاب"),
]

# A colour agrees with its noun (a plural of things takes the feminine, or the colour's own
# plural), and a doubled root's noun, its shadda unwritten, takes the فعول plural.
AGREEING_COLOURS = [
    hit("colour-feminine-after-a-plural", "القلب الأسود", "قصة القلوب السوداء", "القلوب السوداء"),
    hit("colour-own-plural", "الخط الأحمر", "تجاوز الخطوط الحمر مرارا", "الخطوط الحمر"),
    hit("colour-with-a-possessive", "الخط الأحمر", "واشنطن تحدد خطوطها الحمراء", "خطوطها الحمراء"),
    hit("doubled-root-plural", "الحق المدني", "ناشطون في الحقوق المدنية", "الحقوق المدنية"),
    miss("colour-stays-its-colour", "القلب الأسود", "قصة القلوب البيضاء"),
    miss("colour-needs-its-noun", "الخط الأحمر", "رفع العلم الأحمر"),
]

# A one-word common noun typed bare is found in its broken plural (bot.match.noun_numbers),
# not a noun of people, not a word typed with the article, which may be a name. A noun
# of three letters in its أفعال plural only where the text writes the hamza above.
NOUN_PLURALS = [
    hit("noun-plural-four-letters", "مصنع", "إغلاق المصانع في الشمال", "المصانع"),
    hit("noun-plural-with-a-pronoun", "مسجد", "أغلقت السلطات مساجدها", "مساجدها"),
    hit("noun-plural-feminine", "مقبرة", "العثور على مقابر جماعية", "مقابر"),
    hit("noun-plural-faalil", "مشروع", "توقف مشاريع البناء", "مشاريع"),
    hit("noun-plural-afal-of-three-letters", "نفق", "تدمير شبكة أنفاق على الحدود", "أنفاق"),
    hit("noun-plural-afal-with-clitics", "عيد", "احتفالات بالأعياد في المدينة", "بالأعياد"),
    miss("afal-plural-not-the-verbal-noun", "نفق", "ارتفاع الإنفاق العسكري"),
    miss("afal-plural-needs-its-hamza-written", "نفق", "ارتفاع الانفاق العسكري"),
    miss("afal-plural-not-a-seventh-form-verb", "نهر", "انهار المبنى القديم"),
    miss("afal-plural-no-loose-spelling", "عيد", "حزمة من أعواد الثقاب"),
    miss("noun-of-people-keeps-its-plural", "مدرس", "افتتاح مدارس جديدة"),
    miss("typed-with-the-article-may-be-a-name", "القاعدة", "قواعد عسكرية في الشمال"),
]

# A noun counted by 11 to 99 (or a number ending in them) is read without its tanween
# (bot.match.counted), however short; not after ten, a hundred or a year.
COUNTED_NOUNS = [
    hit("counted-noun", "نائب", "انتخاب 68 نائبا جديدا", "نائبا"),
    hit("counted-by-a-larger-number", "طفل", "إنقاذ 311 طفلا من الغرق", "طفلا"),
    hit("counted-in-arabic-digits", "مقعد", "الحزب يحصد ١٩ مقعدا", "مقعدا"),
    hit("counted-with-the-article-typed", "المتهم", "محاكمة 16 متهما بالفساد", "متهما"),
    miss("counted-not-by-ten", "نائب", "لم يكن 10 نائبا"),
    miss("counted-not-without-a-number", "نائب", "فاز نائبا عن دائرته"),
]

# A one-word فَعْلى plural typed with its ى is also its فعيل singular, counted too
# (bot.match.noun_numbers.falaa_singulars); not a feminine elative, not a name.
FALAA_ALONE = [
    hit("falaa-singular", "المرضى", "وفاة مريض في مستشفى المدينة", "مريض"),
    hit("falaa-singular-with-a-clitic", "القتلى", "سقوط قتيل وجريح في الانفجار", "قتيل"),
    hit("falaa-singular-counted", "الجرحى", "الهجوم خلف 15 جريحا", "جريحا"),
    hit("falaa-plural-stays", "الجرحى", "نقل الجرحى إلى المستشفى", "الجرحى"),
    hit("falaa-typed-with-a-mark", "المرضىٰ", "وفاة مريض في مستشفى المدينة", "مريض"),
    miss("falaa-needs-its-alef-maqsura", "مرضي", "مريض في المستشفى"),
    miss("falaa-not-a-feminine-elative", "الكبرى", "فوز كبير للفريق"),
    miss("falaa-not-a-name", "مرمى", "مريم تسجل هدفا"),
]

# A one-word فعلاء plural is also its commoner singular, فاعل or فعيل (bot.match.noun_numbers).
FUALA_ALONE = [
    hit("fuala-alone-faail", "نشطاء", "اعتقال الناشط الحقوقي", "الناشط"),
    hit("fuala-alone-faeel", "خبراء", "قال خبير اقتصادي", "خبير"),
    miss("fuala-alone-only-the-commoner", "نشطاء", "لاعب نشيط في الملعب"),
]

# A one-word فعالل or فعاليل plural is also its singular, a common noun that names no
# people (bot.match.noun_numbers); a word in ة is a singular, and an adjective no singular noun.
MASCULINE_PLURALS_ALONE = [
    hit("faalal-alone-singular", "المصانع", "افتتاح مصنع جديد في المدينة", "مصنع"),
    hit("faalil-alone-singular", "المشاريع", "إطلاق مشروع سكني", "مشروع"),
    miss("faalal-alone-not-a-person", "المدارس", "قال مدرس اللغة العربية"),
    miss("faalal-alone-not-a-feminine-singular", "البطالة", "فاز البطل بالسباق"),
    miss("faalil-alone-not-an-adjective", "الملاحيظ", "تحسن ملحوظ في الأسعار"),
]

# A one-word common noun is found with an attached pronoun (bot.match.noun_numbers): his
# (which normalized is also ة) unless the list writes the word with ة as a word of its
# own, her and their on a noun of three letters too; not a given name, and not a noun
# whose pronoun forms are about as common as it is, another word.
NOUN_PRONOUNS = [
    hit("noun-pronoun-his", "هروب", "تفاصيل جديدة عن هروبه من السجن", "هروبه"),
    hit("noun-pronoun-his-with-a-clitic", "مسلسل", "النجم يبدأ تصوير مسلسله الجديد", "مسلسله"),
    hit("noun-pronoun-her-short-noun", "الجيش", "أعلن جيشها حالة التأهب", "جيشها"),
    # «تعيينه» (his appointment) is common: his is asked of no pronoun form's frequency.
    hit("noun-pronoun-his-common", "تعيين", "أعلن البيت الأبيض تعيينه مستشارا", "تعيينه"),
    hit("noun-pronoun-their-short-noun", "الجيش", "عاد الجنود إلى جيشهم", "جيشهم"),
    # A noun of two letters and ة keeps its ت before any pronoun (bot.match.inflection).
    hit("noun-pronoun-short-feminine", "شقة", "عثر عليه ميتا في شقته", "شقته"),
    hit("noun-pronoun-short-feminine-her", "خطة", "عرضت الوزيرة خطتها للإصلاح", "خطتها"),
    # A masculine noun's plural in ‑ات under a pronoun is the noun, as the plain plural is.
    hit("noun-pronoun-plural-in-at", "المطار", "قصفت الطائرات مطاراتها في الشمال", "مطاراتها"),
    miss("noun-pronoun-not-a-feminine-word", "عقيد", "تغيير العقيدة القتالية للقوات"),
    miss("noun-pronoun-not-a-given-name", "عمر", "توفي الفنان عن عمره الثمانين"),
    miss("noun-pronoun-not-its-own-word", "الكون", "اختير رغم كونه أصغر المرشحين"),
]

# A one-word sound masculine plural of a common noun is also that plural in construct, its ن
# gone, and so under a pronoun (bot.match.noun_numbers); not a short word in ‑ين.
PLURAL_CONSTRUCTS = [
    hit("plural-construct-nominative", "الموظفين", "أضرب موظفو البلدية عن العمل", "موظفو"),
    hit("plural-construct-genitive", "الموظفين", "تسريح مئات من موظفي الشركة", "موظفي"),
    hit("plural-construct-with-a-pronoun", "الموظفين", "سرحت الشركة موظفيها", "موظفيها"),
    miss("plural-construct-not-a-short-word", "البحرين", "مناورات القوات البحرية"),
]
