"""Property: the order in which articles arrive never changes the merged events.

Two levels, both with hypothesis:

* Real articles through the real extractor and loader: three or four overlapping reports
  of one meeting and one statement, ingested in any order, export identically (ids aside).
* Generated readings straight into the loader (``store_article``): many sources reporting
  events with the same fingerprint but different optional fields, tones, actors and
  publication dates; any order gives the same events, actors and monthly statistics.
"""

from __future__ import annotations

import datetime as dt
import functools
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Actor, ActorAlias, Organization
from db.session import make_engine, session_scope
from pipeline.ingest import IngestSummary, refresh_stats, store_article
from pipeline.types import ActorRef, Article, ExtractedEvent
from tests.fixtures.helpers import export_without_ids, monthly_stats, same_stats

PROPERTY_SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# the real-article property runs the NLP model on every example: fewer examples, same idea
REAL_ARTICLE_SETTINGS = settings(PROPERTY_SETTINGS, max_examples=15)

# Four reports of the same day in Warsaw and Minsk, in our own words.
REPORTS = [
    Article(
        title="Makei in Warsaw",
        text="Belarusian Foreign Minister Vladimir Makei met Polish Foreign Minister Jacek "
        "Czaputowicz in Warsaw on 12 June 2019.\n\nThey discussed border crossings and the "
        "Polish minority.",
        published=dt.date(2019, 6, 12), outlet="Outlet A", url="https://a.example/1", origin="a",
    ),
    Article(
        title="Ministers meet",
        text="Polish Foreign Minister Jacek Czaputowicz held talks with his Belarusian "
        "counterpart Vladimir Makei on Wednesday in Warsaw.\n\n\"We want good neighbourly "
        "relations,\" Makei told reporters after the meeting.",
        published=dt.date(2019, 6, 13), outlet="Outlet B", url="https://b.example/2", origin="b",
    ),
    Article(
        title="Talks in Warsaw",
        text="Czaputowicz and Makei met in the Polish capital on 12 June 2019, the Polish "
        "foreign ministry said.\n\nLukashenko said on 12 June 2019 that Poland was a good "
        "neighbour.",
        published=dt.date(2019, 6, 14), outlet="Outlet C", url="https://c.example/3", origin="c",
    ),
    Article(
        title="Lukashenko on Poland",
        text="Belarusian President Alexander Lukashenko said in Minsk on 12 June 2019 that "
        "Poland was an important partner.\n\n\"We want good neighbourly relations with "
        "Warsaw,\" Lukashenko said.",
        published=dt.date(2019, 6, 12), outlet="Outlet D", url="https://d.example/4", origin="d",
    ),
]


@functools.cache
def _template_db() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="dyad-merge-template-"))
    make_engine(f"sqlite:///{folder / 'template.db'}").dispose()
    return folder / "template.db"


def fresh_url(folder: str) -> str:
    """A new empty database with the current schema (a copy of one made once)."""
    target = Path(folder) / "dyad.db"
    shutil.copyfile(_template_db(), target)
    return f"sqlite:///{target}"


def ingest_in_order(articles: list[Article]) -> list[dict[str, Any]]:
    from pipeline.ingest import ingest_articles

    with tempfile.TemporaryDirectory() as folder:
        url = fresh_url(folder)
        engine = make_engine(url)
        summary = ingest_articles(engine, articles, batch_size=1)
        engine.dispose()
        assert summary.articles_stored == len(articles)
        return export_without_ids(url)


@functools.cache
def reference_export(indices: tuple[int, ...]) -> list[dict[str, Any]]:
    return ingest_in_order([REPORTS[i] for i in sorted(indices)])


@st.composite
def ordered_subsets(draw: st.DrawFn) -> list[int]:
    size = draw(st.integers(min_value=3, max_value=4))
    chosen = draw(st.sets(st.integers(0, 3), min_size=size, max_size=size))
    return draw(st.permutations(sorted(chosen)))


@REAL_ARTICLE_SETTINGS
@given(order=ordered_subsets())
def test_real_articles_in_any_order_export_the_same_events(order: list[int]) -> None:
    exported = ingest_in_order([REPORTS[i] for i in order])
    assert exported == reference_export(tuple(sorted(order)))
    multi = [r for r in exported if len(r["sources"]) > 1]
    assert multi, "the reports overlap: at least one event must have merged sources"


# ---- generated readings through the loader ------------------------------------------

PEOPLE = {
    "Vladimir Makei": ("BLR", ["Makei", "Uladzimir Makei", "Makey"],
                       "Ministry of Foreign Affairs of Belarus"),
    "Jacek Czaputowicz": ("POL", ["Czaputowicz"], "Ministry of Foreign Affairs of Poland"),
    "Alexander Lukashenko": ("BLR", ["Lukashenka", "Łukaszenka"], None),
}
DAY = dt.date(2019, 6, 12)


def person(draw: st.DrawFn, name: str, role: str) -> ActorRef:
    country, aliases, org = PEOPLE[name]
    return ActorRef(
        name=name, country=country, role=role,
        title=draw(st.sampled_from([None, "Foreign Minister", "Minister"])),
        organization=draw(st.sampled_from([None, org])),
        aliases=draw(st.lists(st.sampled_from(aliases), max_size=2, unique=True)),
    )


@st.composite
def readings(draw: st.DrawFn) -> list[ExtractedEvent]:
    """What one article says: some of three real events, each with its own details."""
    events: list[ExtractedEvent] = []
    if draw(st.booleans()):
        events.append(ExtractedEvent(
            kind="meeting", date=DAY, countries=("BLR", "POL"),
            location=draw(st.sampled_from([None, "Warsaw", "Minsk"])),
            tone=draw(st.sampled_from([None, -0.2, 0.0, 0.35])),
            cameo_code=draw(st.sampled_from([None, "040", "043"])),
            quad_class=1, goldstein=1.0, source_country="BLR", target_country="POL",
            summary=draw(st.sampled_from([None, "Makei meets Czaputowicz"])),
            actors=[person(draw, n, "participant")
                    for n in draw(st.lists(st.sampled_from(["Vladimir Makei", "Jacek Czaputowicz"]),
                                           min_size=1, max_size=2, unique=True))],
            evidence=draw(st.sampled_from(["They met in Warsaw.", "Talks were held."])),
        ))
    if draw(st.booleans()):
        speaker = person(draw, "Alexander Lukashenko", "speaker")
        events.append(ExtractedEvent(
            kind="statement", date=DAY, countries=("BLR", "POL"), speaker=speaker,
            quote=draw(st.sampled_from([None, "Poland is our neighbour."])),
            tone=draw(st.sampled_from([-0.5, 0.1, 0.4])), source_country="BLR",
            target_country="POL", actors=[speaker], evidence="Lukashenko spoke.",
        ))
    if draw(st.booleans()) or not events:
        events.append(ExtractedEvent(
            kind="measure", date=dt.date(2019, 6, 1), date_precision="month",
            countries=("BLR", "POL"), cameo_code="163", quad_class=4, goldstein=-8.0,
            tone=draw(st.sampled_from([None, -0.6])), source_country="POL", target_country="BLR",
            end_date=draw(st.sampled_from([None, dt.date(2019, 7, 1)])),
            evidence="The border was closed in June.",
        ))
    return events


@st.composite
def sources(draw: st.DrawFn) -> list[tuple[Article, list[ExtractedEvent]]]:
    n = draw(st.integers(min_value=2, max_value=4))
    out = []
    for i in range(n):
        published = DAY + dt.timedelta(days=draw(st.integers(0, 2)))  # ties happen
        art = Article(text=f"Report number {i} about the day.", title=f"Report {i}",
                      published=published, url=f"https://r.example/{i}", origin=f"r{i}")
        out.append((art, draw(readings())))
    return out


def load(items: list[tuple[Article, list[ExtractedEvent]]]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        url = fresh_url(folder)
        engine = make_engine(url)
        for article, events in items:
            with session_scope(engine) as session:
                touched = store_article(session, article, events, IngestSummary())
                refresh_stats(session, touched)
        with Session(engine) as session:
            actors = sorted(
                (a.name, a.type, a.country,
                 a.organization.name if a.organization else None)
                for a in session.scalars(select(Actor))
            )
            aliases = sorted(session.execute(
                select(Actor.name, ActorAlias.alias_key).join(ActorAlias.actor)
            ).all())
            orgs = sorted(session.execute(select(Organization.name, Organization.country)).all())
        engine.dispose()
        return {"events": export_without_ids(url), "stats": monthly_stats(url),
                "actors": actors, "aliases": aliases, "organizations": orgs}


@PROPERTY_SETTINGS
@given(items=sources(), data=st.data())
def test_generated_readings_merge_the_same_in_any_order(
    items: list[tuple[Article, list[ExtractedEvent]]], data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(items))
    first, second = load(items), load(list(shuffled))
    assert same_stats(second.pop("stats"), first.pop("stats"))
    assert second == first
    n_sources = {len(r["sources"]) for r in first["events"]}
    assert all(1 <= n <= len(items) for n in n_sources)
