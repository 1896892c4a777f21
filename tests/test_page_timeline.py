"""Timeline page: lanes from the link, the detail panel of a selected event."""

from __future__ import annotations

from tests.dashboard_fixture import XSS_QUOTE, build_dashboard_db, open_page, texts, widget


def test_timeline_lanes_and_event_detail_from_link(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "timeline", {"pair": "BLR-POL", "lanes": "actor", "event": "9"})
    assert not at.exception
    assert widget(at, "segmented_control", "Lanes").value == "actor"
    assert widget(at, "selectbox", "Event detail").value == 9
    assert len(at.get("plotly_chart")) == 2
    shown = texts(at)
    assert "Glaz blames Warsaw for the border crisis" in shown
    # The quote is shown escaped: every HTML character is backslash-escaped Markdown.
    assert r"\<img src\=x onerror\=alert\(1\)\>" in shown
    assert XSS_QUOTE not in shown
    assert at.query_params["lanes"] == "actor" and at.query_params["event"] == "9"
    assert "12 events" in shown


def test_picking_an_event_updates_url_and_panel(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "timeline", {"pair": "BLR-POL"})
    assert not at.exception
    assert "event" not in at.query_params and "lanes" not in at.query_params
    widget(at, "selectbox", "Event detail").set_value(1).run()
    assert at.query_params["event"] == "1"
    assert "Open source" in [b.proto.label for b in at.get("link_button")]
    widget(at, "segmented_control", "Lanes").set_value("actor").run()
    assert at.query_params["lanes"] == "actor"


def test_stale_event_id_warns(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "timeline", {"pair": "BLR-POL", "event": "4242"})
    assert not at.exception
    assert any("Event 4242 is not in the database" in w.value for w in at.warning)
