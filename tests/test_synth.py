"""Synthetic GDELT files: deterministic, GDELT 2.0-shaped, varied, and importable without loss."""

from __future__ import annotations

import io
from pathlib import Path

from sqlalchemy import func, select

from db.models import Event, Organization
from db.session import make_engine
from pipeline.importers import import_files, sniff_format
from pipeline.synth import write_synth


def _synth(n: int, seed: int) -> str:
    out = io.StringIO()
    write_synth(n, seed, out)
    return out.getvalue()


def test_same_seed_same_file_and_raw_gdelt2_shape() -> None:
    text = _synth(3000, 7)
    assert text == _synth(3000, 7)
    assert text != _synth(3000, 8)
    rows = [line.split("\t") for line in text.splitlines()]
    assert len(rows) == 3000
    assert {len(r) for r in rows} == {61}
    ids = [int(r[0]) for r in rows]
    assert ids == sorted(ids) and len(set(ids)) == 3000
    days = [r[1] for r in rows]
    assert min(days)[:4] <= "2005" and max(days)[:4] >= "2024"  # 20 years
    assert len({tuple(sorted({r[7], r[17]} - {""})) for r in rows}) > 150  # many pairs
    assert {r[12] for r in rows} >= {"GOV", "MIL", "COP"}
    assert sum(1 for r in rows if not r[17]) > 100  # one-actor events too


def test_synthetic_file_imports_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "synth.tsv"
    path.write_text(_synth(2000, 3), encoding="utf-8")
    assert sniff_format(path) == "gdelt"
    engine = make_engine(f"sqlite:///{tmp_path / 'dyad.db'}")
    summary = import_files(engine, [path])
    assert (summary.rows_read, summary.inserted, summary.skipped, summary.errors) == (2000, 2000, 0, [])
    with engine.connect() as conn:
        kinds = dict(conn.execute(select(Event.kind, func.count()).group_by(Event.kind)).all())
        assert set(kinds) == {"meeting", "statement", "measure", "incident", "other"}
        assert kinds["statement"] > kinds["incident"]
        sectors = set(conn.execute(select(Organization.sector).distinct()).scalars())
        assert {"government", "military", "police"} <= sectors


def test_zero_events_writes_nothing() -> None:
    assert _synth(0, 1) == ""
