"""Arabic number words and vague quantities.

Number words come in masculine and feminine forms ("ثلاثة" / "ثلاث") and in nominative and
oblique case ("ثلاثون" / "ثلاثين"); all are listed. Compounds are read by the number parser:
a unit joined to a ten by "و" ("خمسة وعشرين", 25), a hundred and what follows ("مئة وعشرين"), a
number and a scale ("ثلاثة آلاف"). Words are written plainly; tally.lang.ar.normalise folds
hamza forms, taa marbuta and diacritics on both sides, so "مائة" and "مئة" meet.

QUANTIFIERS follow the English module's conservative coding ("عشرات", dozens, is 12).
"""

from __future__ import annotations

#: "واحد" (one) is a number word only inside a compound ("واحد وعشرين"): alone it follows a
#: noun that already counts one ("طفل واحد") or is no person at all ("عائلة واحدة").
_ONE = ("واحد", "واحدة", "إحدى")

_UNITS: dict[int, tuple[str, ...]] = {
    2: ("اثنان", "اثنين", "اثنتان", "اثنتين", "إثنين", "إثنان"),
    3: ("ثلاثة", "ثلاث"),
    4: ("أربعة", "أربع"),
    5: ("خمسة", "خمس"),
    6: ("ستة", "ست"),
    7: ("سبعة", "سبع"),
    8: ("ثمانية", "ثماني", "ثمان"),
    9: ("تسعة", "تسع"),
}

_TENS: dict[int, tuple[str, ...]] = {
    10: ("عشرة", "عشر"),
    20: ("عشرون", "عشرين"),
    30: ("ثلاثون", "ثلاثين"),
    40: ("أربعون", "أربعين"),
    50: ("خمسون", "خمسين"),
    60: ("ستون", "ستين"),
    70: ("سبعون", "سبعين"),
    80: ("ثمانون", "ثمانين"),
    90: ("تسعون", "تسعين"),
}

#: 11 and 12 have their own first words; 13 to 19 are a unit and "عشر" / "عشرة".
_TEENS: dict[str, int] = {
    "أحد عشر": 11,
    "إحدى عشرة": 11,
    "إحدى عشر": 11,
    "اثنا عشر": 12,
    "اثني عشر": 12,
    "اثنتا عشرة": 12,
    "اثنتي عشرة": 12,
    "اثنتي عشر": 12,
    **{f"{unit} {ten}": n + 10 for n in range(3, 10) for unit in _UNITS[n] for ten in _TENS[10]},
}

#: The hundreds written as one word ("ثلاثمئة", "ثلاثمائة") or as two.
_HUNDREDS: dict[str, int] = {
    f"{stem}{hundred}": n * 100
    for n, stem in (
        (3, "ثلاث"),
        (4, "أربع"),
        (5, "خمس"),
        (6, "ست"),
        (7, "سبع"),
        (8, "ثمان"),
        (9, "تسع"),
    )
    for hundred in ("مئة", "مائة")
}

NUMBER_WORDS: dict[str, int] = {
    **{w: n for n, words in _UNITS.items() for w in words},
    **{
        f"{one} {joiner}{ten}": n + 1
        for one in _ONE
        for n, tens in _TENS.items()
        if n >= 20
        for ten in tens
        for joiner in ("و", "و ")
    },
    **{w: n for n, words in _TENS.items() for w in words},
    **_TEENS,
    **_HUNDREDS,
    "مئة": 100,
    "مائة": 100,
    "مئتان": 200,
    "مئتين": 200,
    "مائتان": 200,
    "مائتين": 200,
    "ألف": 1000,
    "ألفان": 2000,
    "ألفين": 2000,
    # spoken forms common in posts
    "تنين": 2,
    "اتنين": 2,
    "تلاتة": 3,
    "تلات": 3,
}

#: Words that multiply the number before them ("ثلاث مئة", "خمسة آلاف").
SCALES: dict[str, int] = {"مئة": 100, "مائة": 100, "ألف": 1000, "آلاف": 1000, "مليون": 1_000_000}

#: Words that join the parts of a compound number when written apart ("خمسة و عشرين"); the
#: clitic form ("وعشرين") is read through tally.lang.ar.PREFIXES.
NUMBER_JOINERS: frozenset[str] = frozenset({"-", "و"})

#: Words that count one when they introduce a victim ("أحد عناصر قسد", one of the SDF members).
#: "أحد" is not a number word here: with the article it is Sunday ("الأحد").
INDEFINITE: frozenset[str] = frozenset({"أحد", "إحدى", "احدى"})

#: Vague quantities: phrase -> (best, low, high); high None means open-ended.
QUANTIFIERS: dict[str, tuple[int, int, int | None]] = {
    "عشرات": (12, 12, 99),
    "عشرات من": (12, 12, 99),
    "مئات": (100, 100, 999),
    "مئات من": (100, 100, 999),
    "المئات من": (100, 100, 999),
    "آلاف": (1000, 1000, 9999),
    "آلاف من": (1000, 1000, 9999),
    "عشرات الآلاف": (10000, 10000, 99999),
    "عشرات آلاف": (10000, 10000, 99999),
    "عدة": (2, 2, 9),
    "بضعة": (2, 2, 9),
    "بضع": (2, 2, 9),
    "عدد من": (2, 2, None),
    "العديد من": (2, 2, None),
    "عدد كبير من": (10, 10, None),
    "أعداد كبيرة من": (10, 10, None),
    "الكثير من": (2, 2, None),
    "عدد غير محدد من": (1, 1, None),
    "عدد غير معروف من": (1, 1, None),
    "آخرون": (1, 1, None),
    "آخرين": (1, 1, None),
    "أخريات": (1, 1, None),
    "بعض": (1, 1, None),
}

#: Hedges before a number: phrase -> kind (see tally.lang.en.numbers.APPROXIMATORS).
APPROXIMATORS: dict[str, str] = {
    "على الأقل": "at_least",
    "ما لا يقل عن": "at_least",
    "لا يقل عن": "at_least",
    "ما لا يقل عن الـ": "at_least",
    "أكثر من": "more_than",
    "ما يزيد عن": "more_than",
    "ما يزيد على": "more_than",
    "يزيد عن": "more_than",
    "يزيد على": "more_than",
    "ما يربو على": "more_than",
    "نحو": "about",
    "حوالي": "about",
    "حوالى": "about",
    "قرابة": "about",
    "زهاء": "about",
    "ما يقارب": "about",
    "ما يقرب من": "about",
    "يقارب": "about",
    "تقريبا": "about",
    "قرابة الـ": "about",
    "نحو الـ": "about",
    "حوالي الـ": "about",
    "ما يصل إلى": "up_to",
    "حتى": "up_to",
    "أقل من": "fewer_than",
}

#: Words after a number that show it is not a count of people ("5 كم", "3 غارات", "45 عاماً").
UNITS: frozenset[str] = frozenset(
    """كم كيلومتر كيلومترات كيلو متر مترا أمتار ميل سيارة سيارات سيارتين آلية آليات دبابة
    دبابات صاروخ صواريخ صاروخا قذيفة قذائف قذيفتين قذيفتان غارة غارات غارتين غارتان ضربة
    ضربات ضربتين طائرة طائرات مسيرة مسيرات مسيرتين عبوة عبوات لغم ألغام هجوم هجمات هجوما
    هجومين استهداف استهدافات منزل منازل منزلا بيت بيوت مبنى مباني بناء قرية قرى بلدة بلدات
    موقع مواقع موقعا نقطة نقاط حاجز حواجز مقر مقرات ساعة ساعات ساعتين دقيقة دقائق يوم أيام
    يوما يومين أسبوع أسابيع أسبوعين شهر أشهر شهرا شهور شهرين سنة سنوات سنين سنتين عام أعوام
    عاما عامين العمر مرة مرات مرتين دولار دولارا دولارات ليرة ليرات طن أطنان كغ كيلوغرام
    بالمئة بالمائة بالمية % م هـ مليار ملايين""".split()
)

#: Words before a number that make it an age ("بعمر 12", "يبلغ من العمر 40").
AGE_MARKERS: frozenset[str] = frozenset(
    {
        "عمر",
        "بعمر",
        "العمر",
        "عمره",
        "عمرها",
        "عمرهم",
        "يبلغ",
        "تبلغ",
        "البالغ",
        "البالغة",
        "سن",
        "بسن",
        "السن",
    }
)

#: Words before a number that make it describe someone or name something, not count victims:
#: how many children a parent has ("أب لثلاثة أطفال", father of three children; "أم لخمسة"), a
#: place or unit named by a number ("حي الأربعين", the Forty quarter; "الفرقة 25"). Not when the
#: number is joined to them ("أب وثلاثة أطفال", a father and three children).
NAMING_MARKERS: frozenset[str] = frozenset(
    {"أب", "وأب", "أم", "وأم", "والد", "ووالد", "والدة", "ووالدة", "معيل", "ومعيل", "معيلة"}
    | {
        f"{prefix}{noun}"
        for prefix in ("", "و", "ب", "وب", "ال", "وال", "بال", "وبال", "لل")
        for noun in ("حي", "شارع", "دوار", "ساحة", "فرقة", "لواء", "فوج", "كتيبة", "مفرق", "جادة")
    }
)

#: Arabic writes no ordinal suffix after digits.
ORDINAL_SUFFIXES: frozenset[str] = frozenset()

#: Words joining two numbers into a range ("3 إلى 5", "3 أو 4", "3-5").
RANGE_JOINERS: frozenset[str] = frozenset({"إلى", "الى", "أو", "او", "-", "–"})
RANGE_OPENERS: frozenset[str] = frozenset({"بين", "مابين"})
#: Words joining a range only after an opener ("بين 2 و4").
BETWEEN_JOINERS: frozenset[str] = frozenset({"و"})
