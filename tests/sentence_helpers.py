"""Helpers of the sentence-level extraction tests: extract one text with a fixed
publication day and check that every event's evidence is the article's own text; or
extract it on the day a test gives (or the module's fixed day) and keep the events of one
kind, the statements' speakers or the meetings."""

from __future__ import annotations

import datetime as dt

from pipeline.extraction import extract
from pipeline.types import Article, ExtractedEvent

WEDNESDAY = dt.date(2024, 5, 15)
TUESDAY = dt.date(2024, 7, 2)
MONDAY = dt.date(2019, 12, 9)
STORY = "Polish and Belarusian officials held talks in Warsaw on Monday. "


def events_of(text: str, published: dt.date | None = WEDNESDAY) -> list[ExtractedEvent]:
    article = Article(text=text, published=published)
    found = extract(article)
    for event in found:
        assert article.text[event.char_start:event.char_end] == event.evidence
    return found


def one(text: str, kind: str, published: dt.date | None = WEDNESDAY) -> ExtractedEvent:
    found = [e for e in events_of(text, published) if e.kind == kind]
    assert len(found) == 1, [(e.kind, e.countries, e.summary) for e in events_of(text)]
    return found[0]


def events(text: str, published: dt.date) -> list[ExtractedEvent]:
    return extract(Article(text=text, published=published))


def of_kind(found: list[ExtractedEvent], kind: str) -> list[ExtractedEvent]:
    return [e for e in found if e.kind == kind]


def statements(text: str, published: dt.date = TUESDAY) -> list[ExtractedEvent]:
    return [e for e in events(text, published) if e.kind == "statement"]


def measures(text: str, published: dt.date) -> list[ExtractedEvent]:
    return [e for e in extract(Article(text=text, published=published)) if e.kind == "measure"]


def speaker_of(event: ExtractedEvent) -> str | None:
    return event.speaker.name if event.speaker else None


def speakers(text: str) -> list[str | None]:
    return [speaker_of(e) for e in statements(text)]


def pair_speakers(text: str) -> set[str | None]:
    """Who speaks in the text's Belarus-Poland statements."""
    return {speaker_of(e) for e in statements(text) if e.countries == ("BLR", "POL")}


def meetings(text: str) -> list[ExtractedEvent]:
    return [e for e in extract(Article(text=text, published=MONDAY)) if e.kind == "meeting"]


def meetings_on(text: str, published: dt.date) -> list[ExtractedEvent]:
    return [e for e in extract(Article(text=text, published=published)) if e.kind == "meeting"]
