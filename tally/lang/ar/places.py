"""Arabic words around place names: what tells tally.geo that a word is a place, and which sense.

Words are written plainly; tally.geo normalises them (tally.lang.ar.orthography) before comparing,
and strips proclitics from the report's words, so "بريف" counts as "ريف".
"""

from __future__ import annotations

#: Words before a name that say which kind of place it is (see tally.lang.en.places.CUES_AFTER
#: for the senses).
CUES_BEFORE: dict[str, str] = {
    "ريف": "region",
    "أرياف": "region",
    "ضواحي": "region",
    "محافظة": "governorate",
    "منطقة": "district",
    "ناحية": "subdistrict",
    "مدينة": "city",
    "بلدة": "community",
    "بلدات": "community",
    "قرية": "community",
    "قرى": "community",
    "مزارع": "community",
    "حي": "neighbourhood",
    "أحياء": "neighbourhood",
    "حارة": "neighbourhood",
}

#: Compass adjectives after a name ("ريف إدلب الجنوبي"); with a cue before the name they become
#: part of the mention. ("شرق دير الزور", east of Deir ez-Zor, is a context: CONTEXT_BEFORE.)
DIRECTIONS_AFTER = frozenset(
    {
        "الشرقي",
        "الغربي",
        "الشمالي",
        "الجنوبي",
        "الشرقية",
        "الغربية",
        "الشمالية",
        "الجنوبية",
        "الأوسط",
    }
)

#: Words before a name that make a place reading likely ("في كنصفرة", "قرب تل رفعت").
CONTEXT_BEFORE = frozenset(
    {
        "في",
        "قرب",
        "بالقرب",
        "من",
        "على",
        "إلى",
        "الى",
        "نحو",
        "باتجاه",
        "محيط",
        "أطراف",
        "اطراف",
        "بين",
        "داخل",
        "حتى",
        "مناطق",
        "شرق",
        "غرب",
        "شمال",
        "جنوب",
        "شرقي",
        "غربي",
        "شمالي",
        "جنوبي",
        "استهدف",
        "استهدفت",
        "قصف",
        "قصفت",
    }
)
#: Conjunction joining names in a list, written as its own word ("كنصفرة و كفرعويد"); joined to
#: the next word it is a proclitic (tally.lang.ar.orthography.PROCLITICS).
LIST_JOINERS = frozenset({"و", "أو", "او"})
#: Proclitics on the name itself that are a place context ("بكنصفرة" = "in Kansafra").
CONTEXT_PROCLITICS = frozenset({"ب", "وب", "في", "وفي"})
#: Proclitic that joins a name to the one before it in a list ("وكفرعويد").
LIST_PROCLITIC = "و"

#: The word that makes a sub-district's name from its centre's ("مركز الحسكة"); the name without it
#: is also kept.
CENTRE_PREFIX = "مركز"

#: Words in a source name that say what kind of unit it is ("محافظة إدلب", "ناحية الهول"): such a
#: spelling is not kept as an alias, since the cues above cover it.
LEVEL_WORDS = frozenset({"محافظة", "منطقة", "ناحية"})

#: Names of places that are also everyday words (months, "mosque", "revolution", "new", "school"),
#: countries abroad, or organisations: a place only after a cue ("بلدة الثورة", "قرية مسجد").
AMBIGUOUS_NAMES = frozenset(
    {
        "آذار",
        "أبيض",
        "الأمين",
        "الأندلس",
        "الأهداف",
        "الاستقلال",
        "البارد",
        "الباردة",
        "البحيرة",
        "البرج",
        "البركة",
        "البستان",
        "البعث",
        "البلدية",
        "البيضاء",
        "التحرير",
        "التصحيح",
        "التضامن",
        "التقدم",
        "التل",
        "الثورة",
        "الجديدة",
        "الجزيرة",
        "الجسر",
        "الجلاء",
        "الجمهورية",
        "الجميلة",
        "الجنوبي",
        "الجهاد",
        "الحارة",
        "الحرية",
        "الحكمة",
        "الحمام",
        "الحمراء",
        "الخان",
        "الخضراء",
        "الرابع",
        "الرحمة",
        "السجن",
        "السد",
        "السعادة",
        "السلام",
        "السلامة",
        "السلطان",
        "الشام",
        "الشرقي",
        "الشمالي",
        "الشهداء",
        "الشهيد",
        "الصناعة",
        "الصناعي",
        "الطليعة",
        "العسكري",
        "الغربي",
        "الفداء",
        "الفرقان",
        "القاهرة",
        "القدس",
        "القصر",
        "القلعة",
        "الكرامة",
        "الكنيسة",
        "المحطة",
        "المدرسة",
        "المدينة",
        "المزرعة",
        "المستشفى",
        "المشفى",
        "المطار",
        "المعامل",
        "الملعب",
        "المنصورة",
        "النصر",
        "النهضة",
        "الوحدة",
        "الوسطي",
        "بركة",
        "تركيا",
        "تشرين",
        "جديدة",
        "جملة",
        "حياة",
        "خطاب",
        "دار",
        "درجة",
        "زيارة",
        "شباط",
        "شجرة",
        "طويلة",
        "عيون",
        "غريب",
        "قطر",
        "مخرج",
        "مدرسة",
        "مزرعة",
        "مسجد",
        "مشهد",
        "مكتبة",
        "ملك",
    }
)

#: Given names and name parts that are also names of villages ("علي", "أبو بكر"); a name made only
#: of these needs a cue ("قرية علي"), because reports name so many people.
PERSON_NAMES = frozenset(
    {
        "آدم",
        "أبو",
        "أحمد",
        "أم",
        "إبراهيم",
        "الحاج",
        "الشيخ",
        "بكر",
        "بن",
        "جاسم",
        "حاج",
        "حسان",
        "حسن",
        "حسين",
        "خالد",
        "خليل",
        "رامي",
        "سالم",
        "سليم",
        "شيخ",
        "عامر",
        "عباس",
        "عبدو",
        "عدنان",
        "عزيز",
        "علي",
        "عمر",
        "عيسى",
        "غسان",
        "كريم",
        "محمد",
        "محمود",
        "مصطفى",
        "موسى",
        "يوسف",
    }
)
