"""Reports written for the incident tests: three of one drone strike near Sarmada (two sources,
then a rise in the toll), shelling on Kansafra the same day and weeks later, and two early
reports of the Ghuwayran prison attack that come before the seed article.
"""

from __future__ import annotations

from datetime import date

from tally.model import Report

SOHR = "Syrian Observatory for Human Rights"

SARMADA_FIRST = Report(
    title="Drone strike kills three civilians near Sarmada",
    text=(
        "Idlib province: A drone strike targeted a car on the road between Sarmada and Atmeh in "
        "northern Idlib on March 5, killing three civilians, among them a child. Civil defence "
        "teams took the bodies to a hospital in Sarmada."
    ),
    publisher=SOHR,
    published=date(2024, 3, 5),
)
SARMADA_OTHER_SOURCE = Report(
    title="Three civilians killed as drone hits car in Sarmada countryside",
    text=(
        "A drone struck a civilian car near Sarmada in the northern Idlib countryside on Tuesday, "
        "March 5, 2024, killing three people of one household: a man, his wife and their son, "
        "local sources told Idlib Monitor."
    ),
    publisher="Idlib Monitor",
    published=date(2024, 3, 6),
)
SARMADA_TOLL_RISES = Report(
    title="Sarmada drone strike | Death toll rises to four",
    text=(
        "Idlib province: The death toll of the drone strike on a car near Sarmada on March 5 has "
        "risen to four, after a young man died of his wounds in hospital today."
    ),
    publisher=SOHR,
    published=date(2024, 3, 8),
)
KANSAFRA_SAME_DAY = Report(
    title="Regime shelling kills two civilians in Kansafra",
    text=(
        "Idlib province: Regime forces shelled Kansafra in Jabal al-Zawiya, southern Idlib, on "
        "March 5, killing two civilians in their home."
    ),
    publisher=SOHR,
    published=date(2024, 3, 5),
)
KANSAFRA_WEEKS_LATER = Report(
    title="Regime shelling kills two civilians in Kansafra",
    text=(
        "Idlib province: Regime forces shelled Kansafra in Jabal al-Zawiya, southern Idlib, on "
        "April 20, killing two civilians in their home."
    ),
    publisher=SOHR,
    published=date(2024, 4, 20),
)


GHUWAYRAN_FIRST = Report(
    title="ISIS attack on Ghuwayran prison in Al-Hasakah | 28 killed",
    text=(
        "Al-Hasakah province: ISIS cells attacked Ghuwayran prison in Al-Hasakah city on the "
        "evening of January 20 with a car bomb, then clashed with the SDF and Asayish forces "
        "guarding it. At least 28 people were killed in the clashes: 20 ISIS members and 8 "
        "members of the SDF and prison guards."
    ),
    publisher=SOHR,
    published=date(2022, 1, 21),
)
GHUWAYRAN_RISES = Report(
    title="Ghuwayran prison battle | Death toll rises to 181",
    text=(
        "Al-Hasakah province: The total death toll since the start of the ISIS attack on "
        "Ghuwayran prison on January 20 has risen to 181: 124 ISIS fighters, seven civilians and "
        "50 members of the SDF, Asayish forces and prison guards. Combing operations continue "
        "in the neighbourhoods around the prison."
    ),
    publisher=SOHR,
    published=date(2022, 1, 26),
)
#: Every report above, in the order they were published.
ALL = [
    GHUWAYRAN_FIRST,
    GHUWAYRAN_RISES,
    SARMADA_FIRST,
    SARMADA_OTHER_SOURCE,
    SARMADA_TOLL_RISES,
    KANSAFRA_SAME_DAY,
    KANSAFRA_WEEKS_LATER,
]
