"""The PETRARCH-2 benchmark reader and scorer (``evaluate_petr``): CAMEO helpers, the parser
on the real validation file, and codings scored against hand-built extracted events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.evaluate_petr import (
    PetrCoding,
    PetrRecord,
    cameo_country,
    cameo_root,
    parse_petr,
    score_codings,
)
from pipeline.types import ExtractedEvent

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


PETR_FILE = DATA / "eval" / "PETR2_GSR_validation.xml"


# ------------------------------------------------------------------ PETR2


def test_cameo_helpers() -> None:
    assert cameo_country("USAGOV") == "USA"
    assert cameo_country("PSE") == "PSE"
    assert cameo_country("---REB") is None
    assert cameo_country("IGOEUREEC") is None
    assert cameo_country("IMGMUSISI") is None
    assert cameo_country("") is None
    assert cameo_root("0352") == "03"
    assert cameo_root("190") == "19"
    assert cameo_root(None) is None


def test_parse_real_petr_file() -> None:
    records = parse_petr(PETR_FILE)
    # The data README says 79; the file holds 78 <Sentence> records (grep counts the
    # <Sentences> wrapper as a 79th).
    assert len(records) == 78
    assert len({r.id for r in records}) == 78
    assert all(r.evaluate for r in records)
    assert sum(len(r.codings) for r in records) == 80
    assert sum(r.noevents for r in records) == 12
    assert all(bool(r.codings) != r.noevents for r in records)
    first = records[0]
    assert (first.id, first.date, first.category) == ("AFP0808020625_4", dt.date(2008, 8, 4), "AFP")
    assert first.codings == [PetrCoding("042", "USA", "CHN")]
    assert first.text.startswith("The stopover came as the US leader prepared")
    assert "\n" not in first.text
    coop = next(r for r in records if r.id == "COOP_0")
    assert len(coop.codings) == 6
    # the record dated "121108" gets the previous record's date
    odd = next(r for r in records if r.id == "AFP0808020905_1")
    assert odd.date_repaired and odd.date == dt.date(2008, 8, 6)
    assert [c.eventcode for c in odd.codings] == ["046", "046"]
    # the commented-out second parse of VERB_5 does not leak into its record
    verb5 = next(r for r in records if r.id == "VERB_5")
    assert verb5.noevents and not verb5.codings


def test_score_codings_best_match() -> None:
    record = PetrRecord(
        id="r",
        category="T",
        date=dt.date(2015, 6, 9),
        raw_date="20150609",
        text="x",
        codings=[PetrCoding("042", "USAGOV", "CHN"), PetrCoding("190", "---REB", "SYR")],
    )
    day = dt.date(2015, 6, 9)
    events = [
        ExtractedEvent("meeting", day, ("CHN", "USA"), source_country="USA",
                       target_country="CHN", cameo_code="040"),
        ExtractedEvent("incident", day, ("SYR",), source_country=None,
                       target_country="SYR", cameo_code="193"),
    ]  # fmt: skip
    first, second = score_codings(record, events)
    assert first.full_ok and first.predicted is not None
    assert first.predicted["cameo_code"] == "040"
    assert second.countries_ok and second.root_ok and second.full_ok  # non-state -> None
    assert [r.full_ok for r in score_codings(record, events[:1])] == [True, False]
    nothing = score_codings(record, [])
    assert [(r.source_ok, r.target_ok, r.root_ok) for r in nothing] == [(False,) * 3] * 2


def test_score_codings_either_direction_is_supplementary() -> None:
    day = dt.date(2015, 6, 9)
    record = PetrRecord(
        id="coop", category="T", date=day, raw_date="20150609", text="x",
        codings=[PetrCoding("040", "USA", "RUS"), PetrCoding("040", "RUS", "USA")],
    )  # fmt: skip
    talks = ExtractedEvent("meeting", day, ("RUS", "USA"), source_country="USA",
                           target_country="RUS", cameo_code="043")  # fmt: skip
    forward, backward = score_codings(record, [talks])
    assert forward.full_ok and forward.either_full_ok
    assert not backward.source_ok and not backward.target_ok and not backward.full_ok
    assert backward.either_countries_ok and backward.either_full_ok
    talks.cameo_code = "051"
    assert [r.either_full_ok for r in score_codings(record, [talks])] == [False, False]
