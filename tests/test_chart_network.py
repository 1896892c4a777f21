"""The who-met-whom network: separate circles apart, markers apart, names that never overlap."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pages import network_chart as charts

MINISTRIES = ["Ministry of Foreign Affairs of Poland", "Ministry of Foreign Affairs of Belarus",
              "Ministry of National Defence of Poland", "Ministry of Defence of Belarus"]
PEOPLE = ["Jacek Czaputowicz", "Vladimir Makei", "Marcin Przydacz", "Piotr Wawrzyk",
          "Łukasz Jasina", "Krzysztof Ożanna", "Wojciech Filimonowicz", "Piotr Naimski",
          "Marcin Wojciechowski", "Andrzej Duda", "Mateusz Morawiecki", "Mikhail Myasnikovich",
          "Stanisław Karczewski", "Oleg Voinov", "Tomasz Kowalik"]


def _dense_edges() -> pd.DataFrame:
    """A knot like the demo's: the two foreign ministries and their chiefs all met each
    other and a ring of officials, plus two separate circles of contacts."""
    hub = MINISTRIES[:2] + PEOPLE[:2]
    rows = [(a, b, 3) for a, b in itertools.combinations(hub, 2)]
    rows += [(hub[i % 2], person, 1) for i, person in enumerate(PEOPLE[2:9])]
    rows += [(a, b, 1) for a, b in itertools.combinations(PEOPLE[9:13], 2)]
    rows += [(MINISTRIES[2], MINISTRIES[3], 2), (MINISTRIES[3], PEOPLE[13], 1),
             (MINISTRIES[2], PEOPLE[14], 1)]
    return pd.DataFrame(rows, columns=["source", "target", "meetings"])


def _node_traces(fig: object) -> list:  # type: ignore[type-arg]
    return [t for t in fig.data if t.mode == "markers+text"]  # type: ignore[attr-defined]


def test_network_figure_nodes_by_country() -> None:
    edges = pd.DataFrame({"source": ["A", "A"], "target": ["B", "C"], "meetings": [3, 1]})
    fig = charts.network_figure(edges, {"A": "BLR", "B": "POL", "C": "POL"})
    nodes = {t.name: sorted(t.text) for t in fig.data if t.mode == "markers+text"}
    assert nodes == {"BLR": ["A"], "POL": ["B", "C"]}
    widths = sorted(t.line.width for t in fig.data if t.mode == "lines")
    assert widths == [pytest.approx(1 + 5 / 3), 6]


def test_separate_circles_of_contacts_do_not_overlap() -> None:
    edges = _dense_edges()
    pos = charts.network_layout(edges)
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in pos.values())
    groups = [set(MINISTRIES[:2] + PEOPLE[:9]), set(PEOPLE[9:13]),
              {MINISTRIES[2], MINISTRIES[3], PEOPLE[13], PEOPLE[14]}]
    boxes = [(min(pos[n][0] for n in g), min(pos[n][1] for n in g),
              max(pos[n][0] for n in g), max(pos[n][1] for n in g)) for g in groups]
    for a, b in itertools.combinations(boxes, 2):
        assert not charts._overlap(a, b)


def test_layout_is_the_same_in_every_process(tmp_path: Path) -> None:
    """A link shows the same picture to a colleague: the layout may not depend on the
    process's string hashing (a networkx subgraph view iterates a set)."""
    edges = _dense_edges()
    edges.to_csv(tmp_path / "edges.csv", index=False)
    script = ("import pandas as pd; from pages import network_chart as charts; "
              f"print(sorted(charts.network_layout(pd.read_csv({str(tmp_path / 'edges.csv')!r}))"
              ".items()))")
    root = Path(__file__).resolve().parents[1]
    outputs = {subprocess.run([sys.executable, "-c", script], cwd=root, check=True,
                              capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2", "3")}
    assert len(outputs) == 1


def test_markers_are_spread_apart() -> None:
    pos = {"a": (0.5, 0.5), "b": (0.5, 0.5), "c": (0.52, 0.5)}
    radius = {"a": 20.0, "b": 10.0, "c": 6.0}
    spread = charts.spread_nodes(pos, radius, (600, 300), gap=30)
    for m, n in itertools.combinations(spread, 2):
        dx = (spread[m][0] - spread[n][0]) * 600
        dy = (spread[m][1] - spread[n][1]) * 300
        assert (dx * dx + dy * dy) ** 0.5 >= radius[m] + radius[n] + 30 - 0.5
    assert spread == charts.spread_nodes(pos, radius, (600, 300), gap=30)


def test_long_names_go_on_two_lines() -> None:
    assert charts.label_text("Ministry of Foreign Affairs of Belarus") == [
        "Ministry of Foreign", "Affairs of Belarus"]
    assert charts.label_text("Vladimir Makei") == ["Vladimir Makei"]
    assert charts.label_text("Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") == ["Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]


def test_names_never_overlap_and_the_busiest_are_named() -> None:
    """The demo's knot of ministries had their names printed over each other; now each name
    is placed in a free slot, and one that has none is left to the hover label."""
    edges = _dense_edges()
    countries = {n: ("POL" if "Poland" in n or n in PEOPLE[2:4] else "BLR")
                 for n in MINISTRIES + PEOPLE}
    fig = charts.network_figure(edges, countries, 460)
    nodes = _node_traces(fig)
    mx, my = charts.NETWORK_MARGIN_PX
    area = (charts.NETWORK_NOMINAL_WIDTH_PX - 20 - 2 * mx, 460 - 54 - 2 * my)
    placed: dict[str, tuple[float, float, float, float]] = {}
    markers: dict[str, tuple[float, float, float, float]] = {}
    hover: set[str] = set()
    for trace in nodes:
        for x, y, text, slot, name, size in zip(trace.x, trace.y, trace.text, trace.textposition,
                                                trace.hovertext, trace.marker.size, strict=True):
            px, py, r = x * area[0], y * area[1], size / 2
            markers[name] = (px - r, py - r, px + r, py + r)
            hover.add(name)
            if text:
                assert text == "<br>".join(charts.label_text(name))
                placed[name] = charts._label_box(px, py, charts.label_text(name), slot, r + 2)
    assert hover == set(MINISTRIES + PEOPLE)
    for a, b in itertools.combinations(placed.values(), 2):
        assert not charts._overlap(a, b)
    for name, box in placed.items():
        assert not any(charts._overlap(box, m) for other, m in markers.items() if other != name)
        assert -mx <= box[0] and box[2] <= area[0] + mx and -my <= box[1] \
            and box[3] <= area[1] + my
    assert set(MINISTRIES[:2] + PEOPLE[:2]) <= set(placed)  # the knot's four are named
    assert len(placed) >= len(hover) - 3
