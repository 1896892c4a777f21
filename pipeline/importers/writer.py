"""Bulk writer: stores imported events in chunks, fast, idempotent and crash-consistent.

WHY it looks like this (measured on SQLite with the full schema and every index in place):

* Events go in as multi-row ``INSERT ... VALUES (...), (...) ON CONFLICT (origin,
  origin_key) DO NOTHING`` over plain tuples on the DBAPI cursor (SQLAlchemy's per-row
  dict processing cost about 1.6x), which skips rows already stored (re-import inserts
  nothing).  On SQLite the new rows' ids follow from ``max(id)`` before and after the
  insert (see ``_insert_sqlite``); PostgreSQL adds ``RETURNING id, origin_row``.  The
  actor links and statistics need exactly the new rows.
* Actors and organizations are few compared with events: each is resolved once per file
  (in-memory caches), the new ones of a chunk together with a few set-based statements
  (name IN (...), then one insert each), matching people already known from articles
  through their folded aliases.
* Each chunk (events, their actor links and their share of ``monthly_pair_stats``, summed
  per key in Python and upserted in a few multi-row statements) is one transaction: a
  crash loses at most the chunk in flight, and rerunning the import completes it without
  duplicates.
* Python's cyclic garbage collector is paused during a load (``bulk_load``): it spent a
  quarter of the import re-scanning the chunks' tuples, none of which can form a cycle.
* Imported files are recorded as a ``sources`` row of kind ``import`` (content hash of the
  file, path in ``origin``).  Events point to their file through ``origin_file`` rather than
  through ``event_sources``: one link row per imported event would double the row count for
  no information the dashboard's import listing (grouped by ``origin_file``) lacks.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite

from db.models import Source
from db.stats import StatKey, add_to_pair_months
from pipeline.importers.common import COL, EVENT_COLUMNS, ActorSpec, ImportedEvent, OrgSpec
from pipeline.types import fold

BULK_CACHE_KIB = -131_072  # negative: KiB, i.e. 128 MB
BULK_WAL_PAGES = 20_000
MAX_PARAMS = 32_000  # below SQLite's 32,766 bound parameters per statement
INSERT_COLUMNS = (*EVENT_COLUMNS, "speaker_id")

_C1, _C2, _DATE, _KIND, _QUAD = COL["country1"], COL["country2"], COL["date"], COL["kind"], COL["quad_class"]
_TONE, _GOLD, _ROW = COL["tone"], COL["goldstein"], COL["origin_row"]


class EventWriter:
    """Writes the events of one file through one connection; call :meth:`write_chunk`."""

    def __init__(self, connection: Connection) -> None:
        self.conn = connection
        self.dialect = connection.dialect.name
        self._actor_ids: dict[ActorSpec, int] = {}
        self._org_ids: dict[OrgSpec, int] = {}
        self._mark = mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        self._row_marks = "(" + ",".join([mark] * len(INSERT_COLUMNS)) + ")"
        self.rows_per_statement = MAX_PARAMS // len(INSERT_COLUMNS)
        self._statements: dict[object, str] = {}

    # -- organizations and actors -------------------------------------------------------

    def _insert_ignore(self, table: object) -> sqlite.Insert | postgresql.Insert:
        if self.dialect == "postgresql":
            return postgresql.insert(table)  # type: ignore[arg-type]
        return sqlite.insert(table)  # type: ignore[arg-type]

    def _sql(self, sql: str) -> str:
        """Driver SQL written with ``?`` placeholders, in the connection's paramstyle."""
        return sql if self._mark == "?" else sql.replace("?", "%s")

    def _fetch_in(self, sql: str, keys: list[str], fixed: tuple[object, ...] = ()) -> list[tuple]:
        """Run ``sql`` (ending in ``IN ({})``) over ``keys`` in slices; all rows."""
        rows: list[tuple] = []
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            text = self._sql(sql.format(",".join("?" * len(part))))
            rows.extend(self.conn.exec_driver_sql(text, (*fixed, *part)).fetchall())
        return rows

    def _resolve_orgs(self, specs: set[OrgSpec]) -> None:
        missing = [o for o in specs if o not in self._org_ids]
        if not missing:
            return
        wanted = {(o.name, o.country): o for o in missing}
        for org_id, name, country in self._fetch_in(
            "SELECT id, name, country FROM organizations WHERE name IN ({})",
            sorted({o.name for o in missing}),
        ):
            spec = wanted.pop((name, country), None)
            if spec is not None:
                self._org_ids[spec] = org_id
        for spec in wanted.values():
            self._org_ids[spec] = self.conn.exec_driver_sql(
                self._sql("INSERT INTO organizations (name, country, sector) VALUES (?, ?, ?) RETURNING id"),
                (spec.name, spec.country, spec.sector),
            ).scalar_one()

    def resolve_actors(self, specs: set[ActorSpec]) -> None:
        """Give every spec an id: cached, existing (by name or person alias) or new.

        Done per chunk with a few set-based statements, because a GDELT chunk names
        thousands of distinct actors and one round trip each would dominate the import.
        """
        missing = [a for a in specs if a not in self._actor_ids]
        if not missing:
            return
        self._resolve_orgs({a.organization for a in missing if a.organization is not None})
        wanted: dict[tuple[str, str, str | None], list[ActorSpec]] = {}
        for spec in missing:
            wanted.setdefault((spec.name, spec.type, spec.country), []).append(spec)
        existing: dict[tuple[str, str, str | None], tuple[int, int | None]] = {}
        for actor_id, name, type_, country, org_id in self._fetch_in(
            "SELECT id, name, type, country, organization_id FROM actors WHERE name IN ({})",
            sorted({k[0] for k in wanted}),
        ):
            if (name, type_, country) in wanted:
                existing.setdefault((name, type_, country), (actor_id, org_id))
        persons = {fold(k[0]): k for k in wanted if k[1] == "person" and k not in existing}
        if persons:
            # The same person already known from articles under another spelling.
            for actor_id, country, org_id, alias_key in self._fetch_in(
                "SELECT a.id, a.country, a.organization_id, l.alias_key FROM actor_aliases l "
                "JOIN actors a ON a.id = l.actor_id WHERE a.type = 'person' AND l.alias_key IN ({}) "
                "ORDER BY a.id",
                sorted(persons),
            ):
                key = persons.get(alias_key)
                if key is not None and key not in existing and country in (None, key[2]):
                    existing[key] = (actor_id, org_id)
        org_updates: list[tuple[int, int]] = []
        new_aliases: list[tuple[int, str, str]] = []
        for key, group in wanted.items():
            org = next((self._org_ids[s.organization] for s in group if s.organization), None)
            if key in existing:
                actor_id, current_org = existing[key]
                if current_org is None and org is not None:
                    org_updates.append((org, actor_id))
            else:
                actor_id = self.conn.exec_driver_sql(
                    self._sql("INSERT INTO actors (name, type, country, role, organization_id) "
                              "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                    (key[0], key[1], key[2], group[0].role, org),
                ).scalar_one()
                if key[1] == "person":
                    new_aliases.append((actor_id, key[0], fold(key[0])))
            for spec in group:
                self._actor_ids[spec] = actor_id
        if org_updates:
            self.conn.exec_driver_sql(
                self._sql("UPDATE actors SET organization_id = ? WHERE id = ? AND organization_id IS NULL"),
                org_updates,
            )
        if new_aliases:
            self.conn.exec_driver_sql(
                self._sql("INSERT INTO actor_aliases (actor_id, alias, alias_key) VALUES (?, ?, ?) "
                          "ON CONFLICT DO NOTHING"),
                new_aliases,
            )

    # -- events ---------------------------------------------------------------------------

    def _statement(self, n_rows: int) -> str:
        sql = self._statements.get(n_rows)
        if sql is None:
            sql = (
                f"INSERT INTO events ({', '.join(INSERT_COLUMNS)}) VALUES "
                + ",".join([self._row_marks] * n_rows)
                + " ON CONFLICT (origin, origin_key) DO NOTHING RETURNING id, origin_row"
            )
            self._statements[n_rows] = sql
        return sql

    def write_chunk(self, events: list[ImportedEvent]) -> int:
        """Store one chunk in one transaction; returns how many events were new."""
        # Actor specs are nested named tuples, and hashing one per actor per row cost more
        # than the links' insert; readers reuse one object per distinct actor, so the
        # chunk's specs are looked up once each and then found by object identity.
        by_object: dict[int, ActorSpec] = {}
        for event in events:
            for spec, _ in event.actors:
                by_object[id(spec)] = spec
            if event.speaker is not None:
                by_object[id(event.speaker)] = event.speaker
        ids = self._actor_ids
        self.resolve_actors({spec for spec in by_object.values() if spec not in ids})
        actor_id = {key: ids[spec] for key, spec in by_object.items()}
        rows = [
            (*event.values, actor_id[id(event.speaker)] if event.speaker is not None else None)
            for event in events
        ]
        if self.dialect == "sqlite":
            new_events = self._insert_sqlite(events, rows)
        else:
            new_events = self._insert_returning(events, rows)
        if new_events:
            links = [
                (event_id, actor_id[id(spec)], role)
                for event_id, event in new_events
                for spec, role in event.actors
            ]
            if links:
                self._insert_rows("INSERT INTO event_actors (event_id, actor_id, role)", links)
            add_to_pair_months(self.conn, self._stat_deltas(event for _, event in new_events))
        self.conn.commit()
        return len(new_events)

    def _insert_rows(self, head: str, rows: Sequence[tuple[object, ...]], tail: str = "") -> int:
        """``head VALUES (...), (...), ... tail`` over ``rows`` in big slices; rows changed.

        WHY multi-row statements rather than ``executemany``: ``executemany`` steps SQLite
        once per row and releases the GIL around every step, so while the reader thread
        parses the next chunk each row waits for the GIL (measured: the events insert took
        2-3x longer than alone).  One statement per ~1,300 rows hands the GIL over a few
        dozen times per chunk and costs the same inside SQLite.
        """
        if not rows:
            return 0
        width = len(rows[0])
        step = max(1, MAX_PARAMS // width)
        row_marks = "(" + ",".join([self._mark] * width) + ")"
        changed = 0
        cursor = self.conn.connection.cursor()
        try:
            for start in range(0, len(rows), step):
                part = rows[start:start + step]
                key = (head, len(part))
                sql = self._statements.get(key)
                if sql is None:
                    sql = self._statements[key] = (
                        f"{self._sql(head)} VALUES {','.join([row_marks] * len(part))} {tail}"
                    )
                cursor.execute(sql, tuple(chain.from_iterable(part)))
                changed += max(int(cursor.rowcount), 0)
        finally:
            cursor.close()
        return changed

    def _insert_sqlite(
        self, events: list[ImportedEvent], rows: list[tuple[object, ...]]
    ) -> list[tuple[int, ImportedEvent]]:
        """(new id, event) of the rows actually inserted, without reading the ids back.

        SQLite gives a new row of a rowid table the largest id + 1, and this transaction
        holds the write lock, so the new rows are exactly those with ids above the maximum
        read before the insert.  When every row was new (the usual case) their ids are that
        maximum + 1, 2, ... in insertion order and nothing needs reading back; otherwise
        (a re-import, some rows already stored) one rowid range scan says which rows
        went in.
        """
        before = self.conn.exec_driver_sql("SELECT max(id) FROM events").scalar() or 0
        inserted = self._insert_rows(
            f"INSERT INTO events ({', '.join(INSERT_COLUMNS)})", rows,
            "ON CONFLICT (origin, origin_key) DO NOTHING",
        )
        after = self.conn.exec_driver_sql("SELECT max(id) FROM events").scalar() or 0
        if inserted == len(events) and after - before == inserted:
            return list(zip(range(before + 1, after + 1), events, strict=True))
        if inserted == 0:
            return []
        by_row = {event.values[_ROW]: event for event in events}
        return [
            (event_id, by_row[origin_row])
            for event_id, origin_row in self.conn.exec_driver_sql(
                "SELECT id, origin_row FROM events WHERE id > ? ORDER BY id", (before,)
            )
        ]

    def _insert_returning(
        self, events: list[ImportedEvent], rows: list[tuple[object, ...]]
    ) -> list[tuple[int, ImportedEvent]]:
        """Multi-row ``INSERT ... RETURNING`` (PostgreSQL): the new ids come back directly."""
        new_ids: list[tuple[int, int]] = []
        step = self.rows_per_statement
        for start in range(0, len(rows), step):
            part = rows[start:start + step]
            result = self.conn.exec_driver_sql(
                self._statement(len(part)), tuple(chain.from_iterable(part))
            )
            new_ids.extend(result.fetchall())
        by_row = {event.values[_ROW]: event for event in events}
        return [(event_id, by_row[origin_row]) for event_id, origin_row in new_ids]

    def _stat_deltas(self, events: Iterable[ImportedEvent]) -> dict[StatKey, list[float]]:
        """The new events' counts and sums per monthly_pair_stats key, summed in Python.

        Cheaper than re-aggregating the chunk from ``events`` in SQL (a temporary B-tree
        over strftime() of 20,000 rows), and one upsert per key then adds them.
        """
        deltas: dict[StatKey, list[float]] = {}
        c1_ix, c2_ix, date_ix, kind_ix, quad_ix, tone_ix, gold_ix = (
            _C1, _C2, _DATE, _KIND, _QUAD, _TONE, _GOLD
        )
        for event in events:
            values = event.values
            key = (values[c1_ix], values[c2_ix], str(values[date_ix])[:8] + "01",
                   values[kind_ix], values[quad_ix] or 0)
            delta = deltas.get(key)  # type: ignore[arg-type]
            if delta is None:
                delta = deltas[key] = [0, 0.0, 0, 0.0, 0]  # type: ignore[index]
            delta[0] += 1
            tone, goldstein = values[tone_ix], values[gold_ix]
            if tone is not None:
                delta[1] += tone  # type: ignore[operator]
                delta[2] += 1
            if goldstein is not None:
                delta[3] += goldstein  # type: ignore[operator]
                delta[4] += 1
        return deltas

    def record_source(self, origin_file: str, content_hash: str, title: str) -> None:
        """The ``sources`` row of kind ``import`` for the whole file (once per content)."""
        self.conn.execute(
            self._insert_ignore(Source.__table__)
            .values(kind="import", title=title, origin=origin_file, content_hash=content_hash)
            .on_conflict_do_nothing()
        )
        self.conn.commit()

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """SQLite settings for a bulk load on this connection, restored afterwards.

        A 128 MB page cache keeps the events indexes' hot pages in memory, and a larger WAL
        auto-checkpoint (80 MB instead of 4 MB) avoids a checkpoint (and its fsync) every
        few thousand rows; together they halve the write time.  Durability is unchanged
        (WAL, synchronous=NORMAL, every chunk a committed transaction; indexes stay).  The
        WAL is checkpointed at the end so it does not stay large.
        """
        with _no_cyclic_gc():
            if self.dialect != "sqlite":
                yield
                return
            with self._sqlite_bulk_pragmas():
                yield

    @contextmanager
    def _sqlite_bulk_pragmas(self) -> Iterator[None]:
        cache = self.conn.exec_driver_sql("PRAGMA cache_size").scalar()
        checkpoint = self.conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
        self.conn.exec_driver_sql(f"PRAGMA cache_size={BULK_CACHE_KIB}")
        self.conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint={BULK_WAL_PAGES}")
        try:
            yield
        except BaseException:
            self.conn.rollback()  # the chunk in flight; committed chunks stay
            raise
        finally:
            self.conn.exec_driver_sql(f"PRAGMA cache_size={int(cache or -2000)}")
            self.conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint={int(checkpoint or 1000)}")
            self.conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk load, restoring it afterwards.

    WHY: a load keeps hundreds of thousands of small tuples alive (the chunk being
    written, the next one parsed) and allocates millions more; each allocation burst made
    the collector traverse all of them, about a quarter of the import's time (profiled).
    Nothing the importers build is cyclic, so reference counting frees it all anyway.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
