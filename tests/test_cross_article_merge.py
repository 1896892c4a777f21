"""The same real event reported by two outlets is one event with two sources."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.export import export_records
from db.filters import EventFilter
from db.models import Event, EventSource, Source
from db.session import make_engine
from pipeline.ingest import ingest_articles
from pipeline.readers import read_text

FIRST = read_text(
    "Belarusian and Polish defence officials held consultations in Warsaw on Tuesday, "
    "the Belarusian Defence Ministry said. The two sides discussed military cooperation "
    "and regional security.",
    title="Minsk and Warsaw military officials meet",
    published=dt.date(2019, 3, 6),
    url="https://example.org/a",
    outlet="Outlet A",
)
SECOND = read_text(
    "On 5 March, military officials from Belarus and Poland met for consultations in Warsaw, "
    "Poland's Ministry of National Defence reported. Confidence-building measures were on "
    "the agenda.",
    title="Polish and Belarusian defence ministries hold talks",
    published=dt.date(2019, 3, 7),
    url="https://example.org/b",
    outlet="Outlet B",
)


def _exported(url: str, kind: str) -> list[dict]:
    engine = make_engine(url)
    with Session(engine) as s:
        recs = [r for r in export_records(s, EventFilter()) if r["kind"] == kind]
    engine.dispose()
    return recs


def _meetings(url: str) -> list[dict]:
    return _exported(url, "meeting")


def test_two_reports_one_event_two_sources(db_url: str) -> None:
    engine = make_engine(db_url)
    summary = ingest_articles(engine, [FIRST, SECOND])
    assert summary.articles_stored == 2
    assert summary.merged_events >= 1
    meetings = _meetings(db_url)
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting["date"] == "2019-03-05"
    assert meeting["location"] == "Warsaw"
    assert sorted(s["url"] for s in meeting["sources"]) == ["https://example.org/a", "https://example.org/b"]
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Source)) == 2
        links = s.scalar(
            select(func.count()).select_from(EventSource).join(Event).where(Event.kind == "meeting")
        )
        assert links == 2


def test_merge_is_order_independent(tmp_path) -> None:
    a = f"sqlite:///{tmp_path / 'a.db'}"
    b = f"sqlite:///{tmp_path / 'b.db'}"
    ingest_articles(make_engine(a), [FIRST, SECOND])
    ingest_articles(make_engine(b), [SECOND, FIRST])

    def strip(recs: list[dict]) -> list[dict]:
        return [{k: v for k, v in r.items() if k != "id"} for r in recs]

    assert strip(_meetings(a)) == strip(_meetings(b))


CURATED = (
    "date,end_date,kind,country1,country2,source_country,target_country,actors,organizations,"
    "location,summary,tone,cameo_code,source_url\n"
    "2019-03-05,,meeting,BLR,POL,BLR,POL,,Ministry of Defence of Belarus [BLR]; "
    "Ministry of National Defence of Poland [POL],Warsaw,"
    "Defence ministries of both countries held consultations in Warsaw.,,040,"
    "https://example.org/chronology\n"
)


def test_article_reporting_a_curated_event_becomes_its_source(db_url: str, tmp_path) -> None:
    from pipeline.importers import import_files

    path = tmp_path / "mine.csv"
    path.write_text(CURATED, encoding="utf-8")
    engine = make_engine(db_url)
    import_files(engine, [path], "csv")
    summary = ingest_articles(engine, [FIRST])
    assert summary.merged_events >= 1
    meetings = _meetings(db_url)
    assert len(meetings) == 1, meetings
    meeting = meetings[0]
    assert meeting["origin"] == "csv"
    assert meeting["summary"].startswith("Defence ministries of both countries")
    assert meeting["evidence"] and "consultations in Warsaw" in meeting["evidence"]
    assert "https://example.org/a" in [s["url"] for s in meeting["sources"]]


VISIT = (
    "Mikhail Myasnikovich, the chairman of the Council of the Republic, Belarus's upper house, "
    "was welcomed at the Polish Senate on Wednesday by its marshal, Stanisław Karczewski. "
    "On the same day he was received by President Andrzej Duda."
)


def test_two_contacts_of_one_day_stay_two_meetings_and_merge_with_a_second_report(
        db_url: str) -> None:
    engine = make_engine(db_url)
    first = read_text(VISIT, title="Belarusian speaker in Warsaw", published=dt.date(2019, 2, 14),
                      url="https://example.org/visit-a", outlet="Outlet A")
    ingest_articles(engine, [first])
    meetings = _meetings(db_url)
    assert len(meetings) == 2
    assert {tuple(sorted(m["countries"])) for m in meetings} == {("BLR", "POL")}
    second = read_text(VISIT + " Both talks were described as friendly.",
                       title="Myasnikovich visits Warsaw", published=dt.date(2019, 2, 15),
                       url="https://example.org/visit-b", outlet="Outlet B")
    ingest_articles(engine, [second])
    engine.dispose()
    assert len(_meetings(db_url)) == 2  # the second report adds sources, not meetings


CLOSURE_AND_ARREST = (
    "WARSAW, 10 November - Poland closed the Kuźnica border crossing with Belarus on Tuesday, "
    "the Border Guard said. On the same day a Polish court ordered the arrest of a Belarusian "
    "citizen suspected of spying for the KGB."
)
TIT_FOR_TAT = (
    "Poland expelled a Belarusian diplomat on Monday over the sentencing of journalist "
    "Andrzej Poczobut. Hours later, Belarus expelled a Polish diplomat in retaliation, its "
    "foreign ministry said."
)


def _measures(url: str) -> list[dict]:
    return _exported(url, "measure")


def test_two_measures_of_one_root_and_day_stay_two_events(db_url: str) -> None:
    # a closure (172) and an arrest (173) share CAMEO root 17: the key names the act
    engine = make_engine(db_url)
    ingest_articles(engine, [read_text(CLOSURE_AND_ARREST, title="Kuźnica closed", published=dt.date(2021, 11, 10))])
    engine.dispose()
    measures = _measures(db_url)
    assert sorted(m["cameo_code"] for m in measures) == ["172", "173"]
    assert {m["date"] for m in measures} == {"2021-11-09"}


def test_tit_for_tat_expulsions_of_one_day_are_two_events_that_merge_with_later_reports(
        db_url: str) -> None:
    engine = make_engine(db_url)
    ingest_articles(engine, [read_text(TIT_FOR_TAT, title="Diplomats expelled", published=dt.date(2023, 6, 13),
                                       url="https://example.org/expulsions-a")])
    directions = sorted((m["source_country"], m["target_country"]) for m in _measures(db_url))
    assert directions == [("BLR", "POL"), ("POL", "BLR")]
    again = TIT_FOR_TAT.replace("Hours later", "The same evening")
    ingest_articles(engine, [read_text(again, title="Expulsions", published=dt.date(2023, 6, 13),
                                       url="https://example.org/expulsions-b")])
    engine.dispose()
    measures = _measures(db_url)
    assert len(measures) == 2  # the second outlet adds a source to each
    assert all(len(m["sources"]) == 2 for m in measures)
