"""Actors page: ranking, who-met-whom, actor detail from the link."""

from __future__ import annotations

from tests.dashboard_fixture import build_dashboard_db, open_page, texts, widget


def test_ranking_network_and_detail(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "actors", {"pair": "BLR-POL", "person": "Mariusz Błaszczak"})
    assert not at.exception
    ranking = at.dataframe[0].value.set_index("actor")
    assert ranking.loc["Vladimir Makei", "meetings"] == 2
    assert ranking.loc["Jacek Czaputowicz", "events"] == 3
    assert len(ranking) == 7
    # blank, not "None", where an actor has no title or organization of its own
    assert ranking.loc["Alexander Lukashenko", "organization"] == ""
    assert ranking.loc["Vladimir Makei", "organization"] == "Ministry of Foreign Affairs of Belarus"
    assert not ranking.isna().any().any()
    assert widget(at, "selectbox", "Actor detail").value == "Mariusz Błaszczak"
    shown = texts(at)
    assert "This is a hybrid attack by the Lukashenko regime\\." in shown
    assert "Quotes** (1)" in shown
    assert len(at.get("plotly_chart")) == 2  # network + the actor's own timeline
    assert at.query_params["person"] == "Mariusz Błaszczak"


def test_organization_filter_narrows_ranking(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "actors", {"pair": "BLR-POL",
                                      "org": "Ministry of Foreign Affairs of Poland"})
    assert not at.exception
    ranking = at.dataframe[0].value
    # Czaputowicz's events: two meetings (with Makei, Voinov) and one statement.
    assert set(ranking["actor"]) == {"Jacek Czaputowicz", "Vladimir Makei", "Oleg Voinov"}


def test_unknown_person_warns(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "actors", {"pair": "BLR-POL", "person": "<script>x</script>"})
    assert not at.exception
    assert any("person=" in w.value for w in at.warning)
    assert widget(at, "selectbox", "Actor detail").value is None
    assert "person" not in at.query_params
