"""Where to put an incident on the map: its place's coordinates from the gazetteer, else its
governorate's."""

from __future__ import annotations

from functools import lru_cache

from tally.geo import Gazetteer


@lru_cache(maxsize=8192)
def coordinates(pcode: str | None, governorate: str | None) -> tuple[float, float] | None:
    """(lat, lon) of the P-code's place, else of the governorate named; None when neither is
    known."""
    gazetteer = Gazetteer.load()
    if pcode:
        place = gazetteer.by_pcode(pcode)
        if place is not None and place.lat is not None and place.lon is not None:
            return place.lat, place.lon
    if governorate:
        for place in gazetteer.lookup(governorate):
            if place.precision == "governorate" and place.lat is not None and place.lon is not None:
                return place.lat, place.lon
    return None
