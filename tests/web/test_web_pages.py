"""The pages, read as a browser gets them (HTML): dashboard, incident, report, search, review,
sign-in and the CSRF check on forms."""

from __future__ import annotations

import re

from conftest import PASSWORD, Seeded, incident_titled
from fastapi.testclient import TestClient

HTML = {"Accept": "text/html"}


def sign_in(client: TestClient, name: str) -> None:
    page = client.get("/login", headers=HTML)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    answer = client.post(
        "/login",
        data={"name": name, "password": PASSWORD, "csrf_token": token, "next": "/"},
        headers=HTML,
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text


def csrf_of(client: TestClient, path: str) -> str:
    page = client.get(path, headers=HTML)
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def test_the_dashboard_lists_incidents_and_filters_them(client: TestClient) -> None:
    page = client.get("/", headers=HTML)
    assert page.status_code == 200
    assert '<strong id="total">3</strong>' in page.text
    assert 'id="map"' in page.text and 'id="chart"' in page.text
    assert "/static/tally.js" in page.text
    form = {"since": "", "until": "", "governorate": "Idleb", "outcome": "", "party": ""}
    narrowed = client.get("/", params=form, headers=HTML)
    assert '<strong id="total">1</strong>' in narrowed.text
    assert 'data-query="governorate=Idleb"' in narrowed.text


def test_an_incident_page_marks_claims_in_the_text_right_to_left_for_arabic(
    client: TestClient,
) -> None:
    busra = incident_titled(client, "بصرى")
    page = client.get(f"/incidents/{busra['id']}", headers=HTML)
    assert page.status_code == 200
    assert 'class="report-text" dir="rtl" lang="ar"' in page.text
    marks = re.findall(
        r'<mark id="mark-(\d+)"[^>]*><a href="#claim-\d+">([^<]+)</a></mark>', page.text
    )
    assert marks and any("ثلاثة" in text for _, text in marks)
    assert "Bulletin draft" in page.text and "## Current toll" in page.text


def test_an_incident_page_shows_its_history_and_what_is_pending(client: TestClient) -> None:
    kafr_nabl = incident_titled(client, "Kafr Nabl")
    page = client.get(f"/incidents/{kafr_nabl['id']}", headers=HTML).text
    assert 'dir="ltr" lang="en"' in page
    assert page.count('<article class="report"') == 2
    assert "Under verification" in page
    assert "How the toll was reported" in page
    assert "Confirm</button>" not in page, "anonymous visitors get no review buttons"


def test_search_finds_reports_and_incidents_in_both_languages(client: TestClient) -> None:
    english = client.get("/search", params={"q": "landmine"}, headers=HTML).text
    assert "Two shepherds killed by a landmine near Palmyra" in english
    arabic = client.get("/search", params={"q": "بصرى"}, headers=HTML).text
    assert "مقتل ثلاثة مدنيين" in arabic
    nothing = client.get("/search", params={"q": "zzzz"}, headers=HTML).text
    assert "No report has these words." in nothing


def test_a_wrong_password_is_refused(client: TestClient) -> None:
    token = csrf_of(client, "/login")
    answer = client.post(
        "/login", data={"name": "reviewer", "password": "wrong", "csrf_token": token}, headers=HTML
    )
    assert answer.status_code == 401
    assert "do not match an active account" in answer.text


def test_a_reviewer_confirms_a_claim_with_the_form(client: TestClient) -> None:
    sign_in(client, "reviewer")
    kafr_nabl = incident_titled(client, "Kafr Nabl")
    path = f"/incidents/{kafr_nabl['id']}"
    page = client.get(path, headers=HTML).text
    claim = re.search(r'data-claim="(\d+)"', page).group(1)
    answer = client.post(
        "/review",
        data={"csrf_token": csrf_of(client, path), "entity": "claim", "ids": claim,
              "status": "confirmed", "note": "hospital records", "back": path},
        headers=HTML,
        follow_redirects=False,
    )  # fmt: skip
    assert answer.status_code == 303 and answer.headers["location"] == path
    after = client.get(path, headers=HTML).text
    assert f"Marked claim {claim} confirmed." in after
    assert client.get(f"/api/claims/{claim}").json()["review"]["status"] == "confirmed"


def test_a_form_without_its_csrf_token_is_refused(client: TestClient) -> None:
    sign_in(client, "reviewer")
    claim = client.get("/api/claims").json()["items"][0]["id"]
    answer = client.post(
        "/review",
        data={"entity": "claim", "ids": claim, "status": "confirmed", "note": "x"},
        headers=HTML,
    )
    assert answer.status_code == 403
    assert "CSRF" in answer.text
    assert client.get(f"/api/claims/{claim}").json()["review"] is None


def test_a_viewer_cannot_review_and_sees_no_buttons(client: TestClient) -> None:
    sign_in(client, "viewer")
    kafr_nabl = incident_titled(client, "Kafr Nabl")
    path = f"/incidents/{kafr_nabl['id']}"
    assert "Confirm</button>" not in client.get(path, headers=HTML).text
    claim = client.get("/api/claims").json()["items"][0]["id"]
    answer = client.post(
        "/review",
        data={"csrf_token": csrf_of(client, path), "entity": "claim", "ids": claim,
              "status": "confirmed", "note": "x"},
        headers=HTML,
    )  # fmt: skip
    assert answer.status_code == 403
    assert "Your role, viewer, cannot do this" in answer.text


def test_the_review_queue_page_asks_anonymous_visitors_to_sign_in(client: TestClient) -> None:
    answer = client.get("/review", headers=HTML, follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/login?next=/review"


def test_the_review_queue_page_lists_waiting_claims_for_bulk_review(
    client: TestClient, seeded: Seeded
) -> None:
    sign_in(client, "reviewer")
    page = client.get("/review", headers=HTML).text
    ids = re.findall(r'name="ids" value="(\d+)"', page)
    assert len(ids) >= 2
    answer = client.post(
        "/review",
        data={"csrf_token": csrf_of(client, "/review"), "entity": "claim", "ids": ids,
              "status": "discounted", "note": "double counted", "back": "/review"},
        headers=HTML,
    )  # fmt: skip
    assert answer.status_code == 200
    said = f"claim {', '.join(sorted(ids, key=int))}" if len(ids) < 6 else f"{len(ids)} claims"
    assert f"Marked {said} discounted." in answer.text
    assert "Nothing waits for review." in answer.text


def test_the_audit_page_shows_who_did_what(client: TestClient) -> None:
    sign_in(client, "analyst")
    page = client.get("/audit", headers=HTML)
    assert page.status_code == 200
    assert "tally linker" in page.text


def test_an_unknown_incident_page_is_404(client: TestClient) -> None:
    answer = client.get("/incidents/9999", headers=HTML)
    assert answer.status_code == 404
    assert "There is no incident 9999." in answer.text


def test_an_analyst_adds_a_report_with_the_upload_form_and_its_text_is_escaped(
    client: TestClient,
) -> None:
    sign_in(client, "analyst")
    line = (
        '{"id": "web-7", "publisher": "Coast Watch", "published": "2025-09-02", '
        '"title": "Two fishermen killed <script>alert(1)</script> near Baniyas", '
        '"text": "Two fishermen were killed when a shell hit their boat near Baniyas on Tuesday."}\n'
    )
    answer = client.post(
        "/upload",
        data={"csrf_token": csrf_of(client, "/upload"), "publisher": ""},
        files={"file": ("coast.jsonl", line.encode(), "application/json")},
        headers=HTML,
    )
    assert answer.status_code == 200, answer.text
    assert "1 report(s) stored" in answer.text
    report = re.search(r'href="/reports/(\d+)"', answer.text).group(1)
    page = client.get(f"/reports/{report}", headers=HTML).text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
    assert "read from <code>upload:coast.jsonl:1</code>" in page


def test_a_viewer_cannot_open_the_upload_form(client: TestClient) -> None:
    sign_in(client, "viewer")
    answer = client.get("/upload", headers=HTML)
    assert answer.status_code == 403
    assert "needs the analyst role" in answer.text
