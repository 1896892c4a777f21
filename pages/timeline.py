"""Timeline: every event on a date axis, a detail panel for the selected one, monthly counts."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from pages import data, filters, ui

TIMELINE_MAX_POINTS = 3000
LANES = {"kind": "By kind", "actor": "By actor"}

flt = ui.current_filter()
st.title(f"{ui.pair_title(flt)}: timeline")
lanes_key = filters.page_param("lanes", lambda v: {"kind": "kind", "actor": "actor"}[v], "kind")
event_key = filters.page_param("event", int, None)
if data.overview()["events"] == 0:
    ui.empty_database()
    ui.stop_page()
total = data.count_events(flt)
if total == 0:
    ui.empty_result(flt)
    ui.stop_page()

events = data.events(flt, limit=TIMELINE_MAX_POINTS)

top_left, top_right = st.columns([3, 2])
with top_left:
    shown = f"latest {len(events):,} of {total:,}" if total > len(events) else f"{total:,}"
    noun = "event" if total == 1 else "events"
    st.caption(f"{ui.period_caption(flt)} · {shown} {noun} · click a point to read its evidence")
with top_right:
    lanes = st.segmented_control("Lanes", list(LANES), format_func=LANES.__getitem__,
                                 key=lanes_key, label_visibility="collapsed") or "kind"
filters.keep_page_param("lanes", lanes, None if lanes == "kind" else lanes)

figure = data.figure("timeline_figure", "events_frame", (flt, TIMELINE_MAX_POINTS), lanes)
selection = st.plotly_chart(figure, on_select="rerun", selection_mode="points",
                            key="timeline_chart")


def _point_event_id(point: dict[str, Any]) -> int | None:
    """The event id of a selected point: the first ``customdata`` column."""
    data = point.get("customdata")
    if isinstance(data, (list, tuple)):
        data = data[0] if data else None
    return None if data is None else int(data)


points = selection.selection.points if selection else []
picked = [i for i in (_point_event_id(p) for p in points) if i is not None]
if picked and st.session_state.get("_timeline_last_pick") != picked[0]:
    st.session_state["_timeline_last_pick"] = picked[0]
    st.session_state[event_key] = picked[0]

options: list[int] = events["id"].astype(int).tolist()
chosen = st.session_state.get(event_key)
if chosen is not None and chosen not in options:
    options.append(int(chosen))
labels = {int(i): f"{d} · {k} · {str(s or '')[:90]}"
          for i, d, k, s in zip(events["id"], events["date"], events["kind"], events["summary"],
                                strict=True)}
selected = st.selectbox("Event detail", options, key=event_key,
                        placeholder="Pick an event, or click one in the chart",
                        format_func=lambda i: labels.get(i, f"Event {i}"))
filters.keep_page_param("event", selected, None if selected is None else str(selected))


def detail_panel(event_id: int) -> None:
    """Evidence, actors with roles and every source of one event (all text escaped)."""
    detail = data.event_detail(event_id)
    if detail is None:
        st.warning(f"Event {event_id} is not in the database (any more); pick another one.")
        return
    with st.container(border=True):
        st.markdown(f"##### {ui.md_escape(detail['summary'] or detail['kind'])}")
        tone = ui.fmt_tone(detail.get("tone"))
        st.caption(
            f"{detail['date']} ({detail['date_precision']}) · {detail['kind']} · "
            f"{detail['country1']}–{detail['country2']} · tone {tone}"
            + (f" · Goldstein {detail['goldstein']:+.1f}" if detail.get("goldstein") is not None else "")
            + (f" · {detail['location']}" if detail.get("location") else "")
        )
        if detail.get("quote"):
            speaker = ui.md_escape(detail.get("speaker") or "unknown speaker")
            st.markdown(f"> {ui.md_escape(detail['quote'])}\n>\n> — {speaker}")
        left, right = st.columns(2)
        with left:
            st.markdown("**Actors**")
            if detail["actors"]:
                st.dataframe(pd.DataFrame(detail["actors"]), hide_index=True, width="stretch",
                             column_config={"name": "Actor", "role": "Role", "country": "Country",
                                            "organization": "Organization", "title": "Title"})
            else:
                st.caption("No actors recorded.")
        with right:
            st.markdown("**Sources and evidence**")
            for src in detail["sources"]:
                title = ui.md_escape(src["title"] or src["outlet"] or src["origin"] or "source")
                st.markdown(f"**{title}** · {ui.md_escape(src['outlet'] or '')} "
                            f"{src['published'] or ''}")
                if src.get("evidence"):
                    st.markdown(f"> {ui.md_escape(src['evidence'])}")
                link = ui.safe_url(src.get("url"))
                if link:
                    st.link_button("Open source", link, icon=":material/open_in_new:")
            if not detail["sources"]:
                link = ui.safe_url(detail.get("source_url"))
                st.caption(f"Imported from {detail['origin']} data.")
                if link:
                    st.link_button("Open original report", link, icon=":material/open_in_new:")


if selected is not None:
    detail_panel(int(selected))

st.plotly_chart(
    data.figure("monthly_kind_figure", "monthly_counts", (flt,),
                "Meetings, statements and measures per month",
                ["meeting", "statement", "measure"], 300),
    key="timeline_monthly",
)
st.markdown("#### Events")
ui.events_table(events, ["id", "date", "kind", "summary", "actors", "tone", "source_title",
                         "source_link"])
ui.download_buttons(flt, ui.file_stem(flt, "events"), key="timeline")
