"""Fixtures shared by every test file: real data paths and a fresh database per test.

``db_url`` is a new SQLite file.  ``any_db_url`` runs the test twice, on SQLite and on a
fresh PostgreSQL database of the server named by ``DYAD_TEST_PG_URL`` (``.ci/run``
starts a throwaway cluster and sets it; without it the PostgreSQL half is skipped).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
SEED_ARTICLE = SHARED / "seed" / "belsat-2019-03-belarus-poland-military-consultations.txt"
SEED_GOLD = SHARED / "eval" / "seed.gold.json"


@pytest.fixture
def shared_data() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"shared test data not found at {SHARED}")
    return SHARED


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'dyad.db'}"


def _fresh_pg_database(admin_url: str) -> Iterator[str]:
    name = f"dyad_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :n AND pid <> pg_backend_pid()"
                ),
                {"n": name},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'dyad.db'}"
        return
    admin_url = os.environ.get("DYAD_TEST_PG_URL")
    if not admin_url:
        pytest.skip("DYAD_TEST_PG_URL not set (.ci/run starts a PostgreSQL cluster and sets it)")
    yield from _fresh_pg_database(admin_url)
