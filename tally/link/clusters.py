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

import heapq
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
    strong: Iterable[Pair],
    together: Iterable[Pair] = (),
    apart: Iterable[Pair] = (),
) -> list[list[str]]:
    """Groups of `keys` (each sorted, groups sorted by their first key).

    `score(a, b)` is symmetric; `strong` lists every pair of `keys` scoring at least the
    threshold (others are scored only when their groups are compared). `together` pairs are
    always in one group (a reviewer merged them), `apart` pairs never are (a reviewer split them);
    a reviewer's decisions are taken to agree with each other (the store drops earlier decisions a
    later one contradicts).
    """
    nodes = sorted(set(keys))
    parent = {k: k for k in nodes}
    for a, b in together:
        if a in parent and b in parent:
            parent[_find(parent, a)] = _find(parent, b)
    members: dict[str, list[str]] = {}
    for k in nodes:
        members.setdefault(_find(parent, k), []).append(k)
    clusters = {group[0]: group for group in members.values()}
    owner = {k: name for name, group in clusters.items() for k in group}
    apart_of: dict[str, set[str]] = {}
    for a, b in apart:
        if a in owner and b in owner and a != b:
            apart_of.setdefault(a, set()).add(b)
            apart_of.setdefault(b, set()).add(a)
    neighbours: dict[str, set[str]] = {name: set() for name in clusters}
    for a, b in strong:
        if a in owner and b in owner and owner[a] != owner[b]:
            neighbours[owner[a]].add(owner[b])
            neighbours[owner[b]].add(owner[a])
    scores: dict[Pair, float] = {}
    # Sums of the scores of every pair across two groups, for neighbouring groups.
    sums: dict[Pair, float] = {}

    def pair_score(a: str, b: str) -> float:
        pair = (a, b) if a < b else (b, a)
        if pair not in scores:
            scores[pair] = score(*pair)
        return scores[pair]

    def total(x: str, y: str) -> float:
        pair = (x, y) if x < y else (y, x)
        if pair not in sums:
            sums[pair] = sum(pair_score(a, b) for a in clusters[x] for b in clusters[y])
        return sums[pair]

    def kept_apart(x: str, y: str) -> bool:
        return any(apart_of.get(a, set()) & set(clusters[y]) for a in clusters[x])

    heap: list[tuple[float, str, str, int, int]] = []
    # A group's version changes when it grows: offers made before are stale.
    version = dict.fromkeys(clusters, 0)

    def offer(x: str, y: str) -> None:
        x, y = (x, y) if x < y else (y, x)
        average = total(x, y) / (len(clusters[x]) * len(clusters[y]))
        if average >= threshold and not kept_apart(x, y):
            heapq.heappush(heap, (-average, x, y, version[x], version[y]))

    for x in sorted(neighbours):
        for y in sorted(neighbours[x]):
            if x < y:
                offer(x, y)
    while heap:
        _, x, y, version_x, version_y = heapq.heappop(heap)
        if x not in clusters or y not in clusters:
            continue  # one of the two was merged into another since this offer
        if (version[x], version[y]) != (version_x, version_y):
            continue  # one of the two has grown since this offer
        # Join y into x; the sums with each neighbour are the sums of the two parts.
        around = (neighbours.pop(x) | neighbours.pop(y)) - {x, y}
        for w in around:
            sums[(x, w) if x < w else (w, x)] = total(x, w) + total(y, w)
            sums.pop((y, w) if y < w else (w, y), None)
            neighbours[w] -= {x, y}
        clusters[x] = sorted(clusters[x] + clusters.pop(y))
        version[x] += 1
        neighbours[x] = around
        for w in around:
            neighbours[w].add(x)
        for w in sorted(around):
            offer(x, w)
    return sorted(clusters.values())
