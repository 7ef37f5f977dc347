"""Build tally's gazetteer of Syrian places from the OCHA and OpenSyria source files.

    .venv/bin/python scripts/build_gazetteer.py [--source DIR] [--out DIR]

Reads the source files (default: ../shared/gazetteer beside the repository), the project's own
additions in tally/geo/data/curated_places.csv, and writes tally/geo/data/gazetteer.json.gz and
tally/geo/data/ATTRIBUTION.md. The same inputs give byte-identical output.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tally.geo.normalise import orthography  # noqa: E402
from tally.geo.records import Entry, merge_places, read_places_csv, write_built  # noqa: E402
from tally.lang.ar import places as ar_places  # noqa: E402
from tally.lang.en import places as en_places  # noqa: E402

DATA = REPO / "tally" / "geo" / "data"
DEFAULT_SOURCE = REPO.parent / "shared" / "gazetteer"

COMMUNITIES = "syr_admin4_communities_180627.csv"
NEIGHBOURHOODS = "syr_city_neighbourhoods_180627.csv"
NEIGHBOURHOOD_POINTS = "ocha_syr_neighborhoods.csv"
ADMIN = ("ocha_syr_admin1.csv", "ocha_syr_admin2.csv", "ocha_syr_admin3.csv")
OPENSYRIA = (
    "opensyria_governorates.json",
    "opensyria_districts.json",
    "opensyria_subdistricts.json",
)
CURATED_PLACES = DATA / "curated_places.csv"

#: Parts of a composite source name ("Shoruq - Holaqi", "الحرية_ عش الورور").
_PARTS = re.compile(r"\s*(?:_|\s-\s|/)\s*")
_NULL = {"", "<Null>", "NULL", "null"}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]


def value(row: dict[str, str], column: str) -> str:
    v = row.get(column, "")
    return "" if v in _NULL else " ".join(v.split())


def coordinate(text: str) -> float | None:
    return round(float(text), 5) if text and text not in _NULL else None


def add_parts(entry: Entry, name: str, language: str) -> None:
    """Keep each part of a composite name ("Shoruq - Holaqi") as an alias of its own, unless the
    part is too short or a word that is no name alone ("Al_Sad", "Abu Kbee - East")."""
    parts = [p for p in _PARTS.split(name) if p.strip()]
    if len(parts) < 2:
        return
    orth = orthography(language)
    data = ar_places if language == "ar" else en_places
    generic = {orth.key(w) for w in data.AMBIGUOUS_NAMES}
    for part in parts:
        words = [w for w in orth.name_tokens(part) if not orth.is_article(w)]
        if len("".join(words)) >= 4 and " ".join(words) not in generic:
            entry.add_alias(part)


def admin_entries(source: Path) -> list[Entry]:
    entries = []
    for level, file in zip(("governorate", "district", "subdistrict"), ADMIN, strict=True):
        n = {"governorate": 1, "district": 2, "subdistrict": 3}[level]
        for row in read_csv(source / file):
            pcode = row[f"adm{n}_pcode"]
            entry = Entry(
                pcode=pcode,
                level=level,
                name=value(row, f"adm{n}_name"),
                name_ar=value(row, f"adm{n}_name1") or None,
                gov=row["adm1_pcode"],
                dist=row.get("adm2_pcode") or None,
                sub=row.get("adm3_pcode") or None,
                lat=coordinate(row["center_lat"]),
                lon=coordinate(row["center_lon"]),
            )
            entry.add_alias(value(row, f"adm{n}_ref_n"))
            entries.append(entry)
    return entries


def keep_source_alias(alias: str, language: str) -> bool:
    """Whether an OpenSyria alias is a name: not one with a level or cue word ("X Governorate",
    "مدينة X", which tally.geo reads as cue and name), nor a lower-case letter-by-letter
    transcription such as "nahyt mrkz alhskt"."""
    orth = orthography(language)
    words = orth.name_tokens(alias)
    data = ar_places if language == "ar" else en_places
    cue_words = {
        orth.word_key(w)
        for w in (*data.LEVEL_WORDS, *data.CUES_BEFORE, *getattr(data, "CUES_AFTER", ()))
    }
    if not words or cue_words & set(words):
        return False
    return language == "ar" or alias != alias.lower()


def add_opensyria(source: Path, by_pcode: dict[str, Entry]) -> None:
    for file in OPENSYRIA:
        for unit in json.loads((source / file).read_text(encoding="utf-8")):
            entry = by_pcode.get(unit.get("externalIds", {}).get("ochaPcode", ""))
            if entry is None:
                continue
            names = [(unit["name"].get("en", ""), "en"), (unit["name"].get("ar", ""), "ar")]
            names += [(a["value"], a["language"]) for a in unit.get("aliases", ())]
            for alias, language in names:
                if alias and language in ("en", "ar") and keep_source_alias(alias, language):
                    entry.add_alias(alias)


def add_centre_names(entries: list[Entry]) -> None:
    """A sub-district named "مركز X" (centre of X) is also found as "X"."""
    prefix = ar_places.CENTRE_PREFIX
    for e in entries:
        for name in list(e.names("ar")):
            if name.startswith(prefix):
                e.add_alias(name[len(prefix) :].strip())


def community_entries(source: Path) -> list[Entry]:
    entries = []
    for row in read_csv(source / COMMUNITIES):
        entry = Entry(
            pcode=row["admin4Pcode"],
            level="community",
            name=value(row, "admin4Name_en"),
            name_ar=value(row, "admin4Name_ar") or None,
            gov=row["admin1Pcode"],
            dist=row["admin2Pcode"],
            sub=row["admin3Pcode"],
            lat=coordinate(row["Latitude_y"]),
            lon=coordinate(row["Longitude_x"]),
            capital=row["IsAdmin1Capital"] == "Yes" or row["IsAdmin3Capital"] == "Yes",
        )
        add_parts(entry, entry.name, "en")
        if entry.name_ar:
            add_parts(entry, entry.name_ar, "ar")
        entries.append(entry)
    return entries


def share_seat_aliases(entries: list[Entry]) -> None:
    """A sub-district's seat carries its name: when the two share a name, each gets the other's
    spellings ("Al-Shaddadah", "الشدادة"), so that a report's spelling finds both."""
    units = {e.pcode: e for e in entries if e.level == "subdistrict"}
    for e in entries:
        unit = units.get(e.sub)
        if e.level != "community" or not e.capital or unit is None:
            continue
        for language in ("en", "ar"):
            orth = orthography(language)
            mine = {k for n in e.names(language) for k in orth.name_keys(n)}
            theirs = {k for n in unit.names(language) for k in orth.name_keys(n)}
            if mine & theirs:
                for alias in unit.names(language):
                    e.add_alias(alias)
                for alias in e.names(language):
                    unit.add_alias(alias)


def neighbourhood_entries(source: Path, communities: dict[str, Entry]) -> list[Entry]:
    points = {
        row["neighbor_2"]: (coordinate(row["bbox_center_lat"]), coordinate(row["bbox_center_lon"]))
        for row in read_csv(source / NEIGHBOURHOOD_POINTS)
    }
    entries = []
    areas: dict[str, Entry] = {}
    area_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for row in read_csv(source / NEIGHBOURHOODS):
        city = communities[row["admin4Pcode"]]
        lat, lon = points.get(row["neibourhoodPcode"], (None, None))
        entry = Entry(
            pcode=row["neibourhoodPcode"],
            level="neighbourhood",
            name=value(row, "neibourhoodName_en"),
            name_ar=value(row, "neibourhoodName_ar") or None,
            gov=city.gov,
            dist=city.dist,
            sub=city.sub,
            city=city.pcode,
            lat=lat,
            lon=lon,
        )
        add_parts(entry, entry.name, "en")
        if entry.name_ar:
            add_parts(entry, entry.name_ar, "ar")
        entries.append(entry)
        area = value(row, "areaPcode")
        if area:
            areas.setdefault(
                area,
                Entry(
                    pcode=area,
                    level="neighbourhood",
                    name=value(row, "areaName_en"),
                    name_ar=value(row, "areaName_ar") or None,
                    gov=city.gov,
                    dist=city.dist,
                    sub=city.sub,
                    city=city.pcode,
                ),
            )
            if lat is not None and lon is not None:
                area_points[area].append((lat, lon))
    for pcode, area_entry in areas.items():
        pts = area_points[pcode]
        if pts:
            area_entry.lat = round(sum(p[0] for p in pts) / len(pts), 5)
            area_entry.lon = round(sum(p[1] for p in pts) / len(pts), 5)
    return entries + [areas[k] for k in sorted(areas)]


ATTRIBUTION = """\
# Sources of tally's gazetteer

`gazetteer.json.gz` is derived data, built by `scripts/build_gazetteer.py` from the sources below
and tally's own additions.
Keep this file with it, and credit the sources wherever the gazetteer or data derived from it is
published.

- **UN OCHA / UNCS, Syrian Arab Republic P-codes (2018)**: communities (towns and villages) and city
  neighbourhoods with English and Arabic names, P-codes, parent units and coordinates
  (`syr_admin4_communities_180627`, `syr_city_neighbourhoods_180627`, 27 June 2018). OCHA's Syria
  common operational dataset, published on the Humanitarian Data Exchange (HDX) under
  CC BY 3.0 IGO.
- **UN OCHA, Syria administrative boundaries COD-AB v02** (HDX, CC BY-IGO): governorates,
  districts and sub-districts with English and Arabic names, P-codes and centroids, and the centre
  points of city neighbourhoods.
- **OpenSyria data-geography** (`Open-Syria/data-geography`), © OpenSyria contributors, licensed
  under the Creative Commons Attribution 4.0 International licence (CC BY 4.0,
  https://creativecommons.org/licenses/by/4.0/): alternate spellings and transliterations of
  governorate, district and sub-district names. OpenSyria in turn credits its sources (GeoNames,
  CC BY 4.0; Wikidata, CC0; geoBoundaries / UN OCHA via HDX, CC BY 3.0 IGO; U.S. Census Bureau).

Changes made by tally: names and spellings from the sources are combined per P-code; OpenSyria
spellings that only add a level word ("... Governorate", "ناحية ...") or are letter-by-letter
transcriptions are left out; composite names are also kept part by part; a sub-district seat
shares its sub-district's spellings; areas of Damascus city get the mean centre point of their
neighbourhoods. tally adds, in `curated_places.csv`, spellings common in reports and a few places
reports name that are not in the sources (their P-codes begin `TALLY-`: they are tally's own, not
OCHA's).
"""

SOURCES = [
    "UN OCHA / UNCS, Syrian Arab Republic P-codes (2018), HDX, CC BY 3.0 IGO",
    "UN OCHA, Syria administrative boundaries COD-AB v02, HDX, CC BY-IGO",
    "OpenSyria data-geography, CC BY 4.0",
    "tally's own additions (curated_places.csv)",
]


def build(source: Path, out: Path) -> list[Entry]:
    admin = admin_entries(source)
    by_pcode = {e.pcode: e for e in admin if e.pcode}
    add_opensyria(source, by_pcode)
    communities = community_entries(source)
    neighbourhoods = neighbourhood_entries(source, {e.pcode: e for e in communities if e.pcode})
    entries = merge_places(admin + communities + neighbourhoods, read_places_csv(CURATED_PLACES))
    add_centre_names(entries)
    share_seat_aliases(entries)
    out.mkdir(parents=True, exist_ok=True)
    write_built(out / "gazetteer.json.gz", entries, SOURCES)
    (out / "ATTRIBUTION.md").write_text(ATTRIBUTION, encoding="utf-8")
    return entries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="source files folder")
    parser.add_argument("--out", type=Path, default=DATA, help="where to write the gazetteer")
    args = parser.parse_args()
    missing = [
        f
        for f in (COMMUNITIES, NEIGHBOURHOODS, NEIGHBOURHOOD_POINTS, *ADMIN, *OPENSYRIA)
        if not (args.source / f).is_file()
    ]
    if missing:
        print(f"{args.source}: missing source file(s): {', '.join(missing)}", file=sys.stderr)
        return 2
    entries = build(args.source, args.out)
    size = (args.out / "gazetteer.json.gz").stat().st_size
    counts = defaultdict(int)
    for e in entries:
        counts[e.level] += 1
    summary = ", ".join(f"{counts[level]} {level}" for level in counts)
    print(f"wrote {args.out / 'gazetteer.json.gz'} ({size:,} bytes): {summary}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
