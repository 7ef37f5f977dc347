"""Grouping reports into incidents from pair scores and reviewers' decisions (tally.link.clusters)."""

from __future__ import annotations

import itertools
import random

from tally.link.clusters import partition

THRESHOLD = 4.0


def scorer(strong: dict[frozenset[str], float], default: float = -2.0):  # type: ignore[no-untyped-def]
    def score(a: str, b: str) -> float:
        assert a < b, "pairs are scored in key order"
        return strong.get(frozenset((a, b)), default)

    return score


def edges(strong: dict[frozenset[str], float]) -> list[tuple[str, str]]:
    return [tuple(sorted(pair)) for pair, value in strong.items() if value >= THRESHOLD]  # type: ignore[misc]


def test_reports_alike_enough_form_one_group() -> None:
    strong = {frozenset("ab"): 6.0, frozenset("bc"): 5.0, frozenset("ac"): 4.5}
    groups = partition(["c", "a", "b", "d"], scorer(strong), THRESHOLD, edges(strong))
    assert groups == [["a", "b", "c"], ["d"]]


def test_one_report_like_two_events_does_not_chain_them_together() -> None:
    # x is like a (event 1) and like b (event 2); a and b are not alike at all.
    strong = {frozenset("ax"): 6.0, frozenset("bx"): 5.0}
    groups = partition(["a", "b", "x"], scorer(strong, default=-6.0), THRESHOLD, edges(strong))
    assert groups == [["a", "x"], ["b"]]


def test_reviewers_decisions_win_over_scores() -> None:
    strong = {frozenset("ab"): 8.0, frozenset("cd"): 7.0}
    apart = partition(["a", "b"], scorer(strong), THRESHOLD, edges(strong), apart=[("a", "b")])
    assert apart == [["a"], ["b"]]
    # b and c score low, but a reviewer merged them; a and d, like only one of them each, stay out.
    together = partition(
        ["a", "b", "c", "d"], scorer(strong), THRESHOLD, edges(strong), together=[("b", "c")]
    )
    assert together == [["a"], ["b", "c"], ["d"]]


def test_a_report_joins_the_group_it_is_most_like_but_never_one_kept_apart() -> None:
    strong = {frozenset("ax"): 9.0, frozenset("bx"): 5.0, frozenset("ab"): 6.0}
    groups = partition(
        ["a", "b", "x"], scorer(strong), THRESHOLD, edges(strong), apart=[("a", "b")]
    )
    assert groups == [["a", "x"], ["b"]]


def test_the_groups_do_not_depend_on_the_order_of_the_reports() -> None:
    rng = random.Random(7)
    keys = [f"r{i:02d}" for i in range(14)]
    strong = {
        frozenset(pair): round(rng.uniform(-3, 9), 1) for pair in itertools.combinations(keys, 2)
    }
    first = partition(keys, scorer(strong), THRESHOLD, edges(strong))
    assert 1 < len(first) < len(keys)
    for _ in range(20):
        shuffled = keys[:]
        rng.shuffle(shuffled)
        strong_order = edges(strong)
        rng.shuffle(strong_order)
        assert partition(shuffled, scorer(strong), THRESHOLD, strong_order) == first


def reference(keys: list[str], score, threshold: float) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Average linkage the slow way: join the two groups with the highest average, again and again."""
    groups = [[k] for k in sorted(keys)]
    while True:
        best = None
        for i, x in enumerate(groups):
            for y in groups[i + 1 :]:
                if max(score(*sorted((a, b))) for a in x for b in y) < threshold:
                    continue
                average = sum(score(*sorted((a, b))) for a in x for b in y) / (len(x) * len(y))
                if average >= threshold and (best is None or average > best[0]):
                    best = (average, x, y)
        if best is None:
            return sorted(groups)
        _, x, y = best
        groups = [g for g in groups if g is not x and g is not y] + [sorted(x + y)]


def test_grouping_is_average_linkage() -> None:
    rng = random.Random(11)
    for _ in range(30):
        keys = [f"k{i}" for i in range(rng.randint(2, 12))]
        strong = {
            frozenset(pair): round(rng.uniform(-4, 10), 2)
            for pair in itertools.combinations(keys, 2)
        }
        assert partition(keys, scorer(strong), THRESHOLD, edges(strong)) == reference(
            keys, scorer(strong), THRESHOLD
        )
