"""Resolve date expressions of news text against the publication date.

Pure functions, no NLP: the extractor hands over the text of a DATE entity, the article's
publication date and the *anchor* (the last date the article established), and gets back a
:class:`ResolvedDate` or ``None``.

Rules (news is written in the past tense unless the sentence says otherwise):

* ``today``/``yesterday``/``tomorrow``/``N days ago`` count from publication;
* ``the same day``/``that evening`` is the anchor itself, ``that Friday`` the Friday
  nearest it;
* ``N days later``/``the next day``/``the day before`` count from the anchor (the previously
  mentioned date), falling back to publication;
* a bare weekday (``on Tuesday``) is the latest such day on or before publication
  (``future=True``: the next one on or after); ``last Friday`` is the latest one *before*
  publication; ``next Monday`` is after it;
* a month without a year (``in late August``) is the latest such month not after the
  publication month (the previous August when published in March), month precision;
* ``12 March``, ``March 12`` take the year that keeps them on or before publication;
  ``March 2019`` is month precision, ``2019`` year precision;
* a bare duration (``eight years``, ``for 72 hours``, ``the past two months``: no ``ago``,
  ``later``, ``before``...) is not a date at all -- it measures an act, it does not place it;
* anything else goes to ``dateparser`` (relative to publication, preferring the past).

Without a publication date only expressions that carry their own year resolve; every
relative expression returns ``None`` and the caller leaves the event undated (skips it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import dateparser

MONTHS = {
    name: index
    for index, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: index
    for index, names in enumerate(
        [("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"),
         ("thursday", "thu", "thurs"), ("friday", "fri"), ("saturday", "sat"),
         ("sunday", "sun")]
    )
    for name in names
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "several": 3, "a few": 3, "few": 3,
}
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
WEEK_PARTS = {"end": 4, "late": 4, "early": 0, "beginning": 0, "start": 0, "middle": 2,
              "mid": 2}
"""The working day a part of a week names ("at the end of last week": its Friday)."""
WEEK_PART = re.compile(r"\b(" + "|".join(WEEK_PARTS) + r")\b")
_FILLER = re.compile(
    r"\b(on|in|at|the|of|just|only|some|about|around|almost|nearly|since|by|during|until|"
    r"this year's|early|mid|late|end|beginning|start|middle|morning|afternoon|evening|night|"
    r"overnight)\b",
)
_NUMBER = r"(\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_OFFSET = re.compile(
    _NUMBER + r"\s+(day|week|fortnight|month|year)s?\s+(later|after|afterwards|ago|earlier|before)"
)


_DURATION = re.compile(
    r"(?:(?:for|over|the|past|last|next|coming|nearly|almost|more|than|less|up|to|at|least|"
    r"some|about|around|another|further|of|and|a half)\s+)*"
    r"(?:\d+|" + _NUMBER[1:-1] + r"|many|a couple of|couple of|half a)"
    r"(?:\s*(?:-|and a half|or|to)\s*(?:\d+|" + _NUMBER[1:-1] + r"))?\s*-?\s*"
    r"(?:hour|day|week|fortnight|month|year|decade)s?(?:\s*-?\s*long)?(?:\s+(?:old|running))?"
)
"""A length of time without a direction word ("for eight years", "the past two months",
"72 hours"): it measures an act ("jailed for eight years"), it never places one."""


@dataclass(frozen=True)
class ResolvedDate:
    """A calendar date with its precision (month/year precision: the 1st of the period)."""

    date: dt.date
    precision: str = "day"  # day | month | year


def names_the_day(text: str) -> bool:
    """Whether a date expression names one day ("on Tuesday", "7 December", "today"), not
    a stretch around it ("this week", "recently", "one evening")."""
    words = text.lower().split()
    return any(w.strip(".,") in WEEKDAYS or w in ("today", "yesterday", "tonight")
               or any(ch.isdigit() for ch in w) for w in words)


def count_of(word: str) -> int | None:
    """A count written in digits or in words ("3", "three"), or None for any other word."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def _number(word: str) -> int:
    """A count the date pattern has already matched (so a known word: it never fails)."""
    count = count_of(word)
    if count is None:
        raise KeyError(word)
    return count


def shift_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (clamped to the month's length)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month + 1, candidate)
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - day 28 always exists


def weekday_on_or_before(reference: dt.date, weekday: int, strict: bool = False) -> dt.date:
    """Latest date with this weekday on (or, ``strict``, before) the reference date."""
    back = (reference.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return reference - dt.timedelta(days=back)


def weekday_on_or_after(reference: dt.date, weekday: int, strict: bool = False) -> dt.date:
    """Earliest date with this weekday on (or, ``strict``, after) the reference date."""
    ahead = (weekday - reference.weekday()) % 7
    if strict and ahead == 0:
        ahead = 7
    return reference + dt.timedelta(days=ahead)


def month_without_year(reference: dt.date, month: int, future: bool = False) -> dt.date:
    """First day of the latest ``month`` not after the reference month (or next, ``future``)."""
    if future:
        year = reference.year if month >= reference.month else reference.year + 1
    else:
        year = reference.year if month <= reference.month else reference.year - 1
    return dt.date(year, month, 1)


def day_month_without_year(reference: dt.date, month: int, day: int,
                           future: bool = False) -> dt.date | None:
    """The day/month in the year that keeps it on or before (``future``: after) publication."""
    for year in (reference.year, reference.year - 1, reference.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if future and candidate >= reference - dt.timedelta(days=1):
            return candidate if year != reference.year - 1 else None
        if not future and candidate <= reference + dt.timedelta(days=1):
            return candidate
    return None


CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d{2}\b", re.I)
"""A time of day ("at 19:00 on Feb. 21", "at 7.30 p.m. on Friday"): its hour is no day."""


def _clean(text: str) -> str:
    text = CLOCK_TIME.sub(" ", text)
    text = text.lower().replace("’", "'").replace(",", " ").replace(".", " ")
    text = re.sub(r"\b(mid|early|late)-", r"\1 ", text)  # "mid-August" names August
    return " ".join(text.split())


NAMED_YEAR = re.compile(r"\b(last|this|next) year\b")
NAMED_YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}
"""A month said with its year in words ("February last year", "in March this year"),
counted from publication ("the previous year" counts from the story's year: not here)."""

DECADE = re.compile(r"\b(?:1[89]|20)?\d0'?s\b")


def resolve_date(text: str, published: dt.date | None, anchor: dt.date | None = None,
                 future: bool = False) -> ResolvedDate | None:
    """Resolve one date expression; ``None`` when it cannot be placed on the calendar."""
    return _resolve_cached(_clean(text), published, anchor, future)


@lru_cache(maxsize=4096)
def _resolve_cached(text: str, published: dt.date | None, anchor: dt.date | None,
                    future: bool) -> ResolvedDate | None:
    if _DURATION.fullmatch(text) and not re.search(r"\b(1[89]|20)\d\d\b", text):
        return None  # a duration, not a date: "sentenced to eight years", "for 72 hours"
    if DECADE.search(text):
        return None  # "in the 1930s and 1940s": an era, no day of any story
    absolute = _absolute(text, published, future)
    if absolute is not None or published is None:
        return absolute
    return _relative(text, published, anchor or published, future)


YEAR_END = re.compile(r"\b(first|last) day of (?:the year )?(?:1[89]|20)\d\d\b")


def _absolute(text: str, published: dt.date | None, future: bool) -> ResolvedDate | None:
    """Expressions that name a month or a year (and an optional day)."""
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if iso:
        try:
            return ResolvedDate(dt.date(int(iso[1]), int(iso[2]), int(iso[3])))
        except ValueError:
            return None
    words = text.split()
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    year_match = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    year = int(year_match[1]) if year_match else None
    day_match = re.search(r"\b(\d{1,2})(st|nd|rd|th)?\b", text)
    day = int(day_match[1]) if day_match and (not year_match or day_match[1] != year_match[1]) \
        else None
    end = YEAR_END.search(text)
    if end is not None and year is not None and month is None:
        # "on Sunday, the last day of 2023", "on the first day of 2024"
        return ResolvedDate(dt.date(year, 12, 31) if end[1] == "last" else dt.date(year, 1, 1))
    if month is None:
        if year is not None and not re.search(r"\b(day|week|month|ago|later)\b", text):
            return ResolvedDate(dt.date(year, 1, 1), "year")
        return None
    named_year = NAMED_YEAR.search(text) if year is None else None
    if named_year is not None and published is not None:
        # "in February last year": that year's month, however near
        year = published.year + NAMED_YEAR_OFFSET[named_year[1]]
    if year is not None:
        if day is not None:
            try:
                return ResolvedDate(dt.date(year, month, day))
            except ValueError:
                return ResolvedDate(dt.date(year, month, 1), "month")
        return ResolvedDate(dt.date(year, month, 1), "month")
    if published is None:
        return None
    if day is not None:
        resolved = day_month_without_year(published, month, day, future)
        return ResolvedDate(resolved) if resolved else None
    return ResolvedDate(month_without_year(published, month, future), "month")


def _relative(text: str, published: dt.date, anchor: dt.date,
              future: bool) -> ResolvedDate | None:
    """Expressions relative to publication (or to the anchor date)."""
    if re.search(r"\b(same|that) (day|date|morning|afternoon|evening|night)\b", text):
        return ResolvedDate(anchor)  # "the same day", "that evening": the date just reported
    if "earlier this week" in text and not future and published.weekday() > 0:
        # "in a statement sent earlier this week", written on Friday: a day between
        # Monday and the day before, the middle one (Tuesday)
        return ResolvedDate(published - dt.timedelta(days=(published.weekday() + 1) // 2))
    if re.search(r"\b(end|close) of (the|this) week\b", text):
        # "spent the end of the week in Belarus": its Friday (the next one, for a plan)
        end = WEEK_PARTS["end"]
        return ResolvedDate(weekday_on_or_after(published, end) if future
                            else weekday_on_or_before(published, end))
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening|week)|now|currently)\b",
                 text):
        return ResolvedDate(published)
    if "yesterday" in text or "last night" in text:
        return ResolvedDate(published - dt.timedelta(days=1))
    if "tomorrow" in text:
        return ResolvedDate(published + dt.timedelta(days=1))
    if re.search(r"\b(next|following) day\b|\bday after\b", text):
        return ResolvedDate(anchor + dt.timedelta(days=1))
    if re.search(r"\b(previous|preceding) day\b|\bday before\b|^(on )?the eve$", text):
        return ResolvedDate(anchor - dt.timedelta(days=1))
    if re.search(r"\b(previous|preceding) week\b|\bweek before\b", text):
        return ResolvedDate(anchor - dt.timedelta(days=7))  # "the week before": of the story
    if re.search(r"\bfollowing week\b|\bweek after\b", text) and not future:
        return ResolvedDate(anchor + dt.timedelta(days=7))
    if re.search(r"\b(previous|preceding) month\b|\bmonth before\b", text):
        return ResolvedDate(shift_months(anchor, -1).replace(day=1), "month")
    offset = _OFFSET.search(text)
    if offset:
        count, unit, direction = _number(offset[1]), offset[2], offset[3]
        base = published if direction in ("ago",) else anchor
        sign = 1 if direction in ("later", "after", "afterwards") else -1
        if unit in UNIT_DAYS:
            return ResolvedDate(base + dt.timedelta(days=sign * count * UNIT_DAYS[unit]))
        months = count * (12 if unit == "year" else 1) * sign
        precision = "year" if unit == "year" else "month"
        shifted = shift_months(base, months)
        return ResolvedDate(shifted.replace(day=1) if precision == "month" else
                            shifted.replace(month=1, day=1), precision)
    weekday = next((WEEKDAYS[w] for w in text.split() if w in WEEKDAYS), None)
    if re.search(r"\blast week\b", text):
        part = WEEK_PART.search(text)
        if weekday is None and part is not None:  # "at the end of last week": its Friday
            weekday = WEEK_PARTS[part[1]]
        if weekday is not None:  # "on Wednesday of last week": in the previous calendar week
            monday = published - dt.timedelta(days=published.weekday() + 7)
            return ResolvedDate(monday + dt.timedelta(days=weekday))
        return ResolvedDate(published - dt.timedelta(days=7))
    if re.search(r"\blast month\b", text):
        return ResolvedDate(shift_months(published, -1).replace(day=1), "month")
    if re.search(r"\bthis month\b|\b(start|beginning|middle|end) of the month\b", text):
        # "at the start of the month": of the month the report is written in
        if ("earlier" in text or not future) and published.day == 1:
            # nothing came earlier on the 1st: a past act "this month" in a report of the
            # 1st is of the month just ended (the report was written the day before)
            return ResolvedDate(shift_months(published, -1).replace(day=1), "month")
        return ResolvedDate(published.replace(day=1), "month")
    if re.search(r"\blast year\b", text):
        return ResolvedDate(dt.date(published.year - 1, 1, 1), "year")
    if re.search(r"\bthis year\b", text):
        return ResolvedDate(dt.date(published.year, 1, 1), "year")
    if weekday is None and re.search(r"\b(the|this|last|next|that) weekend\b", text) \
            and not text.startswith("since"):
        weekday = WEEKDAYS["saturday"]  # "spent the weekend in Grodno": its first day
    if weekday is not None:
        if re.search(r"\b(same|that)\b", text):
            # "the same Friday", "that Monday": the one of the time just reported, not
            # the last before publication
            before = weekday_on_or_before(anchor, weekday)
            after = weekday_on_or_after(anchor, weekday)
            return ResolvedDate(before if anchor - before <= after - anchor else after)
        if re.search(r"\b(next|coming)\b", text):
            return ResolvedDate(weekday_on_or_after(published, weekday, strict=True))
        if re.search(r"\b(last|past|previous)\b", text):
            return ResolvedDate(weekday_on_or_before(published, weekday, strict=True))
        if future:
            return ResolvedDate(weekday_on_or_after(published, weekday))
        return ResolvedDate(weekday_on_or_before(published, weekday))
    return _with_dateparser(text, published)


def _with_dateparser(text: str, published: dt.date) -> ResolvedDate | None:
    """Last resort for unusual wording; rejects results far from publication."""
    stripped = _FILLER.sub(" ", text).strip()
    if not stripped or not re.search(r"[a-z0-9]", stripped):
        return None
    base = dt.datetime(published.year, published.month, published.day, 12)
    parsed = dateparser.parse(
        stripped, languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                  "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if parsed is None or abs((parsed.date() - published).days) > 366 * 30:
        return None
    return ResolvedDate(parsed.date())


DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z\u00C0-\u00DE\u0100-\u017F][A-Z\u00C0-\u00DE\u0100-\u017F.'’-]+"
    r"(?:[ /,]+[A-Z\u00C0-\u00DE\u0100-\u017F][A-Z\u00C0-\u00DE\u0100-\u017F.'’-]+)*)"
    r"\s*(?:\([^)]{1,30}\))?\s*"
    r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s*[,(\-–—]))?\s*(?:\([^)]{1,30}\))?\s*"
    r"(?:,\s*(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}))?\s*"
    r"(?:\([^)]{1,30}\))?\s*[-–—]+\s")
"""A wire dateline opening the text: "MINSK, March 12 (Reuters) -", "WARSAW (PAP) -",
"MOSCOW/WARSAW, Sept 17 (Reuters) -", "MINSK, 30 October –", and a town with its country
("DUBICZE CERKIEWNE, Poland, May 29 –", "BIALYSTOK, Poland (AP) —"), in Polish capitals
too ("WROCŁAW, Oct 18 –", "ŁÓDŹ": upper case of Latin-1 and Latin Extended-A)."""
DATELINE_LAG_DAYS = 3
DATELINE_TOKENS = 40
"""How many tokens from the start of a text are searched for its dateline (not the whole
text: ``Doc.text`` is rebuilt on every access)."""


def dateline(text: str, published: dt.date | None
             ) -> tuple[int, dt.date | None, str | None] | None:
    """Where a wire dateline ends (character offset) and the day it names, if any.

    A report filed on the 17th and published on the 18th tells its news from the 17th:
    "on Thursday", "the same day" and undated sentences count from the dateline's day.
    A day too far from publication (more than DATELINE_LAG_DAYS before it, or after it)
    is not trusted: the publication date stays the reference.  The place ("Minsk" for
    "MINSK"), when the dateline names one town; "MOSCOW/WARSAW" names none."""
    match = DATELINE.match(text)
    if match is None or not any(c.isalpha() for c in match["place"]):
        return None
    day: dt.date | None = None
    if match["date"] and published is not None:
        resolved = _absolute(_clean(match["date"]), published, False)
        if resolved is not None and resolved.precision == "day" \
                and 0 <= (published - resolved.date).days <= DATELINE_LAG_DAYS:
            day = resolved.date
    town = match["place"].split(",")[0].strip()
    place = None if "/" in town else " ".join(w.capitalize() for w in town.split())
    return match.end(), day, place
