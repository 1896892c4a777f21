"""Read-only queries behind the dashboard pages.

Every function takes a SQLAlchemy ``Connection`` and an :class:`EventFilter` and returns
plain data (pandas frames, dicts, lists).  There is no Streamlit here so the queries can
be tested and benchmarked on their own; the dashboard caches them in ``pages/data.py``.

Monthly aggregates come from :class:`MonthlyPairStat` when the filter only restricts
pair, kinds and whole months: that table is tiny compared with ``events`` and keeps the
pair and overview pages fast with millions of events.  A cheap consistency check (the
stats must add up to the pair's event count) guards against a database whose loader did
not keep the table current; then the events are aggregated directly.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from typing import Any, TypeVar

import pandas as pd
from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import aliased

from db.filters import EventFilter, apply_filter
from db.models import (
    Actor,
    ActorAlias,
    Event,
    EventActor,
    EventSource,
    MonthlyPairStat,
    Organization,
    Source,
)
from pipeline.types import fold

EVENT_COLUMNS = [
    "id", "date", "date_precision", "kind", "country1", "country2", "source_country",
    "target_country", "location", "summary", "quote", "tone", "goldstein", "quad_class",
    "speaker", "speaker_country", "speaker_org", "origin", "source_url",
]


def month_of(column: Any, dialect: str) -> ColumnElement[str]:
    """``YYYY-MM-01`` text of a date column, written for the connection's dialect."""
    if dialect == "sqlite":
        return func.strftime("%Y-%m-01", column)
    return func.to_char(func.date_trunc("month", column), "YYYY-MM-01")


def _no_index(column: Any, conn: Connection) -> Any:
    """``+column`` on SQLite: the same value, but the planner no longer uses an index for it.

    WHY: for a GROUP BY over a whole table SQLite prefers an index whose order matches,
    then reads the table row by row in that order; over the few hundred thousand rows of
    ``monthly_pair_stats`` that is 2-3x slower than one scan and a sort.
    """
    if conn.dialect.name != "sqlite":
        return column
    return literal_column("+" + column.expression.table.name + "." + column.key)


def rows_frame(rows: Any, columns: list[str]) -> pd.DataFrame:
    """Result rows as a frame with these column names (also used by db.source_queries)."""
    return pd.DataFrame([tuple(r) for r in rows], columns=columns)


def _month_aligned(flt: EventFilter) -> bool:
    """True when the date bounds cover whole months, so monthly stats answer exactly."""
    if flt.date_from is not None and flt.date_from.day != 1:
        return False
    if flt.date_to is not None:
        last = calendar.monthrange(flt.date_to.year, flt.date_to.month)[1]
        if flt.date_to.day != last:
            return False
    return True


def stats_usable(conn: Connection, flt: EventFilter) -> bool:
    """Whether :class:`MonthlyPairStat` answers this filter exactly and is current."""
    if flt.actors or flt.orgs or flt.q or flt.origins or not _month_aligned(flt):
        return False
    pair_events = apply_filter(select(func.count()).select_from(Event), EventFilter(pair=flt.pair))
    stats_total = select(func.coalesce(func.sum(MonthlyPairStat.n_events), 0))
    if flt.pair is not None:
        stats_total = stats_total.where(
            MonthlyPairStat.country1 == flt.pair[0], MonthlyPairStat.country2 == flt.pair[1]
        )
    n_events = conn.execute(pair_events).scalar_one()
    return n_events > 0 and n_events == conn.execute(stats_total).scalar_one()


SelectT = TypeVar("SelectT", bound=Select[*tuple[Any, ...]])


def _stats_kinds_and_months(stmt: SelectT, flt: EventFilter) -> SelectT:
    """``stmt`` over ``monthly_pair_stats`` restricted to the filter's kinds and months."""
    m = MonthlyPairStat
    if flt.kinds:
        stmt = stmt.where(m.kind.in_(list(flt.kinds)))
    if flt.date_from is not None:
        stmt = stmt.where(m.month >= flt.date_from)
    if flt.date_to is not None:
        stmt = stmt.where(m.month <= flt.date_to)
    return stmt


def monthly_counts(conn: Connection, flt: EventFilter) -> pd.DataFrame:
    """Per month, kind and quad class: event count and tone/Goldstein sums.

    Columns: month (Timestamp), kind, quad_class (0 = unknown), n_events, tone_sum,
    tone_n, goldstein_sum, goldstein_n.
    """
    columns = ["month", "kind", "quad_class", "n_events", "tone_sum", "tone_n",
               "goldstein_sum", "goldstein_n"]
    if stats_usable(conn, flt):
        m = MonthlyPairStat
        if flt.pair is not None:
            stmt = select(m.month, m.kind, m.quad_class, m.n_events, m.tone_sum, m.tone_n,
                          m.goldstein_sum, m.goldstein_n)
            stmt = stmt.where(m.country1 == flt.pair[0], m.country2 == flt.pair[1])
        else:
            # All pairs: hundreds of thousands of stats rows at a million events, summed
            # by the database (a pandas groupby of them took seconds).  Grouping on
            # ``+month`` keeps SQLite from walking the month index row by row (a random
            # table read each) when one sequential scan and a sort are cheaper.
            month_key = m.month if flt.date_from or flt.date_to else _no_index(m.month, conn)
            stmt = select(
                m.month, m.kind, m.quad_class, func.sum(m.n_events), func.sum(m.tone_sum),
                func.sum(m.tone_n), func.sum(m.goldstein_sum), func.sum(m.goldstein_n),
            ).group_by(month_key, m.kind, m.quad_class)
        stmt = _stats_kinds_and_months(stmt, flt)
        frame = rows_frame(conn.execute(stmt), columns)
    else:
        month = month_of(Event.date, conn.dialect.name).label("month")
        quad = func.coalesce(Event.quad_class, 0).label("quad_class")
        stmt = apply_filter(
            select(
                month, Event.kind, quad, func.count(),
                func.coalesce(func.sum(Event.tone), 0.0), func.count(Event.tone),
                func.coalesce(func.sum(Event.goldstein), 0.0), func.count(Event.goldstein),
            ),
            flt,
        ).group_by(month, Event.kind, quad)
        frame = rows_frame(conn.execute(stmt), columns)
    frame["month"] = pd.to_datetime(frame["month"])
    return frame.sort_values(["month", "kind", "quad_class"]).reset_index(drop=True)


def count_events(conn: Connection, flt: EventFilter) -> int:
    return int(conn.execute(apply_filter(select(func.count()).select_from(Event), flt)).scalar_one())


def data_overview(conn: Connection) -> dict[str, Any]:
    """Size and time span of the whole database (for empty-state messages and defaults)."""
    n, first, last = conn.execute(select(func.count(), func.min(Event.date), func.max(Event.date))).one()
    n_sources = conn.execute(select(func.count()).select_from(Source)).scalar_one()
    return {"events": int(n), "first": first, "last": last, "sources": int(n_sources)}


def pairs_present(conn: Connection) -> pd.DataFrame:
    """Every two-country pair with events: columns country1, country2, n_events."""
    stmt = (
        select(Event.country1, Event.country2, func.count())
        .where(Event.country1 != Event.country2)
        .group_by(Event.country1, Event.country2)
        .order_by(func.count().desc())
    )
    return rows_frame(conn.execute(stmt), ["country1", "country2", "n_events"])


def pair_matrix(conn: Connection, flt: EventFilter) -> pd.DataFrame:
    """Event counts of all pairs under the filter's dates/kinds (pair ignored)."""
    all_pairs = replace(flt, pair=None)
    if stats_usable(conn, all_pairs):
        m = MonthlyPairStat
        stmt = select(m.country1, m.country2, func.sum(m.n_events)).where(m.country1 != m.country2)
        stmt = _stats_kinds_and_months(stmt, flt)
        if flt.date_from is None and flt.date_to is None:
            # Whole range: a sequential scan and a sort beat walking the primary-key index
            # (a random table read per stats row), see monthly_counts.
            stmt = stmt.group_by(_no_index(m.country1, conn), _no_index(m.country2, conn))
        else:
            stmt = stmt.group_by(m.country1, m.country2)
    else:
        stmt = apply_filter(
            select(Event.country1, Event.country2, func.count()).where(
                Event.country1 != Event.country2
            ),
            all_pairs,
        ).group_by(Event.country1, Event.country2)
    frame = rows_frame(conn.execute(stmt), ["country1", "country2", "n_events"])
    return frame.sort_values("n_events", ascending=False).reset_index(drop=True)


def actor_names(conn: Connection) -> list[str]:
    """Canonical actor names, alphabetically (the actor filter's options)."""
    return [r[0] for r in conn.execute(select(Actor.name).distinct().order_by(Actor.name))]


def organization_names(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute(select(Organization.name).distinct().order_by(Organization.name))]


def resolve_actor_names(conn: Connection, names: list[str]) -> dict[str, str | None]:
    """Map each name or alias (any case/accents) to its canonical actor name, or None."""
    out: dict[str, str | None] = {}
    for name in names:
        exact = conn.execute(select(Actor.name).where(Actor.name == name).limit(1)).scalar()
        if exact is None:
            exact = conn.execute(
                select(Actor.name).join(ActorAlias, ActorAlias.actor_id == Actor.id)
                .where(ActorAlias.alias_key == fold(name)).limit(1)
            ).scalar()
        if exact is None:
            exact = conn.execute(
                select(Actor.name).where(func.lower(Actor.name) == name.lower()).limit(1)
            ).scalar()
        out[name] = exact
    return out


def events_frame(conn: Connection, flt: EventFilter, limit: int | None = 2000) -> pd.DataFrame:
    """The filtered events, newest first, with speaker, all actors and the first source.

    ``actors`` holds ``"Name (role)"`` joined by ``"; "``; ``source_title``/``source_link``
    come from the first linked article (or the import's own URL).
    """
    speaker = aliased(Actor)
    speaker_org = aliased(Organization)
    stmt = (
        apply_filter(
            select(
                Event.id, Event.date, Event.date_precision, Event.kind, Event.country1,
                Event.country2, Event.source_country, Event.target_country, Event.location,
                Event.summary, Event.quote, Event.tone, Event.goldstein, Event.quad_class,
                speaker.name, speaker.country, speaker_org.name, Event.origin, Event.source_url,
            )
            .outerjoin(speaker, speaker.id == Event.speaker_id)
            .outerjoin(speaker_org, speaker_org.id == speaker.organization_id),
            flt,
        )
        .order_by(Event.date.desc(), Event.id.desc())
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    frame = rows_frame(conn.execute(stmt), EVENT_COLUMNS)
    frame["actors"] = ""
    frame["source_title"] = None
    frame["source_link"] = frame["source_url"]
    if frame.empty:
        return frame
    ids = stmt.with_only_columns(Event.id).subquery()
    actor_rows = conn.execute(
        select(EventActor.event_id, Actor.name, EventActor.role)
        .join(Actor, Actor.id == EventActor.actor_id)
        .where(EventActor.event_id.in_(select(ids.c.id)))
        .order_by(EventActor.event_id, Actor.name)
    ).all()
    if actor_rows:
        actors = rows_frame(actor_rows, ["id", "name", "role"])
        actors["label"] = actors["name"] + " (" + actors["role"] + ")"
        joined = actors.groupby("id")["label"].agg("; ".join)
        frame["actors"] = frame["id"].map(joined).fillna("")
    first_source = (
        select(EventSource.event_id, func.min(EventSource.source_id).label("source_id"))
        .where(EventSource.event_id.in_(select(ids.c.id)))
        .group_by(EventSource.event_id)
        .subquery()
    )
    source_rows = conn.execute(
        select(first_source.c.event_id, Source.title, Source.url, Source.outlet).join(
            Source, Source.id == first_source.c.source_id
        )
    ).all()
    if source_rows:
        sources = rows_frame(source_rows, ["id", "title", "url", "outlet"]).set_index("id")
        frame["source_title"] = frame["id"].map(sources["title"].fillna(sources["outlet"]))
        frame["source_link"] = frame["id"].map(sources["url"]).fillna(frame["source_url"])
    return frame


def event_detail(conn: Connection, event_id: int) -> dict[str, Any] | None:
    """One event with its actors (name, role, country, organization) and every source."""
    cols = [Event.__table__.c[c] for c in EVENT_COLUMNS if c in Event.__table__.c]
    row = conn.execute(select(*cols, Event.speaker_id).where(Event.id == event_id)).first()
    if row is None:
        return None
    fields: dict[str, Any] = {c.key: v for c, v in zip(cols, row, strict=False)}
    fields["speaker"] = conn.execute(select(Actor.name).where(Actor.id == row[-1])).scalar()
    actors = conn.execute(
        select(Actor.name, EventActor.role, Actor.country, Organization.name, Actor.role)
        .join(EventActor, EventActor.actor_id == Actor.id)
        .outerjoin(Organization, Organization.id == Actor.organization_id)
        .where(EventActor.event_id == event_id)
        .order_by(EventActor.role, Actor.name)
    ).all()
    sources = conn.execute(
        select(Source.title, Source.url, Source.outlet, Source.published, Source.origin,
               EventSource.evidence, EventSource.tone)
        .join(EventSource, EventSource.source_id == Source.id)
        .where(EventSource.event_id == event_id)
        .order_by(Source.published, Source.id)
    ).all()
    fields["actors"] = [
        {"name": a[0], "role": a[1], "country": a[2], "organization": a[3], "title": a[4]}
        for a in actors
    ]
    fields["sources"] = [
        {"title": s[0], "url": s[1], "outlet": s[2], "published": s[3], "origin": s[4],
         "evidence": s[5], "tone": s[6]}
        for s in sources
    ]
    return fields


def side_column() -> ColumnElement[str | None]:
    """Who speaks: the speaker's country, else the event's source country."""
    return func.coalesce(Actor.country, Event.source_country)


def tone_by_side(conn: Connection, flt: EventFilter) -> pd.DataFrame:
    """Monthly mean tone per speaking side: columns month, side, mean_tone, n."""
    month = month_of(Event.date, conn.dialect.name).label("month")
    side = side_column().label("side")
    stmt = apply_filter(
        select(month, side, func.avg(Event.tone), func.count())
        .outerjoin(Actor, Actor.id == Event.speaker_id)
        .where(Event.tone.is_not(None)),
        flt,
    )
    if flt.pair is not None:
        stmt = stmt.where(side.in_(list(flt.pair)))
    stmt = stmt.where(side.is_not(None)).group_by(month, side)
    frame = rows_frame(conn.execute(stmt), ["month", "side", "mean_tone", "n"])
    frame["month"] = pd.to_datetime(frame["month"])
    return frame.sort_values(["side", "month"]).reset_index(drop=True)


def mean_tone_by_side(conn: Connection, flt: EventFilter) -> dict[str, float]:
    """Overall mean tone per speaking side of the pair."""
    side = side_column().label("side")
    stmt = apply_filter(
        select(side, func.avg(Event.tone))
        .outerjoin(Actor, Actor.id == Event.speaker_id)
        .where(Event.tone.is_not(None)),
        flt,
    )
    if flt.pair is not None:
        stmt = stmt.where(side.in_(list(flt.pair)))
    rows = conn.execute(stmt.where(side.is_not(None)).group_by(side)).all()
    return {str(r[0]): float(r[1]) for r in rows}


def actor_ranking(conn: Connection, flt: EventFilter, limit: int = 200) -> pd.DataFrame:
    """Key actors under the filter: events, meetings, statements, mean tone, country, org.

    Links are read once and counted in pandas: on SQLite this is several times faster
    than a grouped union over ``event_actors`` for tens of thousands of events.
    """
    columns = ["actor", "type", "country", "organization", "title", "events", "meetings",
               "statements", "mean_tone"]
    ev = apply_filter(select(Event.id, Event.kind, Event.tone, Event.speaker_id), flt).subquery()
    events = rows_frame(conn.execute(select(ev)), ["event_id", "kind", "tone", "speaker_id"])
    links = rows_frame(
        conn.execute(select(EventActor.event_id, EventActor.actor_id)
                     .join(ev, ev.c.id == EventActor.event_id)),
        ["event_id", "actor_id"],
    )
    speakers = events.loc[events["speaker_id"].notna(), ["event_id", "speaker_id"]]
    links = pd.concat([links, speakers.set_axis(["event_id", "actor_id"], axis=1)])
    links = links.astype("int64").drop_duplicates()
    if links.empty:
        return pd.DataFrame(columns=columns)
    joined = links.merge(events[["event_id", "kind", "tone"]], on="event_id")
    joined["meeting"] = joined["kind"] == "meeting"
    joined["statement"] = joined["kind"] == "statement"
    grouped = joined.groupby("actor_id").agg(
        events=("event_id", "size"), meetings=("meeting", "sum"),
        statements=("statement", "sum"), mean_tone=("tone", "mean"),
    ).reset_index()
    top = grouped.sort_values(["events", "actor_id"], ascending=[False, True]).head(limit)
    info = rows_frame(
        conn.execute(
            select(Actor.id, Actor.name, Actor.type, Actor.country, Organization.name, Actor.role)
            .outerjoin(Organization, Organization.id == Actor.organization_id)
            .where(Actor.id.in_([int(i) for i in top["actor_id"]]))
        ),
        ["actor_id", "actor", "type", "country", "organization", "title"],
    )
    frame = top.merge(info, on="actor_id").sort_values(["events", "actor"],
                                                       ascending=[False, True])
    for col in ("events", "meetings", "statements"):
        frame[col] = frame[col].astype("int64")
    frame["mean_tone"] = frame["mean_tone"].astype("float64")
    return frame[columns].reset_index(drop=True)


def meeting_network(conn: Connection, flt: EventFilter, max_actors: int = 40) -> pd.DataFrame:
    """Who met whom: columns source, target, meetings (actor pairs sharing a meeting).

    Only the ``max_actors`` actors with most meetings are kept so the graph stays legible.
    """
    meetings = apply_filter(
        select(Event.id).where(Event.kind == "meeting"), replace(flt, kinds=())
    ).subquery("meetings")
    a = aliased(EventActor)
    b = aliased(EventActor)
    ta = aliased(Actor)
    tb = aliased(Actor)
    stmt = (
        select(ta.name, tb.name, func.count(func.distinct(a.event_id)))
        .select_from(meetings)
        .join(a, a.event_id == meetings.c.id)
        .join(b, and_(b.event_id == a.event_id, b.actor_id > a.actor_id))
        .join(ta, ta.id == a.actor_id)
        .join(tb, tb.id == b.actor_id)
        .group_by(ta.name, tb.name)
    )
    edges = rows_frame(conn.execute(stmt), ["source", "target", "meetings"])
    if edges.empty:
        return edges
    degree = pd.concat(
        [edges[["source", "meetings"]].rename(columns={"source": "actor"}),
         edges[["target", "meetings"]].rename(columns={"target": "actor"})]
    ).groupby("actor")["meetings"].sum()
    keep = set(degree.sort_values(ascending=False).head(max_actors).index)
    edges = edges[edges["source"].isin(keep) & edges["target"].isin(keep)]
    return edges.sort_values("meetings", ascending=False).reset_index(drop=True)


def actor_profile(conn: Connection, name: str) -> dict[str, Any] | None:
    """An actor's country, title, organization and aliases."""
    row = conn.execute(
        select(Actor.id, Actor.name, Actor.type, Actor.country, Actor.role, Organization.name)
        .outerjoin(Organization, Organization.id == Actor.organization_id)
        .where(Actor.name == name)
        .limit(1)
    ).first()
    if row is None:
        return None
    aliases = [r[0] for r in conn.execute(
        select(ActorAlias.alias).where(ActorAlias.actor_id == row[0]).order_by(ActorAlias.alias)
    )]
    return {"name": row[1], "type": row[2], "country": row[3], "title": row[4],
            "organization": row[5], "aliases": aliases}
