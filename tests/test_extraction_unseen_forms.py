"""Sentence forms the extractor met first in articles it had not been tuned on, each
checked on sentences of our own at the extractor level (not copied from any article)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extraction import extract
from pipeline.types import Article, ExtractedEvent

FRIDAY = dt.date(2025, 12, 26)


def events_of(text: str, published: dt.date = FRIDAY) -> list[ExtractedEvent]:
    return extract(Article(text=text, published=published))


def sides(found: list[ExtractedEvent], kind: str) -> list[tuple[str | None, str | None]]:
    return [(e.source_country, e.target_country) for e in found if e.kind == kind]


@pytest.mark.parametrize("text", [
    "Several dozen objects flew into Poland from Belarus during the night, officials said.",
    "A drone entered Poland from Belarus on Sunday.",
    "The drone violated Polish airspace coming from Belarus, the operational command said.",
    "On Wednesday about 100 migrants forced their way into Poland from Belarus.",
])
def test_an_intrusion_comes_from_the_side_it_flew_from(text: str) -> None:
    assert sides(events_of(text), "incident") == [("BLR", "POL")]


def test_a_minister_flying_to_a_capital_is_a_visit_not_an_intrusion() -> None:
    found = events_of("Foreign Minister Radosław Sikorski flew to Minsk from Warsaw on Monday.")
    assert [e.kind for e in found] == ["meeting"]


def test_the_origin_rule_is_for_intrusions_only() -> None:
    # an attack names its doer by its subject, not by where the shells came from
    found = events_of("Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday.")
    assert all(e.source_country != "PSE" for e in found)
