"""The field's reference benchmark: PETRARCH-2 validation records (``dyad evaluate-petr``).

Each record is one AFP-style sentence with the CAMEO codings PETRARCH-2 is expected to
produce.  We run our extractor on every sentence as a one-sentence article dated by
its record and, for every gold coding, take our event that agrees with it best.

What is counted, so that the figures can be checked by hand:

* **Parsing.** The file is not well-formed XML (a ``#`` comment block, ``<Sentence>``
  tags that close themselves before their content, commented-out parses), so it is
  read with patterns: XML comments and lines starting with ``#`` are dropped, and a
  record runs from one ``<Sentence ...>`` tag to the next.  Records marked
  ``evaluate="false"`` are skipped (the shipped file has none).  A date that is not
  ``YYYYMMDD`` (one record has ``121108``) is replaced by the previous record's date
  (the file is in date order) and flagged.
* **Gold codings.** Every ``<EventCoding eventcode= sourcecode= targetcode=>``.
  ``<EventCoding noevents="True"/>`` marks a sentence with nothing to code: it adds no
  gold coding, but our events on such sentences are counted as false alarms.
* **Countries.** The country of a CAMEO actor code is its first three letters
  (``USAGOV`` -> USA).  Codes whose first three letters are not a state -- unknown
  ``---``, international and transnational actors (IGO, IMG, NGO, NGM, MNC, UIS) and
  CAMEO's regions (EUR, MEA, WST, ...) -- have no country; a side agrees when our
  event gives the same country, or gives none where the gold has no country.
* **Root code.** The first two digits of the CAMEO code (``0352`` -> ``03``).
* **Best match.** For each gold coding, among the events extracted from its sentence,
  the one with full agreement if any, else both countries, else the root code, else
  one side.  An event may serve several codings (one sentence often carries both
  directions of a meeting).  Agreement rates are fractions of all gold codings; a
  coding whose sentence yielded no event counts as disagreeing on everything.
* **Either direction.** PETRARCH codes a mutual act ("X and Y held talks") as two
  directed codings, while Dyad stores one event per pair.  As a supplement (not the
  headline figures), country and full agreement are also reported ignoring direction:
  some event of the sentence has the gold's two countries in either order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.table import Table

from pipeline.evaluate_report import Rate, fmt_rate, render_tables
from pipeline.types import Article, ExtractedEvent, InputError

# CAMEO first-three-letter codes that are not a state (CAMEO manual, actor codebook).
NON_STATE_PREFIXES = frozenset(
    {
        "IGO", "IMG", "NGO", "NGM", "MNC", "UIS",
        "AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR",
        "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF",
        "WST",
    }
)  # fmt: skip

_XML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HASH_LINE = re.compile(r"^[ \t]*#.*$", re.M)
_SENTENCE = re.compile(r"<Sentence\s([^>]*?)/?>")
_CODING = re.compile(r"<EventCoding\s([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_ATTR = re.compile(r"([A-Za-z_][\w.-]*)\s*=\s*[\"']([^\"']*)[\"']")

Extractor = Callable[[Article], Sequence[ExtractedEvent]]


def cameo_country(actor_code: str | None) -> str | None:
    """ISO3 country of a CAMEO actor code, None for non-state or unknown actors."""
    prefix = (actor_code or "").strip().upper()[:3]
    if len(prefix) < 3 or not prefix.isalpha() or prefix in NON_STATE_PREFIXES:
        return None
    return prefix


def cameo_root(code: str | None) -> str | None:
    """The two-digit CAMEO root of an event code, None if it is not a CAMEO code."""
    code = (code or "").strip()
    return code[:2] if len(code) >= 2 and code[:2].isdigit() else None


@dataclass(frozen=True)
class PetrCoding:
    eventcode: str
    sourcecode: str
    targetcode: str

    @property
    def root(self) -> str | None:
        return cameo_root(self.eventcode)

    @property
    def source_country(self) -> str | None:
        return cameo_country(self.sourcecode)

    @property
    def target_country(self) -> str | None:
        return cameo_country(self.targetcode)


@dataclass
class PetrRecord:
    id: str
    category: str
    date: dt.date
    raw_date: str
    text: str
    codings: list[PetrCoding] = field(default_factory=list)
    noevents: bool = False
    evaluate: bool = True
    date_repaired: bool = False


def parse_petr(path: Path) -> list[PetrRecord]:
    """All records of a PETRARCH validation file, including those not to evaluate."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the validation file ({exc})") from None
    cleaned = _HASH_LINE.sub("", _XML_COMMENT.sub("", raw))
    starts = list(_SENTENCE.finditer(cleaned))
    if not starts:
        raise InputError(f"{path}: no <Sentence> records found")
    records: list[PetrRecord] = []
    previous_date: dt.date | None = None
    for n, match in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(cleaned)
        body = cleaned[match.end() : end]
        attrs = dict(_ATTR.findall(match.group(1)))
        rid = attrs.get("id", f"record-{n + 1}")
        text_match = _TEXT.search(body)
        if text_match is None:
            raise InputError(f"{path}: record {rid} has no <Text>")
        raw_date = attrs.get("date", "")
        repaired = False
        try:
            if not re.fullmatch(r"\d{8}", raw_date):
                raise ValueError(raw_date)
            day = dt.date(int(raw_date[:4]), int(raw_date[4:6]), int(raw_date[6:]))
        except ValueError:
            if previous_date is None:
                raise InputError(
                    f"{path}: record {rid} has an unreadable date {raw_date!r}"
                ) from None
            day, repaired = previous_date, True
        previous_date = day
        record = PetrRecord(
            id=rid,
            category=attrs.get("category", ""),
            date=day,
            raw_date=raw_date,
            text=" ".join(text_match.group(1).split()),
            evaluate=attrs.get("evaluate", "true").strip().lower() != "false",
            date_repaired=repaired,
        )
        for coding in _CODING.finditer(body):
            c = dict(_ATTR.findall(coding.group(1)))
            if c.get("noevents", "").lower() == "true":
                record.noevents = True
            elif "eventcode" in c:
                record.codings.append(
                    PetrCoding(c["eventcode"], c.get("sourcecode", ""), c.get("targetcode", ""))
                )
        records.append(record)
    return records


@dataclass
class CodingResult:
    """One gold coding and the extracted event that agrees with it best."""

    record_id: str
    coding: PetrCoding
    predicted: dict[str, Any] | None
    source_ok: bool
    target_ok: bool
    root_ok: bool
    # Supplementary, direction-free: some event has the gold's two countries in either
    # order (and, for ``either_full_ok``, the gold's root code too).
    either_countries_ok: bool = False
    either_full_ok: bool = False

    @property
    def countries_ok(self) -> bool:
        return self.source_ok and self.target_ok

    @property
    def full_ok(self) -> bool:
        return self.countries_ok and self.root_ok

    def to_dict(self) -> dict[str, Any]:
        return {
            "record": self.record_id,
            "eventcode": self.coding.eventcode,
            "sourcecode": self.coding.sourcecode,
            "targetcode": self.coding.targetcode,
            "predicted": self.predicted,
            "source": self.source_ok,
            "target": self.target_ok,
            "root": self.root_ok,
            "countries": self.countries_ok,
            "full": self.full_ok,
            "either_direction_countries": self.either_countries_ok,
            "either_direction_full": self.either_full_ok,
        }


def _event_row(event: ExtractedEvent) -> dict[str, Any]:
    return {
        "kind": event.kind,
        "source_country": event.source_country,
        "target_country": event.target_country,
        "countries": list(event.countries),
        "cameo_code": event.cameo_code,
        "evidence": event.evidence,
    }


def score_codings(record: PetrRecord, events: Sequence[ExtractedEvent]) -> list[CodingResult]:
    """Best-matching event for each gold coding of one record (see module docstring)."""
    results = []
    for coding in record.codings:
        best: CodingResult | None = None
        best_key: tuple[bool, ...] = ()
        for event in events:
            candidate = CodingResult(
                record_id=record.id,
                coding=coding,
                predicted=_event_row(event),
                source_ok=event.source_country == coding.source_country,
                target_ok=event.target_country == coding.target_country,
                root_ok=coding.root is not None and cameo_root(event.cameo_code) == coding.root,
            )
            key = (
                candidate.full_ok,
                candidate.countries_ok,
                candidate.root_ok,
                candidate.source_ok or candidate.target_ok,
            )
            if best is None or key > best_key:
                best, best_key = candidate, key
        result = best or CodingResult(record.id, coding, None, False, False, False)
        gold_pair = sorted([coding.source_country or "", coding.target_country or ""])
        for event in events:
            if sorted([event.source_country or "", event.target_country or ""]) == gold_pair:
                result.either_countries_ok = True
                if coding.root is not None and cameo_root(event.cameo_code) == coding.root:
                    result.either_full_ok = True
        results.append(result)
    return results


@dataclass
class PetrReport:
    """PETRARCH-2 agreement figures over all evaluated records."""

    path: str
    records: int
    skipped: int
    repaired_dates: list[str]
    events_found: int
    records_with_codings: int
    records_with_codings_and_events: int
    noevent_records: int
    events_on_noevent_records: int
    codings: list[CodingResult]

    def _rate(self, attr: str) -> Rate:
        rate = Rate()
        for result in self.codings:
            rate.add(bool(getattr(result, attr)))
        return rate

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "records": self.records,
            "skipped_not_evaluated": self.skipped,
            "repaired_dates": self.repaired_dates,
            "gold_codings": len(self.codings),
            "events_found": self.events_found,
            "records_with_codings": self.records_with_codings,
            "records_with_codings_and_events": self.records_with_codings_and_events,
            "noevent_records": self.noevent_records,
            "events_on_noevent_records": self.events_on_noevent_records,
            "source_agreement": self._rate("source_ok").to_dict(),
            "target_agreement": self._rate("target_ok").to_dict(),
            "country_agreement": self._rate("countries_ok").to_dict(),
            "root_code_agreement": self._rate("root_ok").to_dict(),
            "full_agreement": self._rate("full_ok").to_dict(),
            "either_direction_country_agreement": self._rate("either_countries_ok").to_dict(),
            "either_direction_full_agreement": self._rate("either_full_ok").to_dict(),
            "per_coding": [c.to_dict() for c in self.codings],
        }

    def render(self) -> str:
        summary = Table(title=f"PETRARCH-2 validation: {Path(self.path).name}")
        summary.add_column("measure")
        summary.add_column("value", justify="right")
        summary.add_row("records evaluated", str(self.records))
        summary.add_row("gold codings", str(len(self.codings)))
        summary.add_row("events found", str(self.events_found))
        summary.add_row(
            "records with codings that yielded an event",
            f"{self.records_with_codings_and_events}/{self.records_with_codings}",
        )
        summary.add_row(
            "events on no-event records (false alarms)",
            f"{self.events_on_noevent_records} on {self.noevent_records} records",
        )
        summary.add_row("source country agreement", fmt_rate(self._rate("source_ok")))
        summary.add_row("target country agreement", fmt_rate(self._rate("target_ok")))
        summary.add_row("country agreement (both)", fmt_rate(self._rate("countries_ok")))
        summary.add_row("CAMEO root-code agreement", fmt_rate(self._rate("root_ok")))
        summary.add_row("full agreement", fmt_rate(self._rate("full_ok")))
        summary.add_row(
            "country agreement, either direction", fmt_rate(self._rate("either_countries_ok"))
        )
        summary.add_row("full agreement, either direction", fmt_rate(self._rate("either_full_ok")))
        misses = Table(title="Codings without full agreement")
        for column in ("record", "gold code", "gold source→target", "ours", "agree"):
            misses.add_column(column)
        for c in self.codings:
            if c.full_ok:
                continue
            p = c.predicted
            ours = "no event"
            if p is not None:
                ours = f"{p['cameo_code'] or '-'} {p['source_country'] or '-'}→{p['target_country'] or '-'}"
            flags = "".join(
                mark
                for mark, ok in (("S", c.source_ok), ("T", c.target_ok), ("R", c.root_ok))
                if ok
            )
            misses.add_row(
                c.record_id,
                c.coding.eventcode,
                f"{c.coding.sourcecode}→{c.coding.targetcode}",
                ours,
                flags or "none",
            )
        tables: list[Table | str] = [summary]
        if self.repaired_dates:
            tables.append("Dates repaired (not YYYYMMDD): " + ", ".join(self.repaired_dates))
        tables.append(misses if misses.row_count else "Every coding agrees fully.")
        return render_tables(tables)


def evaluate_petr(path: Path, extractor: Extractor | None = None) -> PetrReport:
    """Run the extractor on every record of a PETRARCH validation file and score it."""
    if extractor is None:
        from pipeline.extraction import extract

        extractor = extract
    all_records = parse_petr(path)
    records = [r for r in all_records if r.evaluate]
    codings: list[CodingResult] = []
    events_found = with_codings = with_codings_and_events = noevent = false_alarms = 0
    for record in records:
        article = Article(text=record.text, published=record.date, origin=f"{path}#{record.id}")
        events = list(extractor(article))
        events_found += len(events)
        if record.codings:
            with_codings += 1
            with_codings_and_events += bool(events)
        elif record.noevents:
            noevent += 1
            false_alarms += len(events)
        codings.extend(score_codings(record, events))
    return PetrReport(
        path=str(path),
        records=len(records),
        skipped=len(all_records) - len(records),
        repaired_dates=[f"{r.id} ({r.raw_date!r} -> {r.date})" for r in records if r.date_repaired],
        events_found=events_found,
        records_with_codings=with_codings,
        records_with_codings_and_events=with_codings_and_events,
        noevent_records=noevent,
        events_on_noevent_records=false_alarms,
        codings=codings,
    )
