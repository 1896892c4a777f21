"""Events as plain records: the public ``dyad export`` format.

Field names and meanings here are a public interface (users' scripts parse them):
extend, never rename.  One record per event:

``id, kind, date (YYYY-MM-DD | YYYY-MM | YYYY by precision), date_precision, end_date,
countries (sorted ISO alpha-3), source_country, target_country, actors [{name, type,
country, role, organization}], speaker, quote, location, tone, cameo_code, quad_class,
goldstein, summary, evidence, sources [{url, title, outlet, published}], origin,
origin_key, source_url``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.filters import EventFilter, apply_filter
from db.models import Actor, Event, EventActor, EventSource

EXPORT_FIELDS = (
    "id",
    "kind",
    "date",
    "date_precision",
    "end_date",
    "countries",
    "source_country",
    "target_country",
    "actors",
    "speaker",
    "quote",
    "location",
    "tone",
    "cameo_code",
    "quad_class",
    "goldstein",
    "summary",
    "evidence",
    "sources",
    "origin",
    "origin_key",
    "source_url",
)


def format_date(day: dt.date, precision: str) -> str:
    if precision == "year":
        return day.strftime("%Y")
    if precision == "month":
        return day.strftime("%Y-%m")
    return day.isoformat()


def event_record(event: Event) -> dict[str, Any]:
    """The public record of one loaded event (relationships must be loaded)."""
    actors = []
    for link in sorted(event.actor_links, key=lambda lk: (lk.role, lk.actor.name)):
        actor = link.actor
        actors.append(
            {
                "name": actor.name,
                "type": actor.type,
                "country": actor.country,
                "role": link.role,
                "organization": actor.organization.name if actor.organization else None,
            }
        )
    links = sorted(
        event.source_links,
        key=lambda lk: (lk.source.published or dt.date.max, lk.source.content_hash),
    )
    sources = [
        {
            "url": lk.source.url,
            "title": lk.source.title,
            "outlet": lk.source.outlet,
            "published": lk.source.published.isoformat() if lk.source.published else None,
        }
        for lk in links
        if lk.source.kind == "article"
    ]
    if event.source_url and not any(s["url"] == event.source_url for s in sources):
        sources.append({"url": event.source_url, "title": None, "outlet": None, "published": None})
    countries = sorted({event.country1, event.country2})
    return {
        "id": event.id,
        "kind": event.kind,
        "date": format_date(event.date, event.date_precision),
        "date_precision": event.date_precision,
        "end_date": event.end_date.isoformat() if event.end_date else None,
        "countries": countries,
        "source_country": event.source_country,
        "target_country": event.target_country,
        "actors": actors,
        "speaker": event.speaker.name if event.speaker else None,
        "quote": event.quote,
        "location": event.location,
        "tone": event.tone,
        "cameo_code": event.cameo_code,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "summary": event.summary,
        "evidence": links[0].evidence if links else None,
        "sources": sources,
        "origin": event.origin,
        "origin_key": event.origin_key,
        "source_url": event.source_url,
    }


def export_records(
    session: Session, flt: EventFilter, *, chunk: int = 2000
) -> Iterator[dict[str, Any]]:
    """All events matching ``flt`` in date order, streamed in chunks."""
    stmt = apply_filter(select(Event), flt).order_by(Event.date, Event.id)
    stmt = stmt.options(
        selectinload(Event.actor_links).selectinload(EventActor.actor).selectinload(Actor.organization),
        selectinload(Event.source_links).selectinload(EventSource.source),
        selectinload(Event.speaker),
    ).execution_options(yield_per=chunk)
    for event in session.scalars(stmt):
        yield event_record(event)
