"""Ingest page: pipeline preview, save, caches cleared, input errors shown as messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from db.models import Event, Source
from db.session import make_engine
from tests.conftest import SEED_ARTICLE
from tests.dashboard_fixture import open_page, texts, widget


def _button(at: object, label: str) -> object:
    return next(b for b in at.button if b.label == label)  # type: ignore[attr-defined]


def _paste_the_seed_article(db_url: str) -> object:
    """The ingest page with the seed article pasted, dated and previewed."""
    at = open_page(db_url, "ingest", {"pair": "BLR-POL"}, timeout=180)
    assert not at.exception
    widget(at, "text_area", "Article text").set_value(
        Path(SEED_ARTICLE).read_text(encoding="utf-8"))
    widget(at, "date_input", "Publication date").set_value(dt.date(2019, 3, 5))
    _button(at, "Preview extracted events").click().run()  # type: ignore[attr-defined]
    assert not at.exception  # type: ignore[attr-defined]
    return at


def test_paste_preview_save_and_pages_update(db_url: str) -> None:
    at: Any = _paste_the_seed_article(db_url)
    preview = at.dataframe[0].value
    assert len(preview) >= 1 and "BLR–POL" in set(preview["countries"])
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Event)).scalar_one() == 0
    _button(at, "Save to database").click().run()  # type: ignore[attr-defined]
    assert not at.exception
    assert any("Stored: 1 article(s) read" in s.value for s in at.success)
    with engine.connect() as conn:
        stored = conn.execute(select(func.count()).select_from(Event)).scalar_one()
        assert conn.execute(select(func.count()).select_from(Source)).scalar_one() == 1
    engine.dispose()
    assert stored >= 1
    at.switch_page("pages/overview.py").run()
    assert not at.exception
    assert f"{stored} in the database" in texts(at)


def test_empty_paste_and_oversized_upload_are_messages(db_url: str) -> None:
    at = open_page(db_url, "ingest", {})
    widget(at, "text_area", "Article text").set_value("   ")
    _button(at, "Preview extracted events").click().run()  # type: ignore[attr-defined]
    assert not at.exception
    assert any("empty text" in e.value for e in at.error)
    widget(at, "segmented_control", "Input").set_value("Upload file").run()
    at.file_uploader[0].set_value(("big.txt", b"a" * (11 * 1024 * 1024), "text/plain"))
    _button(at, "Preview extracted events").click().run()  # type: ignore[attr-defined]
    assert not at.exception
    assert any("10 MB upload limit" in e.value for e in at.error)


def test_saving_into_a_database_of_an_older_schema_is_refused_with_a_message(
        db_url: str) -> None:
    from alembic import command

    from db.migrate import alembic_config

    command.upgrade(alembic_config(db_url), "0001")  # as an older Dyad left it
    at: Any = _paste_the_seed_article(db_url)
    _button(at, "Save to database").click().run()  # type: ignore[attr-defined]
    assert not at.exception
    assert any("dyad db upgrade" in e.value for e in at.error)
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Source)).scalar_one() == 0
    engine.dispose()
