"""Exports and feeds: CSV, JSON and GeoJSON of incidents and claims, the ACLED-style and
UCDP-GED-style tables, and the Atom feeds; none carries a sensitive field."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from conftest import Seeded, incident_titled
from fastapi.testclient import TestClient

from tally.export import acled, tables, ucdp

ATOM = "{http://www.w3.org/2005/Atom}"


def rows(client: TestClient, path: str, **params: str) -> list[dict[str, str]]:
    answer = client.get(path, params=params)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(answer.text)))


def test_incidents_as_csv_give_each_incident_s_toll(client: TestClient) -> None:
    found = rows(client, "/api/export/incidents.csv")
    assert list(found[0]) == tables.INCIDENT_COLUMNS
    kafr_nabl = incident_titled(client, "Kafr Nabl")
    row = next(r for r in found if r["incident_id"] == str(kafr_nabl["id"]))
    killed = kafr_nabl["toll"]["killed"]["all"]
    assert (row["killed_best"], row["killed_low"], row["killed_high"]) == tuple(
        str(killed[m]) for m in ("best", "low", "high")
    )
    assert row["publishers"] == "Idlib Civil Monitor;North Syria Observers"
    assert row["governorate"] == "Idleb"
    filtered = rows(client, "/api/export/incidents.csv", governorate="Idleb")
    assert [r["incident_id"] for r in filtered] == [str(kafr_nabl["id"])]


def test_incidents_as_json_and_geojson(client: TestClient) -> None:
    listed = client.get("/api/export/incidents.json").json()
    assert len(listed) == 3
    collection = client.get("/api/export/incidents.geojson")
    assert collection.headers["content-type"].startswith("application/geo+json")
    features = collection.json()["features"]
    assert len(features) == 3
    for feature in features:
        lon, lat = feature["geometry"]["coordinates"]
        assert 35 < lon < 43 and 32 < lat < 38, "inside Syria"


def test_claims_export_each_claim_with_its_evidence(client: TestClient) -> None:
    found = rows(client, "/api/export/claims.csv", outcome="killed")
    assert found and {r["outcome"] for r in found} == {"killed"}
    assert list(found[0]) == tables.CLAIM_COLUMNS
    assert all(r["evidence"] for r in found)
    geo = client.get("/api/export/claims.geojson").json()
    assert geo["features"] and all(f["properties"]["claim_id"] for f in geo["features"])
    assert client.get("/api/export/claims.json", params={"group": "women"}).json()


def test_the_acled_style_table(client: TestClient) -> None:
    found = rows(client, "/api/export/acled.csv")
    assert list(found[0]) == acled.COLUMNS
    kafr_nabl = incident_titled(client, "Kafr Nabl")
    row = next(r for r in found if r["event_id_cnty"] == f"SYR-TALLY-{kafr_nabl['id']}")
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["sub_event_type"] == "Shelling/artillery/missile attack"
    assert row["fatalities"] == str(kafr_nabl["toll"]["killed"]["all"]["best"])
    assert row["admin1"] == "Idleb" and row["country"] == "Syria"
    assert row["civilian_targeting"] == "Civilian targeting"


def test_the_ucdp_style_table_gives_best_low_and_high(client: TestClient) -> None:
    found = rows(client, "/api/export/ucdp.csv")
    assert list(found[0]) == ucdp.COLUMNS
    for row in found:
        assert int(row["low"]) <= int(row["best"]) <= int(row["high"])
    kafr_nabl = incident_titled(client, "Kafr Nabl")
    row = next(r for r in found if r["id"] == str(kafr_nabl["id"]))
    assert row["event_clarity"] == "1", "two independent sources"
    assert row["date_start"] == "2025-08-03"


def test_exports_leave_out_sensitive_fields_even_for_an_admin(
    client: TestClient, seeded: Seeded
) -> None:
    incident = incident_titled(client, "Kafr Nabl")
    client.post(
        "/api/review",
        json={"entity": "incident", "ids": [incident["id"]], "status": "confirmed",
              "note": "secret: spoke to the nurse"},
        headers=seeded.headers("reviewer"),
    )  # fmt: skip
    for path in (
        "/api/export/incidents.csv",
        "/api/export/incidents.json",
        "/api/export/claims.json",
        "/api/export/acled.csv",
        "/api/export/ucdp.csv",
        "/feeds/revisions.atom",
    ):
        text = client.get(path, headers=seeded.headers("admin")).text
        assert "spoke to the nurse" not in text, path
        assert "reports.jsonl" not in text, path


def test_the_atom_feed_has_one_entry_per_toll_revision(client: TestClient) -> None:
    answer = client.get("/feeds/revisions.atom")
    assert answer.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(answer.text)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 4
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert len(set(ids)) == 4
    kafr_nabl = incident_titled(client, "Kafr Nabl")
    one = ET.fromstring(client.get(f"/feeds/incidents/{kafr_nabl['id']}.atom").text)
    titles = [e.find(f"{ATOM}title").text for e in one.findall(f"{ATOM}entry")]
    assert len(titles) == 2
    assert all(t.startswith(f"Incident {kafr_nabl['id']}: ") for t in titles)
    link = one.find(f"{ATOM}entry/{ATOM}link").get("href")
    assert link.endswith(f"/incidents/{kafr_nabl['id']}")


@pytest.mark.parametrize("path", ["/feeds/incidents/9999.atom", "/api/export/incidents.xlsx"])
def test_unknown_feeds_and_formats_are_refused(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code in (404, 422)
    assert answer.json()["detail"]
