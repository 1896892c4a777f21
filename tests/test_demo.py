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


def test_the_demo_names_each_known_body_as_the_extractor_does() -> None:
    """A body the demo files name differently from the extractor ("Ministry of Interior of
    Poland" beside "Ministry of Interior and Administration of Poland", "Polish Border Guard"
    beside "Border Guard of Poland") would stand as two actors on the Actors page.  Each
    organisation the extractor resolves to a ministry or a body the gazetteer lists must be
    written the way the extractor writes it; bodies it does not know are left as written."""
    import datetime as dt
    import re

    from pipeline.extraction import load_nlp
    from pipeline.extraction.entities import find_mentions
    from pipeline.extraction.gazetteer import load_gazetteer

    gaz, nlp = load_gazetteer(), load_nlp()
    names = {m.group(1) for cell in demo_rows()["organizations"] for part in cell.split(";")
             if (m := re.match(r"\s*(.+?) \[[A-Z]{3}\]", part))}
    checked, renamed = 0, []
    for name in sorted(names):
        found = find_mentions(nlp(f"The {name} said so on Monday."), dt.date(2022, 1, 3))
        known = [m for m in found.mentions if m.name and (
            m.kind == "ministry" or m.kind == "org" and f"org:{m.name}" in gaz.entries)]
        if known:
            checked += 1
            if known[0].name != name:
                renamed.append((name, known[0].name))
    assert checked > 20 and renamed == [], renamed


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
