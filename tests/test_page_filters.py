"""The shared filter bar: link parameters validated, restored, kept across pages."""

from __future__ import annotations

import datetime as dt

import pytest

from pages.filters import FilterValues, ParseContext, parse_filter_params
from tests.dashboard_fixture import build_dashboard_db, open_page, texts, widget

KNOWN = {"Makey": "Vladimir Makei", "Vladimir Makei": "Vladimir Makei",
         "lukashenka": "Alexander Lukashenko"}


def _ctx() -> ParseContext:
    return ParseContext(
        pairs=["BLR-POL", "BLR-LTU"], default_pair="BLR-POL",
        organizations=["Ministry of Defence of Belarus"],
        resolve_actors=lambda names: {n: KNOWN.get(n) for n in names},
    )


def test_valid_parameters_become_filter_values() -> None:
    ctx = _ctx()
    values = parse_filter_params(
        {"pair": ["LTU-BLR"], "from": ["2020-01-01"], "to": ["2021-12-31"],
         "actor": ["Makey,lukashenka"], "org": ["ministry of defence of belarus"],
         "kind": ["meeting", "Statement"], "q": ["  border   crisis "]}, ctx)
    assert ctx.warnings == []
    assert values == FilterValues("BLR-LTU", dt.date(2020, 1, 1), dt.date(2021, 12, 31),
                                  ("Vladimir Makei", "Alexander Lukashenko"),
                                  ("Ministry of Defence of Belarus",), ("meeting", "statement"),
                                  "border crisis")
    flt = values.to_event_filter()
    assert flt.pair == ("BLR", "LTU") and flt.q == "border crisis"
    assert values.to_params()["actor"] == ["Vladimir Makei", "Alexander Lukashenko"]


@pytest.mark.parametrize(
    ("raw", "warning"),
    [
        ({"pair": ["garbage"]}, "expected two country codes"),
        ({"pair": ["' OR 1=1 --"]}, "expected two country codes"),
        ({"pair": ["UKR-RUS"]}, "No events for the pair RUS-UKR"),
        ({"from": ["garbage"]}, "dates are written YYYY-MM-DD"),
        ({"to": ["2021-02-30"]}, "dates are written YYYY-MM-DD"),
        ({"from": ["1066-10-14"]}, "outside 1900"),
        ({"from": ["2022-01-01"], "to": ["2021-01-01"]}, "is after"),
        ({"actor": ["Nobody"]}, "Unknown actor ignored: Nobody"),
        ({"actor": ["x'); DROP TABLE events;--"]}, "Unknown actor ignored"),
        ({"org": ["Ministry of Magic"]}, "Unknown organization ignored"),
        ({"kind": ["party"]}, "Unknown event kind ignored: party"),
    ],
)
def test_bad_parameters_warn_and_fall_back(raw: dict[str, list[str]], warning: str) -> None:
    ctx = _ctx()
    values = parse_filter_params(raw, ctx)
    assert any(warning in w for w in ctx.warnings), ctx.warnings
    assert values.pair == "BLR-POL"
    assert values.date_from is None and values.date_to is None
    assert values.actors == () and values.orgs == () and values.kinds == ()


def test_control_characters_are_dropped() -> None:
    ctx = _ctx()
    values = parse_filter_params({"actor": ["Mak\x00ey"], "q": ["bor\x00der\n"],
                                  "pair": ["BLR-\x00POL"]}, ctx)
    assert values.actors == ("Vladimir Makei",) and values.q == "border"
    assert values.pair == "BLR-POL" and ctx.warnings == []


def test_long_search_text_is_cut() -> None:
    values = parse_filter_params({"q": ["x" * 1000]}, _ctx())
    assert len(values.q) == 200


def test_link_values_restored_in_widgets_and_url(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "overview", {
        "pair": "POL-BLR", "from": "2020-01-01", "to": "2021-12-31",
        "actor": ["Makey", "Oleg Voinov"], "org": "Ministry of Foreign Affairs of Belarus",
        "kind": "meeting", "q": "border"})
    assert not at.exception
    assert widget(at, "selectbox", "Country pair").value == "BLR-POL"
    assert widget(at, "date_input", "From").value == dt.date(2020, 1, 1)
    assert widget(at, "date_input", "To").value == dt.date(2021, 12, 31)
    assert widget(at, "multiselect", "Actors").value == ["Vladimir Makei", "Oleg Voinov"]
    assert widget(at, "multiselect", "Organizations / ministries").value == [
        "Ministry of Foreign Affairs of Belarus"]
    assert widget(at, "multiselect", "Event kinds").value == ["meeting"]
    assert widget(at, "text_input", "Search summaries and quotes").value == "border"
    assert at.query_params["pair"] == "BLR-POL"
    assert at.query_params["actor"] == ["Vladimir Makei", "Oleg Voinov"]
    # Makei (MFA) at the 2021-02-10 border-regime meeting is the only match.
    assert [m.value for m in at.metric][:4] == ["1", "0", "0", "0"]
    assert not at.warning


def test_garbage_link_warns_never_raises(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "timeline", {
        "pair": "' OR 1=1 --", "from": "garbage", "to": "2019-01-01", "actor": "Nobody",
        "org": "'; DROP TABLE actors; --", "kind": "<b>", "q": "' OR '1'='1",
        "lanes": "sideways", "event": "abc"})
    assert not at.exception
    shown = " ".join(w.value for w in at.warning)
    for expected in ("expected two country codes", "YYYY-MM-DD", "Unknown actor",
                     "Unknown organization", "Unknown event kind", "lanes=sideways",
                     "event=abc"):
        assert expected in shown
    assert widget(at, "selectbox", "Country pair").value == "BLR-POL"
    assert "No events match this view" not in texts(at) or at.query_params.get("q")
    assert at.query_params["q"] == "' OR '1'='1"


def test_filters_survive_page_switch_and_change_updates_url(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "overview", {"pair": "BLR-POL", "actor": "Vladimir Makei"})
    widget(at, "multiselect", "Event kinds").set_value(["meeting"]).run()
    assert at.query_params["kind"] == "meeting"
    at.query_params.clear()  # a page switch may drop the query string
    at.switch_page("pages/tone.py").run()
    assert not at.exception
    assert widget(at, "multiselect", "Actors").value == ["Vladimir Makei"]
    assert at.query_params == {"pair": "BLR-POL", "actor": "Vladimir Makei", "kind": "meeting"}
    widget(at, "selectbox", "Country pair").set_value("BLR-LTU").run()
    assert at.query_params["pair"] == "BLR-LTU"


def test_share_link_holds_the_whole_view(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "timeline", {"pair": "BLR-POL", "actor": "Anatoly Glaz",
                                        "lanes": "actor", "q": "a&b"})
    link = at.code[-1].value
    assert link.startswith("http") and "/timeline?" in link
    assert "pair=BLR-POL" in link and "actor=Anatoly+Glaz" in link
    assert "lanes=actor" in link and "q=a%26b" in link
