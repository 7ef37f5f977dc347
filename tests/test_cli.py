"""The `tally` command as a researcher uses it, through click's test runner.

The reports are invented for these tests. Expectations about claims are the plain reading of the
sentences ("regime shelling killed two civilians" is two civilians killed), so these tests run the
real readers and extractor.
"""

from __future__ import annotations

import json
import multiprocessing
import re
import traceback
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tally.cli import main
from tally.model import Claim, Range, Toll
from tally.store import Store

SARAQAB = (
    "Regime shelling kills two civilians in Saraqab\n\n"
    "On 3 March 2024, regime shelling killed two civilians in Saraqab, Idleb countryside. "
    "Medical sources said four other people were injured.\n"
)
SARMIN = (
    "Drone strike on Sarmin\n\n"
    "On 5 March 2024, a drone strike killed five civilians, including two children, in Sarmin, "
    "east of Idleb city.\n"
)
JARABLUS = (
    "Clashes near Jarablus\n\n"
    "On 10 March 2024, three SDF fighters were killed in clashes with Turkish-backed factions "
    "near Jarablus in the Aleppo countryside.\n"
)


def run(*args: str, stdin: str | None = None, **env: str) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin, env=env or None)


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def json_lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def summary_numbers(output: str) -> tuple[int, int, int]:
    stored = re.search(r"(\d+) reports? stored", output)
    known = re.search(r"(\d+) skipped as already known", output)
    refused = re.search(r"(\d+) refused", output)
    assert stored and known and refused, output
    return int(stored[1]), int(known[1]), int(refused[1])


def ingest_examples(db_url: str, root: Path) -> None:
    """SOHR's two reports from early March and ACLED's from the 11th, in the database."""
    write(root / "sohr", "saraqab.txt", SARAQAB)
    write(root / "sohr", "sarmin.txt", SARMIN)
    write(root / "acled", "jarablus.txt", JARABLUS)
    sohr = ["--publisher", "SOHR", "--published", "2024-03-06", str(root / "sohr")]
    acled = ["--publisher", "ACLED", "--published", "2024-03-11", str(root / "acled")]
    for options in (sohr, acled):
        result = run("--db", db_url, "ingest", *options)
        assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "command",
    [[], ["extract"], ["ingest"], ["reports"], ["claims"], ["tolls"], ["db"], ["db", "upgrade"]],
)
def test_every_command_explains_itself_with_examples(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output


def test_ingest_stores_a_folder_and_names_what_it_refused(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    write(folder, "saraqab.txt", SARAQAB)
    write(folder, "sarmin.txt", SARMIN)
    write(folder, "jarablus.txt", JARABLUS)
    write(folder, "blank.txt", "\n   \n")

    result = run("--db", db_url, "ingest", "--publisher", "SOHR", str(folder))
    assert result.exit_code == 1, result.output
    assert summary_numbers(result.output) == (3, 0, 1)
    assert "blank.txt" in result.output

    again = run("--db", db_url, "ingest", "--publisher", "SOHR", str(folder))
    assert again.exit_code == 1
    assert summary_numbers(again.output) == (0, 3, 1)
    with Store.open(db_url) as store:
        assert store.count_reports() == 3
        assert {s.report.publisher for s in store.list_reports()} == {"SOHR"}


def test_a_report_the_database_refuses_is_named_and_the_others_are_stored(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tally.extract

    real_toll = tally.extract.report_toll

    def impossible_for_sarmin(claims: list[Claim]) -> Toll:
        toll = real_toll(claims)
        if any(claim.count.best == 5 for claim in claims):
            toll.setdefault("killed", {})["all"] = Range(best=5, low=7, high=3)
        return toll

    monkeypatch.setattr(tally.extract, "report_toll", impossible_for_sarmin)
    folder = tmp_path / "reports"
    write(folder, "saraqab.txt", SARAQAB)
    write(folder, "sarmin.txt", SARMIN)
    write(folder, "jarablus.txt", JARABLUS)

    result = run("--db", db_url, "ingest", str(folder))
    assert result.exit_code == 1
    assert summary_numbers(result.output) == (2, 0, 1)
    assert re.search(r"sarmin\.txt: the database refused it", result.output), result.output
    with Store.open(db_url) as store:
        assert store.count_reports() == 2
        assert all("Sarmin" not in s.report.text for s in store.list_reports())
        assert all(s.claim.count.best != 5 for s in store.list_claims())


def test_ingest_exits_0_when_nothing_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "tally.db"
    write(tmp_path / "in", "saraqab.txt", SARAQAB)
    result = run("ingest", str(tmp_path / "in"), TALLY_DB=str(db))  # a bare path, from TALLY_DB
    assert result.exit_code == 0, result.output
    assert summary_numbers(result.output) == (1, 0, 0)
    assert db.exists()


def test_mistyped_commands_exit_2_with_a_plain_message(tmp_path: Path) -> None:
    db = str(tmp_path / "tally.db")
    missing = run("--db", db, "ingest", str(tmp_path / "no-such-folder"))
    assert missing.exit_code == 2
    assert "does not exist" in missing.output
    bad_date = run("--db", db, "claims", "--since", "March 2024")
    assert bad_date.exit_code == 2
    assert "YYYY-MM-DD" in bad_date.output
    assert run("--db", db, "claims", "--outcome", "slain").exit_code == 2


def test_a_database_that_cannot_be_opened_is_named(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "absent" / "tally.db"), "reports")
    assert result.exit_code == 1
    assert "absent" in result.output and "does not exist" in result.output


def _ingest_in_process(db_url: str, folder: str, results: Any) -> None:
    try:
        result = CliRunner().invoke(main, ["--db", db_url, "ingest", folder])
        results.put((result.exit_code, result.output))
    except Exception:
        results.put((-1, traceback.format_exc()))


def test_two_processes_ingesting_one_folder_store_each_report_once(
    db_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    for number in range(1, 13):
        write(
            folder,
            f"report-{number:02}.txt",
            f"On {number} April 2024, shelling killed {number} civilians in Sarmin, Idleb.\n",
        )
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [
        context.Process(target=_ingest_in_process, args=(db_url, str(folder), results))
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=180) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    assert [code for code, _ in outcomes] == [0, 0], outcomes
    numbers = [summary_numbers(output) for _, output in outcomes]
    assert sum(stored for stored, _, _ in numbers) == 12
    assert sum(known for _, known, _ in numbers) == 12
    with Store.open(db_url) as store:
        assert store.count_reports() == 12


def test_reports_lists_and_filters_what_is_stored(db_url: str, tmp_path: Path) -> None:
    ingest_examples(db_url, tmp_path)

    table = run("--db", db_url, "reports")
    assert table.exit_code == 0
    assert "Drone strike on Sarmin" in table.output
    assert "3 reports." in table.output

    acled = json_lines(run("--db", db_url, "reports", "--publisher", "acled", "--json").output)
    assert [r["title"] for r in acled] == ["Clashes near Jarablus"]
    assert acled[0]["published"] == "2024-03-11"
    assert acled[0]["toll"]["killed"]["combatants"]["best"] == 3

    early = json_lines(run("--db", db_url, "reports", "--until", "2024-03-07", "--json").output)
    assert {r["publisher"] for r in early} == {"SOHR"} and len(early) == 2
    idleb = json_lines(run("--db", db_url, "reports", "--place", "idleb", "--json").output)
    assert {r["publisher"] for r in idleb} == {"SOHR"} and len(idleb) == 2

    paged = run("--db", db_url, "reports", "--limit", "1", "--offset", "1")
    assert "2–2 of 3" in paged.output


def test_claims_lists_and_filters_what_is_stored(db_url: str, tmp_path: Path) -> None:
    ingest_examples(db_url, tmp_path)

    def claims(*filters: str) -> list[dict[str, Any]]:
        result = run("--db", db_url, "claims", "--json", *filters)
        assert result.exit_code == 0, result.output
        return json_lines(result.output)

    # A headline and its article may state the same number: each is a claim of its own.
    civilians_killed = claims("--outcome", "killed", "--group", "civilians")
    assert {c["count"]["best"] for c in civilians_killed} == {2, 5}
    assert {c["publisher"] for c in civilians_killed} == {"SOHR"}
    assert len({c["report_id"] for c in civilians_killed}) == 2

    injured = claims("--outcome", "injured")
    assert [c["count"]["best"] for c in injured] == [4]

    children = claims("--group", "children")
    assert children, "the Sarmin report's two children"
    for found in children:
        groups = {found["group"]} | {part["group"] for part in found["parts"]}
        assert "children" in groups

    in_saraqab = claims("--place", "SARAQAB", "--outcome", "killed")
    assert in_saraqab and {c["count"]["best"] for c in in_saraqab} == {2}
    assert in_saraqab[0]["place"]["governorate"].lower().startswith("idl")

    recent = claims("--since", "2024-03-09")
    assert {c["publisher"] for c in recent} == {"ACLED"}
    assert recent[0]["group"] == "combatants"

    table = run("--db", db_url, "claims", "--publisher", "SOHR")
    assert table.exit_code == 0
    assert "civilians" in table.output and "Saraqab" in table.output


def test_extract_json_gives_one_document_with_every_claim_field(tmp_path: Path) -> None:
    path = write(tmp_path, "saraqab.txt", SARAQAB)
    result = run("extract", "--json", "--publisher", "SOHR", "--published", "2024-03-04", str(path))
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert set(document) == {"report", "claims", "toll"}
    assert document["report"]["publisher"] == "SOHR"
    assert document["report"]["published"] == "2024-03-04"

    killed = [c for c in document["claims"] if c["outcome"] == "killed"]
    assert killed
    for claim in killed:
        for key in ("count", "group", "party", "status", "scope", "date", "place", "parts"):
            assert key in claim
        assert {"best", "low", "high", "exact"} <= set(claim["count"])
        assert claim["count"]["best"] == 2 and claim["count"]["exact"] is True
        assert claim["group"] == "civilians"
        evidence = claim["evidence"]
        where = document["report"][evidence.get("field", "text")]
        assert 0 <= evidence["start"] < evidence["end"] <= len(where)
        assert evidence["sentence"] in where
        assert "two civilians" in where[evidence["start"] : evidence["end"]]
    assert "2024-03-03" in {claim["date"] for claim in killed}
    # The headline repeats the article's number; the toll counts the two civilians once.
    assert document["toll"]["killed"]["civilians"]["best"] == 2


def test_extract_shows_a_table_for_text_on_standard_input() -> None:
    result = run("extract", "-", stdin=SARAQAB)
    assert result.exit_code == 0, result.output
    assert "killed" in result.output and "civilians" in result.output
    assert "Toll" in result.output


def test_extract_gives_one_json_line_per_report_in_a_file(tmp_path: Path) -> None:
    lines = [
        {"id": "a1", "text": SARAQAB, "publisher": "SOHR"},
        {"id": "a2", "text": JARABLUS, "publisher": "ACLED"},
    ]
    path = write(tmp_path, "two.jsonl", "".join(json.dumps(line) + "\n" for line in lines))
    result = run("extract", "--json", str(path))
    assert result.exit_code == 0, result.output
    documents = json_lines(result.stdout)
    assert [d["report"]["external_id"] for d in documents] == ["a1", "a2"]
    assert documents[1]["toll"]["killed"]["combatants"]["best"] == 3


def test_tolls_writes_a_line_per_good_input_line_and_names_the_bad_one(tmp_path: Path) -> None:
    report = {
        "id": "r1",
        "title": "Shelling on Saraqab",
        "text": SARAQAB,
        "published": "2024-03-04",
    }
    bundle = {
        "id": "i1",
        "documents": [
            {"text": JARABLUS, "language": "en", "publisher": "ACLED"},
            {
                "text": "Three SDF members died in the fighting near Jarablus on 10 March.",
                "published": "not a date",
            },
        ],
    }
    source = write(
        tmp_path,
        "cases.jsonl",
        json.dumps(report)
        + "\n"
        + '{"id": "broken", "text": \n'
        + "\n"
        + json.dumps(bundle)
        + "\n",
    )
    output = tmp_path / "tolls.jsonl"

    result = run("tolls", str(source), "-o", str(output))
    assert result.exit_code == 1
    assert "cases.jsonl line 2" in result.stderr
    assert "not valid JSON" in result.stderr

    written = json_lines(output.read_text(encoding="utf-8"))
    assert [line["id"] for line in written] == ["r1", "i1"]
    assert written[0]["toll"]["killed"]["civilians"] == {"best": 2, "low": 2, "high": 2}
    assert written[0]["toll"]["injured"]["all"]["best"] == 4
    assert written[1]["toll"]["killed"]["combatants"]["best"] == 3


def test_tolls_reads_standard_input_and_does_not_touch_the_database(tmp_path: Path) -> None:
    line = json.dumps({"id": 7, "text": SARMIN})
    db = tmp_path / "tally.db"
    result = run("--db", str(db), "tolls", "-", stdin=line + "\n")
    assert result.exit_code == 0, result.output
    [written] = json_lines(result.stdout)
    assert written["id"] == 7
    assert written["toll"]["killed"]["civilians"]["best"] == 5
    assert not db.exists()


def test_db_upgrade_and_current_report_the_schema_revision(db_url: str) -> None:
    before = run("--db", db_url, "db", "current")
    assert before.exit_code == 0
    assert "no tally tables" in before.output or "no database" in before.output.lower()

    upgraded = run("--db", db_url, "db", "upgrade")
    assert upgraded.exit_code == 0, upgraded.output
    assert "upgraded" in upgraded.output
    assert "already up to date" in run("--db", db_url, "db", "upgrade").output
    assert "the newest" in run("--db", db_url, "db", "current").output
