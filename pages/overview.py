"""Overview: headline figures for the pair and period, a monthly chart, latest events."""

from __future__ import annotations

import streamlit as st

from pages import data, ui

flt = ui.current_filter()
info = data.overview()
st.title(f"{ui.pair_title(flt)}: overview")
if info["events"] == 0:
    ui.empty_database()
    ui.stop_page()
total = data.count_events(flt)
monthly = data.monthly_counts(flt)
first = f"{monthly['month'].min():%b %Y}" if not monthly.empty else None
last = f"{monthly['month'].max():%b %Y}" if not monthly.empty else None
st.caption(
    f"{ui.period_caption(flt, first, last)} · {total:,} events in view"
    f" · {info['events']:,} in the database"
)
if total == 0:
    ui.empty_result(flt)
    ui.stop_page()

by_kind = monthly.groupby("kind")["n_events"].sum()
tone = data.mean_tone_by_side(flt)
cols = st.columns(6)
for col, kind in zip(cols, ("meeting", "statement", "measure", "incident"), strict=False):
    col.metric(f"{kind.capitalize()}s", f"{int(by_kind.get(kind, 0)):,}")
if flt.pair:
    for col, side in zip(cols[4:], flt.pair, strict=True):
        col.metric(f"Mean tone, {data.country_name(side)} side", ui.fmt_tone(tone.get(side)),
                   help=ui.TONE_HELP)

left, right = st.columns([3, 2])
with left:
    st.plotly_chart(data.figure("monthly_kind_figure", "monthly_counts", (flt,), "Events per month",
                                None, 300),
                    key="overview_monthly")
with right:
    st.markdown("#### Most active actors")
    ranking = data.actor_ranking(flt).head(8)
    if ranking.empty:
        st.caption("No actors recorded for these events.")
    else:
        st.dataframe(  # fits the narrow column; meetings and statements are on Actors
            ranking[["actor", "country", "events"]], hide_index=True,
            width="stretch", height=min(300, 38 + 35 * len(ranking)),
            column_config={c: ui.ACTOR_TABLE_CONFIG[c] for c in ("actor", "country", "events")},
        )

st.markdown("#### Latest events")
latest = data.events(flt, limit=15)
ui.events_table(latest, ["date", "kind", "summary", "actors", "tone", "source_title",
                         "source_link"], height=420)
ui.download_buttons(flt, ui.file_stem(flt, "events"), key="overview")
