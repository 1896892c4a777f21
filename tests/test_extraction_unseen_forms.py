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


@pytest.mark.parametrize(("text", "speaker"), [
    ("Interior Minister Mariusz Kamiński added 120 people to the national sanctions list on "
     "Monday. The people on the list served the Belarusian regime, the ministry said.",
     "Ministry of Interior and Administration of Poland"),
    ("Interior Minister Mariusz Kamiński signed the order on Monday. The decision answers "
     "the jailing of activists in Belarus, the interior ministry said.",
     "Ministry of Interior and Administration of Poland"),
    ("Polish Foreign Minister Radosław Sikorski met Ukrainian officials on Monday. "
     "The ministry said Belarus was a threat.", "Ministry of Foreign Affairs of Poland"),
])
def test_the_ministry_of_the_minister_named_before(text: str, speaker: str) -> None:
    statements = [e for e in events_of(text) if e.kind == "statement"]
    assert [(e.speaker.name if e.speaker else None, e.countries) for e in statements] == [
        (speaker, ("BLR", "POL"))]


def test_an_earlier_ministry_still_wins_over_a_minister() -> None:
    found = events_of("The Belarusian Foreign Ministry protested on Monday. Polish Defence "
                      "Minister Mariusz Błaszczak visited the border. The ministry said "
                      "Poland was stirring tension.")
    speakers = [e.speaker.name for e in found if e.kind == "statement" and e.speaker]
    assert "Ministry of Foreign Affairs of Belarus" in speakers
    assert all("Poland" not in s for s in speakers)


def test_a_state_reported_by_its_own_leader_speaks_through_him() -> None:
    found = events_of("Lukashenko spoke to reporters in Minsk on Thursday. Belarus had warned "
                      "Poland about the drones in time, he said.")
    statements = [e for e in found if e.kind == "statement" and e.countries == ("BLR", "POL")]
    assert [e.speaker.name if e.speaker else None for e in statements] == [
        "Alyaksandr Lukashenka"]


def test_a_state_reported_by_the_other_side_keeps_no_speaker() -> None:
    found = events_of("Sikorski spoke in Warsaw on Thursday. Belarus had threatened Poland "
                      "for months, he said.")
    assert all(e.speaker is None or e.speaker.country == "POL" for e in found)
