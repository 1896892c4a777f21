"""Row counts of stored tables, as the import tests compare them before and after a run."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Engine, text


def row_count(engine: Engine, table: str) -> int:
    return row_counts(engine, (table,))[table]


def row_counts(engine: Engine, tables: Iterable[str]) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: int(conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one())
                for t in tables}
