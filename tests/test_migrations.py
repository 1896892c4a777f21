"""Schema upgrades keep every row and leave the database exactly like the models.

A database is made by the first released schema (Alembic revision 0001), filled with one
row per table, and upgraded by the real ``dyad db upgrade``.  Afterwards every row is
still there and Alembic's autogenerate finds no difference between the models and the
database, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, MetaData, create_engine, inspect, select, text

from db.migrate import alembic_config, current_revision, head_revision
from db.models import Base
from db.session import make_engine
from tests.fixtures.helpers import run_dyad

FIRST_RELEASED = "0001"

ROWS: dict[str, list[dict[str, Any]]] = {
    "organizations": [
        {"id": 1, "name": "Ministry of Defence of Belarus", "country": "BLR", "sector": "military"},
        {"id": 2, "name": "Ministry of National Defence of Poland", "country": "POL",
         "sector": "military"},
    ],
    "actors": [
        {"id": 1, "name": "Aleh Voinau", "type": "person", "country": "BLR",
         "role": "Head of the Department of International Military Cooperation",
         "organization_id": 1},
        {"id": 2, "name": "Tomasz Kowalik", "type": "person", "country": "POL", "role": "Colonel",
         "organization_id": 2},
    ],
    "actor_aliases": [
        {"id": 1, "actor_id": 1, "alias": "Oleg Voinov", "alias_key": "oleg voinov"},
        {"id": 2, "actor_id": 1, "alias": "Aleh Voinau", "alias_key": "aleh voinau"},
    ],
    "sources": [
        {"id": 1, "kind": "article", "url": "https://example.org/a", "title": "Consultations",
         "outlet": "Example", "published": dt.date(2019, 3, 5), "language": "en",
         "content_hash": "a" * 64, "origin": "/tmp/a.txt", "text": "Body of the article.",
         "ingested_at": dt.datetime(2024, 1, 2, 3, 4, 5)},
    ],
    "events": [
        {"id": 1, "kind": "meeting", "date": dt.date(2019, 3, 4), "date_precision": "day",
         "country1": "BLR", "country2": "POL", "source_country": "BLR", "target_country": "POL",
         "location": "Warsaw", "cameo_code": "040", "cameo_root": "04", "quad_class": 1,
         "goldstein": 1.0, "tone": 0.25, "summary": "Military consultations in Warsaw",
         "origin": "article", "origin_key": "meeting|BLR-POL|2019-03-04|",
         "created_at": dt.datetime(2024, 1, 2, 3, 4, 6)},
        {"id": 2, "kind": "statement", "date": dt.date(2018, 8, 1), "date_precision": "month",
         "country1": "BLR", "country2": "POL", "quote": "No comment.", "speaker_id": 1,
         "origin": "csv", "origin_key": "row-17", "origin_file": "chronology.csv",
         "origin_row": 17, "created_at": dt.datetime(2024, 1, 2, 3, 4, 7)},
    ],
    "event_actors": [
        {"event_id": 1, "actor_id": 1, "role": "participant"},
        {"event_id": 1, "actor_id": 2, "role": "participant"},
        {"event_id": 2, "actor_id": 1, "role": "speaker"},
    ],
    "event_sources": [
        {"event_id": 1, "source_id": 1, "evidence": "Consultations are underway in Warsaw.",
         "char_start": 10, "char_end": 47, "tone": 0.25, "extracted": "{}"},
    ],
    "monthly_pair_stats": [
        {"country1": "BLR", "country2": "POL", "month": dt.date(2019, 3, 1), "kind": "meeting",
         "quad_class": 1, "n_events": 1, "tone_sum": 0.25, "tone_n": 1, "goldstein_sum": 1.0,
         "goldstein_n": 1},
    ],
}


def build_first_released(url: str) -> None:
    """An empty database brought to revision 0001 and filled through that schema's tables."""
    command.upgrade(alembic_config(url), FIRST_RELEASED)
    engine = create_engine(url)
    try:
        meta = MetaData()
        meta.reflect(engine)
        with engine.begin() as conn:
            for table, rows in ROWS.items():
                for row in rows:
                    conn.execute(meta.tables[table].insert(), row)
            if engine.dialect.name == "postgresql":
                for table in ("organizations", "actors", "actor_aliases", "sources", "events"):
                    conn.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    ))
    finally:
        engine.dispose()


def table_rows(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """The inserted columns of every inserted table, sorted: what must survive an upgrade."""
    meta = MetaData()
    meta.reflect(engine)
    out: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        for table, rows in ROWS.items():
            names = sorted({name for row in rows for name in row})
            cols = [meta.tables[table].c[name] for name in names]
            out[table] = sorted(
                (dict(r._mapping) for r in conn.execute(select(*cols))), key=repr
            )
    return out


def schema_differences(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        return list(compare_metadata(MigrationContext.configure(conn), Base.metadata))


def test_first_released_database_upgrades_without_losing_rows(any_db_url: str) -> None:
    build_first_released(any_db_url)
    engine = create_engine(any_db_url)
    assert current_revision(engine) == FIRST_RELEASED
    before = table_rows(engine)
    assert {t: len(r) for t, r in before.items()} == {t: len(r) for t, r in ROWS.items()}
    engine.dispose()

    result = run_dyad("db", "upgrade", "--db", any_db_url, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "current schema" in result.stdout

    engine = create_engine(any_db_url)
    try:
        assert current_revision(engine) == head_revision()
        assert table_rows(engine) == before
        assert schema_differences(engine) == []
    finally:
        engine.dispose()

    again = run_dyad("db", "upgrade", "--db", any_db_url, timeout=120)
    assert again.returncode == 0, again.stderr
    engine = create_engine(any_db_url)
    try:
        assert table_rows(engine) == before
    finally:
        engine.dispose()


def test_database_made_before_alembic_is_recognised_and_upgraded(any_db_url: str) -> None:
    build_first_released(any_db_url)
    engine = create_engine(any_db_url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    before = table_rows(engine)
    engine.dispose()

    result = run_dyad("db", "upgrade", "--db", any_db_url, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    engine = create_engine(any_db_url)
    try:
        assert current_revision(engine) == head_revision()
        assert table_rows(engine) == before
        assert schema_differences(engine) == []
    finally:
        engine.dispose()


def test_new_database_gets_the_current_schema_stamped_at_head(any_db_url: str) -> None:
    engine = make_engine(any_db_url)
    try:
        assert current_revision(engine) == head_revision()
        assert schema_differences(engine) == []
        assert {"events", "sources", "alembic_version"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_upgraded_database_accepts_new_rows_after_the_old_ones(any_db_url: str) -> None:
    # the id sequences must continue after the rows made by the old schema
    build_first_released(any_db_url)
    assert run_dyad("db", "upgrade", "--db", any_db_url, timeout=120).returncode == 0
    engine = make_engine(any_db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO organizations (name, country) VALUES ('Sejm of Poland', 'POL')"
            ))
            ids = sorted(conn.execute(text("SELECT id FROM organizations")).scalars())
        assert ids == [1, 2, 3]
    finally:
        engine.dispose()


# Revision 0002: an article's measure is keyed by its act and direction, no longer by its
# CAMEO root, so a closure and an arrest of one day stay two events.
OLD_MEASURE = {
    "id": 3, "kind": "measure", "date": dt.date(2021, 11, 9), "date_precision": "day",
    "country1": "BLR", "country2": "POL", "source_country": "POL", "target_country": "BLR",
    "cameo_code": "172", "cameo_root": "17", "quad_class": 4, "tone": -0.5,
    "origin": "article", "origin_key": "measure|BLR-POL|2021-11-09|cameo=17",
    "created_at": dt.datetime(2024, 1, 2, 3, 4, 8),
}
CLOSURE_AND_ARREST = (
    "Kuźnica closed\n\n"
    "WARSAW, 10 November - Poland closed the Kuźnica border crossing with Belarus on Tuesday, "
    "the Border Guard said. On the same day a Polish court ordered the arrest of a Belarusian "
    "citizen suspected of spying for the KGB.\n"
)


def _add_old_measure(url: str) -> None:
    engine = create_engine(url)
    meta = MetaData()
    meta.reflect(engine)
    with engine.begin() as conn:
        conn.execute(meta.tables["events"].insert(), OLD_MEASURE)
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT setval(pg_get_serial_sequence('events', 'id'), 3)"))
    engine.dispose()


def _measure_keys(url: str) -> dict[int, tuple[str, str]]:
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT id, cameo_code, origin_key FROM events WHERE kind = 'measure' ORDER BY id"
        ))
        keys = {i: (code, key) for i, code, key in rows}
    engine.dispose()
    return keys


def test_a_stored_measure_is_rekeyed_so_a_later_report_merges_into_it(
        any_db_url: str, tmp_path) -> None:
    build_first_released(any_db_url)
    _add_old_measure(any_db_url)
    assert run_dyad("db", "upgrade", "--db", any_db_url, timeout=120).returncode == 0
    assert _measure_keys(any_db_url) == {
        3: ("172", "measure|BLR-POL|2021-11-09|cameo=172|POL>BLR")}

    article = tmp_path / "kuznica.txt"
    article.write_text(CLOSURE_AND_ARREST, encoding="utf-8")
    result = run_dyad("ingest", str(article), "--published", "2021-11-10", "--db", any_db_url)
    assert result.returncode == 0, result.stdout + result.stderr
    keys = _measure_keys(any_db_url)
    # the closure is the stored event (now with the article as its source); the arrest of
    # the same day, root 17 too, is a new one
    assert sorted(code for code, _ in keys.values()) == ["172", "173"]
    assert keys[3][0] == "172"
    engine = create_engine(any_db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM event_sources WHERE event_id = 3")).scalar() == 1
    engine.dispose()

    # and back down: the two acts would share the old key, so the second keeps its id
    command.downgrade(alembic_config(any_db_url), FIRST_RELEASED)
    old_keys = sorted(key for _, key in _measure_keys(any_db_url).values())
    arrest_id = next(i for i, (code, _) in keys.items() if code == "173")
    assert old_keys == ["measure|BLR-POL|2021-11-09|cameo=17",
                        f"measure|BLR-POL|2021-11-09|cameo=17#{arrest_id}"]


def test_a_writer_refuses_a_database_of_an_older_schema(any_db_url: str, tmp_path) -> None:
    build_first_released(any_db_url)
    engine = create_engine(any_db_url)
    before = table_rows(engine)
    engine.dispose()
    article = tmp_path / "kuznica.txt"
    article.write_text(CLOSURE_AND_ARREST, encoding="utf-8")
    result = run_dyad("ingest", str(article), "--published", "2021-11-10", "--db", any_db_url)
    assert result.returncode == 2
    assert "schema revision 0001" in result.stderr
    assert "dyad db upgrade" in result.stderr
    engine = create_engine(any_db_url)
    assert table_rows(engine) == before  # nothing written
    engine.dispose()
    # reading stays allowed
    assert run_dyad("export", "--db", any_db_url, "--format", "jsonl").returncode == 0
