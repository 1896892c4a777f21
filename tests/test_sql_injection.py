"""SQL-injection strings in actor, org, pair and q are harmless.

Dashboard query strings and ``dyad export`` options end up in :class:`db.filters.EventFilter`;
the filter must only ever bind them as parameters.  Each hostile value finds nothing
(or exactly what it literally says), and every table keeps all its rows.  A control
query with a real alias proves the filters do match when they should.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, inspect, select
from sqlalchemy.orm import Session

from db.filters import EventFilter, apply_filter, parse_pair
from db.models import Event
from db.queries import count_events, events_frame
from tests.dashboard_fixture import build_dashboard_db
from tests.fixtures.helpers import row_counts, run_dyad

HOSTILE = [
    "x' OR 1=1 --",
    "'; DROP TABLE events; --",
    "\" OR \"\"=\"",
    "1; DELETE FROM actors",
    "') OR ('a'='a",
    "Lukashenko' UNION SELECT id, name FROM actors --",
    "%",
    "_",
    "\\",
    "%' OR '%'='",
    "Robert'); DROP TABLE sources;--",
    "\x00",
]
TABLES = {"sources", "events", "event_sources", "event_actors", "actors", "actor_aliases",
          "organizations", "monthly_pair_stats"}


@pytest.fixture
def fixture_db(any_db_url: str) -> Engine:
    return build_dashboard_db(any_db_url)


def matching_ids(engine: Engine, flt: EventFilter) -> list[int]:
    with Session(engine) as session:
        return list(session.scalars(apply_filter(select(Event.id), flt).order_by(Event.id)))


def test_hostile_filter_values_match_nothing_and_change_nothing(
    fixture_db: Engine, any_db_url: str
) -> None:
    before = row_counts(any_db_url)
    assert before["events"] == 18
    for value in HOSTILE:
        for flt in (
            EventFilter(pair=None, actors=(value,)),
            EventFilter(pair=None, orgs=(value,)),
            EventFilter(pair=None, q=value),
            EventFilter(pair=None, actors=("Lukashenka", value)),
        ):
            ids = matching_ids(fixture_db, flt)
            if flt.actors and "Lukashenka" in flt.actors:
                # the real alias still matches; the hostile one adds nothing
                assert len(ids) == 2, (value, ids)
            else:
                assert ids == [], (value, flt, ids)
        with fixture_db.connect() as conn:
            assert count_events(conn, EventFilter(actors=(value,))) == 0
            assert events_frame(conn, EventFilter(q=value)).empty
    assert row_counts(any_db_url) == before
    assert TABLES <= set(inspect(fixture_db).get_table_names())


def test_the_same_filters_do_match_real_values(fixture_db: Engine) -> None:
    # proves the empty results above come from bound parameters, not from broken filters
    assert len(matching_ids(fixture_db, EventFilter(pair=None, actors=("Lukashenka",)))) == 2
    assert len(matching_ids(fixture_db, EventFilter(actors=("ŁUKASZENKA",)))) == 1
    org = "Ministry of Foreign Affairs of Belarus"
    assert len(matching_ids(fixture_db, EventFilter(orgs=(org,)))) == 4
    assert len(matching_ids(fixture_db, EventFilter(q="HYBRID attack"))) == 1
    assert len(matching_ids(fixture_db, EventFilter(q="push at the KUźnica"))) == 1
    # every letter folds, not only ASCII ones (SQLite's own LIKE folds ASCII only)
    assert len(matching_ids(fixture_db, EventFilter(q="KUŹNICA CROSSING"))) == 1
    assert matching_ids(fixture_db, EventFilter(pair=None, q="kuźnica%")) == []
    assert matching_ids(fixture_db, EventFilter(pair=None, q="KUŹNICA_")) == []
    # LIKE wildcards are literal: "%" and "_" appear in no summary or quote
    assert matching_ids(fixture_db, EventFilter(pair=None, q="%")) == []
    assert matching_ids(fixture_db, EventFilter(pair=None, q="_")) == []


@pytest.mark.parametrize(
    "text",
    ["BLR' OR '1'='1", "BLR-POL; DROP TABLE events", "BLR", "BLR-POL-LTU", "B1R-POL", "",
     "БЛР-POL", "BLR--POL", "' OR 1=1 --", "BLRR-POL"],
)
def test_parse_pair_rejects_junk(text: str) -> None:
    with pytest.raises(ValueError, match="ISO 3166-1 alpha-3"):
        parse_pair(text)


def test_parse_pair_accepts_and_sorts_real_pairs() -> None:
    assert parse_pair("POL-BLR") == ("BLR", "POL")
    assert parse_pair(" blr – pol ") == ("BLR", "POL")
    assert parse_pair("BLR_BLR") == ("BLR", "BLR")


def test_export_command_with_hostile_options_is_harmless(
    fixture_db: Engine, any_db_url: str, tmp_path: Path
) -> None:
    before = row_counts(any_db_url)
    fixture_db.dispose()
    for option, value in (("--actor", "x' OR 1=1 --"), ("--org", "'; DROP TABLE events; --")):
        result = run_dyad("export", "--db", any_db_url, "--pair", "BLR-POL", option, value)
        assert result.returncode == 0, result.stderr
        assert result.stdout == "", (option, value)
    result = run_dyad("export", "--db", any_db_url, "--pair", "BLR' OR '1'='1")
    assert result.returncode == 2
    assert "expected two ISO 3166-1 alpha-3 codes" in result.stderr
    control = run_dyad("export", "--db", any_db_url, "--actor", "Lukashenka", "--pair", "POL-BLR")
    assert control.returncode == 0, control.stderr
    records = [json.loads(line) for line in control.stdout.splitlines()]
    assert [r["speaker"] for r in records] == ["Alexander Lukashenko"]
    assert row_counts(any_db_url) == before
    with Session(fixture_db) as session:
        assert session.scalar(select(func.count(Event.id))) == before["events"]
