"""Pure chart builders: a DataFrame in, a plotly figure out (no Streamlit, no database).

One colour per event kind and per quad class, used on every page, so a red marker means
the same thing everywhere.  Text placed in hover labels is HTML-escaped: plotly renders a
small subset of HTML in labels and article text must never be interpreted.
"""

from __future__ import annotations

import html
from typing import Any

import pandas as pd
import plotly.graph_objects as go

KIND_COLORS = {
    "meeting": "#1f77b4",
    "statement": "#ff7f0e",
    "measure": "#8c564b",
    "incident": "#d62728",
    "other": "#7f7f7f",
}
KIND_ORDER = list(KIND_COLORS)
QUAD_LABELS = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
    0: "Unclassified",
}
QUAD_COLORS = {1: "#74c476", 2: "#238b45", 3: "#fc9272", 4: "#cb181d", 0: "#bdbdbd"}
SIDE_COLORS = ["#2166ac", "#b2182b", "#5aae61", "#762a83"]
TONE_SYMBOLS = {"negative": "triangle-down", "neutral": "circle", "positive": "triangle-up",
                "unknown": "circle-open"}
MONTH_BAR_MS = 26 * 24 * 3600 * 1000  # bars a little narrower than a month on a date axis
FONT = dict(family="Inter, 'Source Sans Pro', Arial, sans-serif", size=13)


def base_layout(fig: go.Figure, title: str, height: int, **kwargs: Any) -> go.Figure:
    """The layout every chart shares: title at the left, legend below, one font."""
    fig.update_layout(
        title=dict(text=title, x=0, xanchor="left", font=dict(size=16)),
        height=height, font=FONT, margin=dict(l=10, r=10, t=44, b=10),
        legend=dict(orientation="h", yanchor="top", y=-0.3, xanchor="left", x=0,
                    traceorder="normal"),
        hoverlabel=dict(align="left"), template="plotly_white", **kwargs,
    )
    return fig


def hover_text(value: Any, limit: int = 160) -> str:
    """Escaped, shortened text for a hover label."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    text = " ".join(str(value).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return html.escape(text)


def tone_bucket(tone: float | None) -> str:
    if tone is None or pd.isna(tone):
        return "unknown"
    if tone <= -0.1:
        return "negative"
    if tone >= 0.1:
        return "positive"
    return "neutral"


def monthly_by_kind(monthly: pd.DataFrame) -> pd.DataFrame:
    """Monthly counts per kind (rows: months, columns: kinds in the standard order)."""
    if monthly.empty:
        return pd.DataFrame()
    wide = monthly.pivot_table(index="month", columns="kind", values="n_events", aggfunc="sum",
                               fill_value=0)
    return wide[[k for k in KIND_ORDER if k in wide.columns]].sort_index()


def monthly_kind_figure(monthly: pd.DataFrame, title: str = "Events per month",
                        kinds: list[str] | None = None, height: int = 320) -> go.Figure:
    """Stacked monthly bars, one colour per kind."""
    wide = monthly_by_kind(monthly)
    fig = go.Figure()
    for kind in wide.columns:
        if kinds and kind not in kinds:
            continue
        fig.add_bar(x=wide.index, y=wide[kind], name=kind, marker_color=KIND_COLORS[kind],
                    width=MONTH_BAR_MS, xperiod="M1", xperiodalignment="middle",
                    hovertemplate="%{x|%b %Y}: %{y} " + kind + "<extra></extra>")
    fig.update_layout(barmode="stack", bargap=0.1)
    fig.update_xaxes(title_text="Month")
    fig.update_yaxes(title_text="Events")
    return base_layout(fig, title, height)


def timeline_points(events: pd.DataFrame, lanes: str, max_lanes: int = 15) -> pd.DataFrame:
    """One row per point: the event itself (kind lanes) or each of its actors (actor lanes)."""
    points = events.copy()
    if lanes == "actor":
        points["lane"] = points["actors"].fillna("").map(
            lambda s: [a.rsplit(" (", 1)[0] for a in s.split("; ") if a] or ["(no actor)"]
        )
        points = points.explode("lane")
        top = points["lane"].value_counts().head(max_lanes).index
        points = points[points["lane"].isin(top)]
    else:
        points["lane"] = points["kind"]
    points["tone_bucket"] = points["tone"].map(tone_bucket)
    return points


def _escaped(column: pd.Series, limit: int) -> pd.Series:
    return column.map(lambda v: hover_text(v, limit))


def timeline_figure(events: pd.DataFrame, lanes: str = "kind", height: int = 460) -> go.Figure:
    """Scatter of events: x = date, a lane per kind or actor, colour = kind, marker = tone.

    Hover fields travel as ``customdata`` columns (escaped once, vectorised) so thousands
    of points build quickly; ``customdata[0]`` is the event id used by the detail panel.
    """
    points = timeline_points(events, lanes)
    points["h_summary"] = _escaped(points["summary"], 120)
    points["h_actors"] = _escaped(points["actors"], 100).replace("", "–")
    points["h_source"] = _escaped(points["source_title"].fillna(points["origin"]), 80)
    points["h_tone"] = points["tone"].map(lambda t: "n/a" if pd.isna(t) else f"{t:+.2f}")
    points["x"] = pd.to_datetime(points["date"])
    fig = go.Figure()
    template = ("<b>%{customdata[1]}</b><br>%{x|%d %b %Y} · %{fullData.name} · tone "
                "%{customdata[2]}<br>Actors: %{customdata[3]}<br>Source: %{customdata[4]}"
                "<extra></extra>")
    for kind in KIND_ORDER:
        for bucket, symbol in TONE_SYMBOLS.items():
            # One trace per kind and tone bucket: a scalar marker symbol is far cheaper
            # for plotly to validate than a per-point symbol list.
            sub = points[(points["kind"] == kind) & (points["tone_bucket"] == bucket)]
            if sub.empty:
                continue
            fig.add_scatter(
                x=sub["x"], y=sub["lane"], mode="markers", name=kind, legendgroup=kind,
                showlegend=False,
                customdata=sub[["id", "h_summary", "h_tone", "h_actors", "h_source"]].to_numpy(),
                hovertemplate=template,
                marker=dict(color=KIND_COLORS[kind], size=11, opacity=0.85, symbol=symbol,
                            line=dict(width=0.5, color="white")),
            )
    for kind in KIND_ORDER:
        if (points["kind"] == kind).any():
            # the legend entry: a square of the kind's colour (the points' symbols show tone);
            # drawn after the points, so the plot's first marker is always a real event
            fig.add_scatter(x=[None], y=[None], mode="markers", name=kind, legendgroup=kind,
                            hoverinfo="skip",
                            marker=dict(color=KIND_COLORS[kind], size=11, symbol="square"))
    lane_order = (KIND_ORDER if lanes == "kind"
                  else list(points["lane"].value_counts().index))
    present = [lane for lane in lane_order if lane in set(points["lane"])]
    fig.update_yaxes(categoryorder="array", categoryarray=present[::-1],
                     title_text="Kind" if lanes == "kind" else "Actor")
    fig.update_xaxes(title_text="Date")
    lane_height = max(min(height, 150 + 60 * len(present)), 110 + 34 * len(present))
    title = "Events (▲ positive tone, ● neutral, ▼ negative) – click a point for details"
    return base_layout(fig, title, lane_height, clickmode="event+select", dragmode="zoom")


def tone_series(tone: pd.DataFrame, window: int) -> pd.DataFrame:
    """Monthly mean tone per side plus its rolling mean over ``window`` observed months."""
    if tone.empty:
        return tone.assign(rolling=pd.Series(dtype=float))
    parts = []
    for _side, sub in tone.sort_values("month").groupby("side"):
        sub = sub.copy()
        weighted = (sub["mean_tone"] * sub["n"]).rolling(window, min_periods=1).sum()
        sub["rolling"] = weighted / sub["n"].rolling(window, min_periods=1).sum()
        parts.append(sub)
    return pd.concat(parts, ignore_index=True)


def tone_figure(tone: pd.DataFrame, sides: list[str], names: dict[str, str], window: int = 6,
                height: int = 380) -> go.Figure:
    """Rhetoric per side: monthly means as dots, rolling mean as a line."""
    series = tone_series(tone, window)
    fig = go.Figure()
    for i, side in enumerate(sides):
        sub = series[series["side"] == side]
        if sub.empty:
            continue
        color = SIDE_COLORS[i % len(SIDE_COLORS)]
        label = names.get(side, side)
        fig.add_scatter(x=sub["month"], y=sub["mean_tone"], mode="markers", name=f"{label} monthly",
                        marker=dict(color=color, size=7, opacity=0.45), customdata=sub["n"],
                        hovertemplate="%{x|%b %Y}: %{y:+.2f} (%{customdata} items)<extra>"
                        + label + "</extra>")
        fig.add_scatter(x=sub["month"], y=sub["rolling"], mode="lines",
                        name=f"{label} {window}-month mean", line=dict(color=color, width=3),
                        hovertemplate="%{x|%b %Y}: %{y:+.2f}<extra>" + label + "</extra>")
    fig.add_hline(y=0, line=dict(color="#999", width=1, dash="dot"))
    fig.update_yaxes(title_text="Tone (−1 hostile … +1 friendly)", range=[-1.05, 1.05])
    fig.update_xaxes(title_text="Month")
    return base_layout(fig, "Rhetoric tone by speaking side", height)


def quad_balance(monthly: pd.DataFrame) -> pd.DataFrame:
    """Per month: events per quad class and the mean Goldstein score."""
    if monthly.empty:
        return pd.DataFrame(columns=["month", *QUAD_LABELS, "goldstein_mean"])
    wide = monthly.pivot_table(index="month", columns="quad_class", values="n_events",
                               aggfunc="sum", fill_value=0)
    for quad in QUAD_LABELS:
        if quad not in wide.columns:
            wide[quad] = 0
    sums = monthly.groupby("month")[["goldstein_sum", "goldstein_n"]].sum()
    wide["goldstein_mean"] = sums["goldstein_sum"] / sums["goldstein_n"].where(sums["goldstein_n"] > 0)
    return wide.reset_index()


def quad_balance_figure(monthly: pd.DataFrame, title: str = "Cooperation vs conflict per month",
                        height: int = 360,
                        x_range: tuple[str, str] | None = None) -> go.Figure:
    """Cooperation above the axis, conflict below, Goldstein mean as a line.

    ``x_range`` (ISO dates) lets two pairs shown side by side share one time axis.
    """
    wide = quad_balance(monthly)
    fig = go.Figure()
    for quad in (2, 1, 3, 4):
        sign = 1 if quad in (1, 2) else -1
        fig.add_bar(x=wide["month"], y=sign * wide[quad], name=QUAD_LABELS[quad],
                    width=MONTH_BAR_MS, xperiod="M1", xperiodalignment="middle",
                    marker_color=QUAD_COLORS[quad], customdata=wide[quad],
                    hovertemplate="%{x|%b %Y}: %{customdata} " + QUAD_LABELS[quad].lower()
                    + "<extra></extra>")
    fig.add_scatter(x=wide["month"], y=wide["goldstein_mean"], name="Mean Goldstein",
                    mode="lines+markers", yaxis="y2", line=dict(color="#333", width=1.5),
                    marker=dict(size=4), connectgaps=False,
                    hovertemplate="%{x|%b %Y}: Goldstein %{y:+.1f}<extra></extra>")
    fig.update_layout(
        barmode="relative", bargap=0.1,
        yaxis=dict(title="Events (conflict below 0)"),
        yaxis2=dict(title="Goldstein (−10 … +10)", overlaying="y", side="right",
                    range=[-10.5, 10.5], dtick=5, showgrid=False, zeroline=False),
    )
    fig.update_xaxes(title_text="Month")
    if x_range is not None:
        fig.update_xaxes(range=list(x_range))
    return base_layout(fig, title, height)


def pair_matrix_frame(matrix: pd.DataFrame, max_countries: int = 20) -> pd.DataFrame:
    """Symmetric country × country table of event counts for the most active countries."""
    if matrix.empty:
        return pd.DataFrame()
    totals = pd.concat([matrix[["country1", "n_events"]].set_axis(["c", "n"], axis=1),
                        matrix[["country2", "n_events"]].set_axis(["c", "n"], axis=1)])
    top = list(totals.groupby("c")["n"].sum().sort_values(ascending=False).head(max_countries).index)
    table = pd.DataFrame(0, index=top, columns=top, dtype="int64")
    for a, b, n in zip(matrix["country1"], matrix["country2"], matrix["n_events"], strict=True):
        if a in table.index and b in table.index:
            table.loc[str(a), str(b)] = int(n)
            table.loc[str(b), str(a)] = int(n)
    return table


def pair_heatmap(matrix: pd.DataFrame, height: int = 520) -> go.Figure:
    """Heatmap of event counts between the most active countries."""
    table = pair_matrix_frame(matrix)
    fig = go.Figure()
    if not table.empty:
        # Pairs without events stay blank so the active pairs stand out.
        z = table.astype(float).where(table > 0).to_numpy()
        fig.add_heatmap(z=z, x=list(table.columns), y=list(table.index),
                        colorscale="Blues", colorbar=dict(title="Events"),
                        hovertemplate="%{y}–%{x}: %{z} events<extra></extra>", xgap=1, ygap=1)
        fig.update_yaxes(autorange="reversed")
    return base_layout(fig, "Events between country pairs", height)
