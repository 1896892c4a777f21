"""The dashboard's read queries on the small fixture database (known figures)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import Connection, update

from db import queries, source_queries
from db.filters import EventFilter
from db.models import MonthlyPairStat
from tests.dashboard_fixture import XSS_QUOTE, build_dashboard_db

BLR_POL = EventFilter()


@pytest.fixture
def conn(any_db_url: str) -> Iterator[Connection]:
    """The fixture database on SQLite, and on PostgreSQL when the CI provides a server."""
    engine = build_dashboard_db(any_db_url)
    with engine.connect() as connection:
        yield connection
    engine.dispose()


def test_monthly_counts_from_stats_match_events(conn: Connection) -> None:
    assert queries.stats_usable(conn, BLR_POL)
    from_stats = queries.monthly_counts(conn, BLR_POL)
    assert from_stats.groupby("kind")["n_events"].sum().to_dict() == {
        "incident": 1, "measure": 2, "meeting": 3, "other": 1, "statement": 5}
    # A search forces the events path; with a match-everything search both must agree.
    scanned = queries.monthly_counts(conn, replace(BLR_POL, q="e"))
    assert not queries.stats_usable(conn, replace(BLR_POL, q="e"))
    assert scanned["n_events"].sum() == 12
    assert scanned.sort_values(["month", "kind", "quad_class"])["n_events"].tolist() == \
        from_stats["n_events"].tolist()


def test_stale_stats_are_not_trusted(conn: Connection) -> None:
    conn.execute(update(MonthlyPairStat).values(n_events=MonthlyPairStat.n_events + 1))
    assert not queries.stats_usable(conn, BLR_POL)
    assert queries.monthly_counts(conn, BLR_POL)["n_events"].sum() == 12


def test_partial_months_use_events(conn: Connection) -> None:
    flt = replace(BLR_POL, date_from=dt.date(2021, 11, 9), date_to=dt.date(2021, 11, 30))
    assert not queries.stats_usable(conn, flt)
    assert queries.monthly_counts(conn, flt)["n_events"].sum() == 2
    whole = replace(BLR_POL, date_from=dt.date(2021, 11, 1), date_to=dt.date(2021, 11, 30))
    assert queries.stats_usable(conn, whole)
    assert queries.monthly_counts(conn, whole)["n_events"].sum() == 3


def test_events_frame_has_actors_and_sources(conn: Connection) -> None:
    events = queries.events_frame(conn, BLR_POL)
    assert len(events) == 12
    assert events["date"].tolist() == sorted(events["date"].tolist(), reverse=True)
    meeting = events[events["summary"] == "Deputy ministers meet on the border regime"].iloc[0]
    assert meeting["actors"] == ("Jacek Czaputowicz (participant); Oleg Voinov (participant); "
                                 "Vladimir Makei (participant)")
    glaz = events[events["speaker"] == "Anatoly Glaz"].iloc[0]
    assert glaz["quote"] == XSS_QUOTE
    assert glaz["source_title"] == "Border crisis deepens"
    gdelt = events[events["origin"] == "gdelt"].iloc[0]
    assert gdelt["source_link"] == "https://example.org/gdelt-row"
    assert len(queries.events_frame(conn, BLR_POL, limit=5)) == 5


def test_event_detail_lists_actors_and_sources(conn: Connection) -> None:
    glaz_id = int(queries.events_frame(conn, replace(BLR_POL, actors=("Anatoly Glaz",)))["id"][0])
    detail = queries.event_detail(conn, glaz_id)
    assert detail is not None
    assert detail["speaker"] == "Anatoly Glaz"
    assert detail["actors"][0]["organization"] == "Ministry of Foreign Affairs of Belarus"
    assert detail["sources"][0]["evidence"] == XSS_QUOTE
    assert queries.event_detail(conn, 99_999) is None


def test_tone_by_side_groups_by_speaker_country(conn: Connection) -> None:
    statements = replace(BLR_POL, kinds=("statement",))
    means = queries.mean_tone_by_side(conn, statements)
    assert means["BLR"] == pytest.approx((0.4 - 0.6 - 0.4) / 3)
    assert means["POL"] == pytest.approx((-0.3 - 0.5) / 2)
    monthly = queries.tone_by_side(conn, statements)
    nov = monthly[(monthly["month"] == "2021-11-01")].set_index("side")
    assert nov.loc["BLR", "mean_tone"] == pytest.approx(-0.4)
    assert nov.loc["POL", "n"] == 1


def test_actor_ranking_and_network(conn: Connection) -> None:
    ranking = queries.actor_ranking(conn, BLR_POL).set_index("actor")
    assert ranking.loc["Vladimir Makei", "events"] == 3
    assert ranking.loc["Vladimir Makei", "meetings"] == 2
    assert ranking.loc["Jacek Czaputowicz", "statements"] == 1
    assert ranking.loc["Oleg Voinov", "organization"] == "Ministry of Defence of Belarus"
    assert ranking.loc["Anatoly Glaz", "mean_tone"] == pytest.approx(-0.4)
    edges = queries.meeting_network(conn, BLR_POL)
    pairs = {frozenset((r.source, r.target)): r.meetings for r in edges.itertuples()}
    assert pairs == {frozenset(("Vladimir Makei", "Jacek Czaputowicz")): 2,
                     frozenset(("Oleg Voinov", "Jacek Czaputowicz")): 1,
                     frozenset(("Vladimir Makei", "Oleg Voinov")): 1}
    by_org = queries.actor_ranking(conn, replace(BLR_POL, orgs=("Ministry of Defence of Belarus",)))
    assert set(by_org["actor"]) >= {"Oleg Voinov"}


def test_pairs_and_matrix(conn: Connection) -> None:
    pairs = queries.pairs_present(conn)
    assert list(zip(pairs["country1"], pairs["country2"], pairs["n_events"], strict=True)) == [
        ("BLR", "POL", 12), ("BLR", "LTU", 3), ("POL", "UKR", 2)]
    matrix = queries.pair_matrix(conn, replace(BLR_POL, kinds=("meeting",)))
    assert dict(zip(matrix["country1"] + "-" + matrix["country2"], matrix["n_events"],
                    strict=True)) == {"BLR-POL": 3, "POL-UKR": 2, "BLR-LTU": 1}


def test_sources_and_imports(conn: Connection) -> None:
    sources = source_queries.sources_frame(conn, BLR_POL)
    assert dict(zip(sources["title"], sources["events"], strict=True)) == {
        "Border crisis deepens": 3, "Belarus and Poland hold military consultations": 2}
    imports = source_queries.imported_files(conn, BLR_POL)
    assert imports.iloc[0]["file"] == "20191024143000.export.CSV"
    tvp = int(sources[sources["outlet"] == "TVP World"]["id"].iloc[0])
    assert len(source_queries.source_events(conn, tvp)) == 3
    assert source_queries.source_by_id(conn, tvp)["outlet"] == "TVP World"  # type: ignore[index]


def test_actor_names_resolve_through_aliases(conn: Connection) -> None:
    resolved = queries.resolve_actor_names(conn, ["Łukaszenka", "blaszczak", "Nobody"])
    assert resolved == {"Łukaszenka": "Alexander Lukashenko", "blaszczak": "Mariusz Błaszczak",
                        "Nobody": None}
    profile = queries.actor_profile(conn, "Mariusz Błaszczak")
    assert profile is not None and "Blaszczak" in profile["aliases"]


@pytest.mark.parametrize("attack", ["' OR 1=1 --", "x\"; DROP TABLE events; --", "%", "_"])
def test_injection_strings_are_plain_values(conn: Connection, attack: str) -> None:
    for flt in (replace(BLR_POL, actors=(attack,)), replace(BLR_POL, orgs=(attack,)),
                replace(BLR_POL, q=attack)):
        assert queries.count_events(conn, flt) == 0
        assert queries.events_frame(conn, flt).empty
    assert queries.resolve_actor_names(conn, [attack]) == {attack: None}
    assert queries.count_events(conn, BLR_POL) == 12
