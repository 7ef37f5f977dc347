"""Incidents as groups of reports: which reports go together, given pair scores and reviewers'
decisions.

Reports are grouped by average linkage: starting from single reports (and the groups reviewers
put together), the two groups whose reports are most alike on average are joined, as long as that
average reaches the threshold and no reviewer said the two must stay apart. Average linkage does
not chain: a report like two different events does not pull them into one.

The result depends only on the reports, their scores and the reviewers' decisions — not on the
order the reports came in: every step is chosen by score, ties by the reports' keys. Groups can
only join across a pair scoring at least the threshold (an average cannot reach it otherwise), so
reports not connected by such pairs are grouped independently: the store regroups only the reports
a new one is connected to, and gets what regrouping everything would give.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

Pair = tuple[str, str]


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def partition(
    keys: Sequence[str],
    score: Callable[[str, str], float],
    threshold: float,
    together: Iterable[Pair] = (),
    apart: Iterable[Pair] = (),
) -> list[list[str]]:
    """Groups of `keys` (each sorted, groups sorted by their first key).

    `score(a, b)` is symmetric; `together` pairs are always in one group (a reviewer merged them),
    `apart` pairs never are (a reviewer split them). A reviewer's decisions are taken to agree
    with each other (the store drops earlier decisions a later one contradicts).
    """
    nodes = sorted(set(keys))
    parent = {k: k for k in nodes}
    for a, b in together:
        if a in parent and b in parent:
            parent[_find(parent, a)] = _find(parent, b)
    groups: dict[str, list[str]] = {}
    for k in nodes:
        groups.setdefault(_find(parent, k), []).append(k)
    clusters = {members[0]: members for members in groups.values()}
    apart_pairs = {frozenset(p) for p in apart if p[0] != p[1]}

    pair_score: dict[Pair, float] = {}
    for i, a in enumerate(nodes):
        for b in nodes[i + 1 :]:
            pair_score[(a, b)] = score(a, b)
    strong = [pair for pair, value in pair_score.items() if value >= threshold]
    owner = {k: name for name, members in clusters.items() for k in members}
    averages: dict[Pair, float | None] = {}

    def average(x: str, y: str) -> float | None:
        """The two groups' average score, or None when a reviewer keeps them apart."""
        if (x, y) not in averages:
            a_members, b_members = clusters[x], clusters[y]
            if any(frozenset((a, b)) in apart_pairs for a in a_members for b in b_members):
                averages[(x, y)] = None
            else:
                values = [
                    pair_score[(a, b) if a < b else (b, a)] for a in a_members for b in b_members
                ]
                averages[(x, y)] = sum(values) / len(values)
        return averages[(x, y)]

    while True:
        candidates = sorted({tuple(sorted((owner[a], owner[b]))) for a, b in strong})
        best: tuple[float, str, str] | None = None
        for x, y in candidates:
            if x == y:
                continue
            value = average(x, y)
            if value is not None and value >= threshold and (best is None or value > best[0]):
                best = (value, x, y)
        if best is None:
            break
        _, x, y = best
        clusters[x] = sorted(clusters[x] + clusters.pop(y))
        for k in clusters[x]:
            owner[k] = x
        averages = {pair: v for pair, v in averages.items() if x not in pair and y not in pair}
    return sorted(clusters.values())
