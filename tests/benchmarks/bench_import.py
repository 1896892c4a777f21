"""Import and query benchmark on synthetic GDELT data (a plain script, not a pytest file).

    .venv/bin/python tests/benchmarks/bench_import.py [--events 1000000] [--seed 1] [--workdir DIR]

Measures, in one run on the same machine:

1. ``dyad import`` speed: the synthetic file into a fresh SQLite database through
   ``pipeline.importers.import_files`` (parsing, actors, links, monthly statistics, all
   indexes in place), in a child process so its peak memory (max RSS) is its own.
2. The floor: a bare ``sqlite3`` ``executemany`` of the same event tuples into a fresh
   database with the same schema and indexes (parsing not timed), committed every 20,000
   rows like the importer.
3. Dashboard-style queries on the imported database (median of 5 runs): counts by month
   and kind for the busiest pair over one year and over the whole range (through
   ``monthly_pair_stats`` and straight from ``events``), the event list and actor ranking.

Targets (issue 5): >= 100,000 rows/s, import time <= 2x the bare executemany, peak memory
< 1 GB, one-pair one-year queries < 300 ms, whole-range < 1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from db.filters import EventFilter  # noqa: E402
from db.models import Event  # noqa: E402
from db.session import make_engine  # noqa: E402
from pipeline.importers.common import EVENT_COLUMNS, ImportedEvent  # noqa: E402
from pipeline.importers.gdelt import read_gdelt  # noqa: E402
from pipeline.synth import write_synth  # noqa: E402

CHUNK = 20_000

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from db.session import make_engine
from pipeline.importers import import_files
engine = make_engine({url!r})
started = time.perf_counter()
summary = import_files(engine, [Path({path!r})], "gdelt")
seconds = time.perf_counter() - started
print(json.dumps({{"seconds": seconds, "inserted": summary.inserted, "rows": summary.rows_read,
    "skipped": summary.skipped, "errors": summary.errors,
    "cpu_s": time.process_time(),
    "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def fresh_sqlite(path: Path) -> str:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return f"sqlite:///{path}"


def run_import(data: Path, db_path: Path) -> dict[str, Any]:
    url = fresh_sqlite(db_path)
    code = CHILD.format(root=str(ROOT), url=url, path=str(data))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run_bare(data: Path, db_path: Path, tuned: bool = False) -> float:
    """Seconds spent in executemany + commit for the importer's own event tuples.

    ``tuned`` gives the bare load the importer's bulk PRAGMAs (cache, WAL checkpoints) too.
    """
    from pipeline.importers.writer import BULK_CACHE_KIB, BULK_WAL_PAGES

    url = fresh_sqlite(db_path)
    make_engine(url).dispose()  # the real schema, every index
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    if tuned:
        conn.execute(f"PRAGMA cache_size={BULK_CACHE_KIB}")
        conn.execute(f"PRAGMA wal_autocheckpoint={BULK_WAL_PAGES}")
    sql = (f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(EVENT_COLUMNS))})")
    spent = 0.0
    chunk: list[tuple[object, ...]] = []

    def flush() -> float:
        started = time.perf_counter()
        conn.executemany(sql, chunk)
        conn.commit()
        return time.perf_counter() - started

    with data.open(encoding="utf-8", newline="") as stream:
        for item in read_gdelt(stream, str(data)):
            if isinstance(item, ImportedEvent):
                chunk.append(item.values)
                if len(chunk) >= CHUNK:
                    spent += flush()
                    chunk = []
    if chunk:
        spent += flush()
    conn.close()
    return spent


def timed(fn: Callable[[], object], repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs) * 1000


def run_queries(db_path: Path) -> list[tuple[str, float, float]]:
    from db import queries

    engine = make_engine(f"sqlite:///{db_path}", create=False)
    with engine.connect() as conn:
        c1, c2, _ = conn.execute(
            select(Event.country1, Event.country2, func.count())
            .where(Event.country1 != Event.country2)
            .group_by(Event.country1, Event.country2)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        year = EventFilter(pair=(c1, c2), date_from=dt.date(2019, 1, 1), date_to=dt.date(2019, 12, 31))
        whole = EventFilter(pair=(c1, c2))
        everything = EventFilter(pair=None)
        month = func.strftime("%Y-%m", Event.date)

        def direct(flt: EventFilter) -> Callable[[], object]:
            def run() -> object:
                stmt = select(month, Event.kind, func.count()).where(
                    Event.country1 == c1, Event.country2 == c2)
                if flt.date_from is not None:
                    stmt = stmt.where(Event.date >= flt.date_from, Event.date <= flt.date_to)
                return conn.execute(stmt.group_by(month, Event.kind)).all()
            return run

        checks: list[tuple[str, Callable[[], object], float]] = [
            (f"monthly counts {c1}-{c2} 2019 (stats)", lambda: queries.monthly_counts(conn, year), 300),
            (f"monthly counts {c1}-{c2} all years (stats)", lambda: queries.monthly_counts(conn, whole), 1000),
            (f"month x kind {c1}-{c2} 2019 (events index)", direct(year), 300),
            (f"month x kind {c1}-{c2} all years (events index)", direct(whole), 1000),
            (f"event list {c1}-{c2} 2019", lambda: queries.events_frame(conn, year), 300),
            (f"actor ranking {c1}-{c2} 2019", lambda: queries.actor_ranking(conn, year), 300),
            ("monthly counts, all pairs, all years (stats)",
             lambda: queries.monthly_counts(conn, everything), 1000),
            ("pair matrix, all pairs, all years (stats)",
             lambda: queries.pair_matrix(conn, everything), 1000),
            ("pair matrix, all pairs, 2019 (stats)",
             lambda: queries.pair_matrix(conn, replace(everything, date_from=dt.date(2019, 1, 1),
                                                       date_to=dt.date(2019, 12, 31))), 300),
        ]
        return [(label, timed(fn), limit) for label, fn, limit in checks]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="dyad-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    data = workdir / f"synth-{args.events}-{args.seed}.tsv"
    if not data.exists():
        started = time.perf_counter()
        with data.open("w", encoding="utf-8", newline="") as out:
            write_synth(args.events, args.seed, out)
        print(f"wrote {data} ({data.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f} s")

    # The machine is shared: record the load around each measurement, and measure the
    # floor right after the import so both see about the same conditions.
    load_before = os.getloadavg()[0]
    imported = run_import(data, workdir / "import.db")
    load_import = os.getloadavg()[0]
    bare = run_bare(data, workdir / "bare.db")
    bare_tuned = run_bare(data, workdir / "bare.db", tuned=True)
    load_bare = os.getloadavg()[0]
    rate = imported["rows"] / imported["seconds"]
    ratio = imported["seconds"] / bare
    print(f"\nmachine: {os.cpu_count()} CPUs, load average {load_before:.1f} before the import, "
          f"{load_import:.1f} after it, {load_bare:.1f} after the bare loads; "
          f"sqlite {sqlite3.sqlite_version}; {args.events:,} synthetic GDELT rows")
    rows: list[tuple[str, str, str, bool | None]] = [
        ("rows imported", f"{imported['inserted']:,}", "", None),
        ("import time (s)", f"{imported['seconds']:.1f}", "", None),
        ("import CPU time (s, user+sys)", f"{imported['cpu_s']:.1f}", "", None),
        ("import rate (rows/s)", f"{rate:,.0f}", ">= 100,000", rate >= 100_000),
        ("bare sqlite3 executemany of the same tuples (s)", f"{bare:.1f}", "", None),
        ("import time / bare executemany", f"{ratio:.2f}x", "<= 2x", ratio <= 2.0),
        ("bare executemany with the importer's PRAGMAs (s)", f"{bare_tuned:.1f}", "", None),
        ("import time / that", f"{imported['seconds'] / bare_tuned:.2f}x", "(info)", None),
        ("peak memory of the import (MB, max RSS)", f"{imported['maxrss_mb']:.0f}", "< 1024",
         imported["maxrss_mb"] < 1024),
    ]
    queries = run_queries(workdir / "import.db")
    rows += [(label, f"{ms:.0f} ms", f"< {limit:.0f} ms", ms < limit) for label, ms, limit in queries]
    print(f"{'measure':<56} {'value':>12} {'target':>12}  ok")
    for label, value, target, ok in rows:
        verdict = "" if ok is None else ("yes" if ok else "NO")
        print(f"{label:<56} {value:>12} {target:>12}  {verdict}")
    print(f"(workdir {workdir})")
    result = {
        "events": args.events,
        "seed": args.seed,
        "cpus": os.cpu_count(),
        "load_average": {"before": load_before, "after_import": load_import,
                         "after_bare": load_bare},
        "sqlite": sqlite3.sqlite_version,
        "import": imported,
        "import_rows_per_s": rate,
        "bare_executemany_s": bare,
        "bare_executemany_tuned_s": bare_tuned,
        "import_over_bare": ratio,
        "import_over_bare_tuned": imported["seconds"] / bare_tuned,
        "queries_ms": {label: {"ms": ms, "target_ms": limit} for label, ms, limit in queries},
        "targets_met": {label: ok for label, _, _, ok in rows if ok is not None},
    }
    out = ROOT / ".bench"
    out.mkdir(exist_ok=True)
    (out / "import.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"figures written to {out / 'import.json'}")


if __name__ == "__main__":
    main()
