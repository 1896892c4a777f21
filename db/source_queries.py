"""Read-only queries behind the sources page: articles, imported files and their events.

Like :mod:`db.queries` (same conventions: a ``Connection`` in, plain data out, no
Streamlit); kept apart because provenance is its own screen.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from sqlalchemy import Connection, func, literal, select

from db.filters import EventFilter, apply_filter
from db.models import Event, EventSource, Source
from db.queries import rows_frame


def sources_frame(conn: Connection, flt: EventFilter, limit: int = 500) -> pd.DataFrame:
    """Ingested articles with how many of their events match the filter."""
    ev = apply_filter(select(Event.id), flt).subquery("ev")
    n_events = func.count(func.distinct(ev.c.id))
    stmt = (
        select(Source.id, Source.kind, Source.published, Source.title, Source.outlet,
               Source.url, Source.origin, Source.ingested_at, n_events)
        .join(EventSource, EventSource.source_id == Source.id)
        .join(ev, ev.c.id == EventSource.event_id)
        .group_by(Source.id, Source.kind, Source.published, Source.title, Source.outlet,
                  Source.url, Source.origin, Source.ingested_at)
        .order_by(Source.published.desc(), Source.id.desc())
        .limit(limit)
    )
    columns = ["id", "kind", "published", "title", "outlet", "url", "origin", "ingested_at",
               "events"]
    return rows_frame(conn.execute(stmt), columns)


def imported_files(conn: Connection, flt: EventFilter) -> pd.DataFrame:
    """Structured imports (GDELT, ICEWS, CSV) under the filter, one row per file."""
    file_col = func.coalesce(Event.origin_file, literal("(unknown file)"))
    stmt = apply_filter(
        select(Event.origin, file_col, func.count(), func.min(Event.date), func.max(Event.date))
        .where(Event.origin != "article"),
        flt,
    ).group_by(Event.origin, file_col)
    columns = ["origin", "file", "events", "first", "last"]
    return rows_frame(conn.execute(stmt), columns).sort_values("events", ascending=False)


def source_events(conn: Connection, source_id: int) -> pd.DataFrame:
    """Events read from one article, with the evidence sentence of each."""
    stmt = (
        select(Event.id, Event.date, Event.kind, Event.country1, Event.country2, Event.summary,
               Event.quote, Event.tone, EventSource.evidence)
        .join(EventSource, EventSource.event_id == Event.id)
        .where(EventSource.source_id == source_id)
        .order_by(Event.date, Event.id)
    )
    columns = ["id", "date", "kind", "country1", "country2", "summary", "quote", "tone",
               "evidence"]
    return rows_frame(conn.execute(stmt), columns)


def source_by_id(conn: Connection, source_id: int) -> dict[str, Any] | None:
    row = conn.execute(
        select(Source.id, Source.kind, Source.title, Source.outlet, Source.url, Source.published,
               Source.origin, Source.ingested_at).where(Source.id == source_id)
    ).first()
    if row is None:
        return None
    keys = ["id", "kind", "title", "outlet", "url", "published", "origin", "ingested_at"]
    return dict(zip(keys, row, strict=True))
