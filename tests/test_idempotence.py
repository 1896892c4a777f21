"""Re-running an ingest or an import changes nothing: exact row counts after 1, 2 and 3 runs.

Each run is the real ``dyad`` command in its own process, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

from tests.fixtures.corpus import write_corpus
from tests.fixtures.helpers import (
    export_without_ids,
    monthly_stats,
    orphan_counts,
    row_counts,
    run_dyad,
    same_stats,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTICLES = FIXTURES / "articles"
CURATED = FIXTURES / "curated_events.csv"
N_FIXTURE_ARTICLES = 9
N_GENERATED = 30


def test_ingest_and_import_three_times_give_the_same_rows(any_db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, N_GENERATED, seed=3)
    total = N_FIXTURE_ARTICLES + N_GENERATED
    counts = []
    exports = []
    stats = []
    for run in range(3):
        result = run_dyad("ingest", str(ARTICLES), str(corpus), "--db", any_db_url)
        assert result.returncode == 0, result.stdout + result.stderr
        expected = f"stored: {total}  skipped as already known: 0" if run == 0 else (
            f"stored: 0  skipped as already known: {total}"
        )
        assert f"articles read: {total}  {expected}  failed: 0" in result.stdout
        imported = run_dyad("import", "--format", "csv", str(CURATED), "--db", any_db_url)
        assert imported.returncode == 0, imported.stdout + imported.stderr
        new, known = (3, 0) if run == 0 else (0, 3)
        assert f"3 rows, {new} new, {known} unchanged, 0 skipped" in imported.stdout
        counts.append(row_counts(any_db_url))
        exports.append(export_without_ids(any_db_url))
        stats.append(monthly_stats(any_db_url))
    assert counts[0]["sources"] >= total  # the articles, and the import file when recorded
    assert counts[0]["events"] > 3 and counts[0]["event_sources"] >= counts[0]["events"] - 3
    assert counts[0]["actors"] > 0 and counts[0]["actor_aliases"] >= counts[0]["actors"]
    assert counts[0]["organizations"] >= 3
    assert counts[1] == counts[0] and counts[2] == counts[0]
    assert exports[1] == exports[0] and exports[2] == exports[0]
    assert sum(1 for r in exports[0] if r["origin"] == "csv") == 3
    assert same_stats(stats[1], stats[0]) and same_stats(stats[2], stats[0])
    assert set(orphan_counts(any_db_url).values()) == {0}
