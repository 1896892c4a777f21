"""GDELT imports of the real shared files: counts, mapping, idempotence, archives, bad rows."""

from __future__ import annotations

import csv
import gzip
import zipfile
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from db.filters import EventFilter, apply_filter
from db.models import Actor, Event, EventActor, MonthlyPairStat, Organization, Source
from db.session import make_engine, session_scope
from db.stats import rebuild_all, refresh_pair_months
from pipeline.importers import import_files, sniff_format
from pipeline.types import InputError
from tests.table_counts import row_counts

RAW = "gdelt/20191024143000.export.CSV"
SAMPLE = "gdelt/events2samps.csv"
TABLES = ("events", "actors", "organizations", "event_actors", "monthly_pair_stats", "sources",
          "actor_aliases")


def _counts(engine: Engine) -> dict[str, int]:
    return row_counts(engine, TABLES)


def _raw_frame(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", header=None, dtype=str, quoting=csv.QUOTE_NONE,
                       keep_default_na=False)


def test_raw_export_imports_every_row_but_those_without_any_country(
    shared_data: Path, db_url: str
) -> None:
    engine = make_engine(db_url)
    summary = import_files(engine, [shared_data / RAW])
    frame = _raw_frame(shared_data / RAW)
    assert len(frame) == 2111
    # Independent count of the documented skip: no actor country and no place at all.
    no_country = int(((frame[7] == "") & (frame[17] == "") & (frame[52] == "")).sum())
    assert summary.rows_read == 2111
    assert summary.skipped == no_country == 13
    assert summary.inserted == 2111 - no_country
    assert summary.errors == []
    assert all("no country" in s for s in summary.skipped_samples)
    assert _counts(engine)["events"] == summary.inserted
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).where(Source.kind == "import")).scalar_one() == 1


def test_header_variant_with_extra_column_imports(shared_data: Path, db_url: str) -> None:
    engine = make_engine(db_url)
    assert sniff_format(shared_data / SAMPLE) == "gdelt"
    summary = import_files(engine, [shared_data / SAMPLE])
    frame = pd.read_csv(shared_data / SAMPLE, dtype=str, keep_default_na=False)
    assert len(frame) == 6090
    no_country = int(((frame["Actor1CountryCode"] == "") & (frame["Actor2CountryCode"] == "")
                      & (frame["ActionGeo_FullName"] == "")).sum())
    assert (summary.rows_read, summary.skipped) == (6090, no_country)
    assert summary.inserted == 6090 - no_country
    with engine.connect() as conn:
        stored = dict(conn.execute(select(Event.origin_key, Event.cameo_code)).all())
    expected = dict(zip(frame["GLOBALEVENTID"], frame["EventCode"], strict=True))
    assert stored and all(code == expected[key] for key, code in stored.items())
    assert any(str(code).startswith("0") for code in stored.values())  # leading zeros kept


# CAMEO regional actor codes seen in the shared files (not countries), and the FIPS codes
# of GDELT's ActionGeo_CountryCode for the two countries of interest.
REGIONS = {"AFR", "ASA", "CRB", "EUR", "MEA", "NMR", "PGS", "SAF", "SAS", "SEA", "WST"}
FIPS = {"BO": "BLR", "PL": "POL"}


def _pairs(frame: pd.DataFrame, c1: str | int, c2: str | int, geo: str | int) -> Counter[tuple[str, str]]:
    """Pairs touching Belarus or Poland, by the documented rule, computed with pandas."""
    pairs: Counter[tuple[str, str]] = Counter()
    for a, b, place in zip(frame[c1], frame[c2], frame[geo], strict=True):
        codes = sorted({x for x in (a, b) if x and x not in REGIONS})
        if not codes and place in FIPS:
            codes = [FIPS[place]]
        if {"BLR", "POL"} & set(codes):
            pairs[(codes[0], codes[-1])] += 1
    return pairs


def _db_pairs(engine: Engine) -> Counter[tuple[str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(Event.country1, Event.country2, func.count())
            .where(Event.country1.in_(["BLR", "POL"]) | Event.country2.in_(["BLR", "POL"]))
            .group_by(Event.country1, Event.country2)
        ).all()
    return Counter({(a, b): n for a, b, n in rows})


def test_belarus_poland_rows_match_an_independent_pandas_read(shared_data: Path, db_url: str) -> None:
    engine = make_engine(db_url)
    import_files(engine, [shared_data / RAW, shared_data / SAMPLE])
    expected = _pairs(_raw_frame(shared_data / RAW), 7, 17, 53)
    sample = pd.read_csv(shared_data / SAMPLE, dtype=str, keep_default_na=False)
    expected.update(_pairs(sample, "Actor1CountryCode", "Actor2CountryCode", "ActionGeo_CountryCode"))
    assert sum(expected.values()) >= 19
    assert _db_pairs(engine) == expected


def test_reimport_changes_nothing(shared_data: Path, db_url: str) -> None:
    engine = make_engine(db_url)
    files = [shared_data / RAW, shared_data / SAMPLE]
    first = import_files(engine, files)
    after_one = _counts(engine)
    for _ in range(2):
        again = import_files(engine, files)
        assert (again.inserted, again.unchanged) == (0, first.inserted)
        assert _counts(engine) == after_one
    assert after_one["events"] == first.inserted


@pytest.mark.postgres
def test_import_and_reimport_on_every_database(shared_data: Path, any_db_url: str) -> None:
    engine = make_engine(any_db_url)
    first = import_files(engine, [shared_data / RAW])
    assert first.errors == [] and first.inserted == 2098
    counts = _counts(engine)
    again = import_files(engine, [shared_data / RAW])
    assert again.inserted == 0 and _counts(engine) == counts
    _assert_stats_exact(engine)
    engine.dispose()


def _event_rows(engine: Engine) -> set[tuple[object, ...]]:
    with engine.connect() as conn:
        return set(conn.execute(select(
            Event.origin_key, Event.kind, Event.date, Event.country1, Event.country2, Event.cameo_code,
            Event.goldstein, Event.tone, Event.location, Event.source_url)).all())


def test_gz_and_zip_archives_import_the_same(shared_data: Path, tmp_path: Path) -> None:
    raw = (shared_data / RAW).read_bytes()
    gz_path = tmp_path / "export.CSV.gz"
    gz_path.write_bytes(gzip.compress(raw))
    zip_path = tmp_path / "export.CSV.zip"
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("20191024143000.export.CSV", raw)
    plain = make_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    import_files(plain, [shared_data / RAW])
    expected = _event_rows(plain)
    for path in (gz_path, zip_path):
        engine = make_engine(f"sqlite:///{tmp_path / (path.suffix[1:] + '.db')}")
        assert sniff_format(path) == "gdelt"
        summary = import_files(engine, [path])
        assert summary.errors == [] and summary.inserted == len(expected)
        assert _event_rows(engine) == expected


def test_wrong_column_count_and_broken_date_rows_are_skipped_with_a_sample(
    shared_data: Path, tmp_path: Path, db_url: str
) -> None:
    lines = (shared_data / RAW).read_text(encoding="utf-8").splitlines()[:40]
    short = "\t".join(lines[10].split("\t")[:30])
    bad_date = lines[20].split("\t")
    bad_date[1] = "20191345"
    future = lines[21].split("\t")
    future[1] = "29991231"
    rows = lines[:10] + [short] + lines[10:20] + ["\t".join(bad_date), "\t".join(future)] + lines[22:]
    path = tmp_path / "damaged.export.CSV"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    engine = make_engine(db_url)
    summary = import_files(engine, [path])
    assert summary.rows_read == 41 and summary.skipped == 3
    assert f"{path}:11: wrong column count (30 instead of 61)" in summary.skipped_samples
    assert f"{path}:22: broken date '20191345'" in summary.skipped_samples
    assert f"{path}:23: broken date '29991231'" in summary.skipped_samples
    assert summary.inserted == 38 - sum(1 for line in lines if line.split("\t")[52] == ""
                                        and not line.split("\t")[7] and not line.split("\t")[17])
    assert "wrong column count" in summary.render()


def test_a_bad_file_spoils_no_other(shared_data: Path, tmp_path: Path, db_url: str) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.export.CSV"
    binary.write_bytes(bytes(range(256)) * 10)
    engine = make_engine(db_url)
    summary = import_files(engine, [empty, shared_data / RAW, binary], "gdelt")
    assert summary.files == 1 and summary.inserted == 2098
    assert len(summary.errors) == 2
    assert str(empty) in summary.errors[0] and "empty" in summary.errors[0]
    assert str(binary) in summary.errors[1]
    with pytest.raises(InputError, match="empty.csv"):
        sniff_format(empty)


def test_row_mapping_actors_and_organizations(shared_data: Path, db_url: str) -> None:
    engine = make_engine(db_url)
    import_files(engine, [shared_data / RAW])
    with Session(engine) as session:
        eu = session.scalars(select(Event).where(Event.origin_key == "881990833")).one()
        assert (eu.kind, eu.cameo_code, eu.cameo_root, eu.quad_class) == ("meeting", "040", "04", 1)
        assert (eu.country1, eu.country2) == ("BLR", "BLR")  # EU is no country: the place is
        assert eu.goldstein == pytest.approx(1.0)
        assert eu.tone == pytest.approx(0.063492063492064)
        assert eu.location == "Minsk, Belarus (general), Belarus"
        assert eu.source_url and eu.source_url.startswith("https://belsat.eu/")
        assert (eu.origin, eu.origin_file, eu.origin_row) == ("gdelt", str(shared_data / RAW), 2)
        assert (eu.num_mentions, eu.num_sources, eu.num_articles) == (10, 1, 10)
        names = {link.actor.name for link in eu.actor_links}
        assert names == {"The EU"}
        government = session.scalars(
            select(Organization).where(Organization.name == "Government of Belarus")
        ).one()
        assert (government.country, government.sector) == ("BLR", "government")
        members = session.scalars(select(Actor).where(Actor.organization_id == government.id)).all()
        assert members and all(m.country == "BLR" for m in members)
        # The dashboard's organization filter reaches GDELT events through those actors.
        found = session.scalars(
            apply_filter(select(Event), EventFilter(pair=None, orgs=("Government of Belarus",)))
        ).all()
        assert found and all("BLR" in (e.country1, e.country2) for e in found)
        # A state named as actor is its country, not an actor row.
        assert session.scalars(select(Actor).where(Actor.name == "Belarus")).first() is None
        assert (session.scalar(select(func.count()).select_from(EventActor)) or 0) > 2000


def _stats(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        rows = conn.execute(select(
            MonthlyPairStat.country1, MonthlyPairStat.country2, MonthlyPairStat.month,
            MonthlyPairStat.kind, MonthlyPairStat.quad_class, MonthlyPairStat.n_events,
            MonthlyPairStat.tone_n, MonthlyPairStat.goldstein_n,
            MonthlyPairStat.tone_sum, MonthlyPairStat.goldstein_sum,
        ).order_by(MonthlyPairStat.country1, MonthlyPairStat.country2, MonthlyPairStat.month,
                   MonthlyPairStat.kind, MonthlyPairStat.quad_class)).all()
    return [(*r[:8], round(r[8], 6), round(r[9], 6)) for r in rows]


def _assert_stats_exact(engine: Engine) -> None:
    kept = _stats(engine)
    with session_scope(engine) as session:
        rebuild_all(session)
    assert kept and kept == _stats(engine)


@pytest.mark.postgres
def test_monthly_stats_are_kept_current_and_refresh_recomputes(
    shared_data: Path, any_db_url: str
) -> None:
    engine = make_engine(any_db_url)
    import_files(engine, [shared_data / RAW, shared_data / SAMPLE])
    _assert_stats_exact(engine)
    with engine.connect() as conn:
        total = conn.execute(select(func.sum(MonthlyPairStat.n_events))).scalar_one()
        assert total == conn.execute(select(func.count()).select_from(Event)).scalar_one()
    # Deleting events leaves stale rows until refresh_pair_months recomputes their keys.
    with session_scope(engine) as session:
        victims = session.execute(
            select(Event.id, Event.country1, Event.country2, Event.date)
            .where(Event.country1 == "USA", Event.country2 == "USA")
        ).all()
        assert victims
        session.execute(text("DELETE FROM events WHERE country1 = 'USA' AND country2 = 'USA'"))
        refresh_pair_months(session, [(v.country1, v.country2, v.date) for v in victims])
    _assert_stats_exact(engine)
    engine.dispose()


def test_chunking_and_progress_do_not_change_the_result(shared_data: Path, tmp_path: Path) -> None:
    from pipeline.importers import import_file

    whole = make_engine(f"sqlite:///{tmp_path / 'whole.db'}")
    import_files(whole, [shared_data / RAW])
    small = make_engine(f"sqlite:///{tmp_path / 'small.db'}")
    steps: list[int] = []
    result = import_file(small, shared_data / RAW, progress=steps.append, chunk_rows=300)
    assert result.inserted == 2098 and len(steps) == 7 and sum(steps) == 2111
    assert _event_rows(small) == _event_rows(whole)
    assert _stats(small) == _stats(whole)


def test_truncated_archive_keeps_committed_chunks_and_names_the_file(
    shared_data: Path, tmp_path: Path, db_url: str
) -> None:
    from pipeline.importers import import_file

    packed = gzip.compress((shared_data / RAW).read_bytes())
    path = tmp_path / "cut.export.CSV.gz"
    path.write_bytes(packed[: len(packed) * 3 // 4])
    engine = make_engine(db_url)
    result = import_file(engine, path, chunk_rows=200)
    assert result.error is not None and str(path) in result.error
    stored = _counts(engine)["events"]
    assert stored == result.inserted and 200 <= stored < 2098
    _assert_stats_exact(engine)
    # Importing the complete file afterwards finishes the job without duplicates.
    assert import_files(engine, [shared_data / RAW]).inserted == 2098 - stored
    assert _counts(engine)["events"] == 2098


def test_gdelt_1_layout_with_58_columns_imports_like_2(shared_data: Path, tmp_path: Path) -> None:
    from pipeline.importers.gdelt import GDELT1_COLUMNS, GDELT2_COLUMNS

    adm2 = {i for i, name in enumerate(GDELT2_COLUMNS) if name.endswith("ADM2Code")}
    assert len(GDELT1_COLUMNS) == 58 and len(GDELT2_COLUMNS) == 61 and len(adm2) == 3
    lines = (shared_data / RAW).read_text(encoding="utf-8").splitlines()
    old = ["\t".join(v for i, v in enumerate(line.split("\t")) if i not in adm2) for line in lines]
    path = tmp_path / "20191024.export.CSV"
    path.write_text("\n".join(old) + "\n\n", encoding="utf-8")
    v1 = make_engine(f"sqlite:///{tmp_path / 'v1.db'}")
    summary = import_files(v1, [path])
    assert (summary.rows_read, summary.inserted, summary.skipped) == (2111, 2098, 13)
    v2 = make_engine(f"sqlite:///{tmp_path / 'v2.db'}")
    import_files(v2, [shared_data / RAW])
    assert _event_rows(v1) == _event_rows(v2)
