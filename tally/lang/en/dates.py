"""English month and weekday names and relative day words, for resolving dates in reports."""

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

#: Words for a day relative to the publication date: phrase -> days to add.
RELATIVE_DAYS: dict[str, int] = {
    "today": 0,
    "this morning": 0,
    "tonight": 0,
    "this evening": 0,
    "this afternoon": 0,
    "at dawn today": 0,
    "yesterday": -1,
    "last night": -1,
    "yesterday evening": -1,
    "the day before yesterday": -2,
}

#: Words before a weekday that point back to the last one ("last Sunday", "on Sunday").
DATE_PREPOSITIONS: frozenset[str] = frozenset({"on", "last", "since", "from", "past"})

#: Words after a weekday that point back to the last one (Arabic "الأحد الماضي"); English puts
#: "last" before the weekday.
DATE_POSTPOSITIONS: frozenset[str] = frozenset()

#: Words between a day and its month ("the 3rd of May").
DAY_OF_MONTH: frozenset[str] = frozenset({"of"})
