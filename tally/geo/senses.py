"""Which of several places with one name a mention means, by level and by the text around it.

A name can belong to a governorate, a district, a sub-district, the town that gives them their
name, other villages and city neighbourhoods. A cue next to the name ("countryside", "city",
"neighbourhood", "ريف", "مدينة") picks a sense; without one the largest unit wins, except that a
town that gives its name to its district or sub-district is meant rather than the unit ("Manbij"
is the town, "Manbij district" the district). Villages sharing a name are told apart by the
governorates and districts the same text names, nearest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tally.geo.records import Entry

#: Classes of candidate, in the order each sense prefers them. "namesake" is a seat community whose
#: own governorate, district or sub-district shares its name.
SENSE_ORDERS: dict[str, tuple[str, ...]] = {
    "default": ("governorate", "namesake", "district", "subdistrict", "community", "neighbourhood"),
    "region": ("governorate", "district", "subdistrict", "namesake", "community", "neighbourhood"),
    "governorate": (
        "governorate",
        "district",
        "subdistrict",
        "namesake",
        "community",
        "neighbourhood",
    ),
    "district": (
        "district",
        "subdistrict",
        "governorate",
        "namesake",
        "community",
        "neighbourhood",
    ),
    "subdistrict": (
        "subdistrict",
        "district",
        "governorate",
        "namesake",
        "community",
        "neighbourhood",
    ),
    "city": ("namesake", "community", "governorate", "district", "subdistrict", "neighbourhood"),
    "community": (
        "namesake",
        "community",
        "neighbourhood",
        "subdistrict",
        "district",
        "governorate",
    ),
    "neighbourhood": (
        "neighbourhood",
        "namesake",
        "community",
        "subdistrict",
        "district",
        "governorate",
    ),
}


def candidate_class(entry: Entry, candidates: Sequence[Entry]) -> str:
    if entry.level == "community" and entry.capital:
        own_units = {entry.gov, entry.dist, entry.sub}
        if any(
            c.level in ("governorate", "district", "subdistrict") and c.pcode in own_units
            for c in candidates
        ):
            return "namesake"
    return entry.level


def ranked(candidates: Sequence[Entry], sense: str | None = None) -> list[list[Entry]]:
    """The candidates grouped by preference for a sense, best group first; within a group, seats
    of administration first, then by P-code."""
    order = SENSE_ORDERS[sense or "default"]
    groups: dict[int, list[Entry]] = {}
    for e in candidates:
        groups.setdefault(order.index(candidate_class(e, candidates)), []).append(e)
    return [
        sorted(groups[k], key=lambda e: (not e.capital, e.pcode or "", e.name))
        for k in sorted(groups)
    ]


@dataclass(frozen=True, slots=True)
class Anchor:
    """A place the text names without doubt, that helps place the doubtful ones near it."""

    position: int
    gov: str | None
    dist: str | None


def choose(group: Sequence[Entry], position: int, anchors: Sequence[Anchor]) -> Entry | None:
    """One place of a group of equally ranked namesakes, or None if the text does not tell.

    The nearest place the text names without doubt decides: the one candidate in its governorate
    (or, of several there, the one in its district) wins. If that governorate has none of them the
    text points elsewhere and no choice is made. With no such place in the text, a seat of
    administration wins if it is the only one."""
    if len(group) == 1:
        return group[0]
    if anchors:
        nearest = min(anchors, key=lambda a: (abs(a.position - position), a.position < position))
        here = [e for e in group if e.gov == nearest.gov]
        if len(here) > 1 and nearest.dist is not None:
            here = [e for e in here if e.dist == nearest.dist]
        return here[0] if len(here) == 1 else None
    seats = [e for e in group if e.capital]
    return seats[0] if len(seats) == 1 else None
