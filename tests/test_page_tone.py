"""Tone page: per-side rhetoric, quad-class balance, statements table."""

from __future__ import annotations

from tests.dashboard_fixture import build_dashboard_db, open_page, texts, widget


def test_tone_per_side_and_window_from_link(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "tone", {"pair": "BLR-POL", "window": "3"})
    assert not at.exception
    assert widget(at, "selectbox", "Rolling mean").value == 3
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Mean tone, Belarus side": "-0.20", "Mean tone, Poland side": "-0.40"}
    assert all("classifier" in m.proto.help for m in at.metric)  # how tone is made
    assert len(at.get("plotly_chart")) == 2
    table = at.dataframe[0].value
    assert len(table) == 5 and set(table["speaker"]) >= {"Anatoly Glaz", "Jacek Czaputowicz"}
    assert table["summary"].str.len().gt(0).all()  # what was said, quoted or not
    assert at.query_params["window"] == "3"


def test_tone_with_actor_filter_and_bad_window(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "tone", {"pair": "BLR-POL", "actor": "Mariusz Błaszczak",
                                    "window": "7"})
    assert not at.exception
    assert any("window=7" in w.value for w in at.warning)
    assert widget(at, "selectbox", "Rolling mean").value == 6
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Mean tone, Poland side"] == "-0.50"
    assert metrics["Mean tone, Belarus side"] == "–"
    assert "window" not in at.query_params
    assert "statements" in texts(at)
