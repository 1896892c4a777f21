"""Country-pair page: figures of any pair, side-by-side comparison, all-pairs matrix."""

from __future__ import annotations

from tests.dashboard_fixture import build_dashboard_db, open_page, widget


def test_pair_compare_from_link(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "pair", {"pair": "BLR-POL", "compare": "LTU-BLR"})
    assert not at.exception
    assert widget(at, "selectbox", "Compare with").value == "BLR-LTU"
    values = [(m.label, m.value) for m in at.metric]
    assert values[:4] == [("Events", "12"), ("Meetings", "3"), ("Cooperation", "5"),
                          ("Conflict", "7")]
    assert values[4:] == [("Events", "3"), ("Meetings", "1"), ("Cooperation", "1"),
                          ("Conflict", "2")]
    assert len(at.get("plotly_chart")) == 3  # two pairs + the heatmap
    table = at.dataframe[0].value
    assert table["pair"].tolist() == ["BLR-POL", "BLR-LTU", "POL-UKR"]
    assert at.query_params["compare"] == "BLR-LTU"


def test_compare_with_unknown_pair_warns(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "pair", {"pair": "POL-UKR", "compare": "XXX-YYY"})
    assert not at.exception
    assert any("compare=XXX-YYY" in w.value for w in at.warning)
    values = {m.label: m.value for m in at.metric}
    assert values["Events"] == "2" and values["Meetings"] == "2"
    assert len(at.get("plotly_chart")) == 2
