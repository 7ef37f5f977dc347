"""Claims and tolls from short reports written for the project, in the styles monitors use."""

from __future__ import annotations

from datetime import date

import pytest

from tally.extract import extract_claims, report_toll
from tally.model import Claim, Report

PUBLISHED = date(2024, 3, 4)


def claims_of(text: str, published: date | None = PUBLISHED) -> list[Claim]:
    return extract_claims(Report(text=text, published=published))


def killed(text: str) -> int:
    toll = report_toll(claims_of(text))
    r = toll.get("killed", {}).get("all")
    return r.best if r else 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 March 2024 regime shelling hit Kansafra, killing 3 civilians and wounding 5 others.",
            3,
        ),
        ("Two children were killed when a shell struck their home in Ariha.", 2),
        ("A landmine exploded near Tal Tamr, killing a shepherd and injuring his son.", 1),
        ("Unknown gunmen shot dead a member of the SDF near Al-Busayrah.", 1),
        (
            "Russian warplanes struck Sarmin killing 8 civilians including five children and two women.",
            8,
        ),
        ("The attack left 4 soldiers dead and 6 others wounded.", 4),
        ("Shelling killed 1 woman and 2 children in Binnish.", 3),
        ("An airstrike on Maarat Misrin killed twenty-five people.", 25),
        ("A car bomb killed between 4 and 6 people in Azaz.", 4),
        ("Clashes killed at least 12 fighters on both sides.", 12),
        ("Regime forces shelled Kafr Nabl. Neither injuries nor fatalities were reported.", 0),
        ("A drone struck a car near Qamishli. No casualties were reported.", 0),
        ("Gunmen kidnapped a farmer in Hajin and later beheaded him.", 1),
        ("The body of a civilian was found with torture marks near Ras al-Ain.", 1),
        ("A man and a child were shot dead by unknown gunmen in Raqqa.", 2),
        ("The commander of the local brigade was killed along with his two bodyguards.", 1),
        ("Fighting killed 12 fighters. Fatalities spread across three locations.", 4),
        (
            "Residents held a protest in Idlib against the airstrike that killed 9 civilians last week.",
            0,
        ),
        ("A shell hit the market, killing 2 civilians, one of them a nurse.", 2),
        ("An IED killed 3 soldiers; a 12-year-old boy was also killed in the blast.", 4),
        ("An airstrike on a house in Sarmada kills a family of six.", 6),
        (
            "At least five members of one family, among them three children, were killed when a "
            "shell hit their home.",
            5,
        ),
        ("A farmer and his son, aged 14, were killed by a landmine near Maadan.", 2),
        ("The toll is not final, as more than 20 of the wounded are in critical condition.", 0),
        ("Two local civilian officials and their driver were killed by a drone.", 3),
    ],
)
def test_killed_toll(text: str, expected: int) -> None:
    assert killed(text) == expected


def test_count_forms() -> None:
    c = {
        cl.count.text: cl.count
        for cl in claims_of(
            "At least 5 civilians were killed, more than 20 were injured and dozens of families were "
            "displaced, while 5 to 7 fighters went missing."
        )
    }
    at_least = c["At least 5"]
    assert (at_least.best, at_least.exact, at_least.kind) == (5, False, "approximate")
    more = c["more than 20"]
    assert more.best == 21 and more.low == 21 and not more.exact
    dozens = c["dozens of"]
    assert dozens.kind == "approximate" and dozens.low == 12 and dozens.high == 99
    rng = c["5 to 7"]
    assert (rng.best, rng.low, rng.high) == (5, 5, 7)


def test_outcomes_groups_and_parties() -> None:
    cl = claims_of(
        "Turkish drones killed 2 SDF fighters and wounded 3 civilians in Ain Issa. "
        "Asayish forces arrested 4 young men in Qamishli."
    )
    got = {(c.outcome, c.count.best, c.group, c.party) for c in cl}
    assert ("killed", 2, "combatants", "sdf") in got
    assert ("injured", 3, "civilians", None) in got
    assert ("detained", 4, "men", None) in got


def test_negation_gives_explicit_zero_claims() -> None:
    cl = claims_of("Regime forces shelled Has. Neither injuries nor fatalities were reported.")
    zeros = {(c.outcome, c.count.best) for c in cl}
    assert zeros == {("killed", 0), ("injured", 0)}


def test_relative_and_absolute_dates() -> None:
    cl = claims_of("Yesterday an airstrike on Atarib killed 4 civilians.")
    assert cl[0].date == "2024-03-03"
    cl = claims_of("On January 20 gunmen killed 2 guards. On 2 February 2024 a mine killed a boy.")
    assert [c.date for c in cl] == ["2024-01-20", "2024-02-02"]


@pytest.mark.parametrize("comma", [",", "،"])
def test_a_dateline_with_a_comma_before_the_year_keeps_its_year(comma: str) -> None:
    # bilingual state media print "12 October، 2022" above an English article
    cl = claims_of(f"12 October{comma} 2022  Hama - Two farmers were killed by shelling on Karnaz.")
    assert cl[0].date == "2022-10-12"


def test_under_verification_widens_range_only() -> None:
    text = (
        "The death toll of the market bombing has risen to 40: 31 civilians and 9 fighters. "
        "Another 6 bodies were found but they are still under verification."
    )
    toll = report_toll(claims_of(text))["killed"]
    assert (toll["all"].best, toll["all"].high) == (40, 46)
    assert toll["civilians"].best == 31 and toll["combatants"].best == 9


def test_parts_that_do_not_add_up_are_flagged() -> None:
    cl = claims_of("The toll reached 50: 30 civilians and 15 fighters.")
    whole = next(c for c in cl if c.count.best == 50)
    assert whole.parts_add_up is False and len(whole.parts) == 2


def test_years_ages_and_units_are_not_victims() -> None:
    cl = claims_of(
        "In 2019 the group lost its last town. On 3 March 2024 a 15-year-old boy was killed "
        "100 kilometers from the border by a shell among 30 shells fired at 8 villages."
    )
    assert [(c.outcome, c.count.best) for c in cl] == [("killed", 1)]


def test_evidence_offsets_point_into_the_text() -> None:
    text = "Local sources said. Shelling on Darat Izza killed 3 civilians, including a child."
    cl = claims_of(text)
    c = cl[0]
    assert text[c.evidence.start : c.evidence.end] == c.evidence.text == "killed 3 civilians"
    assert c.evidence.sentence == "Shelling on Darat Izza killed 3 civilians, including a child."
    assert [p.group for p in c.parts] == ["children"]


def test_to_dict_has_the_documented_keys() -> None:
    d = claims_of("Shelling killed 3 civilians in Jisr al-Shughur.")[0].to_dict()
    assert {
        "outcome",
        "count",
        "group",
        "party",
        "status",
        "scope",
        "date",
        "place",
        "parts",
        "evidence",
    } <= set(d)
    assert set(d["count"]) >= {"best", "low", "high", "exact"}
    assert set(d["evidence"]) >= {"start", "end", "sentence"}


def test_the_date_nearest_the_claim_wins() -> None:
    cl = claims_of(
        "Idlib, 4 March 2024 - Three civilians were killed yesterday in shelling on Binnish."
    )
    assert cl[0].date == "2024-03-03"


def test_a_list_after_words_and_a_colon_is_the_break_down() -> None:
    text = (
        "Clashes caused the deaths of 28 people so far: 20 ISIS members and 8 members of the SDF."
    )
    (claim,) = claims_of(text)
    assert claim.count.best == 28 and [p.count.best for p in claim.parts] == [20, 8]
    assert report_toll([claim])["killed"]["all"].best == 28


def test_a_headline_does_not_count_unverified_bodies_twice() -> None:
    report = Report(
        title="22 bodies found, still under verification",
        text="In addition, 22 bodies were found but they are still under verification.",
        published=PUBLISHED,
    )
    killed = report_toll(extract_claims(report))["killed"]["all"]
    assert (killed.best, killed.high) == (0, 22)


def test_headline_parts_without_articles() -> None:
    (claim,) = claims_of("Three killed including woman and child in an explosion in Al-Bab.")
    assert claim.count.best == 3
    assert [(p.count.best, p.group) for p in claim.parts] == [(1, "women"), (1, "children")]
    # people of unstated status among civilians are presumed civilians
    assert report_toll([claim])["killed"]["civilians"].best == 3


def test_a_family_is_civilians_and_its_members_are_its_parts() -> None:
    (claim,) = claims_of("Family of four members including two children killed in Awram al-Kubra.")
    assert (claim.count.best, claim.group) == (4, "civilians")
    assert [(p.count.best, p.group) for p in claim.parts] == [(2, "children")]
    text = "A whole family of four: father, mother and two little girls, were killed by shells."
    (claim,) = claims_of(text)
    assert claim.count.best == 4 and claim.parts_add_up is True
    assert report_toll([claim])["killed"]["civilians"].best == 4


def test_a_page_that_prints_its_story_twice_counts_it_once() -> None:
    story = (
        "Rockets fell on a tent camp outside Qah, and a boy died:\n"
        "One boy lost his life and three tents caught fire at the camp north of Qah..."
    )
    toll = report_toll(claims_of(f"{story}\n\n{story}"))
    assert toll["killed"]["children"].best == 1
    assert toll["killed"]["civilians"].best == 1


@pytest.mark.parametrize(
    "summary",
    [
        "Our count of drone raids on the district since early 2021 now stands at 17. "
        "Those raids killed 14 people, two of them girls, and wounded 40.",
        "Since the start of 2019 our team has logged 26 raids on the province, killing 61 people.",
        "Since the beginning of the year, raids have killed 61 people in the district.",
    ],
)
def test_a_total_for_the_year_is_not_the_events_toll(summary: str) -> None:
    text = (
        "A drone struck a car near Qamishli on Monday, killing a civilian and injuring another.\n\n"
        f"{summary}\n"
        "• March: two raids killed five people.\n"
        "• April: six raids killed nine people."
    )
    toll = report_toll(claims_of(text))
    assert toll["killed"]["all"].best == 1
    assert toll["killed"]["civilians"].best == 1


def test_a_cumulative_toll_since_a_dated_start_is_still_the_events() -> None:
    text = (
        "The death toll of the attack since January 20, 2022 has reached 40 people. "
        "These people include 12 civilians."
    )
    assert killed(text) == 40


def test_people_of_unstated_status_widen_the_civilians_range_only() -> None:
    toll = report_toll(claims_of("Turkish shelling on Tal Tamr wounded four people on Sunday."))
    assert toll["injured"]["all"].best == 4
    civilians = toll["injured"]["civilians"]
    assert (civilians.best, civilians.low, civilians.high) == (0, 0, 4)
    toll = report_toll(
        claims_of(
            "A drone strike killed 7 people in Qamishli, including 4 SDF fighters and 1 child."
        )
    )
    civilians = toll["killed"]["civilians"]
    assert (civilians.best, civilians.low, civilians.high) == (1, 1, 3)


def test_a_list_set_off_by_a_comma_that_adds_up_is_the_break_down() -> None:
    toll = report_toll(
        claims_of(
            "Medics recorded the deaths of four civilians, a girl and three boys, "
            "after a rocket struck Jindires."
        )
    )
    assert toll["killed"]["civilians"].best == 4
    assert toll["killed"]["children"].best == 4
    # groups that are not parts of the first add up
    assert killed("Shelling killed 3 civilians, 2 fighters and a child in Afrin.") == 6


def test_others_wounded_after_the_dead_are_not_on_top_of_earlier_wounded() -> None:
    text = (
        "Artillery fire on the vegetable market in Ariha killed 11 civilians and injured 27 more.\n\n"
        "A first report this morning spoke of six civilians dead. "
        "Besides, 19 other people were hurt and carried to the city clinic."
    )
    toll = report_toll(claims_of(text))
    assert toll["injured"]["all"].best == 27
    assert toll["killed"]["civilians"].best == 11


def test_sustained_injuries_after_a_long_subject() -> None:
    toll = report_toll(
        claims_of(
            "The raid killed one shepherd near Tal Baydar, while eight others, among them a "
            "woman and two children, in nearby farms suffered minor injuries."
        )
    )
    assert toll["killed"]["all"].best == 1
    assert "children" not in toll["killed"]
    assert toll["injured"]["all"].best == 8
    assert toll["injured"]["children"].best == 2


def test_another_without_a_noun_is_one_more_person() -> None:
    toll = report_toll(
        claims_of("A drone hit a van outside Amuda, killing one man and wounding another.")
    )
    assert toll["killed"]["all"].best == 1
    assert toll["injured"]["all"].best == 1
    toll = report_toll(claims_of("Shelling killed a child in Binnish. Another child was injured."))
    assert toll["injured"]["children"].best == 1


@pytest.mark.parametrize(
    ("text", "outcome", "group", "best"),
    [
        (
            "Medics said the number of persons who were killed by the mortar fire on Kafr Aruq has "
            "risen to five.",
            "killed",
            "all",
            5,
        ),
        (
            "The number of civilians killed in the market bombing rose to 9.",
            "killed",
            "civilians",
            9,
        ),
        (
            "By evening the number of children who died in the strike on the school had reached 4.",
            "killed",
            "children",
            4,
        ),
        (
            "The number of women who were wounded in the attack on the bakery rose to eleven.",
            "injured",
            "women",
            11,
        ),
    ],
)
def test_a_running_number_names_its_victims(text: str, outcome: str, group: str, best: int) -> None:
    claims = claims_of(text)
    assert [(c.outcome, c.group, c.count.best, c.scope) for c in claims] == [
        (outcome, group, best, "cumulative")
    ]


def test_a_later_sentence_opening_with_another_day_recalls_an_earlier_event() -> None:
    text = (
        "Monitors say a civilian lost his life when artillery shells landed on the village of "
        "Umm Adasa, north of Manbij.\n\n"
        "On May 11, shells that fell on the market of the same village killed two civilians and "
        "wounded four more."
    )
    toll = report_toll(claims_of(text, published=None))
    assert toll["killed"]["civilians"].best == 1
    assert "injured" not in toll or toll["injured"]["civilians"].best == 0


@pytest.mark.parametrize(
    "text",
    [
        # the lead itself opens with its day
        "On May 11, a drone killed three civilians in Umm Adasa. Two of them were brothers.",
        # a running total on a later day
        "A drone killed three civilians in Umm Adasa on May 11. On May 12, the death toll rose "
        "to five civilians.",
        # the lead restated with its day
        "A drone killed three civilians near Manbij. On May 11, a drone struck a car in Umm "
        "Adasa, killing three civilians.",
    ],
)
def test_a_day_that_opens_the_news_itself_is_not_a_recall(text: str) -> None:
    claims = claims_of(text)
    assert not any(c.background for c in claims)


@pytest.mark.parametrize(
    ("title", "outcome", "group"),
    [
        ("Civilian killed by a sniper in Kafr Takharim", "killed", "civilians"),
        (
            "Artillery escalation | Child dies of his wounds in Ma'arat al-Nu'man",
            "killed",
            "children",
        ),
        ("citizen lost his life in a drone strike on Amuda", "killed", "civilians"),
        ("Woman injured by gunfire at a checkpoint near Manbij", "injured", "women"),
        ("Soldier killed in an ambush on the Sukhnah road", "killed", "combatants"),
    ],
)
def test_a_headline_opening_with_a_bare_noun_counts_one(
    title: str, outcome: str, group: str
) -> None:
    claims = claims_of(title)
    assert [(c.outcome, c.group, c.count.best) for c in claims] == [(outcome, group, 1)]


def test_a_family_listed_after_a_colon_is_its_own_break_down() -> None:
    claims = claims_of("A family of four: father, mother and two girls, were killed in Ariha.")
    assert report_toll(claims)["killed"]["civilians"].best == 4


def test_local_officials_are_civilians() -> None:
    claims = claims_of("A drone strike near Amuda killed two local officials and a driver.")
    toll = report_toll(claims)
    assert toll["killed"]["civilians"].best == 3


def test_people_including_a_civilian_are_not_all_civilians() -> None:
    (claim,) = claims_of(
        "Five people, including a civilian, were killed in a drone strike on Tal Rifaat."
    )
    assert [(p.count.best, p.group) for p in claim.parts] == [(1, "civilians")]
    assert report_toll([claim])["killed"]["civilians"].best == 1


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit a farm near Tal Hamis, killing one shepherd, injuring two others.",
        "Gunmen kill one farmer, injure two others in Busayrah",
    ],
)
def test_a_comma_does_not_make_the_next_verb_passive(text: str) -> None:
    toll = report_toll(claims_of(text))
    assert toll["killed"]["all"].best == 1
    assert toll["injured"]["all"].best == 2


def test_a_number_picked_out_of_a_named_group_is_of_that_group() -> None:
    toll = report_toll(claims_of("The raid on the bakery in Kafr Nubl hurt one of the employees."))
    assert toll["injured"]["civilians"].best == 1
    toll = report_toll(claims_of("Three of the guards died when the convoy was hit near Ayn Isa."))
    assert toll["killed"]["combatants"].best == 3


@pytest.mark.parametrize(
    "text",
    [
        "A man died and four persons of one family were hurt by shells on Kafr Ruma.",
        "Shells on Kafr Ruma killed a man and wounded four members of the same family.",
    ],
)
def test_members_of_one_family_are_civilians_of_their_own_verb(text: str) -> None:
    toll = report_toll(claims_of(text))
    assert toll["killed"]["all"].best == 1
    assert toll["injured"]["civilians"].best == 4


def test_the_one_picked_out_is_not_one_more() -> None:
    toll = report_toll(
        claims_of(
            "Three people were hurt, among them two boys one of which is a baby, when a rocket "
            "fell on a house in Maarat Harma."
        )
    )
    assert toll["injured"]["all"].best == 3
    assert toll["injured"]["children"].best == 2
    # all the parts are civilians, so the whole is too: the one picked out is not a third part
    assert toll["injured"]["civilians"].best == 3


@pytest.mark.parametrize(
    "text",
    [
        "A shell fell on a school in Jisr al-Shughur, killing a girl and injuring another.",
        "Medics recorded the death of a girl and the injury of another after a shell hit Bdama.",
    ],
)
def test_another_after_named_victims_is_one_more_of_them(text: str) -> None:
    toll = report_toll(claims_of(text))
    assert toll["killed"]["children"].best == 1
    assert toll["injured"]["civilians"].best == 1


@pytest.mark.parametrize(
    ("title", "killed", "injured"),
    [
        ("Regime rocket kills woman, injures child in Kansafra", "women", "children"),
        ("Drone strike on Amuda killing farmer and injuring another", "civilians", "civilians"),
    ],
)
def test_a_headline_object_without_an_article_counts_one(
    title: str, killed: str, injured: str
) -> None:
    toll = report_toll(claims_of(title))
    assert toll["killed"][killed].best == 1
    assert toll["injured"][injured].best == 1


@pytest.mark.parametrize(
    "text",
    [
        "The barrage on Sarmin killed civilian residents of the old quarter.",
        "The raid on the airbase killed civilian and military personnel.",
    ],
)
def test_a_bare_noun_that_describes_a_plural_after_it_is_no_count(text: str) -> None:
    assert killed(text) == 0


def test_a_party_after_in_or_by_did_it() -> None:
    (claim,) = claims_of("Monitors recorded the death of a shepherd in Turkish shelling on Jarad.")
    assert claim.party is None
    text = (
        "Turkish shelling kills shepherd near Jarad. "
        "Monitors recorded the death of a shepherd in Turkish shelling on Jarad."
    )
    assert report_toll(claims_of(text))["killed"]["civilians"].best == 1


def test_a_later_restatement_of_the_lede_says_who_the_people_were() -> None:
    text = (
        "Gunfire at a wedding in Jindires wounds 12 people.\n\n"
        "A stray bullet wounded a man at the camp gate.\n\n"
        "Guests fired into the air for an hour, wounding 12 people, among them three girls and "
        "two women."
    )
    toll = report_toll(claims_of(text))
    assert toll["injured"]["all"].best == 12
    assert toll["injured"]["civilians"].best == 12
    assert toll["injured"]["children"].best == 3


def test_people_killed_and_wounded_are_casualties_of_unknown_split() -> None:
    (claim,) = claims_of("Nine people were killed and wounded when a rocket hit Ma'arrat Hurmah.")
    assert claim.detail == "casualties" and claim.count.best is None
    assert killed("Nine people were killed and wounded when a rocket hit Ma'arrat Hurmah.") == 0


def test_women_and_children_among_the_victims_make_them_civilians() -> None:
    toll = report_toll(claims_of("The shelling of Tal Rifaat wounded 9 people, including women."))
    assert toll["injured"]["all"].best == 9
    assert toll["injured"]["civilians"].best == 9


def test_the_family_after_a_noun_is_not_one_more_count() -> None:
    claims = claims_of("Four boys from one family were badly hurt by a shell on Tal Jabin.")
    assert [(c.outcome, c.group, c.count.best) for c in claims] == [("injured", "children", 4)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a farmer in Busra in retaliation for the ambush that killed 6 guards.",
        "A drone killed a farmer near Busra, days after a review of the raid that killed 30 people.",
    ],
)
def test_the_event_a_retaliation_or_review_recalls_is_background(text: str) -> None:
    assert killed(text) == 1


def test_others_after_an_uncounted_death_are_not_on_top_of_the_lede() -> None:
    text = (
        "Rockets kill village elder and injure 9 civilians near Kobani.\n\n"
        "Medics recorded the death of the elder of Tell Ghazal, while 9 other civilians "
        "suffered injuries."
    )
    assert report_toll(claims_of(text))["injured"]["all"].best == 9


def test_a_body_addition_adds_to_the_body_not_to_the_headline() -> None:
    text = "Shells killed 2 civilians in Darat Izza on Monday. Another civilian died of wounds."
    assert killed(text) == 3
    report = Report(
        title="Shelling on Darat Izza kills 3 civilians",
        text=text,
        published=PUBLISHED,
    )
    assert report_toll(extract_claims(report))["killed"]["civilians"].best == 3


def test_a_victim_killed_with_him_comes_on_top_and_he_is_not_counted_again() -> None:
    toll = report_toll(
        claims_of("A drone killed a militia commander near Atmeh. A teacher was killed with him.")
    )
    assert toll["killed"]["all"].best == 2
    assert toll["killed"]["civilians"].best == 1
    assert toll["killed"]["combatants"].best == 1


def test_victims_named_in_an_apposition_before_their_verb() -> None:
    claims = claims_of(
        "Two shepherds, Hassan Omar Al-Khalil and his cousin Mahmoud Saleh Al-Khalil, were "
        "wounded by a mine east of Maskanah."
    )
    assert [(c.outcome, c.group, c.count.best) for c in claims] == [("injured", "civilians", 2)]


def test_in_the_ranks_of_names_the_victims_side_not_who_did_it() -> None:
    (claim,) = claims_of("Monitors recorded 4 deaths in the ranks of the SDF near Hajin.")
    assert claim.party == "sdf"


def test_also_reported_is_another_source_not_more_victims() -> None:
    text = (
        "Shelling on the market of Al-Bab killed three civilians, a medic said. "
        "The civil defence also reported that three civilians died in the market."
    )
    assert killed(text) == 3


def test_the_person_who_tells_the_news_is_not_a_victim() -> None:
    assert killed("A rocket on Jindires killed two farmers, a relative told reporters.") == 2


def test_casualties_of_unknown_split_widen_the_injured_the_report_gives() -> None:
    text = (
        "Artillery fire on Tell Ghazal left nearly ten casualties. "
        "One farmer died and seven people were hurt, medics said."
    )
    injured = report_toll(claims_of(text))["injured"]["all"]
    assert injured.best == 7 and injured.high >= 10
    # alone, they are how many were hurt, not how many were injured: none for sure, up to 6
    alone = report_toll(claims_of("Shelling on Tell Ghazal left 6 casualties."))["injured"]["all"]
    assert (alone.best, alone.high) == (0, 6)
