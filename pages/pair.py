"""Country pair: cooperation vs conflict for any pair, a side-by-side comparison, all pairs."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from db.filters import EventFilter, parse_pair
from pages import charts, data, filters, ui

flt = ui.current_filter()
st.title(f"{ui.pair_title(flt)}: country pair")
if data.overview()["events"] == 0:
    ui.empty_database()
    ui.stop_page()

pairs = data.pair_options()


def _compare(text: str) -> str:
    a, b = parse_pair(text)
    code = f"{a}-{b}"
    if code not in pairs:
        raise ValueError(text)
    return code


compare_key = filters.page_param("compare", _compare, None)
current = data.pair_code(flt.pair) if flt.pair else None
others = [p for p in pairs if p != current]
if st.session_state.get(compare_key) not in [None, *others]:
    st.session_state[compare_key] = None
compare = st.selectbox("Compare with", others, key=compare_key,
                       placeholder="Pick a second pair to compare side by side",
                       format_func=lambda p: f"{p} · {data.pair_label(parse_pair(p))}")
filters.keep_page_param("compare", compare, compare)


def pair_panel(pair_flt: EventFilter, key: str, height: int,
               x_range: tuple[str, str] | None = None) -> None:
    """Figures and the quad-class chart of one pair under the shared filter."""
    total = data.count_events(pair_flt)
    if total == 0:
        ui.empty_result(pair_flt)
        return
    monthly = data.monthly_counts(pair_flt)
    quads = monthly.groupby("quad_class")["n_events"].sum()
    kinds = monthly.groupby("kind")["n_events"].sum()
    tone = data.mean_tone_by_side(pair_flt)
    cols = st.columns(4)
    cols[0].metric("Events", f"{total:,}")
    cols[1].metric("Meetings", f"{int(kinds.get('meeting', 0)):,}")
    cols[2].metric("Cooperation", f"{int(quads.get(1, 0) + quads.get(2, 0)):,}",
                   help="Verbal and material cooperation (CAMEO quad classes 1 and 2).")
    cols[3].metric("Conflict", f"{int(quads.get(3, 0) + quads.get(4, 0)):,}",
                   help="Verbal and material conflict (CAMEO quad classes 3 and 4).")
    if pair_flt.pair:
        st.caption("Mean tone per side: " + " · ".join(
            f"{data.country_name(s)} {ui.fmt_tone(tone.get(s))}" for s in pair_flt.pair))
    title = f"{data.pair_code(pair_flt.pair)}: cooperation vs conflict" if pair_flt.pair else ""
    st.plotly_chart(data.figure("quad_balance_figure", "monthly_counts", (pair_flt,), title, height,
                                x_range), key=key)


def shared_range(*flts: EventFilter) -> tuple[str, str] | None:
    """One time axis for pairs compared side by side (a month of margin each way)."""
    months = [m for f in flts for m in data.monthly_counts(f)["month"]]
    if not months:
        return None
    pad = pd.Timedelta(days=31)
    return ((min(months) - pad).date().isoformat(), (max(months) + pad).date().isoformat())


if compare and flt.pair:
    other_flt = replace(flt, pair=parse_pair(compare))
    axis = shared_range(flt, other_flt)
    left, right = st.columns(2)
    with left:
        st.markdown(f"#### {data.pair_label(flt.pair)}")
        pair_panel(flt, "pair_main", 380, axis)
    with right:
        st.markdown(f"#### {data.pair_label(parse_pair(compare))}")
        pair_panel(other_flt, "pair_compare", 380, axis)
else:
    pair_panel(flt, "pair_main", 400)

st.markdown("#### All pairs")
matrix = data.pair_matrix(flt)
if matrix.empty:
    st.caption("No two-country events under the current dates and kinds.")
else:
    heat, table = st.columns([3, 2])
    with heat:
        st.plotly_chart(charts.pair_heatmap(matrix), key="pair_heatmap")
    with table:
        shown = matrix.assign(
            pair=matrix["country1"] + "-" + matrix["country2"],
            countries=[data.pair_label((a, b)) for a, b in
                       zip(matrix["country1"], matrix["country2"], strict=True)],
        )[["pair", "countries", "n_events"]]
        st.dataframe(shown, hide_index=True, width="stretch",
                     height=min(480, 38 + 35 * len(shown)),
                     column_config={"pair": "Pair", "countries": "Countries",
                                    "n_events": st.column_config.NumberColumn("Events")})
    ui.download_buttons(flt, ui.file_stem(flt, "events"), key="pair")
