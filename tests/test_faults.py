"""An ingest or import killed with SIGKILL leaves a consistent database; a rerun completes it.

``dyad ingest`` runs as a real process over 160 generated articles and is killed while
it is storing them.  Then: no orphan rows, no article event without its article, and
every article that was stored has all of its events (the same as in a clean run).
Rerunning the same command skips what is stored, adds the rest, and ends with exactly the
rows and the exported events of one clean run.

The same for ``dyad import`` of a 50,000-row GDELT file killed part-way: the events stored
are exactly counted by the monthly statistics, and the rerun ends equal to a clean import.
"""

from __future__ import annotations

import signal
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from db.models import Event, MonthlyPairStat, Source
from tests.fixtures.corpus import write_corpus
from tests.fixtures.helpers import (
    events_by_source,
    export_without_ids,
    monthly_stats,
    orphan_counts,
    popen_dyad,
    row_counts,
    run_dyad,
    same_stats,
)

N_ARTICLES = 160
KILL_AFTER_SOURCES = 70  # inside the second batch of 64: the batch is half stored


@dataclass
class CleanRun:
    corpus: Path
    counts: dict[str, int]
    export: list[dict[str, Any]]
    by_source: dict[str, set[str]]
    stats: list[tuple[Any, ...]]


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> CleanRun:
    """The corpus ingested once, undisturbed: what every other run must end up equal to."""
    base = tmp_path_factory.mktemp("clean")
    corpus = base / "corpus"
    write_corpus(corpus, N_ARTICLES)
    url = f"sqlite:///{base / 'clean.db'}"
    result = run_dyad("ingest", str(corpus), "--db", url)
    assert result.returncode == 0, result.stdout + result.stderr
    counts = row_counts(url)
    assert counts["sources"] == N_ARTICLES
    assert counts["events"] > 0
    return CleanRun(corpus, counts, export_without_ids(url), events_by_source(url), monthly_stats(url))


def source_count(url: str) -> int:
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            return int(session.scalar(select(func.count(Source.id))) or 0)
    except Exception:  # noqa: BLE001 - the schema may not exist yet in the first instants
        return 0
    finally:
        engine.dispose()


def test_sigkill_mid_batch_leaves_consistent_data_and_rerun_completes(
    clean_run: CleanRun, any_db_url: str
) -> None:
    proc = popen_dyad("ingest", str(clean_run.corpus), "--db", any_db_url)
    deadline = time.monotonic() + 180
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        stored = source_count(any_db_url)
        if stored >= KILL_AFTER_SOURCES:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"

    # consistent after the kill: nothing dangling, nothing half-stored
    assert orphan_counts(any_db_url) == dict.fromkeys(orphan_counts(any_db_url), 0)
    if any_db_url.startswith("sqlite"):
        engine = create_engine(any_db_url)
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        engine.dispose()
    partial = events_by_source(any_db_url)
    assert KILL_AFTER_SOURCES <= len(partial) < N_ARTICLES
    for content_hash, keys in partial.items():
        # every stored article has every one of its events linked: none was cut short
        assert keys == clean_run.by_source[content_hash]

    # the same command again: finishes the job, no duplicates
    rerun = run_dyad("ingest", str(clean_run.corpus), "--db", any_db_url)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert f"skipped as already known: {len(partial)}" in rerun.stdout
    assert f"stored: {N_ARTICLES - len(partial)}" in rerun.stdout
    assert row_counts(any_db_url) == clean_run.counts
    assert orphan_counts(any_db_url) == dict.fromkeys(orphan_counts(any_db_url), 0)
    assert events_by_source(any_db_url) == clean_run.by_source
    assert export_without_ids(any_db_url) == clean_run.export
    assert same_stats(monthly_stats(any_db_url), clean_run.stats)


# ---- a structured import killed mid-file ----------------------------------------------

N_ROWS = 50_000
KILL_AFTER_EVENTS = 1  # the first chunk (20,000 rows) is committed: kill inside the second


@dataclass
class CleanImport:
    file: Path
    counts: dict[str, int]
    keys: set[str]
    stats: list[tuple[Any, ...]]


def event_keys(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            return {f"{o}|{k}" for o, k in session.execute(select(Event.origin, Event.origin_key))}
    finally:
        engine.dispose()


def stats_match_events(url: str) -> bool:
    """The monthly statistics count exactly the events stored (committed together)."""
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            counted: Counter[tuple[str, str, str]] = Counter()
            for c1, c2, day in session.execute(select(Event.country1, Event.country2, Event.date)):
                counted[(c1, c2, day.strftime("%Y-%m"))] += 1
            stated: Counter[tuple[str, str, str]] = Counter()
            for c1, c2, month, n in session.execute(select(
                MonthlyPairStat.country1, MonthlyPairStat.country2, MonthlyPairStat.month,
                MonthlyPairStat.n_events,
            )):
                stated[(c1, c2, month.strftime("%Y-%m"))] += n
    finally:
        engine.dispose()
    return +counted == +stated


def event_count(url: str) -> int:
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            return int(session.scalar(select(func.count(Event.id))) or 0)
    except Exception:  # noqa: BLE001 - the schema may not exist yet in the first instants
        return 0
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def clean_import(tmp_path_factory: pytest.TempPathFactory) -> CleanImport:
    base = tmp_path_factory.mktemp("clean-import")
    raw = base / "20240101000000.export.CSV"
    made = run_dyad("synth", "--events", str(N_ROWS), "--seed", "5", "--out", str(raw))
    assert made.returncode == 0, made.stderr
    url = f"sqlite:///{base / 'clean.db'}"
    result = run_dyad("import", str(raw), "--db", url)
    assert result.returncode == 0, result.stdout + result.stderr
    return CleanImport(raw, row_counts(url), event_keys(url), monthly_stats(url))


def test_sigkill_mid_import_leaves_consistent_data_and_rerun_completes(
    clean_import: CleanImport, db_url: str
) -> None:
    # SQLite only: PostgreSQL's rollback of a killed client is proven by the ingest test
    proc = popen_dyad("import", str(clean_import.file), "--db", db_url)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        if event_count(db_url) >= KILL_AFTER_EVENTS:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the import finished before it could be killed"

    assert set(orphan_counts(db_url).values()) == {0}
    stored = event_count(db_url)
    assert KILL_AFTER_EVENTS <= stored < clean_import.counts["events"]
    assert stats_match_events(db_url)
    assert event_keys(db_url) <= clean_import.keys

    rerun = run_dyad("import", str(clean_import.file), "--db", db_url)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert f"{stored:,} already stored" in rerun.stdout
    assert row_counts(db_url) == clean_import.counts
    assert event_keys(db_url) == clean_import.keys
    assert same_stats(monthly_stats(db_url), clean_import.stats)
