"""How well tally links reports into incidents, against Airwars' own incidents.

    .venv/bin/python benchmarks/linking.py [--shared PATH] [--language en|all] [--seed N]

Every report of ../shared/eval/airwars-dev.jsonl (English ones only with --language en, the
default) is stored, in one shuffled stream and without its incident id, into a temporary SQLite
database, as `tally ingest` stores reports: extraction, then linking. The incidents tally forms
are compared with Airwars' incidents:

- pairwise precision, recall and F1 over pairs of reports (a pair is right when both put the two
  reports in one incident);
- B-cubed precision, recall and F1 (per report: how many of the reports tally put with it belong
  with it, and how many of those that belong with it tally put with it). Airwars lists a few
  reports under several incidents; B-cubed is then the extended form (Amigó et al., 2009).

A report tally cannot store (empty after page furniture is removed, or its language not read
yet) counts as an incident of its own. Figures are printed beside the target (F1 0.85); the script
exits 0 whatever they are. Nothing derived from the data is written into the repository.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from evaldata import DEFAULT_SHARED, eval_dir, read_jsonl

TARGET_F1 = 0.85


def main() -> int:
    args = parse_args()
    eval_path = eval_dir(args.shared)
    if eval_path is None:
        print(f"linking: skipped, no evaluation data at {args.shared / 'eval'}")
        return 0
    gold, documents = gold_incidents(eval_path / "airwars-dev.jsonl", args.language)
    order = sorted(documents)
    random.Random(args.seed).shuffle(order)
    with tempfile.TemporaryDirectory(prefix="tally-linking-") as work:
        started = time.perf_counter()
        predicted, refused = link_all(Path(work) / "linking.db", [documents[d] for d in order])
        seconds = time.perf_counter() - started
    pairs = pairwise(gold, predicted)
    cubed = bcubed(gold, predicted)
    incidents = len({predicted[d] for d in gold})
    print()
    print(
        f"tally linking on {eval_path / 'airwars-dev.jsonl'} "
        f"({'English reports' if args.language == 'en' else 'all reports'})"
    )
    print(
        f"reports: {len(gold)} ({refused} not stored, each counted alone); "
        f"Airwars incidents: {len({i for ids in gold.values() for i in ids})}; "
        f"tally incidents: {incidents}"
    )
    rows = [
        ("pairwise", *pairs),
        ("B-cubed", *cubed),
    ]
    print(f"{'measure':10} {'precision':>9} {'recall':>7} {'F1':>6} {'target':>7}")
    for name, p, r, f in rows:
        verdict = "meets target" if f >= TARGET_F1 else "below target"
        print(f"{name:10} {p:9.3f} {r:7.3f} {f:6.3f} {TARGET_F1:7.2f}  {verdict}")
    rate = len(documents) / seconds if seconds else 0.0
    print(
        f"time: {seconds:.1f} s to store and link {len(documents)} reports ({rate:.0f} reports/s)"
    )
    return 0


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--shared",
        type=Path,
        default=DEFAULT_SHARED,
        help="the shared folder holding eval/ (default: ../shared beside the repository)",
    )
    parser.add_argument(
        "--language",
        choices=("en", "all"),
        default="en",
        help="link the English reports only (default), or every report",
    )
    parser.add_argument(
        "--seed", type=int, default=1, help="seed of the shuffled order reports are stored in"
    )
    return parser.parse_args()


def gold_incidents(
    path: Path, language: str
) -> tuple[dict[str, set[str]], dict[str, dict[str, Any]]]:
    """Report id -> the Airwars incidents listing it, and report id -> the report."""
    gold: dict[str, set[str]] = defaultdict(set)
    documents: dict[str, dict[str, Any]] = {}
    for case in read_jsonl(path):
        for document in case.get("documents", []):
            if language == "en" and document.get("language") != "en":
                continue
            gold[document["id"]].add(case["id"])
            documents[document["id"]] = document
    return dict(gold), documents


def link_all(db: Path, documents: list[dict[str, Any]]) -> tuple[dict[str, str], int]:
    """Store the reports in this order; report id -> the incident tally put it in."""
    from tally.commands.tolls import report_from
    from tally.extract import extract_claims, report_toll
    from tally.store import Store

    predicted: dict[str, str] = {}
    stored: dict[str, int] = {}
    with Store.open(f"sqlite:///{db}") as store:
        for number, document in enumerate(documents, start=1):
            name = document["id"]
            try:
                report = report_from(document, f"airwars {name}", name)
                claims = extract_claims(report)
                stored[name], _ = store.save_report(report, claims, report_toll(claims))
            except Exception as err:  # a report tally cannot store counts as an incident alone
                predicted[name] = f"alone:{name}"
                print(f"linking: not stored: {name}: {err}", file=sys.stderr)
            if number % 200 == 0:
                print(f"linking: {number} of {len(documents)} stored", file=sys.stderr)
        # Incidents change as later reports are linked: read each report's incident at the end.
        for name, report_id in stored.items():
            predicted[name] = f"incident:{store.incident_of_report(report_id)}"
    return predicted, len(documents) - len(stored)


def pairwise(gold: dict[str, set[str]], predicted: dict[str, str]) -> tuple[float, float, float]:
    """Precision, recall and F1 over pairs of reports."""
    right = wrong = missed = 0
    for a, b in combinations(sorted(gold), 2):
        together = predicted[a] == predicted[b]
        belong = bool(gold[a] & gold[b])
        right += together and belong
        wrong += together and not belong
        missed += belong and not together
    return _prf(
        right / (right + wrong) if right + wrong else 1.0,
        right / (right + missed) if right + missed else 1.0,
    )


def bcubed(gold: dict[str, set[str]], predicted: dict[str, str]) -> tuple[float, float, float]:
    """Extended B-cubed precision, recall and F1 (reports may belong to several incidents)."""
    by_incident: dict[str, list[str]] = defaultdict(list)
    for report, incident in predicted.items():
        by_incident[incident].append(report)
    precision = recall = 0.0
    for e in gold:
        mates = by_incident[predicted[e]]
        # Each report is in one tally incident, so the multiplicity on tally's side is 1.
        precision += sum(min(1, len(gold[e] & gold[m])) for m in mates) / len(mates)
        belong = [m for m in gold if gold[e] & gold[m]]
        recall += sum(
            min(1, len(gold[e] & gold[m])) / len(gold[e] & gold[m])
            for m in belong
            if predicted[m] == predicted[e]
        ) / len(belong)
    return _prf(precision / len(gold), recall / len(gold))


def _prf(precision: float, recall: float) -> tuple[float, float, float]:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


if __name__ == "__main__":
    sys.exit(main())
