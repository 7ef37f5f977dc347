"""Build the map outlines the dashboard draws: Syria's 14 governorates, as a small GeoJSON.

No official governorate boundaries are in the sources tally may ship, so the outlines are made:
- the country's outline is Natural Earth's (1:10m, public domain), from the `world-atlas` npm
  package that scripts/build_assets installs into web/node_modules;
- inside it, each governorate is the area nearer to one of its own communities than to any other
  community (a Voronoi tessellation of OCHA's 7,250 community points, CC BY 3.0 IGO, merged per
  governorate), so borders run halfway between neighbouring villages of two governorates.
They are approximate (good for a map at country scale, not for deciding where a place lies) and
are simplified to stay small.

    .venv/bin/pip install -e '.[maps]'   # shapely
    .venv/bin/python scripts/build_outlines.py [--gazetteer ../shared/gazetteer] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping, shape
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parent.parent
WORLD = ROOT / "web" / "node_modules" / "world-atlas" / "countries-10m.json"
OUT = ROOT / "tally" / "serve" / "static" / "syria-governorates.geojson"
#: ISO 3166 numeric code of Syria, the id world-atlas gives its outline.
SYRIA = "760"
#: Simplification tolerance and coordinate rounding, in degrees (about 400 m and 100 m).
TOLERANCE = 0.004
DIGITS = 3


def topojson_feature(path: Path, object_name: str, feature_id: str) -> dict[str, Any]:
    """One feature of a TopoJSON file as a GeoJSON geometry (quantised arcs decoded)."""
    topology = json.loads(path.read_text())
    scale = topology["transform"]["scale"]
    shift = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + shift[0], y * scale[1] + shift[1]))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indexes:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(points if not out else points[1:])
        return out

    for geometry in topology["objects"][object_name]["geometries"]:
        if str(geometry.get("id")) == feature_id:
            if geometry["type"] == "Polygon":
                return {"type": "Polygon", "coordinates": [ring(r) for r in geometry["arcs"]]}
            return {
                "type": "MultiPolygon",
                "coordinates": [[ring(r) for r in poly] for poly in geometry["arcs"]],
            }
    raise SystemExit(f"{path} has no feature {feature_id} in {object_name}")


def communities(folder: Path) -> tuple[list[tuple[float, float, str]], dict[str, tuple[str, str]]]:
    """(lon, lat, governorate P-code) of every community, and each governorate's names."""
    points = []
    names = {}
    with (folder / "syr_admin4_communities_180627.csv").open(encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            try:
                lat, lon = float(row["Latitude_y"]), float(row["Longitude_x"])
            except ValueError:
                continue
            points.append((lon, lat, row["admin1Pcode"]))
            names[row["admin1Pcode"]] = (row["admin1Name_en"], row["admin1Name_ar"])
    return points, names


def rounded(geometry: Any) -> Any:
    return shapely.set_precision(geometry, 10**-DIGITS)


def build(gazetteer: Path) -> dict[str, Any]:
    country = shape(topojson_feature(WORLD, "countries", SYRIA))
    points, names = communities(gazetteer)
    unique: dict[tuple[float, float], str] = {}
    for lon, lat, gov in points:
        unique.setdefault((round(lon, 5), round(lat, 5)), gov)
    coords = list(unique)
    cells = shapely.voronoi_polygons(
        shapely.MultiPoint(coords), extend_to=country.envelope.buffer(1), ordered=True
    )
    parts: dict[str, list[Polygon]] = defaultdict(list)
    for point, cell in zip(coords, cells.geoms, strict=True):
        parts[unique[point]].append(cell)
    features = []
    for pcode in sorted(parts):
        area = unary_union(parts[pcode]).intersection(country)
        area = rounded(area.simplify(TOLERANCE, preserve_topology=True))
        if isinstance(area, Polygon):
            area = MultiPolygon([area])
        english, arabic = names[pcode]
        features.append(
            {
                "type": "Feature",
                "properties": {"pcode": pcode, "name": english, "name_ar": arabic},
                "geometry": mapping(area),
            }
        )
    return {
        "type": "FeatureCollection",
        "attribution": (
            "Country outline: Natural Earth (public domain), via world-atlas. Governorate "
            "outlines: approximate, made by tally from UN OCHA / UNCS Syrian Arab Republic "
            "P-codes (2018) community points, CC BY 3.0 IGO."
        ),
        "features": features,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gazetteer", type=Path, default=ROOT.parent / "shared" / "gazetteer")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    collection = build(args.gazetteer)
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"Wrote {args.out} ({len(text) // 1024} KB, {len(collection['features'])} governorates).")


if __name__ == "__main__":
    main()
