"""Actors: ranking of key actors, who met whom, one actor's own timeline and quotes."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from pages import data, filters, ui

flt = ui.current_filter()
st.title(f"{ui.pair_title(flt)}: key actors")


def _known_actor(name: str) -> str:
    if data.actor_profile(name) is None:
        raise ValueError(name)
    return name


person_key = filters.page_param("person", _known_actor, None)
if data.overview()["events"] == 0:
    ui.empty_database()
    ui.stop_page()
if data.count_events(flt) == 0:
    ui.empty_result(flt)
    ui.stop_page()

ranking = data.actor_ranking(flt)
st.caption(f"{ui.period_caption(flt)} · {len(ranking):,} actors · narrow by organization or "
           "ministry in the sidebar")
if ranking.empty:
    st.info("No actors are recorded for the events in this view.", icon=":material/info:")
    ui.stop_page()

st.markdown("#### Ranking")
own_body = ranking["organization"] == ranking["actor"]  # a ministry is its own organization
st.dataframe(
    ranking.assign(organization=ranking["organization"].mask(own_body))
    .fillna({"organization": "", "title": ""})
    [["actor", "country", "organization", "title", "events", "meetings", "statements",
      "mean_tone"]],
    hide_index=True, width="stretch", height=min(460, 38 + 35 * len(ranking)),
    column_config=ui.ACTOR_TABLE_CONFIG,
)
ui.download_buttons(flt, ui.file_stem(flt, "events"), key="actors")

edges = data.meeting_network(flt)
if edges.empty:
    st.markdown("#### Who met whom")
    st.caption("No meetings with two or more recorded actors in this view.")
else:
    countries = dict(zip(ranking["actor"], ranking["country"], strict=True))
    st.plotly_chart(data.figure("network_figure", "meeting_network", (flt,), countries, 460),
                    key="actors_network")


names = ranking["actor"].tolist()
current = st.session_state.get(person_key)
if current is not None and current not in names:
    names.append(current)
person = st.selectbox("Actor detail", names, key=person_key,
                      placeholder="Pick an actor to see their own timeline and quotes")
filters.keep_page_param("person", person, person)

if person is not None:
    profile = data.actor_profile(person) or {}
    with st.container(border=True):
        st.markdown(f"### {ui.md_escape(person)}")
        facts = [data.country_name(profile.get("country")), profile.get("title"),
                 profile.get("organization")]
        st.caption(" · ".join(ui.md_escape(f) for f in facts if f))
        aliases = [a for a in profile.get("aliases", []) if a != person]
        if aliases:
            st.caption("Also written: " + ", ".join(ui.md_escape(a) for a in aliases))
        own = replace(flt, actors=(person,))
        own_events = data.events(own, limit=1000)
        if own_events.empty:
            st.caption("No events for this actor under the current filter.")
        else:
            st.plotly_chart(data.figure("timeline_figure", "events_frame", (own, 1000), "kind", 280),
                            key="actor_timeline")
            quotes = own_events[own_events["quote"].notna() & (own_events["speaker"] == person)]
            st.markdown(f"**Quotes** ({len(quotes)})")
            for r in quotes.head(20).itertuples():
                st.markdown(f"> {ui.md_escape(r.quote)}")
                st.caption(f"{r.date} · tone {ui.fmt_tone(r.tone)} · "
                           f"{ui.md_escape(r.source_title or r.origin)}")
            ui.events_table(own_events, ["date", "kind", "summary", "tone", "source_title",
                                         "source_link"], height=260)
            ui.download_buttons(own, ui.file_stem(own, "actor-events"), key="actor")
