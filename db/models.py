"""Typed SQLAlchemy models: the single schema every part of Dyad reads and writes.

Events are the centre.  An event belongs to one unordered country pair (``country1`` <
``country2``, ISO 3166-1 alpha-3) so that "all BLR-POL contacts" is one indexed range
scan, and keeps the directed ``source_country``/``target_country`` for who acted on whom.
Statements are events of kind ``statement`` with a speaker and a quote.  Every event
keeps where it came from: articles via ``event_sources`` (with the evidence sentence and
its offsets) or a structured import via ``origin``/``origin_key``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

EVENT_KINDS = ("meeting", "statement", "measure", "incident", "other")
DATE_PRECISIONS = ("day", "month", "year")
ACTOR_TYPES = ("person", "organization")
ACTOR_ROLES = ("participant", "leader", "speaker", "target", "subject")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Source(Base):
    """An ingested article or an imported file (``kind`` says which)."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="article")
    url: Mapped[str | None] = mapped_column(String(2048))
    title: Mapped[str | None] = mapped_column(String(1024))
    outlet: Mapped[str | None] = mapped_column(String(256))
    published: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(16))
    content_hash: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str | None] = mapped_column(String(1024), doc="file path or URL it was read from")
    text: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())

    links: Mapped[list[EventSource]] = relationship(back_populates="source")

    __table_args__ = (
        UniqueConstraint("content_hash", name="uq_sources_content_hash"),
        CheckConstraint("kind IN ('article', 'import')", name="kind"),
        Index("ix_sources_published", "published"),
        Index("ix_sources_url", "url"),
    )


class Organization(Base):
    """A ministry, government body, armed force, party or institution of one country."""

    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    country: Mapped[str | None] = mapped_column(String(3))
    sector: Mapped[str | None] = mapped_column(String(64), doc="ministry, government, military, ...")

    __table_args__ = (
        UniqueConstraint("name", "country", name="uq_organizations_name_country"),
        Index("ix_organizations_country", "country"),
    )


class Actor(Base):
    """A person or an organization taking part in events; one row per real actor."""

    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    type: Mapped[str] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String(3))
    role: Mapped[str | None] = mapped_column(String(256), doc="title or function, e.g. 'MoD spokesman'")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL")
    )

    organization: Mapped[Organization | None] = relationship()
    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", cascade="all, delete-orphan"
    )

    __table_args__ = (
        UniqueConstraint("name", "type", "country", name="uq_actors_name_type_country"),
        CheckConstraint("type IN ('person', 'organization')", name="type"),
        Index("ix_actors_country", "country"),
        Index("ix_actors_organization_id", "organization_id"),
    )


class ActorAlias(Base):
    """Another spelling or description of an actor (Lukashenko, Łukaszenka, 'the Belarusian leader')."""

    __tablename__ = "actor_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(256))
    alias_key: Mapped[str] = mapped_column(String(256), doc="case- and accent-folded alias")

    actor: Mapped[Actor] = relationship(back_populates="aliases")

    __table_args__ = (
        UniqueConstraint("actor_id", "alias_key", name="uq_actor_aliases_actor_id_alias_key"),
        Index("ix_actor_aliases_alias_key", "alias_key"),
    )


class Event(Base):
    """A dated interaction between two countries: meeting, statement, measure, incident."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    date: Mapped[dt.date] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(8), default="day")
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    country1: Mapped[str] = mapped_column(String(3), doc="alphabetically first country of the pair")
    country2: Mapped[str] = mapped_column(String(3), doc="second country; equals country1 for one-country events")
    source_country: Mapped[str | None] = mapped_column(String(3))
    target_country: Mapped[str | None] = mapped_column(String(3))
    location: Mapped[str | None] = mapped_column(String(256))
    cameo_code: Mapped[str | None] = mapped_column(String(8))
    cameo_root: Mapped[str | None] = mapped_column(String(2))
    quad_class: Mapped[int | None] = mapped_column(Integer)
    goldstein: Mapped[float | None] = mapped_column(Float)
    tone: Mapped[float | None] = mapped_column(Float)
    summary: Mapped[str | None] = mapped_column(Text)
    quote: Mapped[str | None] = mapped_column(Text)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"))
    origin: Mapped[str] = mapped_column(String(16), default="article", doc="article, gdelt, icews, csv")
    origin_key: Mapped[str] = mapped_column(
        String(300), doc="natural key: fingerprint for articles, GLOBALEVENTID / Event ID / row hash for imports"
    )
    origin_file: Mapped[str | None] = mapped_column(String(1024))
    origin_row: Mapped[int | None] = mapped_column(Integer)
    num_mentions: Mapped[int | None] = mapped_column(Integer)
    num_sources: Mapped[int | None] = mapped_column(Integer)
    num_articles: Mapped[int | None] = mapped_column(Integer)
    source_url: Mapped[str | None] = mapped_column(String(2048), doc="original URL for imported events")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())

    speaker: Mapped[Actor | None] = relationship(foreign_keys=[speaker_id])
    actor_links: Mapped[list[EventActor]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )
    source_links: Mapped[list[EventSource]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )

    __table_args__ = (
        UniqueConstraint("origin", "origin_key", name="uq_events_origin_origin_key"),
        CheckConstraint(
            "kind IN ('meeting', 'statement', 'measure', 'incident', 'other')", name="kind"
        ),
        CheckConstraint("date_precision IN ('day', 'month', 'year')", name="date_precision"),
        CheckConstraint("country1 <= country2", name="pair_sorted"),
        CheckConstraint("tone IS NULL OR (tone >= -1 AND tone <= 1)", name="tone_range"),
        Index("ix_events_date", "date"),
        Index("ix_events_pair_date", "country1", "country2", "date"),
        Index("ix_events_kind_date", "kind", "date"),
        Index("ix_events_speaker_id", "speaker_id"),
    )


class EventActor(Base):
    """Who took part in an event and how (participant, leader, speaker, target, subject)."""

    __tablename__ = "event_actors"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(16), primary_key=True)

    event: Mapped[Event] = relationship(back_populates="actor_links")
    actor: Mapped[Actor] = relationship()

    __table_args__ = (Index("ix_event_actors_actor_id", "actor_id"),)


class EventSource(Base):
    """The article (or imported file) an event was read from, with its evidence sentence."""

    __tablename__ = "event_sources"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True
    )
    evidence: Mapped[str | None] = mapped_column(Text)
    char_start: Mapped[int | None] = mapped_column(Integer)
    char_end: Mapped[int | None] = mapped_column(Integer)
    tone: Mapped[float | None] = mapped_column(Float, doc="tone as read from this source")
    extracted: Mapped[str | None] = mapped_column(
        Text, doc="JSON of the event as read from this source; the event is rebuilt from all of them"
    )

    event: Mapped[Event] = relationship(back_populates="source_links")
    source: Mapped[Source] = relationship(back_populates="links")

    __table_args__ = (Index("ix_event_sources_source_id", "source_id"),)


class MonthlyPairStat(Base):
    """Pre-aggregated counts per pair, month, kind and quad class, kept current by the loaders.

    The country-pair and overview pages read these instead of scanning millions of events.
    """

    __tablename__ = "monthly_pair_stats"

    country1: Mapped[str] = mapped_column(String(3), primary_key=True)
    country2: Mapped[str] = mapped_column(String(3), primary_key=True)
    month: Mapped[dt.date] = mapped_column(Date, primary_key=True, doc="first day of the month")
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    quad_class: Mapped[int] = mapped_column(Integer, primary_key=True, doc="0 when unknown")
    n_events: Mapped[int] = mapped_column(Integer, default=0)
    tone_sum: Mapped[float] = mapped_column(Float, default=0.0)
    tone_n: Mapped[int] = mapped_column(Integer, default=0)
    goldstein_sum: Mapped[float] = mapped_column(Float, default=0.0)
    goldstein_n: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_monthly_pair_stats_month", "month"),)
