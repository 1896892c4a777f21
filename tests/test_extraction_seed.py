"""The seed article (Belsat, 2019-03-05) must yield exactly its six Belarus-Poland events.

Gold: ../shared/data/eval/seed.gold.json (s-a .. s-f are the Belarus-Poland items; the gold is
exhaustive for that pair, so any other Belarus-Poland event is a false positive).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pipeline.extraction import extract
from pipeline.extraction.tone import tone_label
from pipeline.types import Article, ExtractedEvent

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SEED = DATA / "seed" / "belsat-2019-03-belarus-poland-military-consultations.txt"
GOLD = DATA / "eval" / "seed.gold.json"
PUBLISHED = dt.date(2019, 3, 5)
CONTEXT_MARKERS = ("INF treaty", "Kaliningrad", "Moscow-Washington", "US military base")


def _norm(text: str) -> str:
    return " ".join(text.replace("“", "").replace("”", "").split())


def _gold_events() -> list[dict]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return [e for e in gold["events"] if sorted(e["countries"]) == ["BLR", "POL"]]


def _articles() -> dict[str, Article]:
    raw = SEED.read_text(encoding="utf-8")
    title, body = raw.split("\n", 1)
    return {
        "body": Article(text=body, title=title.strip(), published=PUBLISHED),
        "whole": Article(text=raw, published=PUBLISHED),
    }


@pytest.fixture(scope="module", params=["body", "whole"])
def seed_run(request: pytest.FixtureRequest) -> tuple[Article, list[ExtractedEvent]]:
    article = _articles()[request.param]
    return article, extract(article)


def _matches(event: ExtractedEvent, gold: dict) -> bool:
    if event.kind != gold["kind"] or set(event.countries) != set(gold["countries"]):
        return False
    if len(gold["date"]) == 7:  # month precision, e.g. "2018-08"
        if event.date_precision != "month" or event.date.isoformat()[:7] != gold["date"]:
            return False
    elif abs((event.date - dt.date.fromisoformat(gold["date"])).days) > gold["tolerance_days"]:
        return False
    return _norm(gold["evidence"])[:60] in _norm(event.evidence or "")


def _blr_pol(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    return [e for e in events if set(e.countries) == {"BLR", "POL"}]


def test_evidence_is_the_text_at_the_offsets(seed_run: tuple[Article, list[ExtractedEvent]]) -> None:
    article, events = seed_run
    assert events
    for event in events:
        assert event.char_start is not None and event.char_end is not None
        assert article.text[event.char_start:event.char_end] == event.evidence


@pytest.mark.parametrize("gold", _gold_events(), ids=lambda g: g["id"])
def test_each_gold_event_is_found(seed_run: tuple[Article, list[ExtractedEvent]],
                                  gold: dict) -> None:
    _, events = seed_run
    found = [e for e in events if _matches(e, gold)]
    assert len(found) == 1, f"{gold['id']}: {[(e.kind, e.date, e.evidence) for e in events]}"
    event = found[0]
    assert tone_label(event.tone) == gold["tone"]
    if "speaker" in gold:
        assert event.speaker is not None and gold["speaker"] in event.speaker.name
    if "location" in gold:
        assert event.location == gold["location"]
    names = " | ".join(a.name for a in event.actors)
    for actor in gold["actors"]:
        assert actor in names, f"{gold['id']}: {actor} not in {names}"
    assert event.cameo_code and event.quad_class in (1, 2, 3, 4)


def test_no_other_belarus_poland_event(seed_run: tuple[Article, list[ExtractedEvent]]) -> None:
    _, events = seed_run
    pair_events = _blr_pol(events)
    gold = _gold_events()
    assert len(pair_events) == len(gold)
    for event in pair_events:
        assert any(_matches(event, g) for g in gold), event.evidence
        assert not any(marker in (event.evidence or "") for marker in CONTEXT_MARKERS)


def test_other_pairs_keep_their_own_countries(
        seed_run: tuple[Article, list[ExtractedEvent]]) -> None:
    _, events = seed_run
    alesin = [e for e in events if e.speaker and "Alesin" in e.speaker.name]
    assert [sorted(e.countries) for e in alesin] == [["BLR", "RUS"]]
    own_country = [e for e in events if e.speaker and "Lukashenka" in e.speaker.name
                   and e.countries == ("BLR",)]
    assert any((e.evidence or "").startswith("“Today") for e in own_country)


def test_people_and_ministries_are_normalised(
        seed_run: tuple[Article, list[ExtractedEvent]]) -> None:
    _, events = seed_run
    actors = {a.name: a for e in events for a in e.actors}
    makarau = actors["Uladzimir Makarau"]
    assert makarau.country == "BLR"
    assert makarau.organization == "Ministry of Defence of Belarus"
    kowalik = actors["Tomasz Kowalik"]
    assert kowalik.country == "POL"
    assert kowalik.organization == "Ministry of National Defence of Poland"
    assert actors["Paweł Fleischer"].country == "POL"
    assert "Belarusian leader" in actors["Alyaksandr Lukashenka"].aliases
