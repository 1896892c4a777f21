"""measure and incident keys name the act, not only its CAMEO root

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05

Until this revision the natural key of an article's measure or incident ended in the
CAMEO root (``cameo=17``), so a border closure (172) and an arrest (173) of one day and
pair in one article became one stored event, and so did the tit-for-tat expulsions of one
day.  The key now ends in the three-digit code, and for a measure its direction
(``cameo=172|POL>BLR``), as :func:`pipeline.merge.fingerprint` builds it.  Stored keys are
rewritten from each event's stored code and countries, so a later report of a stored
measure still merges into it.  Events merged under the old key stay merged: their sources'
readings are kept, but which reading was which act cannot be told apart any more.

The key is rebuilt here, not by importing ``fingerprint``: a migration must keep doing what
it did when it was written.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_KINDS = ("measure", "incident", "other")
_KEY_LENGTH = 300


_Row = tuple[int, str, str, str | None, str | None, str | None]


def _events(conn: sa.Connection) -> list[_Row]:
    """Article measures and incidents: id, kind, key, code, source and target country."""
    events = sa.table(
        "events", sa.column("id"), sa.column("kind"), sa.column("origin"),
        sa.column("origin_key"), sa.column("cameo_code"), sa.column("source_country"),
        sa.column("target_country"),
    )
    query = (
        sa.select(events.c.id, events.c.kind, events.c.origin_key, events.c.cameo_code,
                  events.c.source_country, events.c.target_country)
        .where(events.c.origin == "article", events.c.kind.in_(_KINDS),
               events.c.origin_key.contains("|cameo="))
        .order_by(events.c.id)
    )
    return [(r.id, r.kind, r.origin_key, r.cameo_code, r.source_country, r.target_country)
            for r in conn.execute(query)]


def _set_keys(conn: sa.Connection, keys: dict[int, str]) -> None:
    if keys:
        conn.execute(
            sa.text("UPDATE events SET origin_key = :key WHERE id = :id"),
            [{"id": i, "key": k} for i, k in keys.items()],
        )


def upgrade() -> None:
    conn = op.get_bind()
    keys: dict[int, str] = {}
    for event_id, kind, key, code, source, target in _events(conn):
        prefix = key.rsplit("|cameo=", 1)[0]
        act = f"cameo={(code or '')[:3]}"
        if kind == "measure":
            act += f"|{source}>{target}"
        keys[event_id] = f"{prefix}|{act}"[:_KEY_LENGTH]
    _set_keys(conn, keys)


def downgrade() -> None:
    """Back to root-level keys; two events that would now share a key keep apart with their
    id appended (``#id``), so nothing is merged or lost on the way down."""
    conn = op.get_bind()
    keys: dict[int, str] = {}
    taken: set[str] = set()
    for event_id, _kind, key, code, _source, _target in _events(conn):
        prefix = key.rsplit("|cameo=", 1)[0]
        old = f"{prefix}|cameo={(code or '')[:2]}"[:_KEY_LENGTH]
        if old in taken:
            old = f"{old}#{event_id}"[:_KEY_LENGTH]
        taken.add(old)
        keys[event_id] = old
    # (two passes: an event's old key may still be held by another event's new one)
    _set_keys(conn, {i: f"~{i}" for i in keys})
    _set_keys(conn, keys)
