"""The incident commands as a researcher uses them: list, show, merge, split, review, history,
bulletin, aggregates. Reports are written for these tests; each test runs on SQLite and
PostgreSQL (conftest.db_url).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from incident_reports import (
    KANSAFRA_SAME_DAY,
    SARMADA_FIRST,
    SARMADA_OTHER_SOURCE,
    SARMADA_TOLL_RISES,
)

from tally.cli import main
from tally.model import Report


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), env={"TALLY_USER": "analyst@example.org"})


def json_lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def ingest(db_url: str, folder: Path, name: str, report: Report) -> None:
    """Store a report as a researcher would: a text file, its publisher and date given."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    path.write_text(f"{report.title}\n\n{report.text}\n", encoding="utf-8")
    assert report.publisher and report.published
    result = run(
        "--db",
        db_url,
        "ingest",
        "--publisher",
        report.publisher,
        "--published",
        report.published.isoformat(),
        str(path),
    )
    assert result.exit_code == 0, result.output


def listed(db_url: str, *filters: str) -> list[dict[str, Any]]:
    result = run("--db", db_url, "incidents", "--json", *filters)
    assert result.exit_code == 0, result.output
    return json_lines(result.output)


def incident_holding(db_url: str, title_words: str) -> dict[str, Any]:
    for incident in listed(db_url):
        shown = run("--db", db_url, "incident", str(incident["id"]), "--json")
        detail = json.loads(shown.output)
        if any(title_words in (r["title"] or "") for r in detail["report_list"]):
            return detail
    raise AssertionError(f"no incident holds a report titled {title_words!r}")


@pytest.mark.parametrize(
    "command",
    [
        ["incidents"],
        ["incidents", "merge"],
        ["incidents", "split"],
        ["incidents", "relink"],
        ["incident"],
        ["review"],
        ["history"],
        ["bulletin"],
        ["aggregates"],
    ],
)
def test_every_incident_command_explains_itself_with_examples(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output


def test_incidents_lists_linked_reports_with_toll_sources_and_status(
    db_url: str, tmp_path: Path
) -> None:
    ingest(db_url, tmp_path, "s1", SARMADA_FIRST)
    ingest(db_url, tmp_path, "s2", SARMADA_OTHER_SOURCE)
    ingest(db_url, tmp_path, "k1", KANSAFRA_SAME_DAY)
    incidents = listed(db_url)
    assert len(incidents) == 2
    sarmada = next(i for i in incidents if i["reports"] == 2)
    assert sarmada["sources"] == 2
    assert sarmada["status"] == "corroborated"
    assert sarmada["toll"]["killed"]["all"]["best"] == 3
    assert sarmada["first_date"] == "2024-03-05"
    assert sarmada["governorate"] == "Idleb"
    assert "drone" in sarmada["kinds"]
    assert [i["id"] for i in listed(db_url, "--status", "corroborated")] == [sarmada["id"]]
    assert listed(db_url, "--place", "aleppo") == []

    table = run("--db", db_url, "incidents")
    assert table.exit_code == 0
    assert "corroborated" in table.output and "2 incidents." in table.output
    assert "No incidents match." in run("--db", db_url, "incidents", "--place", "Homs").output


def test_incident_shows_the_toll_history_and_why_reports_were_linked(
    db_url: str, tmp_path: Path
) -> None:
    ingest(db_url, tmp_path, "s1", SARMADA_FIRST)
    ingest(db_url, tmp_path, "s3", SARMADA_TOLL_RISES)
    detail = incident_holding(db_url, "Death toll rises")
    assert [r["toll"]["killed"]["all"]["best"] for r in detail["history"]] == [3, 4]
    shown = run("--db", db_url, "incident", str(detail["id"]))
    assert shown.exit_code == 0, shown.output
    assert "Toll history" in shown.output
    assert "all killed: 3 → 4" in shown.output
    assert "linked by tally linker" in shown.output
    assert "same place" in shown.output
    assert "Claims (`tally review claim ID STATUS`" in shown.output

    missing = run("--db", db_url, "incident", "999")
    assert missing.exit_code == 1
    assert "There is no incident 999." in missing.output


def test_merge_and_split_from_the_command_line(db_url: str, tmp_path: Path) -> None:
    ingest(db_url, tmp_path, "s1", SARMADA_FIRST)
    ingest(db_url, tmp_path, "k1", KANSAFRA_SAME_DAY)
    sarmada = incident_holding(db_url, "Drone strike")
    kansafra = incident_holding(db_url, "Kansafra")
    no_reason = run("--db", db_url, "incidents", "merge", str(sarmada["id"]), str(kansafra["id"]))
    assert no_reason.exit_code == 2 and "--reason" in no_reason.output

    merged = run(
        "--db",
        db_url,
        "incidents",
        "merge",
        str(sarmada["id"]),
        str(kansafra["id"]),
        "--reason",
        "one bombardment",
    )
    assert merged.exit_code == 0, merged.output
    assert f"Incident {kansafra['id']} merged into incident {sarmada['id']}" in merged.output
    assert len(listed(db_url)) == 1
    gone = run("--db", db_url, "incident", str(kansafra["id"]))
    assert f"merged into incident {sarmada['id']}" in gone.output

    kansafra_report = str(kansafra["report_list"][0]["report_id"])
    bad = run(
        "--db", db_url, "incidents", "split", str(sarmada["id"]), "--reports", "x", "--reason", "?"
    )
    assert bad.exit_code == 2 and "not a list of report IDs" in bad.output
    wrong = run(
        "--db", db_url, "incidents", "split", str(sarmada["id"]), "--reports", "77", "--reason", "?"
    )
    assert wrong.exit_code == 1 and "does not hold report(s) 77" in wrong.output
    split = run(
        "--db",
        db_url,
        "incidents",
        "split",
        str(sarmada["id"]),
        "--reports",
        kansafra_report,
        "--reason",
        "shelling, not the drone strike",
        "--by",
        "lead@example.org",
    )
    assert split.exit_code == 0, split.output
    assert f"Report(s) {kansafra_report} moved from incident {sarmada['id']}" in split.output
    assert len(listed(db_url)) == 2

    log = json_lines(run("--db", db_url, "history", "--action", "split_decision", "--json").output)
    assert [(e["actor"], e["reason"]) for e in log] == [
        ("lead@example.org", "shelling, not the drone strike")
    ]
    merges = json_lines(
        run("--db", db_url, "history", "--who", "analyst@example.org", "--json").output
    )
    assert any(e["action"] == "merge_decision" for e in merges)


def test_review_sets_a_status_that_history_shows(db_url: str, tmp_path: Path) -> None:
    ingest(db_url, tmp_path, "s1", SARMADA_FIRST)
    incident = listed(db_url)[0]
    reviewed = run(
        "--db",
        db_url,
        "review",
        "incident",
        str(incident["id"]),
        "confirmed",
        "--note",
        "victims' names documented",
    )
    assert reviewed.exit_code == 0, reviewed.output
    assert f"Incident {incident['id']} marked confirmed." in reviewed.output
    assert listed(db_url, "--status", "confirmed")[0]["review_note"] == "victims' names documented"

    no_note = run("--db", db_url, "review", "incident", str(incident["id"]), "contested")
    assert no_note.exit_code == 2
    unknown = run("--db", db_url, "review", "claim", "4242", "discounted", "--note", "x")
    assert unknown.exit_code == 1 and "no claim 4242" in unknown.output

    history = run("--db", db_url, "history", "--incident", str(incident["id"]))
    assert history.exit_code == 0
    assert "analyst@example.org" in history.output and "review" in history.output
    events = json_lines(
        run("--db", db_url, "history", "--incident", str(incident["id"]), "--json").output
    )
    assert events[0]["action"] == "review"
    assert events[0]["after"] == {"status": "confirmed", "note": "victims' names documented"}
    assert {e["action"] for e in events} >= {"review", "new_incident", "toll", "create"}
    both = run("--db", db_url, "history", "--incident", "1", "--report", "1")
    assert both.exit_code == 2


def test_bulletin_drafts_the_update_and_what_changed_since_the_last(
    db_url: str, tmp_path: Path
) -> None:
    ingest(db_url, tmp_path, "s1", SARMADA_FIRST)
    incident = listed(db_url)[0]["id"]
    first = run("--db", db_url, "bulletin", str(incident), "--record")
    assert first.exit_code == 0, first.output
    text = first.stdout
    assert first.stderr == f"Bulletin on incident {incident} recorded as issued.\n"
    assert text.startswith("# Drone strike kills three civilians near Sarmada")
    assert "## Current toll" in text
    assert "**Killed: 3**, of whom 3 civilians, 1 children" in text
    assert "This is the first bulletin" in text
    assert "## Sources" in text and "Syrian Observatory for Human Rights, 2024-03-05" in text

    again = run("--db", db_url, "bulletin", str(incident)).stdout
    assert "No change to the toll." in again

    ingest(db_url, tmp_path, "s3", SARMADA_TOLL_RISES)
    later = run("--db", db_url, "bulletin", str(incident), "-o", str(tmp_path / "update.md"))
    assert later.exit_code == 0
    update = (tmp_path / "update.md").read_text(encoding="utf-8")
    assert "all killed: 3 → 4" in update
    assert "## Under verification" in update
    events = json_lines(run("--db", db_url, "history", "--action", "bulletin", "--json").output)
    assert len(events) == 1 and events[0]["actor"] == "analyst@example.org"


def test_aggregates_sum_tolls_by_month_and_governorate(db_url: str, tmp_path: Path) -> None:
    ingest(db_url, tmp_path, "s1", SARMADA_FIRST)
    ingest(db_url, tmp_path, "k1", KANSAFRA_SAME_DAY)
    months = json_lines(run("--db", db_url, "aggregates", "--by", "month", "--json").output)
    assert months == [
        {
            "by": "month",
            "outcome": "killed",
            "group": "all",
            "key": "2024-03",
            "incidents": 2,
            "best": 5,
            "low": 5,
            "high": 5,
        }
    ]
    table = run("--db", db_url, "aggregates", "--by", "governorate", "--group", "civilians").output
    assert "civilians killed by governorate" in table and "Idleb" in table
    assert (
        "No incidents match."
        in run("--db", db_url, "aggregates", "--by", "day", "--place", "Homs").output
    )
