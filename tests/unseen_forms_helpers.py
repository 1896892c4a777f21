"""Helper of the unseen-forms tests (test_extraction_unseen_forms.py and
test_extraction_unseen_act_forms.py): extract a text published, unless the test gives
another day, on a Friday, without sentence_helpers' evidence check."""

from __future__ import annotations

import datetime as dt

from pipeline.types import ExtractedEvent
from tests.sentence_helpers import events

FRIDAY = dt.date(2025, 12, 26)


def events_of(text: str, published: dt.date = FRIDAY) -> list[ExtractedEvent]:
    return events(text, published)
