"""The bundled demo corpus: real, sourced, complete enough to explore.

Loads the whole of ``data/demo`` into a fresh database the way ``make run`` does on first
start, checks it against an independent read of the CSV files, and runs every
dashboard page on the result.
"""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Event, EventSource, Source
from db.session import make_engine
from tests.conftest import ROOT

DEMO = ROOT / "data" / "demo"
OTHER_PAIRS = [("BLR", "LTU"), ("BLR", "RUS"), ("POL", "UKR"), ("DEU", "POL")]


def demo_rows() -> pd.DataFrame:
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in sorted(DEMO.glob("*.csv"))]
    return pd.concat(frames, ignore_index=True)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'dyad.db'}"
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "demo", "--db", url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return url


def test_every_chronology_row_is_dated_paired_and_sourced() -> None:
    rows = demo_rows()
    assert len(rows) > 0
    dates = pd.to_datetime(rows["date"].str.slice(0, 10), format="mixed", errors="coerce")
    assert dates.notna().all(), rows.loc[dates.isna(), "date"].tolist()
    assert (dates >= "2018-01-01").all() and (dates <= "2025-12-31").all()
    for col in ("country1", "country2"):
        assert rows[col].str.fullmatch(r"[A-Z]{3}").all(), rows.loc[~rows[col].str.fullmatch(r"[A-Z]{3}"), col]
    assert (rows["country1"] != rows["country2"]).all()
    assert rows["source_url"].str.match(r"https?://\S+$").all()
    assert rows["summary"].str.len().gt(10).all()


def test_the_chronology_names_each_ministry_as_the_extractor_does() -> None:
    """A ministry the demo chronology names differently from the extractor's canonical name
    ("Ministry of Interior of Poland" beside "Ministry of Interior and Administration of
    Poland") would stand as two actors on the Actors page.  Ministries of a type the
    gazetteer does not know ("Ministry of Economy of Ukraine") are left as written."""
    import re

    from pipeline.extraction.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    iso = {name: code for code, name in gaz.country_names.items()}
    checked = []
    for cell in demo_rows()["organizations"]:
        for part in cell.split(";"):
            m = re.match(r"\s*(Ministry of (.+) of (.+?)) \[", part)
            if m is None or m.group(3) not in iso:
                continue
            words = set(m.group(2).lower().split())
            for mtype, title_words in gaz.minister_words.items():
                if words & set(title_words):
                    checked.append(m.group(1))
                    assert m.group(1) == gaz.ministry_name(iso[m.group(3)], mtype), m.group(1)
    assert len(checked) > 50


def test_blr_pol_chronology_has_80_real_events() -> None:
    chron = pd.read_csv(DEMO / "chronology.csv", dtype=str, keep_default_na=False)
    pairs = chron.apply(lambda r: tuple(sorted((r["country1"], r["country2"]))), axis=1)
    assert (pairs == ("BLR", "POL")).sum() >= 80


def test_demo_loads_with_counts_per_pair(demo_db: str) -> None:
    rows = demo_rows()
    expected = rows.apply(lambda r: tuple(sorted((r["country1"], r["country2"]))), axis=1).value_counts()
    engine = make_engine(demo_db)
    with Session(engine) as s:
        held = dict(
            ((a, b), n)
            for a, b, n in s.execute(
                select(Event.country1, Event.country2, func.count())
                .where(Event.origin == "csv")
                .group_by(Event.country1, Event.country2)
            ).all()
        )
        for pair, n in expected.items():
            assert held.get(pair) == n, (pair, held.get(pair), n)
        for pair in OTHER_PAIRS:
            assert held.get(pair, 0) >= 15, pair
        articles = s.scalar(select(func.count()).select_from(Source).where(Source.kind == "article"))
        assert articles == len(list((DEMO / "articles").glob("*.md")))
        assert articles >= 12
        with_evidence = s.scalar(
            select(func.count(func.distinct(EventSource.event_id)))
            .join(Event, Event.id == EventSource.event_id)
            .where(Event.country1 == "BLR", Event.country2 == "POL", EventSource.evidence.is_not(None))
        )
        assert with_evidence >= 12, "the demo articles show extracted BLR-POL events with evidence"
        statements = s.scalar(
            select(func.count()).select_from(Event).where(
                Event.kind == "statement", Event.origin == "article", Event.tone.is_not(None)
            )
        )
        assert statements >= 10
    engine.dispose()


def test_demo_twice_changes_nothing(demo_db: str) -> None:
    engine = make_engine(demo_db)
    with Session(engine) as s:
        before = s.scalar(select(func.count(Event.id)))
    again = subprocess.run(
        [sys.executable, "-m", "pipeline", "demo", "--db", demo_db],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert again.returncode == 0, again.stdout + again.stderr
    with Session(engine) as s:
        assert s.scalar(select(func.count(Event.id))) == before
    engine.dispose()


PAGES = ["overview", "timeline", "tone", "actors", "pair", "sources", "ingest"]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_the_demo(demo_db: str, page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("DYAD_DB_URL", demo_db)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["pair"] = "BLR-POL"
    at.run()
    assert not at.exception, at.exception
    target = next(p for p in (ROOT / "pages").glob("*.py") if p.stem.endswith(page))
    at.switch_page(str(target.relative_to(ROOT)))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not [e for e in at.error], [e.value for e in at.error]
