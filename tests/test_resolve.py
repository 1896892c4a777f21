"""Actor resolution: one row per real actor, however it is spelled, and never a key clash."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Actor, ActorAlias
from db.session import make_engine, session_scope
from pipeline.resolve import resolve_actor
from pipeline.types import ActorRef, fold


@pytest.fixture()
def session(db_url: str) -> Iterator[Session]:
    engine = make_engine(db_url)
    with session_scope(engine) as s:
        yield s
    engine.dispose()


def test_spellings_resolve_to_one_actor(session: Session) -> None:
    first = resolve_actor(session, ActorRef("Alexander Lukashenko", country="BLR",
                                            aliases=["Lukashenka", "Łukaszenka"]))
    again = resolve_actor(session, ActorRef("Lukashenka", country="BLR"))
    polish = resolve_actor(session, ActorRef("Aleksander Łukaszenka", aliases=["Łukaszenka"]))
    assert first.id == again.id == polish.id
    assert session.scalar(select(func.count()).select_from(Actor)) == 1


def test_filling_in_a_country_never_clashes_with_an_existing_actor(session: Session) -> None:
    """An actor first seen without a country, and the same name later seen with one, are
    two rows; a third mention matching the first only by alias must not give the first
    row the country (the unique name-type-country key would reject the article)."""
    unknown = resolve_actor(session, ActorRef("Jan Kowalski", aliases=["J. Kowalski"]))
    session.flush()
    known = Actor(name="Jan Kowalski", type="person", country="POL")
    known.aliases.append(ActorAlias(alias="J. Kowalski", alias_key=fold("J. Kowalski")))
    session.add(known)
    session.flush()
    assert unknown.id < known.id  # the lower id alone would pick the row without a country
    by_alias = resolve_actor(session, ActorRef("Minister Kowalski", country="POL",
                                               aliases=["J. Kowalski"]))
    session.flush()  # an IntegrityError here was the bug
    assert by_alias.id == known.id  # the actor of that country is preferred
    assert unknown.country is None


def test_the_country_is_left_unknown_when_it_is_taken(session: Session) -> None:
    unknown = resolve_actor(session, ActorRef("Anna Nowak", aliases=["A. Nowak"]))
    session.add(Actor(name="Anna Nowak", type="person", country="POL"))
    session.flush()
    # matches only the row without a country (its alias), whose name-and-country is taken
    found = resolve_actor(session, ActorRef("Ms Nowak", country="POL", aliases=["A. Nowak"]))
    session.flush()  # an IntegrityError here was the bug
    assert found.id == unknown.id
    assert unknown.country is None
    assert session.scalar(select(func.count()).select_from(Actor)) == 2
