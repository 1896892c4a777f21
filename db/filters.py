"""The one event filter shared by the dashboard, ``dyad export`` and the evaluation.

A filter is plain data (hashable, so Streamlit can cache on it) and turns into a
``select()`` with bound parameters only: values from a URL never reach SQL as text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, exists, false, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from db.models import Actor, ActorAlias, Event, EventActor, Organization

DEFAULT_PAIR = ("BLR", "POL")


def parse_pair(text: str) -> tuple[str, str]:
    """``"POL-BLR"`` -> ``("BLR", "POL")``; raises ValueError on anything but two ISO3 codes."""
    parts = [p.strip().upper() for p in text.replace("–", "-").replace("_", "-").split("-")]
    if len(parts) != 2 or not all(len(p) == 3 and p.isalpha() and p.isascii() for p in parts):
        raise ValueError(f"pair {text!r}: expected two ISO 3166-1 alpha-3 codes like BLR-POL")
    a, b = sorted(parts)
    return (a, b)


@dataclass(frozen=True)
class EventFilter:
    """What the analyst is looking at; every field optional."""

    pair: tuple[str, str] | None = DEFAULT_PAIR
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    actors: tuple[str, ...] = ()  # canonical names or aliases
    orgs: tuple[str, ...] = ()  # organization names
    kinds: tuple[str, ...] = ()
    q: str | None = None  # free text over summaries and quotes
    origins: tuple[str, ...] = ()  # article, gdelt, icews, csv


def _actor_ids_matching(names: tuple[str, ...]) -> Select[Any]:
    from pipeline.types import fold

    keys = [fold(n) for n in names]
    lowered = [n.lower() for n in names]
    alias_ids = select(ActorAlias.actor_id).where(ActorAlias.alias_key.in_(keys))
    name_ids = select(Actor.id).where(Actor.name.in_(list(names)) | Actor.name.in_(lowered))
    return select(Actor.id).where(or_(Actor.id.in_(alias_ids), Actor.id.in_(name_ids)))


def apply_filter(stmt: Select, flt: EventFilter) -> Select:  # type: ignore[type-arg]
    """Add the filter's conditions to a select over :class:`Event`."""
    conds = []
    if flt.pair is not None:
        conds.append(Event.country1 == flt.pair[0])
        conds.append(Event.country2 == flt.pair[1])
    if flt.date_from is not None:
        conds.append(Event.date >= flt.date_from)
    if flt.date_to is not None:
        conds.append(Event.date <= flt.date_to)
    if flt.kinds:
        conds.append(Event.kind.in_(list(flt.kinds)))
    if flt.origins:
        conds.append(Event.origin.in_(list(flt.origins)))
    # NUL can be in no stored name or text (PostgreSQL refuses it, SQLite's LIKE stops at
    # it and would match everything): a value holding one matches nothing
    actors = tuple(a for a in flt.actors if "\x00" not in a)
    orgs = tuple(o for o in flt.orgs if "\x00" not in o)
    if (flt.actors and not actors) or (flt.orgs and not orgs) or (flt.q and "\x00" in flt.q):
        return stmt.where(false())
    if actors:
        ids = _actor_ids_matching(actors)
        conds.append(
            or_(
                Event.speaker_id.in_(ids),
                exists().where(and_(EventActor.event_id == Event.id, EventActor.actor_id.in_(ids))),
            )
        )
    if orgs:
        org_ids = select(Organization.id).where(Organization.name.in_(list(orgs)))
        member_ids = select(Actor.id).where(
            or_(Actor.organization_id.in_(org_ids), Actor.name.in_(list(orgs)))
        )
        conds.append(
            exists().where(
                and_(EventActor.event_id == Event.id, EventActor.actor_id.in_(member_ids))
            )
        )
    if flt.q:
        conds.append(or_(_contains(Event.summary, flt.q), _contains(Event.quote, flt.q)))
    return stmt.where(*conds) if conds else stmt


class UnicodeLower(FunctionElement[str]):
    """``lower()`` that folds every letter: SQLite's folds ASCII only, so there it is the
    Python function ``dyad_lower`` the engine registers (db.session); PostgreSQL's own
    ``lower`` already folds Unicode."""

    type = String()
    inherit_cache = True


@compiles(UnicodeLower)
def _lower_default(element: UnicodeLower, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(UnicodeLower, "sqlite")
def _lower_sqlite(element: UnicodeLower, compiler: SQLCompiler, **kw: Any) -> str:
    return f"dyad_lower({compiler.process(element.clauses, **kw)})"


def _contains(column: InstrumentedAttribute[str | None], text: str) -> ColumnElement[bool]:
    """Case-insensitive substring match of ``text`` (wildcards in it are literal).

    ASCII text uses ILIKE (an index-free scan either way, but no function call per row);
    text with other letters compares Unicode-lowered values, so that "KUŹNICA" finds
    "Kuźnica" on SQLite as on PostgreSQL.
    """
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if text.isascii():
        return column.ilike(f"%{escaped}%", escape="\\")
    return UnicodeLower(column).like(f"%{escaped.lower()}%", escape="\\")
