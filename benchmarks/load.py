"""How fast `tally serve` answers the dashboard's queries under load, on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/load.py [--incidents 10000] [--clients 50] [--requests 6000]
                                        [--seconds 60] [--backend sqlite|postgresql|both]

For each backend the script makes a database of synthetic incidents (made up here: random
places from tally's gazetteer, dates, tolls and revisions; no third-party text), starts
`tally serve` on 127.0.0.1 in a subprocess, and runs concurrent clients on loopback. Each client
is a person at the dashboard: it loads the page, the map's incidents and the chart's monthly
sums, now and then with a filter (a governorate, a date range), then reads for a moment and loads
again. The run stops after --requests requests or --seconds seconds, whichever comes first.

It prints requests per second and the 50th, 95th and 99th percentile latencies, per query and
overall, beside the target (p95 under 100 ms on PostgreSQL). It exits 0 whatever the figures are;
it fails only when something crashes (a request erroring counts and is printed). PostgreSQL is
the server at 127.0.0.1:5432 (user postgres, trust; TALLY_TEST_PG_URL overrides); the script
creates its own database there and drops it at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

TARGET_P95_MS = 100.0
PG_SERVER = os.environ.get("TALLY_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
OUTCOMES = ("killed", "injured", "missing", "detained")
KINDS = ("airstrike", "shelling", "explosion", "clashes", "drone")
PARTIES = ("regime", "russia", "opposition", "sdf", "isis", "turkey", "unknown")
STATUSES = ("reported", "corroborated", "corroborated", "confirmed", "contested", "discounted")
PUBLISHERS = ("Monitor A", "Monitor B", "Field Network C", "Agency D")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=6000, help="Stop after this many.")
    parser.add_argument("--seconds", type=float, default=60.0, help="Stop after this long.")
    parser.add_argument("--think", type=float, default=1.0, help="Mean pause between loads (s).")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--seed", type=int, default=7)
    return parser.parse_args()


# -- the synthetic database ------------------------------------------------------------------------


def places() -> list[tuple[str, str, str]]:
    """(name, P-code, governorate) of communities in tally's gazetteer."""
    from tally.geo import DATA_FILE
    from tally.geo.records import read_built

    entries = read_built(DATA_FILE)
    names = {e.pcode: e.name for e in entries if e.level == "governorate"}
    return [
        (e.name, e.pcode, names[e.gov])
        for e in entries
        if e.level == "community" and e.pcode and e.gov in names and e.lat is not None
    ]


def toll(rng: random.Random) -> dict[str, dict[str, dict[str, int]]]:
    out: dict[str, dict[str, dict[str, int]]] = {}
    for outcome in rng.sample(OUTCOMES, rng.randint(1, 2)):
        best = rng.choice((0, 1, 2, 3, 4, 5, 7, 9, 12, 15, 25, 40))
        low, high = best, best + rng.choice((0, 0, 0, 1, 3))
        civilians = min(best, rng.randint(0, best))
        out[outcome] = {"all": {"best": best, "low": low, "high": high}}
        if civilians:
            out[outcome]["civilians"] = {"best": civilians, "low": civilians, "high": civilians}
    return out


def build(url: str, count: int, seed: int) -> None:
    """`count` synthetic incidents, one or two reports and revisions each, written in bulk."""
    from sqlalchemy import insert

    from tally.store import Store
    from tally.store.models import (
        IncidentReportRow,
        IncidentRow,
        ReportRow,
        TollRevisionRow,
    )

    rng = random.Random(seed)
    where = places()
    now = datetime.now(UTC)
    start = date(2023, 1, 1)
    incidents, reports, links, revisions = [], [], [], []
    report_id = 0
    for n in range(1, count + 1):
        name, pcode, governorate = rng.choice(where)
        day = start + timedelta(days=rng.randrange(730))
        figures = toll(rng)
        status = rng.choice(STATUSES)
        sources = 2 if status != "reported" else 1
        incidents.append(
            {
                "id": n,
                "title": f"Synthetic incident {n} in {name}",
                "first_date": day,
                "last_date": day + timedelta(days=rng.choice((0, 0, 1))),
                "place_name": name,
                "place_pcode": pcode,
                "governorate": governorate,
                "kinds": rng.choice(KINDS),
                "parties": ", ".join(sorted(rng.sample(PARTIES, rng.randint(0, 2)))) or None,
                "report_count": sources,
                "source_count": sources,
                "status": status,
                "review_status": status
                if status in ("confirmed", "contested", "discounted")
                else None,
                "review_note": None,
                "toll": figures,
                "conflicts": [],
                "created_at": now,
                "updated_at": now,
                "merged_into": None,
            }
        )
        for number in range(1, sources + 1):
            report_id += 1
            reports.append(
                {
                    "id": report_id,
                    "content_hash": uuid.uuid4().hex + uuid.uuid4().hex,
                    "external_id": None,
                    "publisher": rng.choice(PUBLISHERS),
                    "url": None,
                    "title": f"Synthetic report {report_id}",
                    "published": day + timedelta(days=number - 1),
                    "language": "en",
                    "text": f"Synthetic report {report_id} on incident {n}.",
                    "origin": "benchmarks/load.py",
                    "ingested_at": now,
                }
            )
            links.append(
                {
                    "report_id": report_id,
                    "incident_id": n,
                    "decision": "new" if number == 1 else "linked",
                    "decided_by": "benchmark",
                    "decided_at": now,
                    "score": None,
                    "reasons": None,
                }
            )
            changes = [
                {"outcome": o, "group": "all", "before": None, "after": g["all"]}
                for o, g in figures.items()
            ]
            revisions.append(
                {
                    "incident_id": n,
                    "number": number,
                    "report_id": report_id,
                    "source": reports[-1]["publisher"],
                    "published": reports[-1]["published"],
                    "changes": changes if number == 1 else [],
                    "toll": figures,
                    "conflicts": [],
                }
            )
    with Store.open(url) as store, store.engine.begin() as conn:
        for table, rows in (
            (ReportRow, reports),
            (IncidentRow, incidents),
            (IncidentReportRow, links),
            (TollRevisionRow, revisions),
        ):
            for chunk in range(0, len(rows), 2000):
                conn.execute(insert(table), rows[chunk : chunk + 2000])
        if conn.dialect.name == "postgresql":
            for table in ("reports", "incidents", "toll_revisions"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
            conn.exec_driver_sql("ANALYZE")


# -- the server ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(url: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    tally = Path(sys.executable).with_name("tally")
    process = subprocess.Popen(
        [str(tally), "--db", url, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env={**os.environ, "TALLY_SECRET": "load benchmark"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    import urllib.request

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"tally serve stopped: {process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        try:
            urllib.request.urlopen(f"{base}/api/revisions?limit=1", timeout=2).close()
            return process, base
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("tally serve did not answer within 60 seconds")


# -- the clients ---------------------------------------------------------------------------------


def dashboard_loads(rng: random.Random, governorates: list[str]) -> list[tuple[str, str]]:
    """The requests of one dashboard load: (query name, path)."""
    query = ""
    if rng.random() < 0.4:
        query = f"governorate={rng.choice(governorates)}"
    elif rng.random() < 0.3:
        year = rng.choice((2023, 2024))
        query = f"since={year}-01-01&until={year}-06-30"
    joiner = f"&{query}" if query else ""
    return [
        ("page", f"/?{query}"),
        ("map", f"/api/map?of=killed&limit=500{joiner}"),
        ("chart", f"/api/aggregates?by=month&of=killed{joiner}"),
    ]


async def run_clients(
    base: str, clients: int, budget: int, seconds: float, think: float, seed: int
) -> tuple[dict[str, list[float]], int, float]:
    import httpx

    governorates = ["Aleppo", "Idleb", "Homs", "Hama", "Dar'a", "Rural Damascus", "Deir-ez-Zor"]
    latencies: dict[str, list[float]] = defaultdict(list)
    errors = 0
    sent = 0
    stop_at = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(n: int, http: httpx.AsyncClient) -> None:
        nonlocal errors, sent
        rng = random.Random(seed * 1000 + n)
        await asyncio.sleep(rng.random() * think)
        while sent < budget and time.monotonic() < stop_at:
            for name, path in dashboard_loads(rng, governorates):
                if sent >= budget or time.monotonic() >= stop_at:
                    return
                sent += 1
                began = time.perf_counter()
                try:
                    response = await http.get(path)
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies[name].append((time.perf_counter() - began) * 1000)
                if not ok:
                    errors += 1
            await asyncio.sleep(rng.expovariate(1 / think) if think > 0 else 0)

    began = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        await asyncio.gather(*(client(n, http) for n in range(clients)))
    return latencies, errors, time.perf_counter() - began


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def report(
    backend: str, latencies: dict[str, list[float]], errors: int, elapsed: float
) -> dict[str, Any]:
    everything = [v for values in latencies.values() for v in values]
    rows = {**{k: latencies[k] for k in sorted(latencies)}, "all": everything}
    print(f"\n{backend}: {len(everything)} requests in {elapsed:.1f} s, {errors} errors")
    print(f"  {'query':<8} {'requests':>8} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for name, values in rows.items():
        if not values:
            continue
        print(
            f"  {name:<8} {len(values):>8} {len(values) / elapsed:>8.1f} "
            f"{statistics.median(values):>8.1f} {percentile(values, 95):>8.1f} "
            f"{percentile(values, 99):>8.1f}"
        )
    p95 = percentile(everything, 95) if everything else float("nan")
    return {"backend": backend, "requests": len(everything), "errors": errors,
            "rps": len(everything) / elapsed, "p95": p95}  # fmt: skip


def bench(backend: str, url: str, args: argparse.Namespace) -> dict[str, Any]:
    began = time.perf_counter()
    build(url, args.incidents, args.seed)
    print(
        f"\n{backend}: {args.incidents} synthetic incidents made in {time.perf_counter() - began:.1f} s"
    )
    process, base = start_server(url)
    try:
        latencies, errors, elapsed = asyncio.run(
            run_clients(base, args.clients, args.requests, args.seconds, args.think, args.seed)
        )
    finally:
        process.terminate()
        process.wait(timeout=30)
    return report(backend, latencies, errors, elapsed)


def main() -> int:
    args = parse_args()
    print(
        f"Load: {args.clients} clients on loopback, each loading the dashboard (page, map, chart) "
        f"with a pause of {args.think:g} s on average; at most {args.requests} requests or "
        f"{args.seconds:g} s per backend."
    )
    results = []
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory(prefix="tally-load-") as folder:
            results.append(bench("SQLite", f"sqlite:///{Path(folder) / 'load.db'}", args))
    if args.backend in ("postgresql", "both"):
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import OperationalError

        server = make_url(PG_SERVER)
        name = f"tally_load_{uuid.uuid4().hex[:10]}"
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except OperationalError as err:
            print(f"\nPostgreSQL: skipped, no server at {server.render_as_string()}: {err.orig}")
        else:
            try:
                url = server.set(database=name).render_as_string(hide_password=False)
                results.append(bench("PostgreSQL", url, args))
            finally:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    print()
    for r in results:
        verdict = ""
        if r["backend"] == "PostgreSQL":
            verdict = " (target under 100 ms: " + (
                "met)" if r["p95"] < TARGET_P95_MS else "missed)"
            )
        print(f"{r['backend']}: {r['rps']:.1f} requests/s, p95 {r['p95']:.1f} ms{verdict}")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
