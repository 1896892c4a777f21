"""Ingest: paste, upload or fetch an article, preview its events, then save them.

Reading, extraction and storage are the pipeline's own functions (the same ones the
``dyad ingest`` command uses); this page only collects the input and shows the result.
After a save every cache is cleared so the new events appear on all pages at once.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from pages import data, ui

MAX_UPLOAD_MB = 10
UPLOAD_TYPES = ["txt", "md", "html", "htm", "json", "jsonl", "xml", "rss", "atom"]
MODES = ["Paste text", "Upload file", "URL"]
PREVIEW = "_ingest_preview"

ui.current_filter()  # runs the page inside the app shell (see ui.current_filter)
st.title("Ingest an article")
st.caption("Preview the events the pipeline reads from a text, then store them. The same as "
           "`dyad ingest FILE --published YYYY-MM-DD` on the command line.")

try:
    # spaCy (behind extraction and ingest) is imported only when a button needs it.
    from pipeline.readers import read_path, read_text, read_url
    from pipeline.types import Article, InputError
except ImportError as exc:  # the pipeline is a separate part of the install
    st.error(f"The ingestion pipeline is not available in this installation ({exc}).")
    ui.stop_page()

mode = st.segmented_control("Input", MODES, key="ingest_mode", default=MODES[0]) or MODES[0]
meta_left, meta_mid, meta_right = st.columns(3)
published = meta_left.date_input(
    "Publication date", value=None, key="ingest_published", format="YYYY-MM-DD",
    min_value=dt.date(1900, 1, 1), max_value=dt.date.today(),
    help="Relative dates in the text ('last Tuesday') are resolved against it.",
)
title = meta_mid.text_input("Title (optional)", key="ingest_title", max_chars=300)
outlet = meta_right.text_input("Outlet (optional)", key="ingest_outlet", max_chars=120)

text = ""
upload = None
url = ""
if mode == "Paste text":
    text = st.text_area("Article text", key="ingest_text", height=260,
                        placeholder="Paste the article here; the first line may be its headline.")
elif mode == "Upload file":
    upload = st.file_uploader(
        f"Article file (text, Markdown, HTML, JSON/JSONL or a feed; up to {MAX_UPLOAD_MB} MB)",
        type=UPLOAD_TYPES, key="ingest_file", max_upload_size=MAX_UPLOAD_MB,
    )
else:
    url = st.text_input("Article or feed URL (http/https)", key="ingest_url",
                        placeholder="https://…")


def _overrides() -> dict[str, Any]:
    values = {"published": published, "title": title.strip() or None,
              "outlet": outlet.strip() or None}
    return {k: v for k, v in values.items() if v is not None}


def read_articles() -> list[Article]:
    """The articles of the current input; raises InputError with a readable message."""
    if mode == "Paste text":
        return [read_text(text, origin="<paste>", **_overrides())]
    if mode == "Upload file":
        if upload is None:
            raise InputError("upload: choose a file first")
        if upload.size > MAX_UPLOAD_MB * 1024 * 1024:
            raise InputError(f"{upload.name}: larger than the {MAX_UPLOAD_MB} MB upload limit")
        suffix = Path(upload.name).suffix.lower() or ".txt"
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"upload{suffix}"
            path.write_bytes(upload.getvalue())
            articles = read_path(path, **_overrides())
        for article in articles:
            article.origin = f"upload:{upload.name}"
        return articles
    if not url.strip():
        raise InputError("URL: enter an http or https address first")
    return read_url(url.strip(), **_overrides())


def preview_frame(events: list[Any]) -> pd.DataFrame:
    rows = [{
        "kind": e.kind, "date": e.date, "countries": "–".join(e.countries),
        "summary": e.summary, "speaker": e.speaker.name if e.speaker else None,
        "quote": e.quote, "actors": "; ".join(f"{a.name} ({a.role})" for a in e.actors),
        "tone": e.tone, "evidence": e.evidence,
    } for e in events]
    return pd.DataFrame(rows, columns=["kind", "date", "countries", "summary", "speaker", "quote",
                                       "actors", "tone", "evidence"])


if st.button("Preview extracted events", type="primary", icon=":material/visibility:"):
    st.session_state[PREVIEW] = None
    from pipeline.extraction import extract

    try:
        with st.spinner("Reading and extracting…"):
            articles = read_articles()
            st.session_state[PREVIEW] = [(a, extract(a)) for a in articles]
    except InputError as exc:
        st.error(ui.md_escape(str(exc)), icon=":material/error:")

preview: list[tuple[Article, list[Any]]] | None = st.session_state.get(PREVIEW)
if preview:
    n_events = sum(len(events) for _, events in preview)
    st.markdown(f"#### Preview: {len(preview)} article(s), {n_events} event(s)")
    for article, events in preview[:20]:
        with st.container(border=True):
            st.markdown(f"**{ui.md_escape(article.title or '(untitled)')}**")
            st.caption(f"published {article.published or 'unknown (set the date above)'} · "
                       f"{ui.md_escape(article.outlet or article.origin)}")
            if events:
                st.dataframe(preview_frame(events), hide_index=True, width="stretch",
                             column_config={"date": st.column_config.DateColumn(
                                 "Date", format="YYYY-MM-DD")})
            else:
                st.caption("No events between two countries were found in this text.")
    if st.button("Save to database", icon=":material/save:"):
        from db.migrate import SchemaBehind, require_current
        from pipeline.ingest import ingest_articles

        try:
            require_current(data.engine())
        except SchemaBehind as exc:
            st.error(str(exc), icon=":material/error:")
            st.stop()
        with st.spinner("Storing…"):
            summary = ingest_articles(data.engine(), [a for a, _ in preview])
        data.clear_caches()
        st.session_state[PREVIEW] = None
        st.success(
            f"Stored: {summary.articles_read} article(s) read, {summary.added_events} new "
            f"event(s), {summary.merged_events} merged with known events, "
            f"{summary.skipped_known} already known. Every page now shows them.",
            icon=":material/check_circle:",
        )
        for name, reason in summary.failed:
            st.error(f"{ui.md_escape(name)}: {ui.md_escape(reason)}")
