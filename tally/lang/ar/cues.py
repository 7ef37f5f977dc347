"""Arabic cues for how sure a report is, what a number covers, and what is not a claim.

Word sets (NEGATION, ADDITIONAL, ALSO) are compared whole, so their clitic forms ("ولم", "ودون")
are listed; phrase tables (CERTAINTY, SCOPE, INCLUDING, BACKGROUND) get them from PREFIXES.
"""

from __future__ import annotations

#: phrase -> status (see tally.model.STATUSES).
CERTAINTY: dict[str, str] = {
    "مؤكد": "confirmed",
    "مؤكدة": "confirmed",
    "تم التأكد": "confirmed",
    "وثق": "confirmed",
    "وثقت": "confirmed",
    "توثيق": "confirmed",
    "بحسب": "reported",
    "حسب": "reported",
    "وفقا ل": "reported",
    "وفق": "reported",
    "نقلا عن": "reported",
    "قيد التحقق": "under_verification",
    "قيد التأكد": "under_verification",
    "قيد التوثيق": "under_verification",
    "لم يتم التأكد": "under_verification",
    "لم يتسن التأكد": "under_verification",
    "لم يتم التحقق": "under_verification",
    "غير مؤكد": "under_verification",
    "غير مؤكدة": "under_verification",
    "أنباء عن": "under_verification",
    "أنباء أولية": "under_verification",
    "غير نهائي": "not_definitive",
    "غير نهائية": "not_definitive",
    "حصيلة أولية": "not_definitive",
    "في حصيلة أولية": "not_definitive",
    "حصيلة غير نهائية": "not_definitive",
    "مرشح للارتفاع": "not_definitive",
    "مرشحة للارتفاع": "not_definitive",
    "قابلة للارتفاع": "not_definitive",
    "قابل للارتفاع": "not_definitive",
    "مرشحة للزيادة": "not_definitive",
    "مرجح للارتفاع": "not_definitive",
    "مرجحة للارتفاع": "not_definitive",
    "نفى": "denied",
    "نفت": "denied",
    "ينفي": "denied",
    "تنفي": "denied",
}

#: phrase -> scope. "cumulative" numbers are totals since a start date.
SCOPE: dict[str, str] = {
    "منذ": "cumulative",
    "حتى الآن": "cumulative",
    "حتى صباح اليوم": "cumulative",
    "حتى اليوم": "cumulative",
    "إجمالي": "cumulative",
    "الإجمالي": "cumulative",
    "المجموع": "cumulative",
    "ارتفع": "cumulative",
    "ارتفعت": "cumulative",
    "يرتفع": "cumulative",
    "ترتفع": "cumulative",
    "ليرتفع": "cumulative",
    "لترتفع": "cumulative",
    "ارتفاع": "cumulative",
    "بلغ": "cumulative",
    "بلغت": "cumulative",
    "وصل": "cumulative",
    "وصلت": "cumulative",
    "الشهر الماضي": "period",
    "هذا الشهر": "period",
    "خلال الشهر": "period",
    "خلال شهر": "period",
    "الأسبوع الماضي": "period",
    "خلال الأسبوع": "period",
    "هذا العام": "period",
    "العام الماضي": "period",
    "خلال العام": "period",
    "خلال عام": "period",
    "خلال الأيام": "period",
    "خلال أيام": "period",
    "خلال يومين": "period",
    "خلال الساعات": "period",
    "خلال 24 ساعة": "period",
    "خلال الـ 24 ساعة": "period",
    "في ظروف مختلفة": "period",
    "بظروف مختلفة": "period",
    "في ظروف وأماكن مختلفة": "period",
    # A total since the start of a year or a month covers many events (a phrase also covers the
    # longer ones it begins: "منذ مطلع العام الجاري", "منذ بداية الشهر الجاري").
    "منذ مطلع": "period",
    "منذ بداية العام": "period",
    "منذ بداية الشهر": "period",
    "منذ بداية عام": "period",
    # "the past days": a total over them, not one event ("شهدت الأيام الماضية ... مقتل 5")
    "الأيام الماضية": "period",
    "الأيام الأخيرة": "period",
    "الأسابيع الماضية": "period",
    "الأشهر الماضية": "period",
    "الفترة الماضية": "period",
    "الفترة الأخيرة": "period",
}

#: Words that deny the outcome after them ("لم تسجل إصابات", "دون وقوع إصابات", "أي إصابات").
NEGATION: frozenset[str] = frozenset(
    {
        "لا",
        "ولا",
        "لم",
        "ولم",
        "فلم",
        "لن",
        "دون",
        "ودون",
        "بدون",
        "وبدون",
        "عدم",
        "وعدم",
        "بعدم",
        "أي",
        "وأي",
        "ليس",
        "ليست",
        "خالية",
        "خلو",
    }
)

#: Words that say a number comes on top of another ("4 آخرين", "جثتين أخريين").
ADDITIONAL: frozenset[str] = frozenset(
    {
        "آخر",
        "آخرين",
        "آخرون",
        "آخران",
        "أخرى",
        "أخريين",
        "أخريات",
        # the feminine dual: "وأصيبت اثنتان أخريان" (and two other women were injured)
        "أخريان",
        "أخريتان",
        "أخريتين",
        "إضافيين",
        "جدد",
        # with the article, after a definite noun: "عدد من المدنيين الآخرين" (a number of the
        # other civilians) is one count, not a count and "the others"
        "الآخرين",
        "الآخرون",
        "الآخر",
        "الأخرى",
    }
)

#: Words that make a sentence's numbers come on top of those already given ("كما أصيب").
ALSO: frozenset[str] = frozenset({"أيضا", "ايضا", "كذلك", "وكذلك"})

#: Words that introduce parts of the number before them ("12 مدنياً بينهم 7 أطفال").
INCLUDING: frozenset[str] = frozenset(
    {
        "بينهم",
        "بينهن",
        "بينهما",
        "بينها",
        "من بينهم",
        "من بينهن",
        "منهم",
        "منهن",
        "منهما",
        "بما فيهم",
        "بمن فيهم",
        "بينهم أيضا",
    }
)

_MONTHS = (
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)

#: Cues that a number is background, not this report's news ("منذ بداية العام", a month "الماضي":
#: a report tells its own event as of today or yesterday, not as of last month).
BACKGROUND: frozenset[str] = frozenset(
    {f"{month} {past}" for month in _MONTHS for past in ("الماضي", "الفائت", "المنصرم")}
    | {
        "منذ بداية العام",
        "منذ مطلع العام",
        "منذ بداية الشهر",
        "منذ مطلع الشهر",
        "منذ بداية الثورة",
        "منذ انطلاق الثورة",
        "منذ عام 2011",
        "منذ العام 2011",
        "منذ بداية الحرب",
        "منذ بدء الحرب",
        "منذ مطلع",
        "منذ بداية",
        "العام الماضي",
        "منذ مطلع عام",
        "منذ بداية عام",
        "خلال الحملة",
        "منذ بدء الحملة",
        "منذ بدء التصعيد",
        "منذ توقيع",
        "بعد يوم من",
        "بعد يومين من",
        "إحصائية",
        "حصيلة شهرية",
        "الحصيلة الشهرية",
        "في وقت سابق",
        "منذ بدء",
        "المستمرة منذ",
        "المستمر منذ",
        "منذ نحو شهر",
        "منذ شهر",
        "منذ أشهر",
        "منذ أسابيع",
        # an event some time before the report's own ("قبل أسبوعين، قتل رجل")
        "قبل أسبوع",
        "قبل أسبوعين",
        "قبل أسابيع",
        "قبل أيام",
        "قبل عدة أيام",
        "قبل شهر",
        "قبل شهرين",
        "قبل أشهر",
        "قبل عام",
        "قبل سنة",
        "قبل سنوات",
        # deaths by drowning are accidents, not casualties of an attack ("توفي طفل غرقا")
        "غرقا",
        "غرقاً",
        "غرقًا",
        "بالغرق",
    }
    # a total since a year ("منذ عام 2016", "منذ مطلع 2023"): never one event's toll
    | {
        f"منذ {opening}{year}"
        for year in range(2011, 2031)
        for opening in ("", "عام ", "العام ", "بداية ", "مطلع ", "بداية عام ", "مطلع عام ")
    }
)

#: The past perfect that news writing uses for what happened before the report's event: a
#: sentence that opens with "كان" and has "قد" soon after ("وكان المرصد قد وثق أمس مقتل 5
#: مدنيين", the Observatory had documented yesterday...; "وكانت طائرات قد قصفت") recalls an
#: earlier event. News writing often drops "قد" before a verb of reporting ("وكان المرصد وثق",
#: "وكان أفاد المراسل"): such a verb makes it past perfect too. Opener -> the words that make it
#: past perfect.
_PAST_PERFECT_MARKS: tuple[str, ...] = (
    "قد",
    "وثق",
    "وثقت",
    "أفاد",
    "أفادت",
    "ذكر",
    "ذكرت",
    "أعلن",
    "أعلنت",
    "نشر",
    "نشرت",
    "رصد",
    "رصدت",
)
PAST_PERFECT: dict[str, tuple[str, ...]] = {
    f"{lead}{opener}": _PAST_PERFECT_MARKS
    for opener in ("كان", "كانت", "كانوا", "كانا")
    # "هذا وكان ..." (news writing's "this, and ..." before a recalled event)
    for lead in ("", "هذا و")
}

#: Events that recall casualties elsewhere (a funeral, a protest): numbers they recall in a
#: relative clause are background.
RECALLING_EVENTS: frozenset[str] = frozenset(
    {
        "تشييع",
        "وتشييع",
        "يشيع",
        "يشيعون",
        "تشيع",
        "شيع",
        "شيعت",
        "شيعوا",
        "جنازة",
        "جنازات",
        "مظاهرة",
        "مظاهرات",
        "تظاهرة",
        "احتجاج",
        "احتجاجات",
        "وقفة",
        "ذكرى",
        "الذكرى",
        "تأبين",
        "عزاء",
        "إحياء",
    }
)

#: Words saying the number is shared among several events; the number after them is how many.
SHARED_ACROSS: frozenset[str] = frozenset({"موزعين على", "توزعوا على", "موزعة على"})

#: Words that, followed by a year before any other number, make a total cover that period
#: ("منذ عام 2022", "خلال 2021", "بين عامي 2015 و2017").
YEAR_SPANS: frozenset[str] = frozenset({"منذ", "خلال", "طيلة", "طوال", "بين"})

#: Words opening a sentence that goes on with the one before ("هذه الهجمات ..." , a bulleted
#: break-down, "وأدت الهجمات إلى" (the attacks led to)): after a period total, their numbers
#: belong to that period too.
CONTINUING: frozenset[str] = frozenset(
    {
        "هذه",
        "وهذه",
        "تلك",
        "وتلك",
        "هذا",
        "وهذا",
        "الهجمات",
        "الغارات",
        "•",
        "-",
        "*",
        "–",
        "·",
        "▪",
    }
)
