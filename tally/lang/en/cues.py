"""English cues for how sure a report is, what a number covers, and what is not a claim."""

#: phrase -> status (see tally.model.STATUSES).
CERTAINTY: dict[str, str] = {
    "confirmed": "confirmed",
    "documented": "confirmed",
    "verified": "confirmed",
    "reportedly": "reported",
    "reported": "reported",
    "allegedly": "reported",
    "claimed": "reported",
    "according to": "reported",
    "under verification": "under_verification",
    "under the process of verification": "under_verification",
    "being verified": "under_verification",
    "still verifying": "under_verification",
    "verifying": "under_verification",
    "still unverified": "under_verification",
    "unverified": "under_verification",
    "not yet confirmed": "under_verification",
    "unconfirmed": "under_verification",
    "not definitive": "not_definitive",
    "expected to rise": "not_definitive",
    "likely to rise": "not_definitive",
    "could rise": "not_definitive",
    "may rise": "not_definitive",
    "preliminary": "not_definitive",
    "denied": "denied",
    "denies": "denied",
}

#: phrase -> scope. "cumulative" numbers are totals since a start date.
SCOPE: dict[str, str] = {
    "since": "cumulative",
    "so far": "cumulative",
    "total": "cumulative",
    "in total": "cumulative",
    "overall": "cumulative",
    "has risen": "cumulative",
    "has reached": "cumulative",
    "rose to": "cumulative",
    "risen to": "cumulative",
    "rises to": "cumulative",
    "increased to": "cumulative",
    "climbed to": "cumulative",
    "reached": "cumulative",
    "tally": "cumulative",
    "last month": "period",
    "this month": "period",
    "past week": "period",
    "this year": "period",
    "last year": "period",
    # A total since the start of a year or a season covers many events ("since early 2021").
    "since early": "period",
    "since mid": "period",
    "since late": "period",
    "since the beginning of the year": "period",
    "since the start of the year": "period",
    "since the beginning of this year": "period",
    "since the start of this year": "period",
    "since the beginning of the current year": "period",
    "so far this year": "period",
}

#: Openers of a sentence that tells an earlier event in the past perfect, opener -> the particle
#: that must follow it (Arabic "وكان ... قد"). English marks the same with "had", too common
#: a word to tell it by: none are listed.
PAST_PERFECT: dict[str, tuple[str, ...]] = {}

#: Words that, followed by a year before any other number, make a total cover that period
#: ("since 2022", "since the beginning of 2023", "throughout 2021"); "since January 20, 2022"
#: is not one (a day comes first), and stays the cumulative toll of an event.
YEAR_SPANS: frozenset[str] = frozenset({"since", "throughout"})

#: Words opening a sentence that goes on with the one before ("Those raids killed 14", a
#: bulleted break-down): after a period total, their numbers belong to that period too.
CONTINUING: frozenset[str] = frozenset({"these", "those", "•", "-", "*", "–", "·", "▪"})

#: Words that deny the number that follows or the outcome ("no casualties", "neither ... nor").
NEGATION: frozenset[str] = frozenset(
    {"no", "neither", "nor", "without", "not", "none", "zero", "nobody", "never", "n't"}
)

#: Words that say a number comes on top of another ("22 other bodies", "two more").
ADDITIONAL: frozenset[str] = frozenset(
    {"other", "others", "more", "another", "further", "additional"}
)

#: Words that make a sentence's numbers come on top of those already given ("was also killed").
ALSO: frozenset[str] = frozenset({"also", "too", "additionally", "meanwhile"})

#: Verbs of saying right after "also": another source tells the same news ("the civil defence
#: also said that a boy died"), the numbers do not come on top.
REPORTING: frozenset[str] = frozenset(
    {"reported", "reports", "said", "says", "stated", "cited", "quoted", "claimed", "told"}
)

#: Words that introduce parts of the number before them ("12 civilians including 7 children").
INCLUDING: frozenset[str] = frozenset(
    {"including", "among them", "among whom", "of whom", "of them", "incl"}
)

#: Cues that a number is background, not this report's news ("in 2019", "last year's").
BACKGROUND: frozenset[str] = frozenset(
    {
        "in 2011",
        "since 2011",
        "since the beginning of the revolution",
        "since the start of the war",
        "last year",
        "previous year",
        "the war began",
    }
)

#: Events that are about casualties elsewhere (a protest, a funeral): numbers they recall in a
#: relative clause ("to protest the airstrike that killed 33 soldiers") are background.
RECALLING_EVENTS: frozenset[str] = frozenset(
    {
        "demonstration",
        "demonstrations",
        "protest",
        "protests",
        "protested",
        "rally",
        "rallies",
        "funeral",
        "funerals",
        "sit-in",
        "vigil",
        "commemorated",
        "commemoration",
        "condemned",
        "march",
        "marched",
        "burial",
        "mourners",
        "mourning",
        "memorial",
        # "in retaliation for the attack that killed 3 soldiers", "a review into the 2019
        # bombing that killed dozens": the event recalled is not the news
        "retaliation",
        "revenge",
        "anniversary",
        "review",
    }
)

#: Words saying the number is shared among several events ("fatalities spread across three
#: locations"): the number after them is how many.
SHARED_ACROSS: frozenset[str] = frozenset(
    {"spread across", "split across", "divided across", "distributed across", "spread over"}
)
