"""An analyst's own chronology as CSV -> imported events (format: ``CURATED_CSV.md``).

Each row is validated on its own: a bad value skips that row with a message naming the
file, the row and the column, and every other row is stored.  ``origin_key`` is a hash of
the row's normalised content, so re-importing the same file changes nothing, while a row
edited in the spreadsheet is stored as a new event (see CURATED_CSV.md).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from typing import IO

from pipeline import cameo
from pipeline.importers import reference
from pipeline.importers.common import ActorSpec, ImportedEvent, OrgSpec, RowSkip, check_date
from pipeline.types import InputError

COLUMNS = (
    "date", "end_date", "kind", "country1", "country2", "source_country", "target_country",
    "actors", "organizations", "location", "summary", "tone", "cameo_code", "source_url",
)
REQUIRED = ("date", "country1")
KINDS = ("meeting", "statement", "measure", "incident", "other")
_ENTITY = re.compile(r"^(?P<name>[^\[\]]+?)\s*(?:\[(?P<iso3>[A-Za-z]{3})\])?$")


class RowError(ValueError):
    """A bad value: the column it is in and what is wrong."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(f"column {column!r}: {message}")


def looks_like_curated(head: str) -> bool:
    first = head.splitlines()[0] if head else ""
    names = {c.strip().lower() for c in next(csv.reader([first]), [])}
    return {"date", "country1"} <= names and ("summary" in names or "kind" in names)


def _date(text: str, column: str) -> tuple[dt.date, str]:
    """A date and its precision: YYYY-MM-DD (day), YYYY-MM (month), YYYY (year)."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            value, precision = dt.date.fromisoformat(text), "day"
        elif re.fullmatch(r"\d{4}-\d{2}", text):
            value, precision = dt.date(int(text[:4]), int(text[5:7]), 1), "month"
        elif re.fullmatch(r"\d{4}", text):
            value, precision = dt.date(int(text), 1, 1), "year"
        else:
            raise ValueError
    except ValueError:
        raise RowError(column, f"{text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None
    reason = check_date(value)
    if reason:
        raise RowError(column, reason)
    return value, precision


def _country(text: str, column: str, required: bool = False) -> str | None:
    code = text.strip().upper()
    if not code:
        if required:
            raise RowError(column, "is empty; an ISO 3166-1 alpha-3 code is required")
        return None
    iso3 = reference.iso3_from_code(code)
    if iso3 is None:
        raise RowError(column, f"{text!r} is not an ISO 3166-1 alpha-3 country code")
    return iso3


def _entities(text: str, column: str) -> list[tuple[str, str | None]]:
    """``Name [ISO3]; Name`` -> [(name, iso3 or None)]."""
    found: list[tuple[str, str | None]] = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        match = _ENTITY.match(part)
        if match is None:
            raise RowError(column, f"{part!r} is not 'Name [ISO3]'")
        iso3 = match.group("iso3")
        if iso3 is not None:
            iso3 = _country(iso3, column)
        found.append((match.group("name").strip(), iso3))
    return found


def _origin_key(row: dict[str, str]) -> str:
    normalised = "\x1f".join(" ".join((row.get(c) or "").split()) for c in COLUMNS)
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def _map_row(row: dict[str, str], row_no: int, origin_file: str) -> ImportedEvent:
    get = {c: (row.get(c) or "").strip() for c in COLUMNS}
    if not get["date"]:
        raise RowError("date", "is empty")
    day, precision = _date(get["date"], "date")
    end_date = _date(get["end_date"], "end_date")[0] if get["end_date"] else None
    if end_date is not None and end_date < day:
        raise RowError("end_date", f"{get['end_date']} is before the date {get['date']}")
    country1 = _country(get["country1"], "country1", required=True)
    country2 = _country(get["country2"], "country2") or country1
    source = _country(get["source_country"], "source_country")
    target = _country(get["target_country"], "target_country")
    assert country1 is not None and country2 is not None
    pair = tuple(sorted((country1, country2)))
    for column, value in (("source_country", source), ("target_country", target)):
        if value is not None and value not in pair:
            raise RowError(column, f"{value} is not one of the pair {pair[0]}-{pair[1]}")
    code_row = None
    if get["cameo_code"]:
        code_row = cameo.lookup(get["cameo_code"])
        if code_row is None:
            raise RowError("cameo_code", f"{get['cameo_code']!r} is not a CAMEO event code")
    kind = get["kind"].lower()
    if kind and kind not in KINDS:
        raise RowError("kind", f"{get['kind']!r} is not one of {', '.join(KINDS)}")
    if not kind:
        if code_row is None:
            raise RowError("kind", "is empty and there is no cameo_code to derive it from")
        kind = code_row.kind
    tone: float | None = None
    if get["tone"]:
        try:
            tone = float(get["tone"])
        except ValueError:
            raise RowError("tone", f"{get['tone']!r} is not a number") from None
        if not -1.0 <= tone <= 1.0:
            raise RowError("tone", f"{tone} is outside -1..1")
    url = get["source_url"]
    if url and not re.match(r"^https?://", url, re.IGNORECASE):
        raise RowError("source_url", f"{url!r} is not an http(s) URL")
    actors: list[tuple[ActorSpec, str]] = []
    speaker: ActorSpec | None = None

    def speaks(iso3: str | None) -> bool:  # an actor of the source side (or of no side)
        return speaker is None and kind == "statement" and (source is None or iso3 in (source, None))

    for name, iso3 in _entities(get["actors"], "actors"):
        spec = ActorSpec(name, "person", iso3)
        role = "target" if iso3 is not None and iso3 == target and iso3 != source else "participant"
        actors.append((spec, role))
        if speaks(iso3):
            speaker = spec
    for name, iso3 in _entities(get["organizations"], "organizations"):
        org = OrgSpec(name, iso3)
        role = "target" if iso3 is not None and iso3 == target and iso3 != source else "participant"
        org_actor = ActorSpec(name, "organization", iso3, org)
        actors.append((org_actor, role))
        # A statement no person of the source side speaks is the body's ("Poland's interior
        # ministry said"), as the extractor names a ministry that speaks; otherwise the
        # Tone page lists it with no speaker at all.
        if speaks(iso3):
            speaker = org_actor
    unique_actors = tuple(dict.fromkeys(actors))  # a name listed twice is linked once
    return ImportedEvent(
        (
            kind, day.isoformat(), precision, end_date.isoformat() if end_date else None,
            pair[0], pair[1], source, target, get["location"] or None,
            cameo.normalise(get["cameo_code"]) if code_row else None,
            code_row.root if code_row else None, code_row.quad_class if code_row else None,
            code_row.goldstein if code_row else None, tone, get["summary"] or None, "csv",
            _origin_key(row), origin_file, row_no, None, None, None, url or None,
        ),
        unique_actors,
        speaker,
    )


def read_curated_csv(stream: IO[str], origin_file: str) -> Iterator[ImportedEvent | RowSkip]:
    """Events of a curated CSV; row numbers are 1-based data rows (header not counted)."""
    reader = csv.DictReader(stream)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if not header:
        raise InputError(f"{origin_file}: the file is empty")
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InputError(f"{origin_file}: curated CSV lacks the column(s) {', '.join(missing)}")
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise InputError(f"{origin_file}: unknown column(s) {', '.join(unknown)} "
                         f"(expected {', '.join(COLUMNS)})")
    reader.fieldnames = header
    for row_no, row in enumerate(reader, start=1):
        if None in row:
            yield RowSkip(row_no, f"wrong column count (more than {len(header)} values)")
            continue
        if not any((v or "").strip() for v in row.values()):
            continue
        try:
            yield _map_row(row, row_no, origin_file)
        except RowError as exc:
            yield RowSkip(row_no, str(exc))
