"""ICEWS import of the real shared sample: counts, people and ministries, filters, idempotence."""

from __future__ import annotations

import csv
from collections import Counter
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

ICEWS = "icews/events.2018.sample.tab"
# The countries that share an ICEWS row with Belarus or Poland in the sample.
ISO3 = {"Belarus": "BLR", "Poland": "POL", "Lithuania": "LTU", "Ireland": "IRL", "Spain": "ESP",
        "Netherlands": "NLD", "Italy": "ITA", "Russian Federation": "RUS"}


def _frame(shared: Path) -> pd.DataFrame:
    return pd.read_csv(shared / ICEWS, sep="\t", dtype=str, quoting=csv.QUOTE_NONE,
                       keep_default_na=False)


def test_sample_imports_every_row_with_a_country(shared_data: Path, db_url: str) -> None:
    engine = make_engine(db_url)
    assert sniff_format(shared_data / ICEWS) == "icews"
    summary = import_files(engine, [shared_data / ICEWS])
    frame = _frame(shared_data)
    assert len(frame) == 3705
    no_country = int(((frame["Source Country"] == "NA") & (frame["Target Country"] == "NA")
                      & (frame["Country"] == "NA")).sum())
    assert (summary.rows_read, summary.skipped, summary.errors) == (3705, no_country, [])
    assert no_country > 0 and summary.malformed == 0 and not summary.failed
    assert summary.inserted == 3705 - no_country == row_count(engine, "events")
    with engine.connect() as conn:
        keys = set(conn.execute(select(Event.origin_key).where(Event.origin == "icews")).scalars())
    assert keys <= set(frame["Event ID"]) and len(keys) == summary.inserted


def test_belarus_poland_rows_match_an_independent_pandas_read(shared_data: Path, db_url: str) -> None:
    engine = make_engine(db_url)
    import_files(engine, [shared_data / ICEWS])
    frame = _frame(shared_data)
    expected: Counter[tuple[str, str]] = Counter()
    for source, target in zip(frame["Source Country"], frame["Target Country"], strict=True):
        if {"Belarus", "Poland"} & {source, target}:
            codes = sorted({ISO3[c] for c in (source, target) if c != "NA"})
            expected[(codes[0], codes[-1])] += 1
    assert sum(expected.values()) == 24
    with engine.connect() as conn:
        rows = conn.execute(
            select(Event.country1, Event.country2, func.count())
            .where(Event.country1.in_(["BLR", "POL"]) | Event.country2.in_(["BLR", "POL"]))
            .group_by(Event.country1, Event.country2)
        ).all()
    assert Counter({(a, b): n for a, b, n in rows}) == expected


def test_people_get_country_and_ministry_so_filters_work(shared_data: Path, db_url: str) -> None:
    engine = make_engine(db_url)
    import_files(engine, [shared_data / ICEWS])
    with Session(engine) as session:
        makei = session.scalars(select(Actor).where(Actor.name == "Vladimir Makei")).one()
        assert (makei.type, makei.country) == ("person", "BLR")
        assert makei.organization is not None
        assert makei.organization.name == "Ministry of Foreign Affairs of Belarus"
        assert makei.organization.sector == "ministry"
        lukashenko = session.scalars(select(Actor).where(Actor.name == "Alexander Lukashenko")).one()
        assert (lukashenko.type, lukashenko.country) == ("person", "BLR")
        assert lukashenko.organization is not None
        assert lukashenko.organization.name == "Government of Belarus"
        # A generic agent "Foreign Affairs (Poland)" is the ministry itself.
        polish_mfa = session.scalars(
            select(Actor).where(Actor.name == "Ministry of Foreign Affairs of Poland")
        ).one()
        assert polish_mfa.type == "organization" and polish_mfa.country == "POL"
        # Countries are not actors; organizations are not people.
        assert session.scalars(select(Actor).where(Actor.name.in_(["Poland", "Russia"]))).all() == []
        eu = session.scalars(select(Actor).where(Actor.name == "European Union")).one()
        assert eu.type == "organization"

        def events(flt: EventFilter) -> list[Event]:
            return list(session.scalars(apply_filter(select(Event), flt)).all())

        by_ministry = events(EventFilter(pair=None, orgs=("Ministry of Foreign Affairs of Belarus",)))
        assert len(by_ministry) == 4
        assert {e.origin_key for e in by_ministry} == {
            e.origin_key for e in events(EventFilter(pair=None, actors=("Vladimir Makei",)))
        }
        statement = session.scalars(
            select(Event).where(Event.speaker_id == lukashenko.id, Event.cameo_code == "010")
        ).one()
        assert (statement.kind, statement.goldstein, statement.country1) == ("statement", 0.0, "BLR")
        assert statement.location == "Minsk, Belarus"
        meeting = events(EventFilter(pair=("BLR", "ITA"), kinds=("meeting",)))
        assert len(meeting) == 2 and all(e.quad_class == 1 for e in meeting)
        ministries = session.scalars(select(Organization.name).where(Organization.sector == "ministry")).all()
        assert "Ministry of Foreign Affairs of Poland" in ministries


def test_reimport_changes_nothing(shared_data: Path, db_url: str) -> None:
    engine = make_engine(db_url)
    tables = ("events", "actors", "organizations", "event_actors", "monthly_pair_stats",
              "actor_aliases", "sources")
    first = import_files(engine, [shared_data / ICEWS])
    counts = {t: row_count(engine, t) for t in tables}
    for _ in range(2):
        again = import_files(engine, [shared_data / ICEWS])
        assert (again.inserted, again.unchanged) == (0, first.inserted)
        assert {t: row_count(engine, t) for t in tables} == counts


def test_bad_rows_are_skipped_and_named(shared_data: Path, tmp_path: Path, db_url: str) -> None:
    lines = (shared_data / ICEWS).read_text(encoding="utf-8").splitlines()
    header, body = lines[0], lines[1:21]
    broken = body[3].split("\t")
    broken[1] = "2018-02-30"
    body[3] = "\t".join(broken)
    body[7] = "\t".join(body[7].split("\t")[:5])
    path = tmp_path / "damaged.tab"
    path.write_text("\n".join([header, *body]) + "\n", encoding="utf-8")
    engine = make_engine(db_url)
    summary = import_files(engine, [path], "icews")
    assert (summary.rows_read, summary.skipped, summary.inserted) == (20, 2, 18)
    assert summary.malformed == 2 and summary.failed
    assert f"{path}:4: broken date '2018-02-30'" in summary.skipped_samples
    assert f"{path}:8: wrong column count (5 instead of 20)" in summary.skipped_samples


def test_a_file_without_icews_columns_is_refused_by_name(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "other.tab"
    path.write_text("a\tb\n1\t2\n", encoding="utf-8")
    summary = import_files(make_engine(db_url), [path], "icews")
    assert summary.files == 0 and len(summary.errors) == 1
    assert str(path) in summary.errors[0] and "Event ID" in summary.errors[0]


@pytest.mark.parametrize("name", ["Alexander Lukashenko", "Kim Jong-Un", "Sheikh Mohammed bin Zayed Al Nahyan"])
def test_person_names(name: str) -> None:
    from pipeline.importers.reference import looks_like_person

    assert looks_like_person(name)


@pytest.mark.parametrize(
    "name", ["Russia", "European Union", "Bharatiya Janata", "Israeli Defense Forces", "Hamas",
             "Police (India)", "Southeast Asia", "Palestinian Territory, Occupied"]
)
def test_organization_names(name: str) -> None:
    from pipeline.importers.reference import looks_like_person

    assert not looks_like_person(name)


def test_cli_exit_code_is_1_only_for_bad_input(
    shared_data: Path, tmp_path: Path, db_url: str
) -> None:
    """Rows with no country are valid data out of a pair's scope: the real sample imports
    with exit code 0; a malformed row is bad input and gives exit code 1."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    runner = CliRunner()
    good = runner.invoke(app, ["import", str(shared_data / ICEWS), "--db", db_url])
    assert good.exit_code == 0, good.output
    assert "skipped, of which 0 malformed" in good.output
    lines = (shared_data / ICEWS).read_text(encoding="utf-8").splitlines()
    bad_row = lines[1].split("\t")
    bad_row[1] = "2018-13-01"
    path = tmp_path / "bad.tab"
    path.write_text("\n".join([lines[0], "\t".join(bad_row)]) + "\n", encoding="utf-8")
    bad = runner.invoke(app, ["import", str(path), "--db", db_url])
    assert bad.exit_code == 1, bad.output
    assert f"{path}:1: broken date" in bad.output
