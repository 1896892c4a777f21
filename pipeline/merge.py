"""Merging: how reports of one real event become one event, whatever order they arrive in.

Events from articles carry a fingerprint (kind, country pair, date at its precision and a
discriminator: the speaker for statements, the three-digit CAMEO code for measures and
incidents, with its direction for measures and summonses); a second report with the same
fingerprint is merged into the first.  Every source's reading is kept
(``event_sources.extracted``) and the event is rebuilt from all of them, earliest published
source first, tone averaged, so the result never depends on arrival order.  An article
that reports an event of an analyst's curated chronology becomes one more source of that
event instead of a duplicate.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session

from db.models import ActorAlias, Event, EventSource, Source
from pipeline.types import ExtractedEvent, fold

MERGED_FIELDS = (
    "date_precision",
    "end_date",
    "source_country",
    "target_country",
    "location",
    "cameo_code",
    "quad_class",
    "goldstein",
    "summary",
    "quote",
)


def fingerprint(ev: ExtractedEvent) -> str:
    """The natural key of an article event: two reports of one real event share it."""
    c1, c2 = ev.pair
    if ev.date_precision == "year":
        day = ev.date.strftime("%Y")
    elif ev.date_precision == "month":
        day = ev.date.strftime("%Y-%m")
    else:
        day = ev.date.isoformat()
    if ev.kind == "statement":
        who = fold(ev.speaker.name) if ev.speaker else "?"
        disc = f"speaker={who}"
    elif ev.kind == "measure":
        # the act and its direction: a border closure and an arrest of one month, or the
        # tit-for-tat expulsions of one day, are different measures
        disc = f"cameo={(ev.cameo_code or '')[:3]}|{ev.source_country}>{ev.target_country}"
    elif ev.kind in ("incident", "other"):
        disc = f"cameo={(ev.cameo_code or '')[:3]}"
    elif ev.cameo_code and not ev.cameo_code.startswith("04"):
        # a summons (an official protest handed over in a meeting) has a direction: the
        # tit-for-tat summonses of one day are two events
        disc = f"cameo={ev.cameo_code[:3]}|{ev.source_country}>{ev.target_country}"
    else:
        disc = ""
    return f"{ev.kind}|{c1}-{c2}|{day}|{disc}"[:300]


def json_value(value: Any) -> Any:
    """Dates and the nested actor references, converted as the encoder meets them."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    raise TypeError(type(value))


def reading_json(ev: ExtractedEvent, speaker_id: int | None) -> str:
    """The reading kept per source; the same text ``dataclasses.asdict`` would give, without
    its deep copy of every nested value (a tenth of the loader's time)."""
    data = json_value(ev)
    data["speaker_id"] = speaker_id
    return json.dumps(data, default=json_value, ensure_ascii=False, sort_keys=True)


def rebuilt_values(readings: list[tuple[dt.date | None, str, str | None, float | None]]) -> (
    dict[str, Any] | None
):
    """The event's fields from all its sources' readings, independent of arrival order.

    ``readings`` holds, per source link, the source's publication date and content hash,
    the reading kept in ``event_sources.extracted`` and its tone.  The earliest published
    source gives each field it has; tones are averaged.  None when no link has a reading.
    """
    ordered = sorted(
        ((published.isoformat() if published else "9999", content_hash), json.loads(extracted), tone)
        for published, content_hash, extracted, tone in readings
        if extracted
    )
    if not ordered:
        return None
    values: dict[str, Any] = {}
    for name in MERGED_FIELDS:
        value = next((r[1][name] for r in ordered if r[1].get(name) not in (None, "")), None)
        if name == "end_date" and value is not None:
            value = dt.date.fromisoformat(value)
        values[name] = value
    values["speaker_id"] = next((r[1]["speaker_id"] for r in ordered if r[1].get("speaker_id")), None)
    tones = [r[2] for r in ordered if r[2] is not None]
    values["tone"] = round(sum(tones) / len(tones), 4) if tones else None
    values["cameo_root"] = values["cameo_code"][:2] if values["cameo_code"] else None
    return values


_READINGS = (
    select(Source.published, Source.content_hash, EventSource.extracted, EventSource.tone)
    .join(Source, Source.id == EventSource.source_id)
    .where(EventSource.event_id == bindparam("event_id"))
)
_UPDATE_EVENT = (
    update(Event)
    .where(Event.id == bindparam("event_id"))
    .values({name: bindparam(f"new_{name}") for name in (*MERGED_FIELDS, "speaker_id", "tone", "cameo_root")})
)


def rebuild_event(connection: Connection, event_id: int) -> None:
    """Rebuild one stored event from all its sources' readings (see :func:`rebuilt_values`)."""
    readings = [tuple(row) for row in connection.execute(_READINGS, {"event_id": event_id})]
    values = rebuilt_values(readings)  # type: ignore[arg-type]
    if values is not None:
        connection.execute(
            _UPDATE_EVENT, {"event_id": event_id, **{f"new_{k}": v for k, v in values.items()}}
        )


def single_reading_values(ev: ExtractedEvent, speaker_id: int | None) -> dict[str, Any]:
    """What :func:`rebuilt_values` gives for an event read from one source, without reloading."""
    values: dict[str, Any] = {}
    for name in MERGED_FIELDS:
        value = getattr(ev, name)
        values[name] = None if value == "" else value
    values["speaker_id"] = speaker_id
    values["tone"] = round(ev.tone, 4) if ev.tone is not None else None
    values["cameo_root"] = values["cameo_code"][:2] if values["cameo_code"] else None
    return values


def curated_match(session: Session, ev: ExtractedEvent) -> Event | None:
    """An analyst's curated (CSV) event that this article reports, if there is one.

    Curated chronologies and articles often describe the same episode; the article then
    becomes a further source of the curated event (its evidence sentence and tone are
    kept in ``event_sources``) instead of a second dot on the timeline.  The curated
    fields stay as the analyst wrote them.  Same pair, kind and date at the same
    precision; for statements also the same speaker.
    """
    c1, c2 = ev.pair
    params: dict[str, Any] = {
        "c1": c1, "c2": c2, "kind": ev.kind, "date": ev.date, "precision": ev.date_precision,
    }
    if ev.kind != "statement":
        return session.scalars(_CURATED_EVENT, params).first()
    if ev.speaker is None:
        return None
    params["speaker_keys"] = sorted({fold(ev.speaker.name), *(fold(a) for a in ev.speaker.aliases)})
    return session.scalars(_CURATED_STATEMENT, params).first()


_CURATED_BASE = select(Event).where(
    Event.origin == "csv",
    Event.country1 == bindparam("c1"),
    Event.country2 == bindparam("c2"),
    Event.kind == bindparam("kind"),
    Event.date == bindparam("date"),
    Event.date_precision == bindparam("precision"),
)
_CURATED_EVENT = _CURATED_BASE.order_by(Event.id).limit(1)
_CURATED_STATEMENT = (
    _CURATED_BASE.where(
        Event.speaker_id.in_(
            select(ActorAlias.actor_id).where(
                ActorAlias.alias_key.in_(bindparam("speaker_keys", expanding=True))
            )
        )
    )
    .order_by(Event.id)
    .limit(1)
)
ANY_CURATED = select(Event.id).where(Event.origin == "csv").limit(1)
"""Built once, like the statements below: a curated lookup per event was mostly statement
building.  ``ANY_CURATED`` is an index seek (origin leads the unique key) that spares
every per-event lookup in a database without curated events."""
