"""How right tally's tolls are on the evaluation data, beside the project's targets and a baseline.

    .venv/bin/python benchmarks/accuracy.py [--shared PATH] [--only SET,...] [--misses N]

Runs `tally tolls` on each evaluation set, as a user would, and scores its output with the
scorer that comes with the data (../shared/eval/score.py). Sets:

    acled        ACLED event notes, one report each (killed/all)
    airwars-en   Airwars incidents with an English source, English sources only
    airwars      all Airwars incidents, every source (Arabic dominates), also by language
    seed         the seed article as one report, against the incident toll in seed/expected.md

The figures are for information: the script exits 0 whatever they are, and non-zero only when
the scorer fails or tally writes no predictions at all. Inputs tally fails on are reported and
count as misses (--strict makes any such failure fatal). It skips, with a message, when the evaluation data is not there.
Inputs and predictions go to a temporary folder; nothing derived from the data is written into
the repository. --misses prints missed cases (with the start of their text) to the terminal only.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaldata import (
    DEFAULT_SHARED,
    Case,
    eval_dir,
    language_view,
    read_jsonl,
    tally_command,
    write_jsonl,
)

SETS = ("acled", "airwars-en", "airwars", "seed")


@dataclass(frozen=True)
class Figure:
    """One line of the table: a scorer statistic for an outcome/group on a set."""

    set: str
    measure: str  # "outcome/group" as the scorer keys it
    stat: str  # a key of the scorer's --json report
    target: float | None
    baseline: float | None = None


#: Targets are the project's goals; baselines are the regular-expression baseline measured on the
#: same files (eval/README.md).
FIGURES = (
    Figure("acled", "killed/all", "accuracy", 0.95, 0.800),
    Figure("acled", "killed/all", "accuracy_nonzero", 0.90, 0.445),
    Figure("airwars-en", "killed/civilians", "accuracy", 0.85),
    Figure("airwars-en", "killed/civilians", "interval_overlap", 0.90),
    Figure("airwars", "killed/civilians", "accuracy", 0.80, 0.490),
    Figure("airwars", "killed/civilians", "accuracy_nonzero", None, 0.124),
    Figure("airwars", "injured/civilians", "accuracy", 0.80),
)
#: Shown for each language combination of the airwars set (scorer's --by language).
BY_LANGUAGE = (
    Figure("airwars", "killed/civilians", "accuracy", 0.80),
    Figure("airwars", "injured/civilians", "accuracy", 0.80),
)
#: Language combinations with fewer incidents than this are too small to show a rate.
MIN_LANGUAGE_CASES = 10
STAT_NAMES = {
    "accuracy": "accuracy",
    "accuracy_nonzero": "accuracy, gold > 0",
    "interval_overlap": "interval overlap",
}
#: The measure whose misses --misses prints, per set.
MAIN_MEASURE = {
    "acled": "killed/all",
    "airwars-en": "killed/civilians",
    "airwars": "killed/civilians",
}


class BenchmarkError(Exception):
    """tally or the scorer failed: the benchmark cannot give figures."""


@dataclass
class SetRun:
    """What running one set gave: its cases (with gold), predictions, scores and time."""

    name: str
    cases: list[Case]
    predictions: list[Case]
    scores: dict[str, dict[str, Any]]
    seconds: float
    reports: int


def main() -> int:
    args = parse_args()
    eval_path = eval_dir(args.shared)
    if eval_path is None:
        print(f"accuracy: skipped, no evaluation data at {args.shared / 'eval'}")
        return 0
    tally = shlex.split(args.tally) if args.tally else tally_command()
    try:
        with tempfile.TemporaryDirectory(prefix="tally-accuracy-") as work:
            runs = [run_set(name, eval_path, Path(work), tally, args.strict) for name in args.only]
    except BenchmarkError as error:
        print(f"accuracy: error: {error}", file=sys.stderr)
        return 1
    print_table(runs, eval_path)
    if args.misses:
        for set_run in runs:
            print_misses(set_run, args.misses)
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
        "--only",
        default=",".join(SETS),
        help=f"comma-separated sets to run, of {', '.join(SETS)} (default: all)",
    )
    parser.add_argument(
        "--misses",
        type=int,
        default=0,
        metavar="N",
        help="print N missed cases of each set (id, gold, predicted, start of the text)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="fail when tally tolls fails on any input (by default such inputs count as misses)",
    )
    parser.add_argument(
        "--tally",
        metavar="COMMAND",
        help="the command to run as `tally` (default: the venv's tally script)",
    )
    args = parser.parse_args()
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in only if s not in SETS]
    if unknown or not only:
        parser.error(f"--only takes sets among {', '.join(SETS)}; got {args.only!r}")
    args.only = only
    return args


def run_set(name: str, eval_path: Path, work: Path, tally: list[str], strict: bool) -> SetRun:
    """Prepare the set's cases, run `tally tolls` on their inputs and score the predictions."""
    cases_file = set_cases(name, eval_path, work)
    cases = read_jsonl(cases_file)
    inputs = work / f"{name}-inputs.jsonl"
    predictions = work / f"{name}-predictions.jsonl"
    scorer = eval_path / "score.py"

    with inputs.open("w", encoding="utf-8") as out:
        run([sys.executable, str(scorer), "inputs", str(cases_file)], f"scorer ({name})", out)
    print(f"accuracy: {name}: tally tolls on {len(cases)} cases ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    command = [*tally, "tolls", str(inputs), "-o", str(predictions)]
    run(command, f"tally tolls ({name})", partial_ok=not strict)
    seconds = time.perf_counter() - started
    predicted = read_jsonl(predictions) if predictions.is_file() else []
    if not predicted:
        raise BenchmarkError(f"tally tolls ({name}) wrote no predictions")
    if len(predicted) != len(cases):
        print(
            f"accuracy: warning: {name}: {len(cases)} inputs but {len(predicted)} predictions; "
            "a case without one counts as a miss",
            file=sys.stderr,
        )

    scores: dict[str, dict[str, Any]] = {}
    if name != "seed":
        for by in ([], ["--by", "language"]) if name == "airwars" else ([],):
            out_text = run(
                [
                    sys.executable,
                    str(scorer),
                    "score",
                    str(cases_file),
                    str(predictions),
                    "--json",
                    *by,
                ],
                f"scorer ({name})",
            )
            scores.update(json.loads(out_text))
    reports = sum(len(c.get("documents") or [c]) for c in cases)
    return SetRun(name, cases, predicted, scores, seconds, reports)


def set_cases(name: str, eval_path: Path, work: Path) -> Path:
    """The file of gold-bearing cases for a set (views are written to the temporary folder)."""
    if name == "acled":
        return eval_path / "acled-dev.jsonl"
    if name == "airwars":
        return eval_path / "airwars-dev.jsonl"
    path = work / f"{name}-cases.jsonl"
    if name == "airwars-en":
        write_jsonl(path, language_view(read_jsonl(eval_path / "airwars-dev.jsonl"), "en"))
    else:
        seed = json.loads((eval_path / "seed" / "ghuwayran.json").read_text(encoding="utf-8"))
        write_jsonl(path, [seed])
    return path


def run(command: list[str], what: str, stdout: Any = None, partial_ok: bool = False) -> str:
    """Run a command; its output as text (or into `stdout`), or BenchmarkError saying why not.

    With `partial_ok`, a non-zero exit is only reported: the caller checks what was written.
    """
    try:
        done = subprocess.run(
            command,
            stdout=stdout if stdout is not None else subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    except OSError as error:
        raise BenchmarkError(f"{what} could not be started ({error})") from error
    if done.returncode != 0 and not partial_ok:
        tail = "\n".join(done.stderr.strip().splitlines()[-30:])
        raise BenchmarkError(f"{what} failed with exit status {done.returncode}:\n{tail}")
    warnings = done.stderr.strip().splitlines()
    if done.returncode != 0:
        print(f"accuracy: warning: {what} exited with status {done.returncode}", file=sys.stderr)
    if warnings:
        shown = "\n".join(f"  {line}" for line in warnings[:5])
        more = f"\n  ... and {len(warnings) - 5} more lines" if len(warnings) > 5 else ""
        print(f"accuracy: {what} said:\n{shown}{more}", file=sys.stderr)
    return done.stdout or ""


def print_table(runs: list[SetRun], eval_path: Path) -> None:
    rows: list[tuple[str, str, str, str, str, str, str]] = []
    notes: list[str] = []
    for set_run in runs:
        if set_run.name == "seed":
            rows.extend(seed_rows(set_run, eval_path))
            continue
        for figure in FIGURES:
            if figure.set == set_run.name:
                n = nonzero_cases(set_run.cases, figure.measure)
                score = set_run.scores.get(figure.measure)
                rows.append(
                    figure_row(set_run.name, figure, score, n if "nonzero" in figure.stat else None)
                )
        if set_run.name == "airwars":
            language_figures, small = language_rows(set_run)
            rows.extend(language_figures)
            if small:
                notes.append(
                    f"airwars@{', @'.join(small)}: under {MIN_LANGUAGE_CASES} incidents each, "
                    "not shown"
                )

    header = ("set", "measure", "n", "value", "target", "baseline", "")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print()
    print(f"tally accuracy on {eval_path} (baseline: the regular-expression one in eval/README.md)")
    for row in [header, *rows]:
        cells = [
            cell.ljust(width) if i < 2 or i == 6 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
    for note in notes:
        print(f"({note})")
    print()
    for set_run in runs:
        rate = set_run.reports / set_run.seconds if set_run.seconds else 0.0
        unanswered = len(set_run.cases) - len(set_run.predictions)
        missing = f", {unanswered} without a prediction" if unanswered else ""
        print(
            f"time {set_run.name}: {set_run.seconds:.1f} s for {len(set_run.cases)} cases{missing}, "
            f"{set_run.reports} reports ({rate:.0f} reports/s, including start-up)"
        )


def language_rows(
    set_run: SetRun,
) -> tuple[list[tuple[str, str, str, str, str, str, str]], list[str]]:
    """Rows per language combination of the sources, and the combinations too small to show."""
    rows = []
    small = []
    for language in sorted({k.split("@", 1)[1] for k in set_run.scores if "@" in k}):
        scores = [set_run.scores.get(f"{f.measure}@{language}") for f in BY_LANGUAGE]
        if max((s or {}).get("n", 0) for s in scores) < MIN_LANGUAGE_CASES:
            small.append(language)
            continue
        for figure, score in zip(BY_LANGUAGE, scores, strict=True):
            rows.append(figure_row(f"airwars@{language}", figure, score))
    return rows, small


def nonzero_cases(cases: list[Case], measure: str) -> int:
    """How many cases have gold above 0 for `measure` (the n behind accuracy on gold > 0)."""
    outcome, group = measure.split("/")
    count = 0
    for case in cases:
        gold = case.get("gold", {}).get(outcome, {}).get(group) or {}
        if gold.get("low") is not None and (gold.get("high") or 0) > 0:
            count += 1
    return count


def figure_row(
    set_name: str, figure: Figure, score: dict[str, Any] | None, n: int | None = None
) -> tuple[str, str, str, str, str, str, str]:
    """A table row; `n` replaces the scorer's count where the statistic covers fewer cases."""
    value = score.get(figure.stat) if score else None
    verdict = ""
    if figure.target is not None and value is not None:
        verdict = "meets target" if value >= figure.target else "below target"
    return (
        set_name,
        f"{figure.measure} {STAT_NAMES[figure.stat]}",
        str(n) if n is not None else str(score["n"]) if score else "-",
        fmt(value),
        fmt(figure.target),
        fmt(figure.baseline),
        verdict,
    )


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


#: The incident toll line of seed/expected.md, read at run time rather than copied here.
_SEED_TOLL = re.compile(
    r"killed, all parties, best (?P<all>\d+); civilians (?P<civilians>\d+); "
    r"combatants (?P<combatants>\d+)"
)
_SEED_HIGH = re.compile(r"high at least (?P<high>\d+)")


def seed_rows(set_run: SetRun, eval_path: Path) -> list[tuple[str, str, str, str, str, str, str]]:
    """The seed article's predicted killed toll beside what seed/expected.md says a reader takes."""
    expected_text = (eval_path / "seed" / "expected.md").read_text(encoding="utf-8")
    expected_text = " ".join(expected_text.split())
    toll = set_run.predictions[0].get("toll", {}) if set_run.predictions else {}
    killed = toll.get("killed", {})
    found = _SEED_TOLL.search(expected_text)
    high = _SEED_HIGH.search(expected_text)
    rows = []
    for group in ("all", "civilians", "combatants"):
        want = int(found[group]) if found else None
        got = killed.get(group, {}).get("best", 0)
        verdict = "" if want is None else ("as expected" if got == want else "differs")
        rows.append(
            (
                "seed",
                f"killed/{group} best",
                "1",
                str(got),
                "-" if want is None else str(want),
                "-",
                verdict,
            )
        )
    got_high = killed.get("all", {}).get("high", 0)
    want_high = int(high["high"]) if high else None
    verdict = "" if want_high is None else ("as expected" if got_high >= want_high else "differs")
    rows.append(
        (
            "seed",
            "killed/all high",
            "1",
            str(got_high),
            ">=-" if want_high is None else f">={want_high}",
            "-",
            verdict,
        )
    )
    return rows


def print_misses(set_run: SetRun, limit: int) -> None:
    """Print up to `limit` cases whose predicted best is outside the gold range (terminal only)."""
    measure = MAIN_MEASURE.get(set_run.name)
    if measure is None:
        return
    outcome, group = measure.split("/")
    predicted = {p.get("id"): p for p in set_run.predictions}
    shown = 0
    print(f"\nmisses on {set_run.name} {measure} (first {limit}):")
    for case in set_run.cases:
        gold = case.get("gold", {}).get(outcome, {}).get(group)
        if not gold or gold.get("low") is None or gold.get("high") is None:
            continue
        guess = (predicted.get(case["id"], {}).get("toll") or {}).get(outcome, {}).get(group)
        best = (guess or {}).get("best", 0)
        if gold["low"] <= best <= gold["high"]:
            continue
        documents = case.get("documents") or [case]
        text = " ".join(str(documents[0].get("text", "")).split())[:300]
        gold_text = (
            f"{gold['low']}" if gold["low"] == gold["high"] else f"{gold['low']}-{gold['high']}"
        )
        guess_text = f"{best} [{guess.get('low')}-{guess.get('high')}]" if guess else "0 (none)"
        print(f"- {case['id']}: gold {gold_text}, predicted {guess_text}")
        print(f"  {text}")
        shown += 1
        if shown >= limit:
            break
    if not shown:
        print("  none")


if __name__ == "__main__":
    sys.exit(main())
