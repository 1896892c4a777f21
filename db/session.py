"""Engine and session factory.

The database URL comes from an explicit argument (``--db``), else ``DYAD_DB_URL``, else
the local SQLite file ``data/dyad.db``.  SQLite gets WAL mode and a busy timeout so the
dashboard keeps reading while an ingest writes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DB_URL = "sqlite:///data/dyad.db"
SQLITE_BUSY_TIMEOUT_MS = 30_000


def resolve_db_url(url: str | None = None) -> str:
    """The URL to use: the explicit one, else ``DYAD_DB_URL``, else the local default."""
    return url or os.environ.get("DYAD_DB_URL") or DEFAULT_DB_URL


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # SQLite's LIKE and lower() fold ASCII only; the free-text filter needs "KUŹNICA" to find
    # "Kuźnica" as PostgreSQL's ILIKE does (db.filters.UnicodeLower)
    dbapi_connection.create_function("dyad_lower", 1, _unicode_lower, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str | None = None, *, create: bool = True) -> Engine:
    """Create an engine for ``url`` (see :func:`resolve_db_url`) and, by default, the schema.

    Creating the schema is idempotent; existing databases are brought up to date with
    ``dyad db upgrade`` (Alembic).
    """
    resolved = resolve_db_url(url)
    kwargs: dict[str, Any] = {}
    if resolved.startswith("sqlite"):
        path = resolved.split("///", 1)[1] if "///" in resolved else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(resolved, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if create:
        from db.migrate import ensure_schema

        ensure_schema(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed on success, rolled back entirely on any error."""
    with session_factory(engine)() as session:
        with session.begin():
            yield session
