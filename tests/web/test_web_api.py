"""The JSON API: every endpoint, its filters, sorts and cursor pages, and its refusals."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from conftest import REPORTS, Seeded, incident_titled
from fastapi.testclient import TestClient

from tally.serve import create_app


def walk(client: TestClient, path: str, **params: object) -> list[dict]:
    """Every item of a list, one page of one item at a time."""
    items: list[dict] = []
    cursor = None
    for _ in range(100):
        page = client.get(
            path, params={**params, "limit": 1, **({"cursor": cursor} if cursor else {})}
        )
        assert page.status_code == 200, page.text
        items += page.json()["items"]
        cursor = page.json()["next"]
        if cursor is None:
            return items
    raise AssertionError("the pages never ended")


# -- reading ------------------------------------------------------------------------------------


def test_reports_are_listed_filtered_and_paged(client_any: TestClient) -> None:
    everything = client_any.get("/api/reports", params={"limit": 50}).json()["items"]
    assert len(everything) == 4
    dates = [r["published"] for r in everything]
    assert dates == sorted(dates, reverse=True)
    assert [r["id"] for r in walk(client_any, "/api/reports")] == [r["id"] for r in everything]
    arabic = client_any.get("/api/reports", params={"language": "ar"}).json()["items"]
    assert [r["publisher"] for r in arabic] == ["مرصد الجنوب"]
    found = client_any.get("/api/reports", params={"q": "LANDMINE"}).json()["items"]
    assert [r["title"] for r in found] == ["Two shepherds killed by a landmine near Palmyra"]
    oldest_first = client_any.get("/api/reports", params={"sort": "published"}).json()["items"]
    assert [r["id"] for r in oldest_first] == [r["id"] for r in reversed(everything)]


def test_a_report_comes_with_its_text_and_claims_whose_offsets_point_into_it(
    client: TestClient,
) -> None:
    listed = client.get("/api/reports", params={"q": "Kafr Nabl market kills"}).json()["items"]
    report = client.get(f"/api/reports/{listed[0]['id']}").json()
    assert report["text"].startswith("Idlib, 3 August 2025")
    assert report["incident"] is not None
    killed = [c for c in report["claim_list"] if c["outcome"] == "killed"]
    assert killed
    for claim in report["claim_list"]:
        evidence = claim["evidence"]
        source = report["text"] if evidence["field"] == "text" else report["title"]
        assert source[evidence["start"] : evidence["end"]] == evidence["text"]


def test_claims_filter_by_outcome_status_and_sort_by_count(client: TestClient) -> None:
    injured = client.get("/api/claims", params={"outcome": "injured"}).json()["items"]
    assert injured and {c["outcome"] for c in injured} == {"injured"}
    waiting = client.get("/api/claims", params={"status": "not_definitive"}).json()["items"]
    assert waiting and {c["status"] for c in waiting} == {"not_definitive"}
    by_count = client.get("/api/claims", params={"sort": "-best"}).json()["items"]
    counts = [c["count"]["best"] for c in by_count]
    assert counts == sorted(counts, reverse=True)
    assert len(walk(client, "/api/claims", sort="-best")) == len(by_count)


def test_a_claim_is_found_by_id_and_a_part_shows_its_whole_claim(
    client: TestClient, seeded: Seeded
) -> None:
    from sqlalchemy import select

    from tally.store import Store
    from tally.store.models import ClaimRow

    whole = next(
        c for c in client.get("/api/claims", params={"limit": 50}).json()["items"] if c["parts"]
    )
    assert client.get(f"/api/claims/{whole['id']}").json()["id"] == whole["id"]
    with Store.open(seeded.url) as store, store.engine.connect() as conn:
        part = conn.scalar(select(ClaimRow.id).where(ClaimRow.parent_claim_id == whole["id"]))
    assert client.get(f"/api/claims/{part}").json()["id"] == whole["id"]


def test_incidents_filter_sort_and_carry_coordinates(client_any: TestClient) -> None:
    everything = client_any.get("/api/incidents").json()["items"]
    assert len(everything) == 3
    assert all(-90 <= i["lat"] <= 90 and -180 <= i["lon"] <= 180 for i in everything)
    idleb = client_any.get("/api/incidents", params={"governorate": "idleb"}).json()["items"]
    assert [i["title"] for i in idleb] == ["Shelling on Kafr Nabl market kills four civilians"]
    by_toll = client_any.get("/api/incidents", params={"sort": "-toll"}).json()["items"]
    killed = [i["toll"].get("killed", {}).get("all", {}).get("best", 0) for i in by_toll]
    assert killed == sorted(killed, reverse=True)
    assert [i["id"] for i in walk(client_any, "/api/incidents", sort="-toll")] == [
        i["id"] for i in by_toll
    ]
    injured = client_any.get("/api/incidents", params={"outcome": "injured"}).json()["items"]
    assert all(i["toll"]["injured"]["all"]["best"] > 0 for i in injured)
    assert len(injured) < len(everything)
    corroborated = client_any.get("/api/incidents", params={"status": "corroborated"}).json()
    assert [i["sources"] for i in corroborated["items"]] == [2]
    since = client_any.get("/api/incidents", params={"since": "2025-08-05"}).json()["items"]
    assert [i["governorate"] for i in since] == ["Dar'a"]


def test_an_incident_gives_its_toll_reports_history_and_pending_claims(client: TestClient) -> None:
    listed = incident_titled(client, "Kafr Nabl")
    incident = client.get(f"/api/incidents/{listed['id']}").json()
    assert incident["toll"]["killed"]["all"]["high"] >= incident["toll"]["killed"]["all"]["best"]
    assert len(incident["report_list"]) == 2
    assert [r["number"] for r in incident["history"]] == [1, 2]
    assert incident["pending"], "the first report calls its figures not final"
    history = client.get(f"/api/incidents/{listed['id']}/history").json()
    assert [r["number"] for r in history["items"]] == [1, 2]
    assert history["items"][0]["changes"]


def test_revisions_of_every_incident_newest_first(client: TestClient) -> None:
    revisions = client.get("/api/revisions").json()["items"]
    assert len(revisions) == 4
    assert [r["id"] for r in revisions] == sorted((r["id"] for r in revisions), reverse=True)
    assert {r["incident"] for r in revisions} == {
        i["id"] for i in client.get("/api/incidents").json()["items"]
    }


@pytest.mark.parametrize("by", ["day", "month", "governorate", "party", "group"])
def test_aggregates_add_up_incident_tolls(client: TestClient, by: str) -> None:
    incidents = client.get("/api/incidents").json()["items"]
    total = sum(i["toll"].get("killed", {}).get("all", {}).get("best", 0) for i in incidents)
    rows = client.get("/api/aggregates", params={"by": by}).json()["items"]
    if by == "group":
        assert next(r for r in rows if r["key"] == "all")["best"] == total
    else:
        assert sum(r["best"] for r in rows) == total
        assert sum(r["incidents"] for r in rows) == len(incidents)
    if by == "month":
        assert [r["key"] for r in rows] == ["2025-07", "2025-08"]


def test_a_discounted_incident_leaves_the_aggregates(client: TestClient, seeded: Seeded) -> None:
    before = client.get("/api/aggregates", params={"by": "governorate"}).json()["items"]
    palmyra = incident_titled(client, "Palmyra")
    answer = client.post(
        "/api/review",
        json={"entity": "incident", "ids": [palmyra["id"]], "status": "discounted", "note": "x"},
        headers=seeded.headers("reviewer"),
    )
    assert answer.status_code == 200, answer.text
    after = client.get("/api/aggregates", params={"by": "governorate"}).json()["items"]
    assert "Homs" in {r["key"] for r in before}, "asked before the change, so kept"
    assert "Homs" not in {r["key"] for r in after}


# -- refusals on reading ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/api/reports/9999", "There is no report 9999"),
        ("/api/claims/9999", "There is no claim 9999"),
        ("/api/incidents/9999", "There is no incident 9999"),
        ("/api/incidents/9999/history", "There is no incident 9999"),
    ],
)
def test_unknown_things_are_404_with_a_message(client: TestClient, path: str, words: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 404
    assert words in answer.json()["detail"]


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"limit": 501}, "limit: Input should be less than or equal to 500"),
        ({"limit": 0}, "limit: Input should be greater than or equal to 1"),
        ({"since": "3 August"}, "since:"),
        ({"sort": "colour"}, "sort:"),
        ({"outcome": "hurt"}, "outcome:"),
        ({"cursor": "not-a-cursor"}, "the cursor is not one this server gave out"),
    ],
)
def test_bad_parameters_are_422_with_a_message(
    client: TestClient, params: dict, words: str
) -> None:
    answer = client.get("/api/incidents", params=params)
    assert answer.status_code == 422
    assert words in answer.json()["detail"]


def test_a_cursor_only_works_with_its_own_sort(client: TestClient) -> None:
    first = client.get("/api/incidents", params={"sort": "-toll", "limit": 1}).json()
    answer = client.get("/api/incidents", params={"sort": "date", "cursor": first["next"]})
    assert answer.status_code == 422
    assert "made for sort='-toll'" in answer.json()["detail"]


# -- access -------------------------------------------------------------------------------------


def test_me_says_who_a_token_belongs_to(client: TestClient, seeded: Seeded) -> None:
    assert client.get("/api/me", headers=seeded.headers("analyst")).json()["role"] == "analyst"
    assert client.get("/api/me").status_code == 401
    wrong = client.get("/api/me", headers={"Authorization": "Bearer tally_nonsense"})
    assert wrong.status_code == 401 and "not valid" in wrong.json()["detail"]
    odd = client.get("/api/me", headers={"Authorization": "Basic abc"})
    assert odd.status_code == 401 and "Bearer TOKEN" in odd.json()["detail"]


def test_sensitive_fields_are_hidden_from_anonymous_readers_and_viewers(
    client: TestClient, seeded: Seeded
) -> None:
    report = client.get("/api/reports").json()["items"][0]
    assert "origin" not in report
    as_viewer = client.get("/api/reports", headers=seeded.headers("viewer")).json()["items"][0]
    assert "origin" not in as_viewer
    as_analyst = client.get("/api/reports", headers=seeded.headers("analyst")).json()["items"][0]
    assert as_analyst["origin"].startswith(str(REPORTS))

    incident = incident_titled(client, "Kafr Nabl")
    client.post(
        "/api/review",
        json={
            "entity": "incident",
            "ids": [incident["id"]],
            "status": "confirmed",
            "note": "names checked with the family by phone",
        },
        headers=seeded.headers("reviewer"),
    )
    public = client.get(f"/api/incidents/{incident['id']}").json()
    assert public["status"] == "confirmed"
    assert "review_note" not in public
    assert "names checked" not in str(public)
    assert "decided_by" not in str(public["report_list"])
    trusted = client.get(f"/api/incidents/{incident['id']}", headers=seeded.headers("analyst"))
    assert trusted.json()["review_note"] == "names checked with the family by phone"


def test_a_private_server_refuses_anonymous_readers(seeded: Seeded) -> None:
    with TestClient(create_app(seeded.url, public=False, secret="s")) as client:
        answer = client.get("/api/incidents")
        assert answer.status_code == 401
        assert "private" in answer.json()["detail"]
        assert client.get("/api/incidents", headers=seeded.headers("viewer")).status_code == 200


def test_a_disabled_account_s_token_stops_working(client: TestClient, seeded: Seeded) -> None:
    from tally.store import Accounts, Store

    with Store.open(seeded.url) as store:
        Accounts(store.engine).disable("analyst", "test")
    answer = client.get("/api/audit", headers=seeded.headers("analyst"))
    assert answer.status_code == 401


# -- the review queue, reviews, merges and splits -------------------------------------------------


def test_the_review_queue_lists_what_waits_and_a_review_takes_it_off(
    client_any: TestClient, seeded_any: Seeded
) -> None:
    analyst = seeded_any.headers("analyst")
    claims = client_any.get("/api/review-queue/claims", headers=analyst).json()["items"]
    assert claims and {c["status"] for c in claims} <= {"under_verification", "not_definitive"}
    incidents = client_any.get("/api/review-queue/incidents", headers=analyst).json()["items"]
    assert [i["title"] for i in incidents] == ["Shelling on Kafr Nabl market kills four civilians"]

    chosen = claims[0]["id"]
    answer = client_any.post(
        "/api/review",
        json={"entity": "claim", "ids": [chosen], "status": "confirmed", "note": "hospital list"},
        headers=seeded_any.headers("reviewer"),
    )
    assert answer.status_code == 200, answer.text
    left = client_any.get("/api/review-queue/claims", headers=analyst).json()["items"]
    assert chosen not in [c["id"] for c in left]
    assert client_any.get(f"/api/claims/{chosen}").json()["review"]["status"] == "confirmed"
    log = client_any.get("/api/audit", params={"claim": chosen}, headers=analyst).json()["items"]
    assert [(e["action"], e["actor"], e["reason"]) for e in log] == [
        ("review", "reviewer", "hospital list")
    ]


def test_reviews_in_bulk(client: TestClient, seeded: Seeded) -> None:
    waiting = client.get("/api/review-queue/claims", headers=seeded.headers("analyst"))
    ids = [c["id"] for c in waiting.json()["items"]]
    assert len(ids) >= 2
    answer = client.post(
        "/api/review",
        json={"entity": "claim", "ids": ids, "status": "contested", "note": "figures unclear"},
        headers=seeded.headers("admin"),
    )
    assert answer.json()["ids"] == sorted(ids)
    for claim_id in ids:
        assert client.get(f"/api/claims/{claim_id}").json()["review"]["status"] == "contested"


@pytest.mark.parametrize(
    ("role", "status", "words"),
    [
        (None, 401, "Sign in, or send an API token"),
        ("viewer", 403, "Your role, viewer, cannot do this: it needs the reviewer role"),
        ("analyst", 403, "Your role, analyst, cannot do this"),
    ],
)
def test_reviews_are_refused_to_those_who_may_not_review(
    client: TestClient, seeded: Seeded, role: str | None, status: int, words: str
) -> None:
    claim = client.get("/api/claims").json()["items"][0]
    answer = client.post(
        "/api/review",
        json={"entity": "claim", "ids": [claim["id"]], "status": "confirmed", "note": "x"},
        headers=seeded.headers(role) if role else {},
    )
    assert answer.status_code == status
    assert words in answer.json()["detail"]
    assert client.get(f"/api/claims/{claim['id']}").json()["review"] is None


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (
            {"entity": "claim", "ids": [9999], "status": "confirmed", "note": "x"},
            404,
            "no claim 9999",
        ),
        ({"entity": "claim", "ids": [], "status": "confirmed", "note": "x"}, 422, "ids:"),
        ({"entity": "claim", "ids": [1], "status": "approved", "note": "x"}, 422, "status:"),
        ({"entity": "claim", "ids": [1], "status": "confirmed"}, 422, "note: Field required"),
        ({"entity": "report", "ids": [1], "status": "confirmed", "note": "x"}, 422, "entity:"),
    ],
)
def test_bad_reviews_are_refused_with_a_message(
    client: TestClient, seeded: Seeded, body: dict, status: int, words: str
) -> None:
    answer = client.post("/api/review", json=body, headers=seeded.headers("reviewer"))
    assert answer.status_code == status
    assert words in answer.json()["detail"]


def test_a_reviewer_merges_and_splits_incidents(client: TestClient, seeded: Seeded) -> None:
    reviewer = seeded.headers("reviewer")
    palmyra = incident_titled(client, "Palmyra")
    busra = incident_titled(client, "بصرى")
    merged = client.post(
        f"/api/incidents/{palmyra['id']}/merge",
        json={"other": busra["id"], "reason": "testing a merge"},
        headers=reviewer,
    )
    assert merged.status_code == 200, merged.text
    assert client.get(f"/api/incidents/{busra['id']}").json()["merged_into"] == palmyra["id"]
    both = client.get(f"/api/incidents/{palmyra['id']}").json()
    assert both["reports"] == 2
    leaving = [r["report_id"] for r in both["report_list"] if r["language"] == "ar"]
    split = client.post(
        f"/api/incidents/{palmyra['id']}/split",
        json={"reports": leaving, "reason": "two places"},
        headers=reviewer,
    )
    assert split.status_code == 200, split.text
    new = split.json()["new_incident"]
    assert client.get(f"/api/incidents/{new}").json()["reports"] == 1
    assert client.get(f"/api/incidents/{palmyra['id']}").json()["reports"] == 1
    actions = {
        e["action"]
        for e in client.get("/api/audit", headers=seeded.headers("analyst")).json()["items"]
    }
    assert {"merge_decision", "split_decision"} <= actions


def test_merges_and_splits_that_cannot_be_done_are_refused(
    client: TestClient, seeded: Seeded
) -> None:
    reviewer = seeded.headers("reviewer")
    one = incident_titled(client, "Palmyra")["id"]
    itself = client.post(
        f"/api/incidents/{one}/merge", json={"other": one, "reason": "x"}, headers=reviewer
    )
    assert itself.status_code == 409 and "cannot be merged with itself" in itself.json()["detail"]
    unknown = client.post(
        f"/api/incidents/{one}/merge", json={"other": 9999, "reason": "x"}, headers=reviewer
    )
    assert unknown.status_code == 404 and "no incident 9999" in unknown.json()["detail"]
    stranger = client.post(
        f"/api/incidents/{one}/split", json={"reports": [9999], "reason": "x"}, headers=reviewer
    )
    assert stranger.status_code == 409 and "does not hold report" in stranger.json()["detail"]
    viewer = client.post(
        f"/api/incidents/{one}/merge",
        json={"other": 2, "reason": "x"},
        headers=seeded.headers("viewer"),
    )
    assert viewer.status_code == 403


# -- ingest ----------------------------------------------------------------------------------------

NEW_REPORT = (
    '{"id": "web-9", "publisher": "Coast Watch", "published": "2025-09-01", '
    '"title": "Drone strike near Jableh wounds three", '
    '"text": "Three civilians were wounded when a drone struck a car near Jableh in the '
    'Lattakia countryside on Monday, a local source said."}\n'
)


def test_an_analyst_uploads_a_file_and_the_same_file_again_stores_nothing(
    client: TestClient, seeded: Seeded
) -> None:
    analyst = seeded.headers("analyst")
    files = {"file": ("coast.jsonl", NEW_REPORT.encode(), "application/json")}
    first = client.post("/api/ingest", files=files, headers=analyst)
    assert first.status_code == 200, first.text
    assert len(first.json()["stored"]) == 1 and first.json()["claims"] >= 1
    stored = first.json()["stored"][0]
    report = client.get(f"/api/reports/{stored}", headers=analyst).json()
    assert report["origin"] == "upload:coast.jsonl:1"
    again = client.post("/api/ingest", files=files, headers=analyst).json()
    assert again["stored"] == [] and again["known"] == [stored]
    log = client.get("/api/audit", params={"action": "ingest"}, headers=analyst).json()["items"]
    assert [e["actor"] for e in log] == ["analyst", "analyst"]


def test_uploads_are_refused_to_viewers_and_anonymous_visitors(
    client: TestClient, seeded: Seeded
) -> None:
    files = {"file": ("coast.jsonl", NEW_REPORT.encode(), "application/json")}
    assert client.post("/api/ingest", files=files).status_code == 401
    viewer = client.post("/api/ingest", files=files, headers=seeded.headers("viewer"))
    assert viewer.status_code == 403
    assert client.get("/api/reports", params={"q": "Jableh"}).json()["items"] == []


def test_a_file_that_is_no_report_is_refused_with_the_reason(
    client: TestClient, seeded: Seeded
) -> None:
    files = {"file": ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(200), "image/jpeg")}
    answer = client.post("/api/ingest", files=files, headers=seeded.headers("analyst")).json()
    assert answer["stored"] == []
    assert answer["refused"] and answer["refused"][0]["where"].startswith("upload:photo.jpg")


@pytest.fixture
def feed_server(tmp_path: Path) -> Iterator[str]:
    """A feed file served on 127.0.0.1 by the test itself."""
    (tmp_path / "feed.jsonl").write_text(NEW_REPORT, encoding="utf-8")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_an_analyst_has_the_server_fetch_a_feed_by_url(
    client: TestClient, seeded: Seeded, feed_server: str
) -> None:
    analyst = seeded.headers("analyst")
    url = f"{feed_server}/feed.jsonl"
    answer = client.post("/api/ingest/url", json={"url": url}, headers=analyst)
    assert answer.status_code == 200, answer.text
    assert len(answer.json()["stored"]) == 1
    report = client.get(f"/api/reports/{answer.json()['stored'][0]}", headers=analyst).json()
    assert report["origin"] == f"{url}:1"
    missing = client.post(
        "/api/ingest/url", json={"url": f"{feed_server}/none.xml"}, headers=analyst
    )
    assert missing.status_code == 422 and "HTTP status 404" in missing.json()["detail"]


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/feed.xml", "feed.xml"])
def test_only_http_addresses_are_fetched(client: TestClient, seeded: Seeded, url: str) -> None:
    answer = client.post("/api/ingest/url", json={"url": url}, headers=seeded.headers("analyst"))
    assert answer.status_code == 422
    assert "is not an http:// or https:// address" in answer.json()["detail"]


# -- the audit log -----------------------------------------------------------------------------------


def test_the_audit_log_is_for_analysts_and_up(client: TestClient, seeded: Seeded) -> None:
    assert client.get("/api/audit").status_code == 401
    assert client.get("/api/audit", headers=seeded.headers("viewer")).status_code == 403
    events = walk_authorised(client, seeded, "/api/audit")
    assert events and [e["id"] for e in events] == sorted((e["id"] for e in events), reverse=True)
    incident = incident_titled(client, "Kafr Nabl")
    about = client.get(
        "/api/audit", params={"incident": incident["id"]}, headers=seeded.headers("analyst")
    ).json()["items"]
    assert about and len(about) < len(events)
    assert {e["entity"] for e in about} <= {"incident", "report", "claim"}


def walk_authorised(client: TestClient, seeded: Seeded, path: str) -> list[dict]:
    items: list[dict] = []
    params: dict[str, object] = {"limit": 7}
    while True:
        page = client.get(path, params=params, headers=seeded.headers("analyst")).json()
        items += page["items"]
        if page["next"] is None:
            return items
        params["cursor"] = page["next"]


def test_the_openapi_document_describes_the_api(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    paths = set(document["paths"])
    assert {
        "/api/reports",
        "/api/claims",
        "/api/incidents",
        "/api/incidents/{incident_id}/history",
        "/api/aggregates",
        "/api/review-queue/claims",
        "/api/audit",
        "/api/ingest",
        "/api/review",
        "/api/export/acled.csv",
        "/feeds/revisions.atom",
    } <= paths
    assert not any(p.startswith("/incidents") for p in paths), "pages stay out of the API document"


def test_the_map_gives_light_points_largest_first_and_follows_changes(
    client: TestClient, seeded: Seeded
) -> None:
    points = client.get("/api/map").json()["items"]
    assert len(points) == 3
    assert [p["best"] for p in points] == sorted((p["best"] for p in points), reverse=True)
    assert set(points[0]) == {
        "id",
        "lat",
        "lon",
        "best",
        "low",
        "high",
        "status",
        "place",
        "date",
        "title",
    }
    injured = client.get("/api/map", params={"of": "injured", "governorate": "Idleb"}).json()
    assert [p["best"] for p in injured["items"]] == [6]
    # Answers are kept until the data changes: a review shows at once.
    palmyra = incident_titled(client, "Palmyra")
    client.post(
        "/api/review",
        json={"entity": "incident", "ids": [palmyra["id"]], "status": "contested", "note": "x"},
        headers=seeded.headers("reviewer"),
    )
    after = {p["id"]: p["status"] for p in client.get("/api/map").json()["items"]}
    assert after[palmyra["id"]] == "contested"
