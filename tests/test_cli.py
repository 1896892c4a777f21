"""The ``dyad`` command line as scripts use it: export fields and types, CSV, filters, errors.

``dyad export --format jsonl`` is a public interface: every field listed in
``db/export.py`` is present in every record with the documented type.  Runs on SQLite
and PostgreSQL, on a known fixture database and on freshly ingested articles.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

import db.export
from db.export import EXPORT_FIELDS, export_records
from db.filters import EventFilter
from db.models import ACTOR_ROLES, ACTOR_TYPES, DATE_PRECISIONS, EVENT_KINDS
from db.session import make_engine
from tests.dashboard_fixture import build_dashboard_db
from tests.fixtures.helpers import run_dyad

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ISO3 = re.compile(r"^[A-Z]{3}$")
DATE_BY_PRECISION = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}


def opt(value: Any, kind: type | tuple[type, ...]) -> bool:
    return value is None or isinstance(value, kind)


def check_record(rec: dict[str, Any]) -> None:
    """Every public field present, with the documented type and range."""
    assert list(rec) == list(EXPORT_FIELDS)
    assert isinstance(rec["id"], int)
    assert rec["kind"] in EVENT_KINDS
    assert rec["date_precision"] in DATE_PRECISIONS
    assert DATE_BY_PRECISION[rec["date_precision"]].match(rec["date"]), rec["date"]
    assert rec["end_date"] is None or DATE_BY_PRECISION["day"].match(rec["end_date"])
    assert isinstance(rec["countries"], list) and 1 <= len(rec["countries"]) <= 2
    assert rec["countries"] == sorted(rec["countries"])
    assert all(ISO3.match(c) for c in rec["countries"])
    for side in ("source_country", "target_country"):
        assert rec[side] is None or ISO3.match(rec[side])
    assert isinstance(rec["actors"], list)
    for actor in rec["actors"]:
        assert set(actor) == {"name", "type", "country", "role", "organization"}
        assert isinstance(actor["name"], str) and actor["name"]
        assert actor["type"] in ACTOR_TYPES
        assert actor["country"] is None or ISO3.match(actor["country"])
        assert actor["role"] in ACTOR_ROLES
        assert opt(actor["organization"], str)
    for field in ("speaker", "quote", "location", "cameo_code", "summary", "evidence",
                  "source_url"):
        assert opt(rec[field], str), field
    assert rec["tone"] is None or (isinstance(rec["tone"], float | int) and -1 <= rec["tone"] <= 1)
    assert rec["quad_class"] is None or rec["quad_class"] in (1, 2, 3, 4)
    assert rec["goldstein"] is None or (
        isinstance(rec["goldstein"], float | int) and -10 <= rec["goldstein"] <= 10
    )
    assert isinstance(rec["sources"], list)
    for src in rec["sources"]:
        assert set(src) == {"url", "title", "outlet", "published"}
        assert src["published"] is None or DATE_BY_PRECISION["day"].match(src["published"])
    assert isinstance(rec["origin"], str) and isinstance(rec["origin_key"], str)
    if rec["speaker"] is not None:
        assert rec["kind"] == "statement", rec  # only statements have a speaker


def export_jsonl(url: str, *options: str) -> list[dict[str, Any]]:
    result = run_dyad("export", "--db", url, *options)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_documented_field_list_matches_the_exported_fields() -> None:
    doc = db.export.__doc__ or ""
    listed = re.sub(r"\([^)]*\)|\[[^\]]*\]|`", " ", doc.split("One record per event:", 1)[1])
    names = [n for n in re.findall(r"[a-z_]+", listed) if n in EXPORT_FIELDS or "_" in n]
    assert names == list(EXPORT_FIELDS)


def test_export_jsonl_fields_types_and_filters(any_db_url: str) -> None:
    build_dashboard_db(any_db_url).dispose()
    assert len(export_jsonl(any_db_url)) == 18  # no --pair: every pair
    records = export_jsonl(any_db_url, "--pair", "POL-BLR")
    assert len(records) == 12
    for rec in records:
        check_record(rec)
        assert rec["countries"] == ["BLR", "POL"]
    assert [r["date"] for r in records] == sorted(r["date"] for r in records)
    by_kind = {r["kind"] for r in records}
    assert by_kind == {"meeting", "statement", "measure", "incident", "other"}
    statement = next(r for r in records if r["speaker"] == "Anatoly Glaz")
    assert statement["quote"] == "Minsk calls it <img src=x onerror=alert(1)> a provocation"
    assert statement["sources"][0]["outlet"] == "TVP World"

    # every option reaches the filter: one call combining them (each alone is checked
    # in process against the same EventFilter the command builds)
    combined = export_jsonl(any_db_url, "--kind", "statement", "--kind", "measure",
                            "--from", "2020-01-01", "--to", "2020-12-31", "--pair", "POL-BLR",
                            "--actor", "Łukaszenka", "--actor", "Makey")
    assert [(r["date"], r["kind"]) for r in combined] == [
        ("2020-08-20", "statement"), ("2020-10-02", "measure")]
    by_org = export_jsonl(any_db_url, "--org", "Ministry of National Defence of Poland")
    assert {r["date"] for r in by_org} == {"2021-11-08", "2021-11-12"}

    engine = make_engine(any_db_url)
    with Session(engine) as session:
        in_process = list(export_records(session, EventFilter(pair=("BLR", "POL"))))
    engine.dispose()
    assert in_process == records


def test_export_csv_parses_with_the_public_header(any_db_url: str) -> None:
    build_dashboard_db(any_db_url).dispose()
    result = run_dyad("export", "--db", any_db_url, "--format", "csv", "--pair", "BLR-POL")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and list(rows[0]) == list(EXPORT_FIELDS)
    jsonl = export_jsonl(any_db_url, "--pair", "BLR-POL")
    assert [int(r["id"]) for r in rows] == [r["id"] for r in jsonl]
    assert {r["countries"] for r in rows} == {"BLR;POL"}
    glaz = next(r for r in rows if r["speaker"] == "Anatoly Glaz")
    assert glaz["quote"] == "Minsk calls it <img src=x onerror=alert(1)> a provocation"
    assert "Anatoly Glaz [BLR] (speaker)" in glaz["actors"]
    assert glaz["sources"] == "https://tvpworld.com/border-crisis"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--format", "xml"], "expected jsonl or csv"),
        (["--from", "2019-13-01"], "--from '2019-13-01' is not a date"),
        (["--to", "yesterday"], "--to 'yesterday' is not a date"),
        (["--pair", "Belarus-Poland"], "expected two ISO 3166-1 alpha-3 codes"),
    ],
)
def test_export_rejects_bad_options_with_exit_2(
    options: list[str], message: str, db_url: str
) -> None:
    result = run_dyad("export", "--db", db_url, *options)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_stats_prints_counts(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    result = run_dyad("stats", "--db", db_url)
    assert result.returncode == 0, result.stderr
    assert "sources: 3" in result.stdout
    assert "events: 18" in result.stdout
    assert "  statement: 7" in result.stdout
    assert "top pairs: BLR-POL 12" in result.stdout


def test_db_url_comes_from_the_environment(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    result = run_dyad("stats", env={"DYAD_DB_URL": db_url})
    assert result.returncode == 0, result.stderr
    assert "events: 18" in result.stdout


def test_ingest_then_export_every_format(any_db_url: str) -> None:
    result = run_dyad("ingest", str(FIXTURES / "articles"), "--db", any_db_url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "articles read: 9  stored: 9  skipped as already known: 0  failed: 0" in result.stdout
    assert re.search(r"events added: \d+  merged: \d+  statements added: \d+  merged: \d+",
                     result.stdout)
    records = export_jsonl(any_db_url, "--pair", "BLR-POL")
    assert records
    for rec in records:
        check_record(rec)
        assert rec["origin"] == "article"
        assert rec["sources"] and rec["evidence"]
    outlets = {s["outlet"] for r in records for s in r["sources"]}
    assert outlets & {"Example Wire", "Example Border Review", "Example Daily",
                      "Example Eastern Europe Desk", "Example Atom Desk"}
    as_csv = run_dyad("export", "--db", any_db_url, "--pair", "BLR-POL", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [int(r["id"]) for r in rows] == [r["id"] for r in records]
    assert [r["evidence"] for r in rows] == [r["evidence"] for r in records]
