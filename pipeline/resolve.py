"""Resolution: one database row per real actor and organization, however it is spelled.

An actor mentioned as "Lukashenka" in one article and "Lukashenko" in another must be
the same row, or the actor ranking splits and the actor filter misses events.  Lookups
go through folded aliases (case, accents, Polish ł); the canonical name chosen by
extraction is the row's name, every surface form becomes an alias.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Actor, ActorAlias, Organization
from pipeline.types import ActorRef, fold


def get_or_create_organization(
    session: Session, name: str, country: str | None, sector: str | None = None
) -> Organization:
    org = session.scalars(
        select(Organization).where(Organization.name == name, Organization.country.is_(country))
        if country is None
        else select(Organization).where(Organization.name == name, Organization.country == country)
    ).first()
    if org is None:
        org = Organization(name=name, country=country, sector=sector)
        session.add(org)
        session.flush()
    elif sector and not org.sector:
        org.sector = sector
    return org


def _find_actor(session: Session, ref: ActorRef) -> Actor | None:
    """An existing actor by canonical name or alias, of the same type and a compatible country."""
    keys = {fold(ref.name), *(fold(a) for a in ref.aliases)}
    candidates = session.scalars(
        select(Actor)
        .where(Actor.type == ref.type)
        .where(
            (Actor.name == ref.name)
            | Actor.id.in_(select(ActorAlias.actor_id).where(ActorAlias.alias_key.in_(keys)))
        )
        .order_by(Actor.id)
    ).all()
    exact = [a for a in candidates if a.name == ref.name and a.country == ref.country]
    if exact:
        return exact[0]
    compatible = [
        a for a in candidates if a.country is None or ref.country is None or a.country == ref.country
    ]
    same_name = [a for a in compatible if a.name == ref.name]
    pool = same_name or compatible
    return pool[0] if pool else None


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
        if actor.country is None and ref.country:
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
