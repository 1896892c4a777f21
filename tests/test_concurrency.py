"""The dashboard keeps serving reads while an ingest writes (SQLite WAL + busy timeout).

Real processes on one SQLite file: a writer (``dyad ingest`` of 80 articles), a second
writer (``dyad import`` of a real GDELT file) started while the first is busy, and a
reader running the dashboard's queries in a loop.  Both writers finish, the reader never
fails, and it saw the data grow (so it really read during the writes).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from db.session import make_engine
from tests.conftest import SHARED
from tests.fixtures.corpus import write_corpus
from tests.fixtures.helpers import (
    ROOT,
    dyad_env,
    popen_dyad,
    row_counts,
    run_dyad,
)

N_ARTICLES = 80
GDELT = SHARED / "gdelt" / "20191024143000.export.CSV"


def test_reader_never_fails_while_ingest_and_import_write(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, N_ARTICLES, seed=11)
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    make_engine(url).dispose()  # the schema exists before either process starts
    stop = tmp_path / "stop"

    reader = subprocess.Popen(
        [sys.executable, "-m", "tests.fixtures.reader_loop", url, str(stop)],
        cwd=ROOT, env=dyad_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        writer = popen_dyad("ingest", str(corpus), "--db", url)
        deadline = time.monotonic() + 120
        while row_counts(url)["sources"] < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        # a second writer in the middle of the ingest: the busy timeout serialises them
        importer = run_dyad("import", str(GDELT), "--db", url)
        w_out, w_err = writer.communicate(timeout=300)
    finally:
        stop.touch()
        r_out, r_err = reader.communicate(timeout=120)

    assert writer.returncode == 0, w_out + w_err
    assert f"stored: {N_ARTICLES}" in w_out
    assert "2,111 rows read" in importer.stdout, importer.stdout + importer.stderr
    assert "database" not in importer.stdout + importer.stderr  # no "database is locked"
    assert reader.returncode == 0, r_err
    report = json.loads(r_out.strip().splitlines()[-1])
    assert report["errors"] == []
    assert report["rounds"] >= 10
    assert len(report["counts"]) >= 3, report["counts"]  # it read while rows were arriving
    assert row_counts(url)["sources"] == N_ARTICLES + 1  # the articles and the imported file
