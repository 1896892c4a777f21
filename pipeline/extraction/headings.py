"""Headings that date the entries below them: a live blog's day ("THURSDAY 30 JUNE") and
a weekly round-up's weekday section ("Tuesday: no family photo").  Split out of
:mod:`dating`, which dates each act; a heading dates no act of its own."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from pipeline.extraction.dateless import WEEKDAY_NAMES, WEEKDAY_WORDS
from pipeline.extraction.dates import MONTHS, resolve_date

HEADING = re.compile(
    r"\A(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?\Z")
"""A line that is only a day: the heading of a live blog's section ("THURSDAY 30 JUNE")."""
WEEKDAY_HEADING = re.compile(r"\A(" + WEEKDAY_NAMES + r"):\s+\S.{0,40}\Z")
"""A weekday and a title: a round-up's section ("Tuesday: no family photo")."""


def heading_date(text: str, published: dt.date | None) -> dt.date | None:
    """The day a date-only heading names, or None.  A live blog lists its entries under
    such headings, newest first: every undated entry below one happened on its day."""
    line = " ".join(text.lower().split()).strip("*_#: ")  # ("**Wednesday, 12 August**")
    titled = WEEKDAY_HEADING.match(line)
    if published is not None and titled is not None:
        # "Thursday: Minsk hits back" in a week's round-up
        return _weekday_of_week(titled[1], published)
    if published is None or len(line) > 40 or not HEADING.match(line) \
            or not any(word in MONTHS for word in line.replace(",", " ").split()):
        return None
    resolved = resolve_date(line, published)
    return resolved.date if resolved is not None and resolved.precision == "day" else None


STAMP_DASHES = frozenset({"–", "—", "-"})
TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "noon", "midday", "late",
                          "early", "updated", "update"})


def entry_stamp(sentence: Span, published: dt.date | None) -> dt.date | None:
    """The day an entry's capitalised stamp names: "THURSDAY – The foreign ministry says
    ...", "THURSDAY, EVENING – Sikorski says ...".  A live blog may stamp each entry inline
    instead of heading a section; the stamp dates the entry as a heading would.  Only
    weekdays and times of day make a stamp ("WARSAW, NOV 5 –" is a wire dateline)."""
    if published is None:
        return None
    dash = next((t.i for t in sentence[:7] if t.text in STAMP_DASHES), None)
    if dash is None or dash == sentence.start:
        return None
    words = [t for t in sentence.doc[sentence.start:dash] if not t.is_punct]
    if not words or not all(t.text.isupper() and t.lower_ in WEEKDAY_WORDS | TIMES_OF_DAY
                            for t in words):
        return None
    weekday = next((t.lower_ for t in words if t.lower_ in WEEKDAY_WORDS), None)
    return _weekday_of_week(weekday, published) if weekday is not None else None


def _weekday_of_week(weekday: str, published: dt.date) -> dt.date | None:
    """That weekday of the week that ends with the publication (the publication day itself
    included): the day a round-up's section or a live blog's entry stamp names."""
    resolved = resolve_date(weekday, published + dt.timedelta(days=1))
    return resolved.date if resolved is not None and resolved.precision == "day" else None
