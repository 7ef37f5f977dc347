"""Arabic month and weekday names and relative day words, for resolving dates in reports.

Both calendars' month names are in use: the Levantine ("كانون الثاني", "شباط") in Syrian media
and the international ("يناير", "فبراير") in others, often side by side ("شباط/فبراير").
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "تشرين الأول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
    "يناير": 1,
    "كانون ثاني": 1,
    "فبراير": 2,
    "مارس": 3,
    "أبريل": 4,
    "إبريل": 4,
    "ابريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "أغسطس": 8,
    "اغسطس": 8,
    "سبتمبر": 9,
    "أكتوبر": 10,
    "اكتوبر": 10,
    "تشرين أول": 10,
    "نوفمبر": 11,
    "تشرين ثاني": 11,
    "ديسمبر": 12,
    "كانون أول": 12,
}

WEEKDAYS: dict[str, int] = {
    "الاثنين": 0,
    "الإثنين": 0,
    "الثلاثاء": 1,
    "الأربعاء": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
}

#: Words for a day relative to the publication date: phrase -> days to add.
RELATIVE_DAYS: dict[str, int] = {
    "اليوم": 0,
    "فجر اليوم": 0,
    "صباح اليوم": 0,
    "ظهر اليوم": 0,
    "عصر اليوم": 0,
    "مساء اليوم": 0,
    "ليل اليوم": 0,
    "الليلة": 0,
    "هذا الصباح": 0,
    "هذا المساء": 0,
    "أمس": -1,
    "الأمس": -1,
    "البارحة": -1,
    "فجر أمس": -1,
    "صباح أمس": -1,
    "ظهر أمس": -1,
    "عصر أمس": -1,
    "مساء أمس": -1,
    "ليل أمس": -1,
    "ليلة أمس": -1,
    "الليلة الماضية": -1,
    "أول أمس": -2,
    "أول من أمس": -2,
    "أمس الأول": -2,
}

#: Words before a weekday that point back to the last one ("يوم الأحد", "مساء الأربعاء").
DATE_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "يوم",
        "ويوم",
        "في",
        "وفي",
        "بتاريخ",
        "وبتاريخ",
        "منذ",
        "فجر",
        "صباح",
        "ظهر",
        "عصر",
        "مساء",
        "ليل",
        "ليلة",
        "وفجر",
        "وصباح",
        "ومساء",
        "ظهيرة",
    }
)

#: Words after a weekday that point back to the last one ("الأحد الماضي", last Sunday).
DATE_POSTPOSITIONS: frozenset[str] = frozenset({"الماضي", "المنصرم", "الفائت"})

#: Words between a day and its month ("24 من شباط", the 24th of February).
DAY_OF_MONTH: frozenset[str] = frozenset({"من"})
