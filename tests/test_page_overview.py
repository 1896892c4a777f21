"""Overview page: headline figures, monthly chart, latest events, empty states."""

from __future__ import annotations

from tests.dashboard_fixture import build_dashboard_db, open_page, texts


def test_overview_headline_figures(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "overview", {"pair": "BLR-POL"})
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Meetings"] == "3" and metrics["Statements"] == "5"
    assert metrics["Measures"] == "2" and metrics["Incidents"] == "1"
    # BLR side: 0.3, 0.4, -0.6, -0.5, -0.8, -0.4 ; POL side: 0.2, -0.3, -0.4, 0.1, -0.5
    assert metrics["Mean tone, Belarus side"] == "-0.27"
    assert metrics["Mean tone, Poland side"] == "-0.18"
    assert len(at.get("plotly_chart")) == 1
    assert "12 events in view" in texts(at)
    active = at.dataframe[0].value  # most active actors: what fits beside the chart
    assert list(active.columns) == ["actor", "country", "events"]
    assert active["events"].is_monotonic_decreasing
    assert {b.label for b in at.download_button} == {"Download CSV", "Download JSON"}


def test_overview_other_pair_and_dates(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "overview", {"pair": "LTU-BLR", "from": "2021-01-01"})
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Meetings"] == "0" and metrics["Statements"] == "1"
    assert metrics["Mean tone, Lithuania side"] == "-0.45"
    assert at.title[0].value == "Belarus – Lithuania: overview"


def test_empty_result_says_what_to_do(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "overview", {"pair": "BLR-POL", "q": "no such words anywhere"})
    assert not at.exception
    assert "No events match this view" in texts(at)
    assert "the search text" in texts(at)
    assert not at.get("plotly_chart")


def test_empty_database_names_the_commands(db_url: str) -> None:
    at = open_page(db_url, "overview", {"pair": "BLR-POL"})
    assert not at.exception
    shown = texts(at)
    assert "dyad demo" in shown and "dyad ingest FILE --published YYYY-MM-DD" in shown


def test_downloads_hold_all_filtered_events(db_url: str) -> None:
    import json

    from db.filters import EventFilter
    from pages import ui

    engine = build_dashboard_db(db_url)
    from db.queries import events_frame

    with engine.connect() as conn:
        frame = events_frame(conn, EventFilter(kinds=("statement",)), limit=None)
    engine.dispose()
    rows = json.loads(ui.events_json(frame))
    assert len(rows) == 5 and {r["kind"] for r in rows} == {"statement"}
    glaz = next(r for r in rows if r["speaker"] == "Anatoly Glaz")
    assert glaz["date"] == "2021-11-10" and glaz["tone"] == -0.4
    csv_text = ui.events_csv(frame).decode("utf-8")
    assert csv_text.splitlines()[0].startswith("id,date,date_precision,kind")
    assert len(csv_text.strip().splitlines()) == 6
