"""Helpers of the sentence-level extraction tests: extract one text with a fixed
publication day and check that every event's evidence is the article's own text."""

from __future__ import annotations

import datetime as dt

from pipeline.extraction import extract
from pipeline.types import Article, ExtractedEvent

WEDNESDAY = dt.date(2024, 5, 15)


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
