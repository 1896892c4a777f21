"""Curated CSV import: the demo chronologies, validation messages, precision, idempotence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.filters import EventFilter, apply_filter
from db.models import Actor, Event, Organization
from db.session import make_engine
from pipeline.importers import import_files, sniff_format
from tests.table_counts import row_count

ROOT = Path(__file__).resolve().parents[1]
DEMO = [ROOT / "data" / "demo" / "chronology.csv", ROOT / "data" / "demo" / "other_pairs.csv"]
HEADER = ("date,end_date,kind,country1,country2,source_country,target_country,actors,"
          "organizations,location,summary,tone,cameo_code,source_url")


def _write(tmp_path: Path, name: str, *rows: str) -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_demo_chronologies_import_completely(db_url: str) -> None:
    present = [p for p in DEMO if p.exists()]
    if not present:
        pytest.skip("demo chronologies not written yet")
    engine = make_engine(db_url)
    assert all(sniff_format(p) == "csv" for p in present)
    summary = import_files(engine, present)
    rows = sum(len(pd.read_csv(p, dtype=str, keep_default_na=False)) for p in present)
    assert summary.errors == [] and summary.skipped_samples == []
    assert summary.rows_read == rows and summary.skipped == 0
    # Identical rows in a file are one event (same content hash).
    distinct = sum(len(pd.read_csv(p, dtype=str, keep_default_na=False).drop_duplicates())
                   for p in present)
    assert summary.inserted == distinct == row_count(engine, "events")
    with engine.connect() as conn:
        pairs = set(conn.execute(select(Event.country1, Event.country2)).all())
    assert ("BLR", "POL") in pairs or len(pairs) > 1


def test_reimport_changes_nothing(tmp_path: Path, db_url: str) -> None:
    path = _write(
        tmp_path, "mine.csv",
        "2019-03-05,,meeting,POL,BLR,,,Andrzej Duda [POL]; Alexander Lukashenko [BLR],"
        "Ministry of National Defence of Poland [POL],Minsk,Military consultations.,0.3,040,"
        "https://example.org/a",
        "2021-11,,incident,BLR,POL,BLR,POL,,,Kuźnica,Migrants push at the border.,-0.6,,",
    )
    engine = make_engine(db_url)
    tables = ("events", "actors", "organizations", "event_actors", "monthly_pair_stats")
    first = import_files(engine, [path])
    assert (first.inserted, first.skipped) == (2, 0)
    counts = {t: row_count(engine, t) for t in tables}
    for _ in range(2):
        again = import_files(engine, [path])
        assert (again.inserted, again.unchanged) == (0, 2)
        assert {t: row_count(engine, t) for t in tables} == counts


def test_values_are_mapped(tmp_path: Path, db_url: str) -> None:
    path = _write(
        tmp_path, "mine.csv",
        "2021-09-10,2021-09-16,,RUS,BLR,BLR,RUS,,Ministry of Defence of Belarus [BLR]; "
        "Ministry of Defence of Russia [RUS],Belarus; Russia,Zapad-2021 exercise.,,062,",
        "2025-10,,statement,BLR,LTU,BLR,LTU,Alexander Lukashenko [BLR],,Minsk,"
        "Lukashenko derides the closure.,-0.8,111,",
        "2019,,other,POL,,,,,Sejm,Warsaw,A one-country year-precision note.,,,",
        "2025-11-14,,statement,BLR,POL,POL,BLR,,Embassy of Belarus in Poland [BLR]; "
        "Ministry of Interior and Administration of Poland [POL],Warsaw,Crossings to reopen.,0.3,,",
    )
    engine = make_engine(db_url)
    summary = import_files(engine, [path])
    assert summary.skipped == 0
    with Session(engine) as session:
        zapad, remark, note, reopen = session.scalars(select(Event).order_by(Event.origin_row)).all()
        assert (zapad.kind, zapad.country1, zapad.country2) == ("measure", "BLR", "RUS")
        assert (zapad.date, zapad.end_date) == (dt.date(2021, 9, 10), dt.date(2021, 9, 16))
        assert (zapad.cameo_root, zapad.quad_class, zapad.goldstein) == ("06", 2, 7.4)
        assert {(link.actor.name, link.role) for link in zapad.actor_links} == {
            ("Ministry of Defence of Belarus", "participant"),
            ("Ministry of Defence of Russia", "target"),
        }
        assert (remark.date, remark.date_precision, remark.tone) == (dt.date(2025, 10, 1), "month", -0.8)
        assert remark.speaker is not None and remark.speaker.name == "Alexander Lukashenko"
        # No person speaks: the first body of the source side does, not the target's embassy.
        assert reopen.speaker is not None
        assert (reopen.speaker.name, reopen.speaker.type) == (
            "Ministry of Interior and Administration of Poland", "organization")
        assert note.speaker is None and zapad.speaker is None
        assert (note.date, note.date_precision, note.country1, note.country2) == (
            dt.date(2019, 1, 1), "year", "POL", "POL")
        lukashenko = session.scalars(select(Actor).where(Actor.name == "Alexander Lukashenko")).one()
        assert (lukashenko.type, lukashenko.country) == ("person", "BLR")
        sejm = session.scalars(select(Organization).where(Organization.name == "Sejm")).one()
        assert sejm.country is None
        by_org = session.scalars(apply_filter(
            select(Event), EventFilter(pair=None, orgs=("Ministry of Defence of Russia",)))).all()
        assert [e.id for e in by_org] == [zapad.id]
        assert all(e.origin == "csv" and e.origin_file == str(path) for e in (zapad, remark, note))


def test_validation_errors_name_file_row_and_column(tmp_path: Path, db_url: str) -> None:
    good = "2020-08-07,,statement,BLR,LTU,LTU,BLR,,,Vilnius,A note.,-0.7,114,"
    path = _write(
        tmp_path, "broken.csv",
        good,
        "2021-13-40,,meeting,BLR,POL,,,,,,Bad date.,,,",
        "2021-01-01,,meeting,BLR,XXX,,,,,,Bad country.,,,",
        "2021-01-02,,chat,BLR,POL,,,,,,Bad kind.,,,",
        "2021-01-03,,statement,BLR,POL,,,,,,Bad tone.,1.5,,",
        "2021-01-04,,statement,BLR,POL,DEU,,,,,Source outside the pair.,,,",
        "2021-01-05,,statement,BLR,POL,,,Someone [12],,,Bad actor.,,,",
        "2021-01-06,,,BLR,POL,,,,,,No kind and no code.,,,",
        "2021-01-07,,meeting,BLR,POL,,,,,,Bad code.,,999,",
        "2021-01-08,2020-01-01,meeting,BLR,POL,,,,,,End before start.,,,",
        "2999-01-01,,meeting,BLR,POL,,,,,,Future.,,,",
        "2021-01-09,,meeting,BLR,POL,,,,,,Not a link.,,,ftp://example.org/x",
        "2021-01-10,,meeting,BLR,POL,,,,,,Extra value.,,,,surplus",
    )
    engine = make_engine(db_url)
    summary = import_files(engine, [path])
    assert (summary.rows_read, summary.inserted, summary.skipped) == (13, 1, 12)
    from pipeline.importers import import_file

    result = import_file(make_engine(f"sqlite:///{tmp_path / 'other.db'}"), path)
    samples = result.skipped_samples
    assert samples[0] == f"{path}:2: column 'date': '2021-13-40' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
    assert samples[1] == f"{path}:3: column 'country2': 'XXX' is not an ISO 3166-1 alpha-3 country code"
    assert samples[2].startswith(f"{path}:4: column 'kind': 'chat' is not one of")
    assert samples[3] == f"{path}:5: column 'tone': 1.5 is outside -1..1"
    assert samples[4] == f"{path}:6: column 'source_country': DEU is not one of the pair BLR-POL"
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Event)).scalar_one() == 1


def test_all_skip_reasons_are_reported(tmp_path: Path, db_url: str) -> None:
    path = _write(
        tmp_path, "more.csv",
        "2021-01-05,,statement,BLR,POL,,,Someone [12],,,Bad actor.,,,",
        "2021-01-06,,,BLR,POL,,,,,,No kind and no code.,,,",
        "2021-01-07,,meeting,BLR,POL,,,,,,Bad code.,,999,",
        "2021-01-08,2020-01-01,meeting,BLR,POL,,,,,,End before start.,,,",
        "2999-01-01,,meeting,BLR,POL,,,,,,Future.,,,",
    )
    samples = import_files(make_engine(db_url), [path]).skipped_samples
    assert samples == [
        f"{path}:1: column 'actors': 'Someone [12]' is not 'Name [ISO3]'",
        f"{path}:2: column 'kind': is empty and there is no cameo_code to derive it from",
        f"{path}:3: column 'cameo_code': '999' is not a CAMEO event code",
        f"{path}:4: column 'end_date': 2020-01-01 is before the date 2021-01-08",
        f"{path}:5: column 'date': date 2999-01-01 is in the future",
    ]


def test_bad_header_refuses_the_file_by_name(tmp_path: Path, db_url: str) -> None:
    missing = tmp_path / "missing.csv"
    missing.write_text("when,country1\n2020-01-01,BLR\n", encoding="utf-8")
    typo = tmp_path / "typo.csv"
    typo.write_text("date,country1,summry\n2020-01-01,BLR,x\n", encoding="utf-8")
    summary = import_files(make_engine(db_url), [missing, typo], "csv")
    assert summary.files == 0
    assert str(missing) in summary.errors[0] and "date" in summary.errors[0]
    assert str(typo) in summary.errors[1] and "summry" in summary.errors[1]


def test_invalid_utf8_is_refused_by_name(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "\n2020-01-01,,meeting,BLR,POL,,,Lech Wałęsa [POL],,Gdańsk,x,,,\n")
                     .encode("utf-8").replace("ł".encode(), b"\xb3"))
    summary = import_files(make_engine(db_url), [path])
    assert summary.files == 0 and summary.inserted == 0
    assert str(path) in summary.errors[0] and "UTF-8" in summary.errors[0]
