"""GDELT event files (1.0: 58 columns, 2.0: 61 columns) -> imported events.

Layouts read: the raw tab-separated exports without a header (``*.export.CSV``, daily 1.0
files), and comma- or tab-separated extracts with a header row whose columns may be
reordered or extended (``CAMEOCodeDescription`` after ``EventCode``).  Columns are found by
name, so any extract that keeps GDELT's names works.

Mapping (one GDELT row -> one event, ``origin`` "gdelt", ``origin_key`` GLOBALEVENTID):

* ``SQLDATE`` -> ``date`` (day precision).  A row whose date does not parse, is before 1900
  or in the future is skipped ("broken date"), as is a row with the wrong column count.
* ``Actor1CountryCode``/``Actor2CountryCode`` (CAMEO codes, ISO3 but for a few legacy
  ones) -> ``source_country``/``target_country`` and the sorted pair.  Regional codes
  (EUR, AFR, ...) are not countries.  With one country the event is a one-country event
  (country1 == country2); with none, the country of ``ActionGeo_FullName`` (its last
  one or two parts: "Minsk, Belarus (general), Belarus", "Hanoi, Vietnam, Republic Of") is
  used; a row with no country at all cannot sit on a country pair and is skipped with the
  reason "no country".
* ``Actor1Name``/``Actor2Name`` -> actors (roles participant / target), stored as type
  "organization": GDELT names countries, institutions and roles ("POLICE", "PRESIDENT")
  far more than people, and nothing in the row says which is which.  Names are put in
  title case.  An actor that is just its own country ("BELARUS" of BLR) is not stored as
  an actor: the event's source/target country already records it, and keeping it would
  put the states at the top of every actor ranking.  ``Actor?Type1Code`` is kept as the actor's role text and, for state
  sectors (GOV, MIL, COP, SPY, JUD, LEG; ``pipeline/data/import_sectors.csv``), makes the
  actor a member of "Government of X", "Armed Forces of X", ... so the organization
  filter finds it.
* ``EventCode`` -> ``cameo_code``/``cameo_root`` and the kind (``pipeline.cameo``);
  ``QuadClass``, ``GoldsteinScale``, ``NumMentions``/``NumSources``/``NumArticles`` as
  they are; ``AvgTone`` (GDELT: -100..100, in practice about -10..10) -> ``tone`` =
  clip(AvgTone / 10, -1, 1); ``ActionGeo_FullName`` -> ``location``; ``SOURCEURL`` ->
  ``source_url``.  For statements, Actor1 is the speaker.
* A malformed number (tone, Goldstein, counts) becomes NULL; the row is kept.
"""

from __future__ import annotations

import csv
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

GDELT1_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode "
    "Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code "
    "Actor1Type1Code Actor1Type2Code Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode "
    "Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code "
    "Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode "
    "EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_Lat "
    "Actor1Geo_Long Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode "
    "Actor2Geo_ADM1Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type "
    "ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_Lat ActionGeo_Long "
    "ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()


def _gdelt2_columns() -> list[str]:
    """GDELT 2.0 adds an ADM2 code to each of the three geography blocks."""
    columns: list[str] = []
    for name in GDELT1_COLUMNS:
        columns.append(name)
        if name.endswith("Geo_ADM1Code"):
            columns.append(name.replace("ADM1", "ADM2"))
    return columns


GDELT2_COLUMNS = _gdelt2_columns()
LAYOUTS = {len(GDELT1_COLUMNS): GDELT1_COLUMNS, len(GDELT2_COLUMNS): GDELT2_COLUMNS}
TONE_SCALE = 10.0
QUADS = frozenset({"1", "2", "3", "4"})

NEEDED = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "EventCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "ActionGeo_FullName",
)


def looks_like_gdelt(head: str) -> bool:
    """A GDELT header, or a first line with 58/61 tab-separated fields and a numeric id."""
    first = head.splitlines()[0] if head else ""
    if first.startswith("GLOBALEVENTID"):
        return True
    fields = first.split("\t")
    return len(fields) in LAYOUTS and fields[0].isdigit() and fields[1][:8].isdigit()


def _number(text: str, kind: type[float] | type[int]) -> float | int | None:
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        return None


class _Mapper:
    """Per-file caches: GDELT repeats the same dates, codes and actors endlessly."""

    def __init__(self, origin_file: str) -> None:
        self.origin_file = origin_file
        self.dates: dict[str, str | None] = {}
        self.countries: dict[str, str | None] = {"": None}
        self.places: dict[str, str | None] = {"": None}
        self.codes: dict[str, tuple[str, str | None, int | None, str, str]] = {}
        self.actors: dict[tuple[str, str | None, str], ActorSpec | None] = {}
        self.names: dict[str, str] = {}

    def name(self, raw: str) -> str:
        found = self.names.get(raw)
        if found is None:
            found = self.names[raw] = reference.display_name(raw)
        return found

    def date(self, text: str) -> str | None:
        if text in self.dates:
            return self.dates[text]
        value: str | None = None
        try:
            day = dt.date(int(text[:4]), int(text[4:6]), int(text[6:8])) if len(text) == 8 else None
        except ValueError:
            day = None
        if day is not None and check_date(day) is None:
            value = day.isoformat()
        self.dates[text] = value
        return value

    def country(self, code: str) -> str | None:
        if code not in self.countries:
            self.countries[code] = reference.iso3_from_code(code)
        return self.countries[code]

    def place_country(self, full_name: str) -> str | None:
        if full_name not in self.places:
            parts = full_name.split(",")
            found = None
            for k in (2, 1):  # "Hanoi, Ha Noi, Vietnam, Republic Of" ends in a two-part name
                found = found or reference.iso3_from_name(",".join(parts[-k:]))
            self.places[full_name] = found
        return self.places[full_name]

    def code(self, event_code: str) -> tuple[str, str | None, int | None, str, str]:
        """(cameo code, root, table quad class, kind, label) for a raw EventCode."""
        found = self.codes.get(event_code)
        if found is None:
            row = cameo.lookup(event_code)
            code = event_code.strip()
            if row is None:
                found = (code, None, None, "other", code)
            else:
                code = code if code.startswith(row.root) else row.code
                found = (code, row.root, row.quad_class, row.kind, row.label)
            self.codes[event_code] = found
        return found

    def actor(self, name: str, iso3: str | None, type_code: str) -> ActorSpec | None:
        key = (name, iso3, type_code)
        if key in self.actors:
            return self.actors[key]
        spec: ActorSpec | None = None
        if iso3 is None or reference.iso3_from_name(name) != iso3:  # not the state itself
            org: OrgSpec | None = None
            rule = reference.sector_org("gdelt", type_code) if type_code else None
            if rule is not None and iso3 is not None:
                org = OrgSpec(reference.organization_name(rule, iso3), iso3, rule.sector)
            spec = ActorSpec(self.name(name), "organization", iso3, org,
                             type_code or None)
        self.actors[key] = spec
        return spec


def read_gdelt(stream: IO[str], origin_file: str) -> Iterator[ImportedEvent | RowSkip]:
    """Events of a GDELT file, row by row (1-based data row numbers, header not counted)."""
    first = stream.readline()
    if not first:
        raise InputError(f"{origin_file}: the file is empty")
    header: list[str] | None = None
    if first.startswith("GLOBALEVENTID"):
        delimiter = "\t" if first.count("\t") > first.count(",") else ","
        header = next(csv.reader([first], delimiter=delimiter))
        header = [h.strip() for h in header]
        missing = [c for c in NEEDED if c not in header]
        if missing:
            raise InputError(f"{origin_file}: GDELT header lacks {', '.join(missing)}")
        columns, width = header, len(header)
        lines: Iterator[list[str]] = csv.reader(stream, delimiter=delimiter)
    else:
        fields = first.rstrip("\r\n").split("\t")
        if len(fields) not in LAYOUTS:
            raise InputError(
                f"{origin_file}: first row has {len(fields)} tab-separated columns; GDELT "
                f"event files have {len(GDELT1_COLUMNS)} (1.0) or {len(GDELT2_COLUMNS)} (2.0)"
            )
        columns, width = LAYOUTS[len(fields)], len(fields)
        lines = _chain_first(fields, (line.rstrip("\r\n").split("\t") for line in stream))
    yield from _map_rows(lines, {c: columns.index(c) for c in NEEDED},
                         columns.index("SOURCEURL") if "SOURCEURL" in columns else None,
                         width, origin_file)


def _chain_first(first: list[str], rest: Iterator[list[str]]) -> Iterator[list[str]]:
    yield first
    yield from rest


def _map_rows(
    lines: Iterator[list[str]], ix: dict[str, int], url_ix: int | None, width: int,
    origin_file: str,
) -> Iterator[ImportedEvent | RowSkip]:
    m = _Mapper(origin_file)
    i_id, i_date, i_url = ix["GLOBALEVENTID"], ix["SQLDATE"], url_ix
    i_n1, i_c1, i_t1 = ix["Actor1Name"], ix["Actor1CountryCode"], ix["Actor1Type1Code"]
    i_n2, i_c2, i_t2 = ix["Actor2Name"], ix["Actor2CountryCode"], ix["Actor2Type1Code"]
    i_code, i_quad, i_gold = ix["EventCode"], ix["QuadClass"], ix["GoldsteinScale"]
    i_men, i_src, i_art = ix["NumMentions"], ix["NumSources"], ix["NumArticles"]
    i_tone, i_geo = ix["AvgTone"], ix["ActionGeo_FullName"]
    # Hot loop (a million rows per benchmark run): the mapper's caches are read inline
    # and only a miss calls the method that fills them.
    dates, countries, actors_seen, codes, names = m.dates, m.countries, m.actors, m.codes, m.names
    for row_no, f in enumerate(lines, start=1):
        if len(f) != width:
            if not f or (len(f) == 1 and not f[0].strip()):
                continue  # blank line
            yield RowSkip(row_no, f"wrong column count ({len(f)} instead of {width})")
            continue
        if not f[i_id].strip():
            yield RowSkip(row_no, "no GLOBALEVENTID")
            continue
        raw_date = f[i_date]
        day = dates[raw_date] if raw_date in dates else m.date(raw_date)
        if day is None:
            yield RowSkip(row_no, f"broken date {raw_date!r}")
            continue
        code1, code2 = f[i_c1], f[i_c2]
        c1 = countries[code1] if code1 in countries else m.country(code1)
        c2 = countries[code2] if code2 in countries else m.country(code2)
        geo = f[i_geo]
        pair: tuple[str, str] | None
        if c1 and c2:
            pair = (c1, c2) if c1 <= c2 else (c2, c1)
        else:
            pair = pair_of(c1, c2) or pair_of(m.place_country(geo), None)
            if pair is None:
                yield RowSkip(row_no, "no country (no actor country and no place)", malformed=False)
                continue
        event_code = f[i_code]
        code, root, table_quad, kind, label = codes.get(event_code) or m.code(event_code)
        name1, name2 = f[i_n1], f[i_n2]
        if name1:
            key1 = (name1, c1, f[i_t1])
            a1 = actors_seen[key1] if key1 in actors_seen else m.actor(*key1)
        else:
            a1 = None
        if name2:
            key2 = (name2, c2, f[i_t2])
            a2 = actors_seen[key2] if key2 in actors_seen else m.actor(*key2)
        else:
            a2 = None
        if a1 is not None:
            actors: tuple[tuple[ActorSpec, str], ...] = (
                ((a1, "participant"), (a2, "target")) if a2 is not None else ((a1, "participant"),)
            )
        else:
            actors = ((a2, "target"),) if a2 is not None else ()
        raw_tone = f[i_tone]
        tone: float | None
        try:
            tone = float(raw_tone) / TONE_SCALE
            tone = tone if tone < 1.0 else 1.0  # clipped like max(-1, min(1, x)), NaN too
            tone = tone if tone > -1.0 else -1.0
        except ValueError:
            tone = None
        try:
            goldstein: float | None = float(f[i_gold])
        except ValueError:
            goldstein = None
        quad = f[i_quad]
        summary = label
        if name1:
            summary = (names.get(name1) or m.name(name1)) + " — " + summary
        if name2:
            summary = summary + " — " + (names.get(name2) or m.name(name2))
        mentions, sources, articles = f[i_men], f[i_src], f[i_art]
        yield ImportedEvent(
            (
                kind, day, "day", None, pair[0], pair[1], c1, c2, geo or None, code or None, root,
                int(quad) if quad in QUADS else table_quad, goldstein, tone,
                summary, "gdelt", f[i_id], origin_file, row_no,
                int(mentions) if mentions.isdigit() else None,
                int(sources) if sources.isdigit() else None,
                int(articles) if articles.isdigit() else None,
                (f[i_url] or None) if i_url is not None else None,
            ),
            actors,
            a1 if kind == "statement" and a1 is not None else None,
        )
