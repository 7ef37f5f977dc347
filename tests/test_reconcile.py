"""Reconciliation: an incident's toll from its reports' statements, and the conflicts flagged.

Statements are written here as tolls with a source and a date, as tally.link.reconcile takes them;
the figures are invented.
"""

from __future__ import annotations

import itertools
from datetime import date

from tally.link.history import toll_history
from tally.link.reconcile import Statement, reconcile, statement_of
from tally.model import Claim, Count, Evidence, Range, Report, Toll


def killed(all_: tuple[int, int, int], **groups: tuple[int, int, int]) -> Toll:
    return {"killed": {"all": Range(*all_), **{g: Range(*r) for g, r in groups.items()}}}


def said(
    key: str,
    toll: Toll,
    source: str | None,
    day: int | None,
    running: bool = False,
) -> Statement:
    return Statement(
        key=key,
        toll=toll,
        source=source,
        published=date(2024, 3, day) if day else None,
        cumulative=frozenset(("killed", g) for g in toll["killed"]) if running else frozenset(),
    )


def test_a_later_running_total_from_the_same_source_supersedes_the_earlier() -> None:
    result = reconcile(
        [
            said("a", killed((28, 28, 28)), "SOHR", 21),
            said("b", killed((181, 181, 181)), "SOHR", 26, running=True),
        ]
    )
    assert result.toll["killed"]["all"] == Range(181, 181, 181)
    assert result.conflicts == []


def test_a_follow_up_naming_one_more_victim_does_not_lower_the_total() -> None:
    first = said("a", killed((3, 3, 3), civilians=(3, 3, 3)), "SOHR", 5)
    # "The toll has risen to four, after a young man died of his wounds": the running total is
    # of all, the one civilian named is not a new civilian total.
    update = Statement(
        key="b",
        toll=killed((4, 4, 4), civilians=(1, 1, 1)),
        source="SOHR",
        published=date(2024, 3, 8),
        cumulative=frozenset({("killed", "all")}),
    )
    toll = reconcile([first, update]).toll["killed"]
    assert toll["all"] == Range(4, 4, 4)
    assert toll["civilians"] == Range(3, 3, 3)


def test_without_dates_the_larger_figure_of_a_source_stands() -> None:
    result = reconcile(
        [said("a", killed((7, 7, 7)), "SNHR", None), said("b", killed((9, 9, 9)), "snhr ", None)]
    )
    assert result.toll["killed"]["all"] == Range(9, 9, 9)
    assert result.sources == ["snhr"]


def test_numbers_under_verification_widen_the_range_not_the_best() -> None:
    result = reconcile(
        [
            said("a", killed((181, 181, 181)), "SOHR", 26, running=True),
            said("b", killed((332, 332, 354)), "SOHR", 28, running=True),
        ]
    )
    assert result.toll["killed"]["all"] == Range(332, 332, 354)


def test_independent_sources_that_disagree_give_a_range_around_the_middle_figure() -> None:
    statements = [
        said("a", killed((7, 7, 7)), "Monitor A", 5),
        said("b", killed((6, 6, 6)), "Monitor B", 5),
        said("c", killed((14, 14, 14)), "Agency C", 6),
    ]
    result = reconcile(statements)
    assert result.toll["killed"]["all"] == Range(7, 6, 14)
    [conflict] = result.conflicts
    assert conflict.kind == "disagreement"
    assert "agency c 14" in conflict.message and "monitor b 6" in conflict.message
    assert set(conflict.reports) == {"a", "b", "c"}


def test_a_source_that_gives_no_number_does_not_pull_the_middle_figure_down() -> None:
    # "others were injured" is at least one, not a count: the middle figure is taken among the
    # sources that give a number
    vague = said("a", {"killed": {"all": Range(1, 1, 1, stated=False)}}, "Local page", 5)
    counted = said("b", killed((6, 6, 6)), "SOHR", 5)
    assert reconcile([vague, counted]).toll["killed"]["all"] == Range(6, 1, 6)
    # with no source giving a number, the least the words say stands
    other = said("c", {"killed": {"all": Range(2, 2, 2, stated=False)}}, "Civil Defence", 5)
    assert reconcile([vague, other]).toll["killed"]["all"] == Range(1, 1, 2)


def test_a_source_giving_no_civilian_figure_does_not_disagree_with_one_that_does() -> None:
    unstated = said("a", killed((6, 6, 6), civilians=(0, 0, 6)), "Agency A", 5)
    stated = said("b", killed((6, 6, 6), civilians=(5, 5, 5)), "Monitor B", 5)
    result = reconcile([unstated, stated])
    assert result.toll["killed"]["civilians"] == Range(5, 0, 6)
    assert result.conflicts == []
    none = said("c", killed((6, 6, 6), civilians=(0, 0, 0)), "Monitor C", 5)
    [conflict] = reconcile([none, stated]).conflicts
    assert conflict.kind == "disagreement" and conflict.group == "civilians"


def test_close_figures_are_not_flagged_as_disagreeing() -> None:
    result = reconcile(
        [said("a", killed((20, 20, 20)), "A", 5), said("b", killed((21, 21, 21)), "B", 5)]
    )
    assert result.toll["killed"]["all"] == Range(20, 20, 21)
    assert result.conflicts == []


def test_a_source_silent_on_an_outcome_does_not_pull_it_to_zero_but_a_zero_lowers_the_range() -> (
    None
):
    silent = Statement("a", {"injured": {"all": Range(4, 4, 4)}}, "A", date(2024, 3, 5))
    stated = said("b", killed((3, 3, 3)), "B", 5)
    zero = said("c", killed((0, 0, 0)), "C", 6)
    assert reconcile([silent, stated]).toll["killed"]["all"] == Range(3, 3, 3)
    assert reconcile([silent, stated, zero]).toll["killed"]["all"] == Range(3, 0, 3)


def test_a_part_never_exceeds_its_whole() -> None:
    # One source counts 5 civilians, another only 3 people in all: all is at least 5.
    result = reconcile(
        [
            said("a", killed((5, 5, 5), civilians=(5, 5, 5)), "A", 5),
            said("b", killed((3, 3, 3)), "B", 5),
        ]
    )
    toll = result.toll["killed"]
    assert toll["civilians"] == Range(5, 5, 5)
    assert toll["all"] == Range(5, 5, 5)


def test_parts_adding_up_to_more_than_their_whole_are_flagged() -> None:
    result = reconcile(
        [said("a", killed((5, 5, 5), civilians=(4, 4, 4), combatants=(3, 3, 3)), "A", 5)]
    )
    assert [c.kind for c in result.conflicts] == ["parts"]
    assert "add up to 7" in result.conflicts[0].message
    assert result.toll["killed"]["all"].best == 5


def test_a_running_total_that_goes_down_is_flagged() -> None:
    result = reconcile(
        [
            said("a", killed((40, 40, 40)), "SOHR", 10, running=True),
            said("b", killed((35, 35, 35)), "SOHR", 12, running=True),
        ]
    )
    assert result.toll["killed"]["all"] == Range(35, 35, 35)
    [conflict] = result.conflicts
    assert conflict.kind == "decrease"
    assert "from 40" in conflict.message and "to 35" in conflict.message
    assert conflict.reports == ("a", "b")


def test_the_result_does_not_depend_on_the_order_of_the_statements() -> None:
    statements = [
        said("a", killed((28, 28, 28), combatants=(28, 28, 28)), "SOHR", 21),
        said("b", killed((181, 181, 181), civilians=(7, 7, 7)), "SOHR", 26, running=True),
        said("c", killed((150, 140, 160)), "Agency", 25),
        said("d", killed((200, 200, 200)), "Network", None),
    ]
    first = reconcile(statements)
    for order in itertools.permutations(statements):
        again = reconcile(list(order))
        assert again.toll == first.toll
        assert again.conflicts == first.conflicts


def test_the_history_replays_the_reports_in_publication_order() -> None:
    statements = [
        said("c", killed((332, 332, 354)), "SOHR", 28, running=True),
        said("a", killed((28, 28, 28)), "SOHR", 21),
        said("b", killed((181, 181, 181)), "SOHR", 26, running=True),
    ]
    history = toll_history(statements)
    assert [r.report for r in history] == ["a", "b", "c"]
    assert [r.toll["killed"]["all"].best for r in history] == [28, 181, 332]
    assert history[2].changes[0].describe() == "all killed: 181 → 332 (332–354)"
    assert history[0].changes[0].before is None


def test_a_statement_from_a_report_marks_its_running_totals_and_uneven_parts() -> None:
    text = "The toll since the attack began has reached 10: 4 civilians and 3 fighters."
    whole = Claim(
        outcome="killed",
        count=Count(10, 10, 10, True, text="10"),
        evidence=Evidence(0, len(text), text),
        scope="cumulative",
        parts=[
            Claim("killed", Count(4, 4, 4, True), Evidence(0, 1, text), group="civilians"),
            Claim("killed", Count(3, 3, 3, True), Evidence(0, 1, text), group="combatants"),
        ],
    )
    report = Report(text=text, publisher="SOHR", published=date(2024, 3, 9))
    statement = statement_of("r1", report, [whole], killed((10, 10, 10)))
    assert ("killed", "all") in statement.cumulative
    assert ("killed", "civilians") in statement.cumulative
    assert statement.uneven_parts == ("10 killed given as 4 + 3 = 7",)
    assert statement.source == "SOHR" and statement.published == date(2024, 3, 9)
    [conflict] = reconcile([statement]).conflicts
    assert conflict.kind == "parts" and "4 + 3 = 7" in conflict.message
