"""Sources: ingested articles and imported files, each with the events read from it."""

from __future__ import annotations

import streamlit as st

from pages import data, filters, ui

flt = ui.current_filter()
st.title(f"{ui.pair_title(flt)}: sources")


def _known_source(text: str) -> int:
    source_id = int(text)
    if data.source_by_id(source_id) is None:
        raise ValueError(text)
    return source_id


source_key = filters.page_param("source", _known_source, None)
info = data.overview()
if info["events"] == 0 and info["sources"] == 0:
    ui.empty_database()
    ui.stop_page()

articles = data.sources(flt)
imports = data.imported_files(flt)
st.caption(f"{ui.period_caption(flt)} · {len(articles):,} articles and {len(imports):,} imported "
           f"files with events in view · {info['sources']:,} sources in the database")
if articles.empty and imports.empty:
    ui.empty_result(flt)
    ui.stop_page()



st.markdown("#### Articles")
if articles.empty:
    st.caption("No ingested article has events in this view.")
else:
    table = articles.assign(link=articles["url"].map(ui.safe_url))
    st.dataframe(
        table[["id", "published", "outlet", "title", "events", "link", "ingested_at"]],
        hide_index=True, width="stretch", height=min(320, 38 + 35 * len(table)),
        column_config={
            "id": st.column_config.NumberColumn("ID", format="%d", width="small"),
            "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD"),
            "outlet": "Outlet", "title": st.column_config.TextColumn("Title", width="large"),
            "events": st.column_config.NumberColumn("Events in view", width="small"),
            "link": st.column_config.LinkColumn("Link", display_text="open", width="small"),
            "ingested_at": st.column_config.DatetimeColumn("Ingested", format="YYYY-MM-DD HH:mm"),
        },
    )
    ids = [int(i) for i in articles["id"]]
    chosen = st.session_state.get(source_key)
    if chosen is not None and chosen not in ids:
        ids.append(int(chosen))
    titles = dict(zip(articles["id"].astype(int), articles["title"].fillna("(untitled)"),
                      strict=True))
    source_id = st.selectbox("Article detail", ids, key=source_key,
                             placeholder="Pick an article to see its events and evidence",
                             format_func=lambda i: f"#{i} · {titles.get(i, 'article')}")
    filters.keep_page_param("source", source_id, None if source_id is None else str(source_id))
    if source_id is not None:
        meta = data.source_by_id(int(source_id)) or {}
        with st.container(border=True):
            st.markdown(f"##### {ui.md_escape(meta.get('title') or '(untitled)')}")
            st.caption(" · ".join(ui.md_escape(str(v)) for v in
                                  (meta.get("outlet"), meta.get("published"), meta.get("origin"))
                                  if v))
            link = ui.safe_url(meta.get("url"))
            if link:
                st.link_button("Open article", link, icon=":material/open_in_new:")
            own = data.source_events(int(source_id))
            own = own.assign(pair=own["country1"] + "–" + own["country2"])
            st.dataframe(
                own[["date", "kind", "pair", "summary", "evidence", "tone"]],
                hide_index=True, width="stretch",
                column_config={"date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
                               "kind": "Kind", "pair": "Pair",
                               "summary": st.column_config.TextColumn("Summary", width="medium"),
                               "evidence": st.column_config.TextColumn("Evidence", width="large"),
                               "tone": st.column_config.NumberColumn("Tone", format="%+.2f")},
            )

st.markdown("#### Imported files")
if imports.empty:
    st.caption("No imported (GDELT, ICEWS, CSV) events in this view.")
else:
    st.dataframe(imports, hide_index=True, width="stretch",
                 column_config={"origin": "Format", "file": "File",
                                "events": st.column_config.NumberColumn("Events in view"),
                                "first": "First event", "last": "Last event"})
ui.download_buttons(flt, ui.file_stem(flt, "events"), key="sources")
