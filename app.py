"""Dyad dashboard entrypoint: navigation, the shared filter bar and the URL of the view.

Run with ``streamlit run app.py``.  The filter bar is drawn here (not in the pages) so
its widgets belong to the entrypoint and keep their values across pages; each page reads
the current filter from the session.  The dashboard only reads the database.

Navigation is drawn with ``st.page_link`` (the built-in menu is hidden) so every link
carries the current filters, and the overview is reachable both at ``/`` and at the
bookmarkable ``/overview``.
"""

from __future__ import annotations

import streamlit as st

from pages import filters, ui

st.set_page_config(page_title="Dyad", page_icon=":material/compare_arrows:", layout="wide")

OVERVIEW = "pages/overview.py"
PAGES = [
    st.Page(OVERVIEW, title="Overview", url_path="overview", icon=":material/dashboard:"),
    st.Page("pages/timeline.py", title="Timeline", url_path="timeline",
            icon=":material/timeline:"),
    st.Page("pages/tone.py", title="Tone", url_path="tone", icon=":material/record_voice_over:"),
    st.Page("pages/actors.py", title="Actors", url_path="actors", icon=":material/groups:"),
    st.Page("pages/pair.py", title="Country pair", url_path="pair", icon=":material/public:"),
    st.Page("pages/sources.py", title="Sources", url_path="sources", icon=":material/article:"),
    st.Page("pages/ingest.py", title="Ingest", url_path="ingest", icon=":material/upload_file:"),
]
HOME = st.Page(OVERVIEW, title="Overview", url_path="home", default=True,
               icon=":material/dashboard:")

page = st.navigation([HOME, *PAGES], position="hidden")
st.sidebar.markdown("## :material/compare_arrows: Dyad")
menu = st.sidebar.container()
st.sidebar.divider()
with st.sidebar:
    st.markdown("#### Filters")
    values = filters.filter_bar()
with menu:
    for entry in PAGES:
        st.page_link(entry, query_params=values.to_params(), width="stretch")
st.session_state["dyad_filter"] = values.to_event_filter()
st.session_state[ui.SHELL_MARK] = True
filters.show_url_warnings()
try:
    page.run()
except ui.PageDone:
    pass  # the page has said what there is to say (e.g. "no events match")
finally:
    filters.write_url()
    with st.sidebar:
        with st.popover("Share this view", icon=":material/link:", width="stretch"):
            st.caption("Copy this link: it opens this page with the same filters.")
            st.code(filters.share_link(page.url_path), language=None, wrap_lines=True)
