"""Cached access to the read queries: what every page calls instead of touching SQL.

One engine per database URL lives in ``st.cache_resource``; every query result lives in
``st.cache_data`` with a ttl, keyed on the database URL, the query name and the filter
(a frozen dataclass, so equal filters share one cache entry).  Ingestion calls
:func:`clear_caches` so new events show on every page without a restart.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from sqlalchemy import Engine

from db import queries, source_queries
from db.filters import DEFAULT_PAIR, EventFilter
from db.session import make_engine, resolve_db_url
from pages import charts, network_chart

CACHE_TTL_SECONDS = 600
COUNTRIES_FILE = Path(__file__).with_name("countries.json")


def db_url() -> str:
    return resolve_db_url()


@st.cache_resource(show_spinner=False)
def engine_for(url: str) -> Engine:
    """One pooled engine per URL; creates the schema so an empty database still opens."""
    return make_engine(url)


def engine() -> Engine:
    return engine_for(db_url())


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False, max_entries=512)
def _cached(url: str, query_name: str, *args: Any) -> Any:
    """Run ``<query_name>(conn, *args)`` of :mod:`db.queries` or :mod:`db.source_queries`;
    the arguments are the cache key."""
    module = queries if hasattr(queries, query_name) else source_queries
    query = getattr(module, query_name)
    with engine_for(url).connect() as conn:
        return query(conn, *args)


def run(query_name: str, *args: Any) -> Any:
    return _cached(db_url(), query_name, *args)


@st.cache_resource(ttl=CACHE_TTL_SECONDS, show_spinner=False, max_entries=64)
def _figure(url: str, builder: str, query_name: str, query_args: tuple[Any, ...],
            builder_args: tuple[Any, ...]) -> go.Figure:
    """A built chart, shared and never copied: plotly re-validates figures on unpickling,
    which would cost more than ``st.cache_data`` saves for charts with thousands of points.
    Callers must not modify the returned figure."""
    frame = _cached(url, query_name, *query_args)
    module = network_chart if builder.startswith("network_") else charts
    figure: go.Figure = getattr(module, builder)(frame, *builder_args)
    return figure


def figure(builder: str, query_name: str, query_args: tuple[Any, ...],
           *builder_args: Any) -> go.Figure:
    """``charts.<builder>(<query result>, *builder_args)``, cached on all of its inputs."""
    return _figure(db_url(), builder, query_name, query_args, builder_args)


def clear_caches() -> None:
    """Forget every cached result (after an ingest) so all pages re-read the database."""
    _cached.clear()
    _figure.clear()


@cache
def country_names() -> dict[str, str]:
    loaded: dict[str, str] = json.loads(COUNTRIES_FILE.read_text(encoding="utf-8"))
    return loaded


def country_name(code: str | None) -> str:
    if not code:
        return "unknown"
    return country_names().get(code, code)


def pair_code(pair: tuple[str, str]) -> str:
    return f"{pair[0]}-{pair[1]}"


def pair_label(pair: tuple[str, str]) -> str:
    return f"{country_name(pair[0])} – {country_name(pair[1])}"


# Typed wrappers: one per query the pages use.

def overview() -> dict[str, Any]:
    result: dict[str, Any] = run("data_overview")
    return result


def pairs_present() -> pd.DataFrame:
    result: pd.DataFrame = run("pairs_present")
    return result


def pair_options() -> list[str]:
    """Pair codes for the pair selector: pairs with events, most active first."""
    frame = pairs_present()
    codes = [f"{a}-{b}" for a, b in zip(frame["country1"], frame["country2"], strict=True)]
    return codes or [pair_code(DEFAULT_PAIR)]


def actor_names() -> list[str]:
    result: list[str] = run("actor_names")
    return result


def organization_names() -> list[str]:
    result: list[str] = run("organization_names")
    return result


def resolve_actor_names(names: tuple[str, ...]) -> dict[str, str | None]:
    result: dict[str, str | None] = run("resolve_actor_names", list(names))
    return result


def monthly_counts(flt: EventFilter) -> pd.DataFrame:
    result: pd.DataFrame = run("monthly_counts", flt)
    return result


def count_events(flt: EventFilter) -> int:
    result: int = run("count_events", flt)
    return result


def events(flt: EventFilter, limit: int | None = 2000) -> pd.DataFrame:
    result: pd.DataFrame = run("events_frame", flt, limit)
    return result


def event_detail(event_id: int) -> dict[str, Any] | None:
    result: dict[str, Any] | None = run("event_detail", event_id)
    return result


def tone_by_side(flt: EventFilter) -> pd.DataFrame:
    result: pd.DataFrame = run("tone_by_side", flt)
    return result


def mean_tone_by_side(flt: EventFilter) -> dict[str, float]:
    result: dict[str, float] = run("mean_tone_by_side", flt)
    return result


def actor_ranking(flt: EventFilter) -> pd.DataFrame:
    result: pd.DataFrame = run("actor_ranking", flt)
    return result


def meeting_network(flt: EventFilter) -> pd.DataFrame:
    result: pd.DataFrame = run("meeting_network", flt)
    return result


def actor_profile(name: str) -> dict[str, Any] | None:
    result: dict[str, Any] | None = run("actor_profile", name)
    return result


def pair_matrix(flt: EventFilter) -> pd.DataFrame:
    result: pd.DataFrame = run("pair_matrix", flt)
    return result


def sources(flt: EventFilter) -> pd.DataFrame:
    result: pd.DataFrame = run("sources_frame", flt)
    return result


def imported_files(flt: EventFilter) -> pd.DataFrame:
    result: pd.DataFrame = run("imported_files", flt)
    return result


def source_by_id(source_id: int) -> dict[str, Any] | None:
    result: dict[str, Any] | None = run("source_by_id", source_id)
    return result


def source_events(source_id: int) -> pd.DataFrame:
    result: pd.DataFrame = run("source_events", source_id)
    return result
