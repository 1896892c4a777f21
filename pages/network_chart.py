"""The who-met-whom network chart: actors as nodes, shared meetings as edges.

Kept apart from :mod:`pages.charts` because a readable network needs its own geometry: each
circle of contacts is laid out on its own, markers are pushed apart, and names are placed
in free slots around their node (the rest go to the hover label), so long ministry names
never print over each other.
"""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx
import pandas as pd
import plotly.graph_objects as go

from pages.charts import SIDE_COLORS, base_layout, hover_text


def _edge_rows(edges: pd.DataFrame) -> list[tuple[str, str, float]]:
    return [(str(s), str(t), float(m)) for s, t, m in
            zip(edges["source"], edges["target"], edges["meetings"], strict=True)]


def network_layout(edges: pd.DataFrame, seed: int = 7,
                   aspect: float = 2.0) -> dict[str, tuple[float, float]]:
    """Node positions in [0, 1] x [0, 1]: each group of actors who met (a connected
    component) is laid out on its own in a square whose side grows with its size, and the
    squares are packed in rows to fill a plot ``aspect`` times wider than high, largest
    first, so separate circles of contacts never sit on top of each other."""
    graph = nx.Graph()
    for source, target, meetings in _edge_rows(edges):
        graph.add_edge(source, target, weight=meetings)
    groups = sorted((sorted(c) for c in nx.connected_components(graph)),
                    key=lambda c: (-len(c), c[0]))
    sides = [len(g) ** 0.5 for g in groups]
    row_width = max(max(sides), (sum(s * s for s in sides) * aspect) ** 0.5)
    gap = 0.35
    positions: dict[str, tuple[float, float]] = {}
    x, y, row_height = 0.0, 0.0, 0.0
    for group, side in zip(groups, sides, strict=True):
        if x > 0 and x + side > row_width + 1e-9:  # the next row
            x, y, row_height = 0.0, y - row_height - gap, 0.0
        local = nx.spring_layout(_ordered(graph, group), seed=seed, k=3 / len(group) ** 0.5,
                                 iterations=200) if len(group) > 2 else \
            {n: (i * 2.0 - 1.0, 0.0) for i, n in enumerate(group)}
        for node, (px, py) in local.items():
            positions[str(node)] = (x + side * (float(px) + 1) / 2,
                                    y - side * (1 - float(py)) / 2)
        x += side + gap
        row_height = max(row_height, side)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    width, height = max(xs) - min(xs) or 1.0, max(ys) - min(ys) or 1.0
    return {n: (round((px - min(xs)) / width, 6), round((py - min(ys)) / height, 6))
            for n, (px, py) in positions.items()}


def _ordered(graph: nx.Graph, nodes: list[str]) -> nx.Graph:
    """The subgraph on ``nodes`` with nodes and edges in sorted order: a subgraph view
    iterates a set, whose order changes between runs, and the seeded layout with it."""
    sub = nx.Graph()
    sub.add_nodes_from(nodes)
    sub.add_edges_from(sorted((min(a, b), max(a, b), d) for a, b, d in
                              graph.subgraph(nodes).edges(data=True)))
    return sub


NETWORK_CHAR_PX = 7.2  # mean width of a label character at the chart font
NETWORK_LINE_PX = 17
NETWORK_LABEL_CHARS = 22  # a longer name is set on two lines


def label_text(name: str, width: int = NETWORK_LABEL_CHARS) -> list[str]:
    """A node label on one line, or two when long ("Ministry of Foreign / Affairs of
    Belarus"), broken at the space nearest the middle."""
    if len(name) <= width or " " not in name:
        return [name]
    middle = len(name) / 2
    cut = min((i for i, ch in enumerate(name) if ch == " "), key=lambda i: abs(i - middle))
    return [name[:cut], name[cut + 1:]]


Box = tuple[float, float, float, float]
LABEL_SLOTS = ("top center", "bottom center", "middle right", "middle left", "top right",
               "top left", "bottom right", "bottom left")


def _label_box(x: float, y: float, lines: list[str], slot: str, radius: float) -> Box:
    """Pixel box (x0, y0, x1, y1) a label takes in ``slot`` around a node at (x, y)."""
    w = max(len(line) for line in lines) * NETWORK_CHAR_PX
    h = len(lines) * NETWORK_LINE_PX
    vertical, horizontal = slot.split()
    diagonal = vertical != "middle" and horizontal != "center"
    reach = radius * 0.7 if diagonal else radius  # plotly sets diagonal text at the corner
    left = {"left": x - reach - w, "center": x - w / 2, "right": x + reach}[horizontal]
    bottom = {"top": y + reach, "middle": y - h / 2, "bottom": y - reach - h}[vertical]
    return (left, bottom, left + w, bottom + h)


def _gap(point: tuple[float, float], box: Box) -> float:
    """Distance in pixels from a point to the nearest point of a box (0 inside it)."""
    dx = max(box[0] - point[0], 0.0, point[0] - box[2])
    dy = max(box[1] - point[1], 0.0, point[1] - box[3])
    return float((dx * dx + dy * dy) ** 0.5)


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(pos: Mapping[str, tuple[float, float]], weight: Mapping[str, float],
                 size_px: tuple[float, float],
                 radius: Mapping[str, float]) -> dict[str, str | None]:
    """Where each node's name goes so that no two names overlap each other, another node's
    marker or the plot's edge: the most connected actors are placed first, each in the
    first free slot of above / below / right / left; a name with no free slot is left to the
    hover label (None)."""
    width, height = size_px
    pixel = {n: (x * width, y * height) for n, (x, y) in pos.items()}
    taken: list[Box] = [(x - radius[n], y - radius[n], x + radius[n], y + radius[n])
                        for n, (x, y) in pixel.items()]
    mx, my = NETWORK_MARGIN_PX
    frame = (-mx, -my, width + mx, height + my)
    slots: dict[str, str | None] = {}
    for name in sorted(pos, key=lambda n: (-weight.get(n, 0.0), n)):
        x, y = pixel[name]
        own = (x - radius[name], y - radius[name], x + radius[name], y + radius[name])
        lines = label_text(name)
        slots[name] = None
        for slot in LABEL_SLOTS:
            box = _label_box(x, y, lines, slot, radius[name] + 2)
            inside = frame[0] <= box[0] and box[2] <= frame[2] and frame[1] <= box[1] \
                and box[3] <= frame[3]
            gaps = {n: _gap(p, box) - radius[n] for n, p in pixel.items()}
            nearest = min(gaps, key=lambda n: (gaps[n], n != name))  # a name reads as its
            if inside and nearest == name and not any(  # nearest marker's
                    _overlap(box, t) for t in taken if t != own):
                slots[name] = slot
                taken.append(box)
                break
    return slots


def spread_nodes(pos: Mapping[str, tuple[float, float]], radius: Mapping[str, float],
                 size_px: tuple[float, float], gap: float = 56.0,
                 rounds: int = 60) -> dict[str, tuple[float, float]]:
    """Positions moved apart until no two markers come closer than ``gap`` pixels, edge
    to edge: a spring layout draws the actors who all met each other into one knot, where
    big markers hide each other and leave no room for a name."""
    width, height = size_px
    pixel = {n: [x * width, y * height] for n, (x, y) in pos.items()}
    names = sorted(pixel)
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                (ax, ay), (bx, by) = pixel[a], pixel[b]
                dx, dy = bx - ax, by - ay
                distance = (dx * dx + dy * dy) ** 0.5
                need = radius[a] + radius[b] + gap
                if distance >= need:
                    continue
                if distance < 1e-6:  # the same spot: part them sideways, in name order
                    dx, dy, distance = 1.0, 0.0, 1.0
                push = (need - distance) / 2 / distance
                pixel[a] = [ax - dx * push, ay - dy * push]
                pixel[b] = [bx + dx * push, by + dy * push]
                moved = True
        for point in pixel.values():
            point[0] = min(max(point[0], 0.0), width)
            point[1] = min(max(point[1], 0.0), height)
        if not moved:
            break
    return {n: (round(x / width, 6), round(y / height, 6)) for n, (x, y) in pixel.items()}


NETWORK_MARGIN_PX = (80, 38)  # room left and right, above and below the nodes for names
NETWORK_NOMINAL_WIDTH_PX = 820  # a narrow laptop's chart width, for placing names


def network_figure(edges: pd.DataFrame, countries: Mapping[str, str | None],
                   height: int = 520) -> go.Figure:
    """Who met whom: nodes coloured by country, edge width by number of shared meetings,
    names placed where they do not overlap (the rest on hover)."""
    fig = go.Figure()
    if edges.empty:
        return base_layout(fig, "Who met whom", height)
    mx, my = NETWORK_MARGIN_PX
    area = (NETWORK_NOMINAL_WIDTH_PX - 20 - 2 * mx, height - 54 - 2 * my)
    pos = network_layout(edges, aspect=area[0] / area[1])
    degree = pd.concat([edges[["source", "meetings"]].set_axis(["actor", "m"], axis=1),
                        edges[["target", "meetings"]].set_axis(["actor", "m"], axis=1)])
    weight = degree.groupby("actor")["m"].sum()
    nodes = pd.DataFrame({"actor": list(pos)})
    nodes["country"] = nodes["actor"].map(lambda a: countries.get(a) or "unknown")
    nodes["meetings"] = nodes["actor"].map(weight).fillna(0)
    nodes["size"] = 12 + 3 * nodes["meetings"].clip(upper=10)
    radius = dict(zip(nodes["actor"], nodes["size"] / 2, strict=True))
    pos = spread_nodes(pos, radius, area)
    weights = {str(a): float(m) for a, m in zip(nodes["actor"], nodes["meetings"], strict=True)}
    slots = place_labels(pos, weights, area, radius)
    top = float(edges["meetings"].max())
    for source, target, meetings in _edge_rows(edges):
        (x0, y0), (x1, y1) = pos[source], pos[target]
        fig.add_scatter(x=[x0, x1], y=[y0, y1], mode="lines", showlegend=False,
                        line=dict(width=1 + 5 * meetings / top, color="rgba(120,120,120,0.5)"),
                        hoverinfo="skip")
    for i, (country, sub) in enumerate(nodes.groupby("country")):
        actors = list(sub["actor"])
        fig.add_scatter(
            x=[pos[a][0] for a in actors], y=[pos[a][1] for a in actors],
            mode="markers+text", name=str(country),
            text=["<br>".join(hover_text(line) for line in label_text(a)) if slots[a] else ""
                  for a in actors],
            textposition=[slots[a] or "top center" for a in actors],
            hovertext=[hover_text(a, 80) for a in actors], customdata=sub["meetings"],
            marker=dict(size=sub["size"], color=SIDE_COLORS[i % len(SIDE_COLORS)],
                        line=dict(width=1, color="white")),
            hovertemplate="%{hovertext}<br>%{customdata} shared meetings<extra>" + str(country)
            + "</extra>",
        )
    fig.update_xaxes(visible=False, range=[-mx / area[0], 1 + mx / area[0]])
    fig.update_yaxes(visible=False, range=[-my / area[1], 1 + my / area[1]])
    base_layout(fig, "Who met whom (meetings under the current filter)", height)
    fig.update_layout(legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right",
                                  x=1))
    return fig
