"""Keeps :class:`MonthlyPairStat` (counts per pair, month, kind and quad class) current.

The pair and overview pages read this small table instead of scanning millions of events
(``db/queries.py`` checks that its totals still match the events before trusting it).

Two ways to keep it right, both set-based SQL:

* :func:`refresh_pair_months` recomputes the rows of given (country1, country2, month)
  keys from ``events`` (delete, then insert-select).  Exact whatever happened before; the
  article loader calls it for the months it touched.
* :func:`add_id_range_to_pair_months` / :func:`add_to_pair_months` add the contribution of
  newly inserted events (an aggregate over their id range, or precomputed sums, upserted
  into the table).  The bulk importers call the latter (sums computed per chunk in Python,
  cheaper than the SQL aggregate) inside each chunk's transaction, so the
  statistics are committed together with the events they count: an import killed
  half-way leaves both consistent, and the cost does not grow with what is already stored.

:func:`rebuild_all` recomputes everything (repair, or after deleting events).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain
from typing import Any
from typing import cast as type_cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Delete,
    Insert,
    Select,
    Table,
    bindparam,
    cast,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.models import Event, MonthlyPairStat

# country1, country2, month start (a date, or its ISO text 'YYYY-MM-01'), kind, quad class
StatKey = tuple[str, str, dt.date | str, str, int]
# n_events, tone_sum, tone_n, goldstein_sum, goldstein_n
StatDelta = Sequence[float]

_STAT_COLUMNS = ("n_events", "tone_sum", "tone_n", "goldstein_sum", "goldstein_n")
UPSERT_PARAMS = 32_000  # bound parameters per statement, below SQLite's limit of 32,766


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _next_month(month: dt.date) -> dt.date:
    return dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)


def _aggregate(dialect: str) -> Select:  # type: ignore[type-arg]
    """Events grouped as MonthlyPairStat rows, in the table's column order."""
    month: ColumnElement[Any]
    if dialect == "sqlite":
        month = func.strftime("%Y-%m-01", Event.date)
    else:
        month = cast(func.date_trunc("month", Event.date), Date)
    quad = func.coalesce(Event.quad_class, 0)
    return select(
        Event.country1,
        Event.country2,
        month.label("month"),
        Event.kind,
        quad.label("quad_class"),
        func.count(),
        func.coalesce(func.sum(Event.tone), 0.0),
        func.count(Event.tone),
        func.coalesce(func.sum(Event.goldstein), 0.0),
        func.count(Event.goldstein),
    ).group_by(Event.country1, Event.country2, month, Event.kind, quad)


_TARGET = [
    MonthlyPairStat.country1, MonthlyPairStat.country2, MonthlyPairStat.month,
    MonthlyPairStat.kind, MonthlyPairStat.quad_class, *(
        getattr(MonthlyPairStat, c) for c in _STAT_COLUMNS
    ),
]


_REFRESH_STATEMENTS: dict[str, tuple[Delete, Insert]] = {}


def _refresh_statements(dialect: str) -> tuple[Delete, Insert]:
    """The delete and insert-select of one pair's span of months, built once per dialect.

    WHY: the loader refreshes a pair's months after every article; composing the two
    statements took longer than SQLite took to run them.
    """
    built = _REFRESH_STATEMENTS.get(dialect)
    if built is None:
        erase = delete(MonthlyPairStat).where(
            MonthlyPairStat.country1 == bindparam("c1"),
            MonthlyPairStat.country2 == bindparam("c2"),
            MonthlyPairStat.month >= bindparam("first"),
            MonthlyPairStat.month < bindparam("end"),
        )
        source = _aggregate(dialect).where(
            Event.country1 == bindparam("c1"),
            Event.country2 == bindparam("c2"),
            Event.date >= bindparam("first"),
            Event.date < bindparam("end"),
        )
        built = (erase, insert(MonthlyPairStat).from_select(_TARGET, source))
        _REFRESH_STATEMENTS[dialect] = built
    return built


def refresh_pair_months(session: Session, keys: Iterable[tuple[str, str, dt.date]]) -> None:
    """Recompute the rows of these (country1, country2, month start) keys from ``events``.

    Keys are grouped per pair; each pair's span of months is deleted and re-aggregated
    with two statements, so refreshing thousands of months costs a few index range scans.
    Runs in the caller's transaction.
    """
    spans: dict[tuple[str, str], list[dt.date]] = defaultdict(list)
    for country1, country2, month in keys:
        spans[(country1, country2)].append(_month_start(month))
    erase, fill = _refresh_statements(session.get_bind().dialect.name)
    session.flush()  # the Core statements below read events the session may still hold
    connection = session.connection()
    for (country1, country2), months in spans.items():
        params = {
            "c1": country1, "c2": country2, "first": min(months), "end": _next_month(max(months)),
        }
        connection.execute(erase, params)
        connection.execute(fill, params)


def rebuild_all(session: Session) -> None:
    """Recompute the whole table from ``events`` (in the caller's transaction)."""
    session.execute(delete(MonthlyPairStat))
    dialect = session.get_bind().dialect.name
    session.execute(insert(MonthlyPairStat).from_select(_TARGET, _aggregate(dialect)))


def add_id_range_to_pair_months(connection: Connection, first_id: int, last_id: int) -> None:
    """Add the events with ids first_id..last_id (all newly inserted) to their rows.

    The set-based form of :func:`add_to_pair_months` for a bulk insert whose new ids are
    contiguous: one aggregate over an id range, summed into the table by an upsert.
    """
    table = type_cast(Table, MonthlyPairStat.__table__)
    source = _aggregate(connection.dialect.name).where(Event.id.between(first_id, last_id))
    keys = ["country1", "country2", "month", "kind", "quad_class"]
    stmt: Insert
    if connection.dialect.name == "postgresql":
        pg_stmt = postgresql.insert(table).from_select([*keys, *_STAT_COLUMNS], source)
        stmt = pg_stmt.on_conflict_do_update(
            index_elements=keys, set_={c: table.c[c] + pg_stmt.excluded[c] for c in _STAT_COLUMNS}
        )
    else:
        lite_stmt = sqlite.insert(table).from_select([*keys, *_STAT_COLUMNS], source)
        stmt = lite_stmt.on_conflict_do_update(
            index_elements=keys, set_={c: table.c[c] + lite_stmt.excluded[c] for c in _STAT_COLUMNS}
        )
    connection.execute(stmt)


def _month_param(month: dt.date | str, as_text: bool) -> dt.date | str:
    """SQLite stores dates as ISO text; PostgreSQL's driver wants a date."""
    if as_text:
        return month if isinstance(month, str) else month.isoformat()
    return dt.date.fromisoformat(month) if isinstance(month, str) else month


def add_to_pair_months(connection: Connection, deltas: Mapping[StatKey, StatDelta]) -> None:
    """Add the counts and sums of newly inserted events to their rows (creating them).

    Only for events that did not exist before (the importers know which: their insert
    returns the new rows), in the same transaction as those events.  One driver-level
    ``executemany`` of plain tuples: the bulk importers call this once per chunk with a
    few thousand keys, and building a dict per key through the ORM layer cost more than
    the upsert itself.
    """
    if not deltas:
        return
    sqlite_dates = connection.dialect.name == "sqlite"
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    keys = "country1, country2, month, kind, quad_class"
    columns = ", ".join(_STAT_COLUMNS)
    updates = ", ".join(f"{c} = monthly_pair_stats.{c} + excluded.{c}" for c in _STAT_COLUMNS)
    row_marks = "(" + ", ".join([mark] * (5 + len(_STAT_COLUMNS))) + ")"
    rows = [
        (key[0], key[1], _month_param(key[2], sqlite_dates), key[3], key[4], *delta)
        for key, delta in deltas.items()
    ]
    # Multi-row statements (keys are unique, so no row meets itself): one SQLite step per
    # ~3,000 keys instead of one per key, see pipeline/importers/writer.py.
    step = UPSERT_PARAMS // len(row_marks.split(","))
    cursor = connection.connection.cursor()
    try:
        for start in range(0, len(rows), step):
            part = rows[start:start + step]
            cursor.execute(
                f"INSERT INTO monthly_pair_stats ({keys}, {columns}) "
                f"VALUES {', '.join([row_marks] * len(part))} "
                f"ON CONFLICT ({keys}) DO UPDATE SET {updates}",
                tuple(chain.from_iterable(part)),
            )
    finally:
        cursor.close()
