"""Resolution: one database row per real actor and organization, however it is spelled.

An actor mentioned as "Lukashenka" in one article and "Lukashenko" in another must be
the same row, or the actor ranking splits and the actor filter misses events.  Lookups
go through folded aliases (case, accents, Polish ł); the canonical name chosen by
extraction is the row's name, every surface form becomes an alias.
"""

from __future__ import annotations

import weakref
from typing import Any

from sqlalchemy import Engine, bindparam, select
from sqlalchemy.orm import Session

from db.models import Actor, ActorAlias, Organization
from pipeline.types import ActorRef, fold

_ORG_BY_NAME = select(Organization).where(
    Organization.name == bindparam("name"), Organization.country == bindparam("country")
)
_ORG_BY_NAME_NO_COUNTRY = select(Organization).where(
    Organization.name == bindparam("name"), Organization.country.is_(None)
)
_ACTOR_CANDIDATES = (
    select(Actor)
    .where(Actor.type == bindparam("type"))
    .where(
        (Actor.name == bindparam("name"))
        | Actor.id.in_(
            select(ActorAlias.actor_id).where(
                ActorAlias.alias_key.in_(bindparam("keys", expanding=True))
            )
        )
    )
    .order_by(Actor.id)
)
"""Built once: the loader resolves a few actors per article, and composing these selects
each time cost more than running them."""


def get_or_create_organization(
    session: Session, name: str, country: str | None, sector: str | None = None
) -> Organization:
    if country is None:
        org = session.scalars(_ORG_BY_NAME_NO_COUNTRY, {"name": name}).first()
    else:
        org = session.scalars(_ORG_BY_NAME, {"name": name, "country": country}).first()
    if org is None:
        org = Organization(name=name, country=country, sector=sector)
        session.add(org)
        session.flush()
    elif sector and not org.sector:
        org.sector = sector
    return org


def _find_actor(session: Session, ref: ActorRef) -> Actor | None:
    """An existing actor by canonical name or alias, of the same type and a compatible country."""
    keys = sorted({fold(ref.name), *(fold(a) for a in ref.aliases)})
    candidates = session.scalars(
        _ACTOR_CANDIDATES, {"type": ref.type, "name": ref.name, "keys": keys}
    ).all()
    exact = [a for a in candidates if a.name == ref.name and a.country == ref.country]
    if exact:
        return exact[0]
    compatible = [
        a for a in candidates if a.country is None or ref.country is None or a.country == ref.country
    ]
    same_name = [a for a in compatible if a.name == ref.name]
    pool = same_name or compatible
    # an actor already of the reference's country before one whose country is unknown
    pool.sort(key=lambda a: (a.country != ref.country, a.id))
    return pool[0] if pool else None


_ACTOR_BY_KEY = select(Actor.id).where(
    Actor.name == bindparam("name"), Actor.type == bindparam("type"),
    Actor.country == bindparam("country"),
)


def _taken(session: Session, actor: Actor, country: str) -> bool:
    """Whether another actor already has this actor's name and type with ``country``: then
    the country cannot be filled in (unique key) and the actor stays without one."""
    found = session.scalar(
        _ACTOR_BY_KEY, {"name": actor.name, "type": actor.type, "country": country}
    )
    return found is not None and found != actor.id


def resolve_actor(session: Session, ref: ActorRef) -> Actor:
    """The actor row for ``ref``, created when new; fills in country, role and organization."""
    actor = _find_actor(session, ref)
    org: Organization | None = None
    if ref.organization:
        org = get_or_create_organization(
            session, ref.organization, ref.organization_country or ref.country
        )
    if ref.type == "organization" and org is None:
        org = get_or_create_organization(session, ref.name, ref.country)
    if actor is None:
        actor = Actor(
            name=ref.name,
            type=ref.type,
            country=ref.country,
            role=ref.title,
            organization_id=org.id if org else None,
        )
        session.add(actor)
        session.flush()
    else:
        if actor.country is None and ref.country and not _taken(session, actor, ref.country):
            actor.country = ref.country
        # When sources disagree on a title or an organization, keep the alphabetically
        # first: arbitrary, but the same whatever order the articles arrive in.
        if ref.title and (not actor.role or ref.title < actor.role):
            actor.role = ref.title
        if org is not None and org.id != actor.organization_id:
            current = session.get(Organization, actor.organization_id) if actor.organization_id else None
            if current is None or (org.name, org.country or "") < (current.name, current.country or ""):
                actor.organization_id = org.id
    known = {a.alias_key for a in actor.aliases}
    for surface in {ref.name, *ref.aliases}:
        key = fold(surface)
        if key and key not in known:
            actor.aliases.append(ActorAlias(alias=surface, alias_key=key))
            known.add(key)
    return actor


ActorMemo = dict[tuple[Any, ...], int]


class ActorCache:
    """Actor references already resolved in committed articles of this database.

    WHY: the same few dozen actors recur in almost every article, and resolving one costs
    several queries.  Only a reference resolved *exactly* (an actor of its name and
    country) is kept: resolving it again can change nothing and gives the same actor,
    since ids only grow, aliases are only added, the title and organization only move to
    the alphabetically first and a lower-id actor cannot gain the same name and country
    (unique key).  Entries are staged during an article and kept only once its
    transaction committed; any failure empties the cache.
    """

    def __init__(self) -> None:
        self.known: ActorMemo = {}
        self.staged: ActorMemo = {}

    def commit(self) -> None:
        self.known.update(self.staged)
        self.staged.clear()

    def clear(self) -> None:
        self.known.clear()
        self.staged.clear()


_ACTOR_CACHES: weakref.WeakKeyDictionary[Engine, ActorCache] = weakref.WeakKeyDictionary()


def actor_cache_for(engine: Engine) -> ActorCache:
    """One cache per engine (per database), dropped with the engine."""
    cache = _ACTOR_CACHES.get(engine)
    if cache is None:
        cache = _ACTOR_CACHES[engine] = ActorCache()
    return cache


def resolve_actor_id(
    session: Session, ref: ActorRef, memo: ActorMemo, cache: ActorCache | None = None
) -> int:
    """The id of the actor of ``ref``: from ``memo`` (this article), ``cache`` or resolved."""
    memo_key = (
        ref.name, ref.type, ref.country, ref.title, ref.organization,
        ref.organization_country, tuple(sorted(ref.aliases)),
    )
    actor_id = memo.get(memo_key)
    if actor_id is None and cache is not None:
        actor_id = cache.known.get(memo_key)
        if actor_id is not None:
            memo[memo_key] = actor_id
    if actor_id is None:
        actor = resolve_actor(session, ref)
        actor_id = actor.id
        memo[memo_key] = actor_id
        if cache is not None and actor.name == ref.name and actor.country == ref.country:
            cache.staged[memo_key] = actor_id
    return actor_id
