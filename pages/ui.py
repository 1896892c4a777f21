"""Display helpers shared by the pages: escaped text, safe links, downloads, empty states.

Text from articles (summaries, quotes, evidence, names) is untrusted.  It is shown
through :func:`md_escape` (every Markdown/HTML-significant character backslash-escaped)
or in dataframes, never with ``unsafe_allow_html``; links from the data are only shown
when they are http(s).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import runpy
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlparse

import pandas as pd
import streamlit as st

from db.filters import EventFilter

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'])")

DEMO_HINT = (
    "The database has no events yet. Load the demo data with `dyad demo`, or ingest an "
    "article with `dyad ingest FILE --published YYYY-MM-DD` (or use the **Ingest** page)."
)

TONE_HELP = (
    "Average tone (−1 hostile … +1 friendly) of what this side said or did. From articles: "
    "a lexicon score with the lean of the act, and for statements a sign decided by a "
    "classifier learned from our annotated articles (|tone| < 0.2 reads as neutral). "
    "Imported GDELT rows: AvgTone ÷ 10; ICEWS rows have no tone."
)

DOWNLOAD_COLUMNS = [
    "id", "date", "date_precision", "kind", "country1", "country2", "source_country",
    "target_country", "location", "summary", "speaker", "speaker_org", "quote", "tone",
    "goldstein", "quad_class", "actors", "source_title", "source_link", "origin",
]


def md_escape(text: Any) -> str:
    """Markdown-safe text: shows exactly the characters it was given, renders nothing."""
    if text is None:
        return ""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def safe_url(url: Any) -> str | None:
    """The URL if it is a plain http(s) link, else None (no ``javascript:`` or files)."""
    if not isinstance(url, str):
        return None
    parsed = urlparse(url.strip())
    if parsed.scheme in ("http", "https") and parsed.netloc:
        return url.strip()
    return None


def empty_database() -> None:
    st.info(DEMO_HINT, icon=":material/database:")


def empty_result(flt: EventFilter) -> None:
    """What to do when the filter matches nothing (rather than an empty chart)."""
    narrowing = []
    if flt.actors:
        narrowing.append("actors")
    if flt.orgs:
        narrowing.append("organizations")
    if flt.kinds:
        narrowing.append("kinds")
    if flt.q:
        narrowing.append("the search text")
    if flt.date_from or flt.date_to:
        narrowing.append("the date range")
    advice = (
        "Try clearing " + ", ".join(narrowing) + " in the sidebar, or choose another pair."
        if narrowing else "Choose another country pair in the sidebar, or ingest more articles."
    )
    st.info(f"No events match this view. {advice}", icon=":material/filter_alt_off:")


def _download_frame(frame: pd.DataFrame) -> pd.DataFrame:
    columns = [c for c in DOWNLOAD_COLUMNS if c in frame.columns]
    return frame[columns]


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime, pd.Timestamp)):
        return value.isoformat()
    return str(value)


def events_csv(frame: pd.DataFrame) -> bytes:
    return _download_frame(frame).to_csv(index=False).encode("utf-8")


def events_json(frame: pd.DataFrame) -> bytes:
    records = _download_frame(frame).astype(object).where(frame.notna(), None)
    rows = records.to_dict(orient="records")
    return json.dumps(rows, ensure_ascii=False, indent=1, default=_json_default).encode("utf-8")


def filtered_events(flt: EventFilter) -> pd.DataFrame:
    """Every event under the filter (for downloads), read when the button is pressed."""
    from pages import data

    return data.events(flt, limit=None)


def download_buttons(flt: EventFilter, stem: str, key: str) -> None:
    """CSV and JSON downloads of all the filtered events (not only the rows on screen)."""
    row = st.container(horizontal=True)
    row.download_button("Download CSV", data=lambda: events_csv(filtered_events(flt)),
                         file_name=f"{stem}.csv", mime="text/csv", key=f"{key}_csv",
                         icon=":material/download:", on_click="ignore")
    row.download_button("Download JSON", data=lambda: events_json(filtered_events(flt)),
                          file_name=f"{stem}.json", mime="application/json", key=f"{key}_json",
                          icon=":material/download:", on_click="ignore")


def file_stem(flt: EventFilter, what: str) -> str:
    pair = f"{flt.pair[0]}-{flt.pair[1]}" if flt.pair else "all"
    span = "_".join(d.isoformat() for d in (flt.date_from, flt.date_to) if d)
    return "_".join(p for p in ("dyad", what, pair, span) if p)


EVENT_TABLE_CONFIG: dict[str, Any] = {
    "id": st.column_config.NumberColumn("ID", format="%d", width="small"),
    "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD", width="small"),
    "kind": st.column_config.TextColumn("Kind", width="small"),
    "summary": st.column_config.TextColumn("Summary", width="large"),
    "speaker": st.column_config.TextColumn("Speaker"),
    "quote": st.column_config.TextColumn("Quote", width="large"),
    "tone": st.column_config.NumberColumn("Tone", format="%+.2f", width="small"),
    "actors": st.column_config.TextColumn("Actors"),
    "speaker_org": st.column_config.TextColumn("Organization"),
    "source_title": st.column_config.TextColumn("Source"),
    "source_link": st.column_config.LinkColumn("Link", display_text="open", width="small"),
}


ACTOR_TABLE_CONFIG: dict[str, Any] = {  # pixel widths: the Actors ranking fits a laptop page
    "actor": st.column_config.TextColumn("Actor", width=240),
    "country": st.column_config.TextColumn("Country", width=62),
    "organization": st.column_config.TextColumn("Organization", width=140),
    "title": st.column_config.TextColumn("Title / function", width=130),
    "events": st.column_config.NumberColumn("Events", width=56),
    "meetings": st.column_config.NumberColumn("Meetings", width=68),
    "statements": st.column_config.NumberColumn("Statements", width=76),
    "mean_tone": st.column_config.NumberColumn("Mean tone", format="%+.2f", width=76),
}
"""Columns of an actor ranking (the Actors page shows all, the overview the first three)."""


def events_table(frame: pd.DataFrame, columns: list[str], height: int = 360,
                 widths: dict[str, int] | None = None) -> None:
    """A read-only, sortable events table (dataframes render text as text); ``widths``
    (pixels per column) lets a wide table fit the page instead of scrolling sideways."""
    view = frame[[c for c in columns if c in frame.columns]].copy()
    if "source_link" in view.columns:
        view["source_link"] = view["source_link"].map(safe_url)
    for column in ("source_link", "source_title", "speaker", "speaker_org", "actors", "quote"):
        if column in view.columns:  # blank rather than a grey "None" for missing text
            view[column] = view[column].astype(object).where(view[column].notna(), "")
    config = dict(EVENT_TABLE_CONFIG)
    for column, pixels in (widths or {}).items():
        config[column] = dict(config[column], width=pixels)
    st.dataframe(view, hide_index=True, column_config=config,
                 height=min(height, 38 + 35 * max(len(view), 1)), width="stretch")


def fmt_tone(value: float | None) -> str:
    return "–" if value is None or pd.isna(value) else f"{value:+.2f}"


SHELL_MARK = "_dyad_shell_ran"


class PageDone(Exception):
    """Raised by a page that has shown all it can (e.g. an empty result); app.py catches it.

    Unlike ``st.stop()`` it lets the app shell still write the URL and the share link.
    """


def stop_page() -> NoReturn:
    raise PageDone
APP_FILE = Path(__file__).resolve().parents[1] / "app.py"


def current_filter() -> EventFilter:
    """The filter set by the sidebar in this run; every page calls this first.

    Streamlit still treats a folder named ``pages/`` beside the entrypoint as legacy
    auto-discovered pages until ``st.navigation`` has run once in the process (AppTest
    resets that flag on every run).  Then a request for e.g. ``/timeline`` executes the
    page file without ``app.py``: no filter bar, no URL sync.  In that case the legacy
    mode is switched off and ``app.py`` is run right here, in the same script run (so a
    button click is not lost); it runs this page again inside the app shell, after
    which this outer execution stops.
    """
    ss = st.session_state
    if not ss.pop(SHELL_MARK, False):
        from streamlit.runtime.pages_manager import PagesManager

        if PagesManager.uses_pages_directory:
            PagesManager.uses_pages_directory = False
            runpy.run_path(str(APP_FILE), run_name="__main__")
            st.stop()
    flt = ss.get("dyad_filter")
    return flt if isinstance(flt, EventFilter) else EventFilter()


def pair_title(flt: EventFilter) -> str:
    from pages.data import pair_label

    return pair_label(flt.pair) if flt.pair else "All pairs"


def period_caption(flt: EventFilter, first: Any = None, last: Any = None) -> str:
    start = flt.date_from or first
    end = flt.date_to or last
    span = "all dates" if not (start or end) else f"{start or '…'} to {end or '…'}"
    return f"{flt.pair[0]}–{flt.pair[1]} · {span}" if flt.pair else span
