"""ICEWS event files (tab-separated with a header) -> imported events.

Mapping (``origin`` "icews", ``origin_key`` Event ID):

* ``Event Date`` (YYYY-MM-DD) -> ``date``; a row whose date does not parse, is before 1900
  or in the future is skipped, as is a row with the wrong column count.
* ``Source Country``/``Target Country`` (English names, "Russian Federation") -> ISO3 via
  ``pipeline/data/countries_iso3.csv`` -> ``source_country``/``target_country`` and the
  pair; with one country it is a one-country event, with none the event's ``Country``
  column is used, and a row with no country at all is skipped ("no country").
* ``Source Name``/``Target Name`` -> actors (participant / target).  ICEWS names people
  ("Alexander Lukashenko") and bodies ("Police (India)", "European Union") in one column:
  :func:`pipeline.importers.reference.looks_like_person` decides.  A person gets the
  country of its side and, from its ``Sectors``, the most specific organization
  ("Executive,Foreign Ministry,Government" -> "Ministry of Foreign Affairs of Belarus";
  ``pipeline/data/import_sectors.csv``), so the dashboard's actor and ministry filters
  work on ICEWS events.  A generic agent "Foreign Affairs (Poland)" whose sectors name a
  body becomes that body itself ("Ministry of Foreign Affairs of Poland").  A state named
  as actor ("Russia") is recorded as the event's country, not as an actor, and
  "Unspecified Actor"-style placeholders make no actor.
* ``CAMEO Code`` -> ``cameo_code``, root, quad class and kind (``pipeline.cameo``);
  ``Intensity`` (ICEWS's Goldstein-scale value) -> ``goldstein``; no tone (ICEWS has none).
* ``City`` (else ``Province``) with ``Country`` -> ``location``; ``Event Text`` and
  ``Publisher`` go into the summary.  For statements the source actor is the speaker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import IO

from pipeline import cameo
from pipeline.importers import reference
from pipeline.importers.common import (
    ActorSpec,
    ImportedEvent,
    OrgSpec,
    RowSkip,
    check_date,
    pair_of,
)
from pipeline.types import InputError

REQUIRED = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country",
)
OPTIONAL = ("Publisher", "City", "Province", "Country")
MISSING = {"", "NA", "N/A", "null", "NULL"}
PLACEHOLDER_PREFIXES = ("unspecified", "unidentified", "unknown")


def looks_like_icews(head: str) -> bool:
    first = head.splitlines()[0] if head else ""
    fields = [f.strip() for f in first.split("\t")]
    return "Event ID" in fields and "CAMEO Code" in fields


def _clean(text: str) -> str:
    text = text.strip()
    return "" if text in MISSING else text


class _Mapper:
    def __init__(self) -> None:
        self.countries: dict[str, str | None] = {"": None}
        self.actors: dict[tuple[str, str, str | None], ActorSpec | None] = {}

    def country(self, name: str) -> str | None:
        if name not in self.countries:
            self.countries[name] = reference.iso3_from_name(name)
        return self.countries[name]

    def actor(self, name: str, sectors: str, iso3: str | None) -> ActorSpec | None:
        key = (name, sectors, iso3)
        if key in self.actors:
            return self.actors[key]
        spec: ActorSpec | None = None
        if name and not name.lower().startswith(PLACEHOLDER_PREFIXES):
            labels = [s.strip() for s in sectors.split(",") if s.strip()]
            rule = reference.best_sector_org("icews", labels)
            org = None
            if rule is not None and iso3 is not None:
                org = OrgSpec(reference.organization_name(rule, iso3), iso3, rule.sector)
            role = ", ".join(labels) or None
            if reference.looks_like_person(name):
                spec = ActorSpec(name, "person", iso3, org, role)
            elif org is not None and name.endswith(")") and "(" in name:
                spec = ActorSpec(org.name, "organization", iso3, org, None)
            elif reference.iso3_from_name(name) is None:  # a state is its country, not an actor
                spec = ActorSpec(name, "organization", iso3, org, role)
        self.actors[key] = spec
        return spec


def read_icews(stream: IO[str], origin_file: str) -> Iterator[ImportedEvent | RowSkip]:
    """Events of an ICEWS file, row by row (1-based data row numbers, header not counted)."""
    header_line = stream.readline()
    header = [h.strip() for h in header_line.rstrip("\r\n").split("\t")]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InputError(f"{origin_file}: not an ICEWS event table (missing columns: {', '.join(missing)})")
    ix = {c: header.index(c) for c in (*REQUIRED, *OPTIONAL) if c in header}
    width = len(header)
    m = _Mapper()
    for row_no, line in enumerate(stream, start=1):
        f = line.rstrip("\r\n").split("\t")
        if len(f) != width:
            if len(f) == 1 and not f[0].strip():
                continue
            yield RowSkip(row_no, f"wrong column count ({len(f)} instead of {width})")
            continue
        event_id = f[ix["Event ID"]].strip()
        if not event_id:
            yield RowSkip(row_no, "no Event ID")
            continue
        raw_date = f[ix["Event Date"]].strip()
        try:
            day = dt.date.fromisoformat(raw_date)
            reason = check_date(day)
        except ValueError:
            reason = f"broken date {raw_date!r}"
        if reason:
            yield RowSkip(row_no, reason)
            continue

        def col(name: str, fields: list[str] = f) -> str:
            return _clean(fields[ix[name]]) if name in ix else ""

        c1, c2 = m.country(col("Source Country")), m.country(col("Target Country"))
        pair = pair_of(c1, c2) or pair_of(m.country(col("Country")), None)
        if pair is None:
            yield RowSkip(row_no, "no country (no source, target or event country)", malformed=False)
            continue
        source = m.actor(col("Source Name"), col("Source Sectors"), c1)
        target = m.actor(col("Target Name"), col("Target Sectors"), c2)
        raw_code = col("CAMEO Code")
        row = cameo.lookup(raw_code)
        kind = row.kind if row else "other"
        try:
            goldstein: float | None = float(col("Intensity"))
        except ValueError:
            goldstein = None
        place = col("City") or col("Province")
        location = ", ".join(x for x in (place, col("Country")) if x) or None
        text = col("Event Text")
        summary = " — ".join(x for x in (col("Source Name"), text, col("Target Name")) if x)
        if col("Publisher"):
            summary += f" (reported by {col('Publisher')})"
        actors: list[tuple[ActorSpec, str]] = []
        if source is not None:
            actors.append((source, "participant"))
        if target is not None:
            actors.append((target, "target"))
        yield ImportedEvent(
            (
                kind, day.isoformat(), "day", None, pair[0], pair[1], c1, c2, location,
                raw_code or None, row.root if row else None, row.quad_class if row else None,
                goldstein, None, summary or None, "icews", event_id, origin_file, row_no,
                None, None, None, None,
            ),
            tuple(actors),
            source if kind == "statement" else None,
        )
