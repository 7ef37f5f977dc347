"""Tables the pipeline reads that Arabic leaves empty: English needs these words where Arabic
word order and clitics already do the work (tally.lang.en names what each holds)."""

#: "one of the employees": Arabic "أحد الموظفين" reads the noun directly.
SELECTORS: frozenset[str] = frozenset()
#: "two boys from one family".
NOUN_TAILS: frozenset[str] = frozenset()
#: "nine hurt, including women and girls".
UNSTATED_PARTS: frozenset[str] = frozenset()
#: "were killed and wounded", the verbs after the victims.
CASUALTY_JOINERS_AFTER: frozenset[str] = frozenset()
#: "in the ranks of the SDF": Arabic "في صفوف" is not an agent marker.
PARTY_SIDE: frozenset[str] = frozenset()
#: "the civil defence also said that a boy died": another source, not more victims.
REPORTING: frozenset[str] = frozenset()
