"""The gazetteer's entries, how they are stored in the packaged file, and places files in CSV.

One format for places files serves the project's own additions (tally/geo/data/curated_places.csv,
merged when the gazetteer is built) and a user's local names (the file TALLY_PLACES points at,
merged when it is loaded), so both are checked the same way.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tally.geo.normalise import guess_language, orthography

#: Administrative levels from largest to smallest, as Place.precision names them.
LEVELS = ("governorate", "district", "subdistrict", "community", "neighbourhood")
#: Format version of the built file; a loader refuses a file it does not know.
FORMAT_VERSION = 1
#: Columns a places file must have, and those it may have.
PLACES_COLUMNS = ("name", "name_ar", "pcode", "level", "governorate", "lat", "lon")
PLACES_OPTIONAL_COLUMNS = ("aliases", "parent")

_ARABIC = re.compile(r"[\u0600-\u06ff]")


class GazetteerError(ValueError):
    """A gazetteer or places file that cannot be read; the message names the file and line."""


@dataclass(slots=True)
class Entry:
    """One place: an administrative unit, a community or a city neighbourhood."""

    pcode: str | None
    level: str
    name: str
    name_ar: str | None = None
    aliases: list[str] = field(default_factory=list)
    aliases_ar: list[str] = field(default_factory=list)
    #: P-codes of the governorate, district and sub-district the place lies in (its own for its
    #: level) and, for a neighbourhood, of its city.
    gov: str | None = None
    dist: str | None = None
    sub: str | None = None
    city: str | None = None
    lat: float | None = None
    lon: float | None = None
    #: True for the community that is the seat of its governorate, district or sub-district.
    capital: bool = False

    def names(self, language: str) -> list[str]:
        """The entry's names and aliases in one language ("ar" or any other for Latin script)."""
        if language == "ar":
            return [n for n in [self.name_ar, *self.aliases_ar] if n]
        return [self.name, *self.aliases]

    def add_alias(self, alias: str) -> None:
        """Record another spelling, in the list for its script; repeats are ignored."""
        alias = " ".join(alias.split())
        if not alias:
            return
        arabic = bool(_ARABIC.search(alias))
        known = self.names("ar" if arabic else "en")
        if alias not in known:
            (self.aliases_ar if arabic else self.aliases).append(alias)

    def to_json(self) -> dict[str, Any]:
        row: dict[str, Any] = {"p": self.pcode, "l": self.level, "n": self.name}
        optional: dict[str, Any] = {
            "a": self.name_ar,
            "en": self.aliases,
            "ar": self.aliases_ar,
            "g": self.gov,
            "d": self.dist,
            "s": self.sub,
            "c": self.city,
            "y": self.lat,
            "x": self.lon,
            "k": 1 if self.capital else None,
        }
        row.update({k: v for k, v in optional.items() if v})
        return row

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> Entry:
        return cls(
            pcode=row.get("p"),
            level=row["l"],
            name=row["n"],
            name_ar=row.get("a"),
            aliases=list(row.get("en", ())),
            aliases_ar=list(row.get("ar", ())),
            gov=row.get("g"),
            dist=row.get("d"),
            sub=row.get("s"),
            city=row.get("c"),
            lat=row.get("y"),
            lon=row.get("x"),
            capital=bool(row.get("k")),
        )


def write_built(path: Path, entries: Iterable[Entry], sources: list[str]) -> None:
    """Write the built gazetteer: gzip'd JSON, byte for byte the same for the same entries."""
    doc = {
        "format": FORMAT_VERSION,
        "sources": sources,
        "places": [e.to_json() for e in entries],
    }
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    with (
        path.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as out,
    ):
        out.write(text.encode("utf-8"))


def read_built(path: Path) -> list[Entry]:
    """Read the built gazetteer written by write_built."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, EOFError, json.JSONDecodeError) as e:
        raise GazetteerError(
            f"{path}: the gazetteer cannot be read ({e}); rebuild it with "
            "scripts/build_gazetteer.py"
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_VERSION:
        raise GazetteerError(
            f"{path}: not a gazetteer of format {FORMAT_VERSION}; rebuild it with "
            "scripts/build_gazetteer.py"
        )
    return [Entry.from_json(row) for row in doc["places"]]


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One row of a places file, checked."""

    where: str
    name: str
    name_ar: str
    pcode: str
    level: str
    governorate: str
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...]
    parent: str


def read_places_csv(path: Path) -> Iterator[PlaceRow]:
    """The rows of a places file (columns PLACES_COLUMNS, optionally PLACES_OPTIONAL_COLUMNS)."""
    try:
        f = path.open(encoding="utf-8-sig", newline="")
    except OSError as e:
        raise GazetteerError(f"{path}: the places file cannot be opened ({e.strerror})") from None
    with f:
        reader = csv.DictReader(f)
        header = [h.strip() for h in reader.fieldnames or []]
        missing = [c for c in PLACES_COLUMNS if c not in header]
        if missing:
            raise GazetteerError(
                f"{path}, line 1: the header lacks the column(s) {', '.join(missing)}; a places "
                f"file starts with the line {','.join(PLACES_COLUMNS)}"
            )
        reader.fieldnames = header
        try:
            for row in reader:
                where = f"{path}, line {reader.line_num}"
                yield _check_row(where, {k: (v or "").strip() for k, v in row.items() if k})
        except (csv.Error, UnicodeDecodeError) as e:
            raise GazetteerError(f"{path}, line {reader.line_num}: {e}") from None


def _check_row(where: str, row: dict[str, str]) -> PlaceRow:
    if not row["name"] and not row["name_ar"]:
        raise GazetteerError(f"{where}: the row has neither a name nor a name_ar")
    if row["level"] and row["level"] not in LEVELS:
        raise GazetteerError(f"{where}: level {row['level']!r} is not one of {', '.join(LEVELS)}")
    coords: list[float | None] = []
    for col, limit in (("lat", 90.0), ("lon", 180.0)):
        if not row[col]:
            coords.append(None)
            continue
        try:
            value = float(row[col])
        except ValueError:
            raise GazetteerError(f"{where}: {col} {row[col]!r} is not a number") from None
        if not -limit <= value <= limit:
            raise GazetteerError(f"{where}: {col} {value} is outside -{limit}..{limit}")
        coords.append(value)
    if (coords[0] is None) != (coords[1] is None):
        raise GazetteerError(f"{where}: give both lat and lon, or neither")
    aliases = tuple(a.strip() for a in row.get("aliases", "").split(";") if a.strip())
    return PlaceRow(
        where=where,
        name=row["name"],
        name_ar=row["name_ar"],
        pcode=row["pcode"],
        level=row["level"],
        governorate=row["governorate"],
        lat=coords[0],
        lon=coords[1],
        aliases=aliases,
        parent=row.get("parent", ""),
    )


def merge_places(entries: list[Entry], rows: Iterable[PlaceRow]) -> list[Entry]:
    """The entries with a places file merged in: a row whose pcode is known adds its names to that
    place as aliases; any other row is a new place, placed by its parent or governorate."""
    merged = [replace(e, aliases=list(e.aliases), aliases_ar=list(e.aliases_ar)) for e in entries]
    by_pcode = {e.pcode: e for e in merged if e.pcode}
    for row in rows:
        known = by_pcode.get(row.pcode) if row.pcode else None
        if known is not None:
            for alias in (row.name, row.name_ar, *row.aliases):
                known.add_alias(alias)
            continue
        entry = _new_entry(row, by_pcode, merged)
        merged.append(entry)
        if entry.pcode:
            by_pcode[entry.pcode] = entry
    return merged


def _new_entry(row: PlaceRow, by_pcode: dict[str, Entry], entries: list[Entry]) -> Entry:
    if not row.level:
        raise GazetteerError(
            f"{row.where}: pcode {row.pcode or '(empty)'} is not in the gazetteer, so the row is a "
            f"new place and needs a level ({', '.join(LEVELS)})"
        )
    entry = Entry(
        pcode=row.pcode or None,
        level=row.level,
        name=row.name or row.name_ar,
        name_ar=row.name_ar or None,
        lat=row.lat,
        lon=row.lon,
    )
    for alias in row.aliases:
        entry.add_alias(alias)
    if row.parent:
        parent = by_pcode.get(row.parent)
        if parent is None:
            raise GazetteerError(f"{row.where}: parent {row.parent!r} is not a known pcode")
        entry.gov, entry.dist, entry.sub = parent.gov, parent.dist, parent.sub
        if parent.level == "community":
            entry.city = parent.pcode
    gov = _find_governorate(row, entries) if row.governorate else None
    if gov is not None and entry.gov is not None and gov.pcode != entry.gov:
        raise GazetteerError(
            f"{row.where}: governorate {row.governorate!r} is not the governorate of parent "
            f"{row.parent!r}"
        )
    if gov is not None:
        entry.gov = gov.pcode
    if row.level == "governorate":
        entry.gov = entry.pcode
    elif entry.gov is None:
        raise GazetteerError(
            f"{row.where}: a new place needs a governorate (its name or pcode) or a parent pcode"
        )
    setattr_level = {"district": "dist", "subdistrict": "sub"}.get(row.level)
    if setattr_level and entry.pcode:
        setattr(entry, setattr_level, entry.pcode)
    return entry


def _find_governorate(row: PlaceRow, entries: list[Entry]) -> Entry:
    """The governorate a row names by P-code or by any of its spellings ("Idlib", "ادلب")."""
    language = guess_language(row.governorate)
    orth = orthography(language)
    wanted = orth.key(row.governorate)
    for e in entries:
        if e.level != "governorate":
            continue
        if row.governorate.upper() == (e.pcode or "").upper():
            return e
        if any(orth.key(n) == wanted for n in e.names(language)):
            return e
    raise GazetteerError(
        f"{row.where}: governorate {row.governorate!r} is not a governorate name or pcode the "
        "gazetteer knows (e.g. Idleb, SY07)"
    )
