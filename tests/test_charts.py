"""Pure chart builders: the figures' data, colours and escaping."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from pages import charts


def _monthly() -> pd.DataFrame:
    rows = [
        ("2021-01-01", "meeting", 1, 2, 0.4, 2, 8.0, 2),
        ("2021-01-01", "statement", 3, 1, -0.5, 1, -2.0, 1),
        ("2021-03-01", "measure", 4, 3, -1.2, 3, -15.0, 3),
        ("2021-03-01", "statement", 1, 1, 0.2, 1, 1.0, 1),
    ]
    frame = pd.DataFrame(rows, columns=["month", "kind", "quad_class", "n_events", "tone_sum",
                                        "tone_n", "goldstein_sum", "goldstein_n"])
    frame["month"] = pd.to_datetime(frame["month"])
    return frame


def _events() -> pd.DataFrame:
    return pd.DataFrame({
        "id": [1, 2, 3],
        "date": [dt.date(2021, 1, 5), dt.date(2021, 2, 1), dt.date(2021, 3, 9)],
        "kind": ["meeting", "statement", "statement"],
        "summary": ["Talks in Minsk", "<script>alert(1)</script> said", "Warning"],
        "actors": ["A One (participant); B Two (participant)", "B Two (speaker)", ""],
        "tone": [0.5, -0.6, None],
        "source_title": ["Paper", None, None],
        "origin": ["article", "article", "gdelt"],
    })


def test_monthly_kind_figure_stacks_counts_per_kind_with_fixed_colours() -> None:
    fig = charts.monthly_kind_figure(_monthly())
    traces = {t.name: t for t in fig.data}
    assert list(traces) == ["meeting", "statement", "measure"]
    assert list(traces["statement"].y) == [1, 1]
    assert list(traces["measure"].y) == [0, 3]
    assert traces["meeting"].marker.color == charts.KIND_COLORS["meeting"]
    assert fig.layout.barmode == "stack"
    assert fig.layout.yaxis.title.text == "Events"
    only = charts.monthly_kind_figure(_monthly(), kinds=["measure"])
    assert [t.name for t in only.data] == ["measure"]


def test_timeline_figure_points_lanes_and_escaped_hover() -> None:
    fig = charts.timeline_figure(_events(), "kind")
    points = [t for t in fig.data if t.customdata is not None]
    ids = sorted(int(row[0]) for t in points for row in t.customdata)
    assert ids == [1, 2, 3]
    statement_symbols = {t.marker.symbol for t in points if t.name == "statement"}
    assert statement_symbols == {"triangle-down", "circle-open"}
    hover = " ".join(str(row[1]) for t in points for row in t.customdata)
    assert "&lt;script&gt;" in hover and "<script>" not in hover
    # one legend entry per kind present, a square of the kind's colour whatever the tones
    legend = [t for t in fig.data if t.showlegend is not False]
    assert [(t.name, t.marker.symbol) for t in legend] == [("meeting", "square"),
                                                           ("statement", "square")]
    assert all(t.marker.color == charts.KIND_COLORS[t.name] for t in legend)
    assert {t.legendgroup for t in points} == {t.name for t in legend}
    by_actor = charts.timeline_figure(_events(), "actor")
    lanes = {y for t in by_actor.data for y in t.y if y is not None}
    assert lanes == {"A One", "B Two", "(no actor)"}
    assert by_actor.layout.yaxis.title.text == "Actor"


def test_tone_series_rolling_mean_is_weighted_by_items() -> None:
    tone = pd.DataFrame({"month": pd.to_datetime(["2021-01-01", "2021-02-01", "2021-01-01"]),
                         "side": ["BLR", "BLR", "POL"], "mean_tone": [0.5, -0.5, 0.1],
                         "n": [3, 1, 2]})
    series = charts.tone_series(tone, window=2)
    blr = series[series["side"] == "BLR"]
    assert blr["rolling"].tolist() == pytest.approx([0.5, (1.5 - 0.5) / 4])
    fig = charts.tone_figure(tone, ["BLR", "POL"], {"BLR": "Belarus", "POL": "Poland"}, 2)
    assert [t.name for t in fig.data] == ["Belarus monthly", "Belarus 2-month mean",
                                          "Poland monthly", "Poland 2-month mean"]
    assert tuple(fig.layout.yaxis.range) == (-1.05, 1.05)


def test_quad_balance_puts_conflict_below_zero() -> None:
    wide = charts.quad_balance(_monthly()).set_index("month")
    assert wide.loc["2021-01-01", "goldstein_mean"] == pytest.approx(6.0 / 3)
    fig = charts.quad_balance_figure(_monthly())
    bars = {t.name: list(t.y) for t in fig.data if t.type == "bar"}
    assert bars["Verbal cooperation"] == [2, 1]
    assert bars["Material conflict"] == [0, -3]
    assert bars["Verbal conflict"] == [-1, 0]
    line = next(t for t in fig.data if t.type == "scatter")
    assert line.yaxis == "y2"
    shared = charts.quad_balance_figure(_monthly(), x_range=("2020-12-01", "2021-04-30"))
    assert tuple(shared.layout.xaxis.range) == ("2020-12-01", "2021-04-30")


def test_pair_heatmap_is_symmetric() -> None:
    matrix = pd.DataFrame({"country1": ["BLR", "BLR"], "country2": ["POL", "LTU"],
                           "n_events": [12, 3]})
    table = charts.pair_matrix_frame(matrix)
    assert table.to_dict() == {
        "BLR": {"BLR": 0, "POL": 12, "LTU": 3},
        "POL": {"BLR": 12, "POL": 0, "LTU": 0},
        "LTU": {"BLR": 3, "POL": 0, "LTU": 0},
    }
    fig = charts.pair_heatmap(matrix)
    assert fig.data[0].type == "heatmap" and list(fig.data[0].x) == list(table.columns)


def test_empty_frames_give_empty_figures() -> None:
    empty = _monthly().iloc[0:0]
    assert len(charts.monthly_kind_figure(empty).data) == 0
    assert charts.quad_balance(empty).empty
    assert len(charts.pair_heatmap(pd.DataFrame(columns=["country1", "country2", "n_events"]))
               .data) == 0
