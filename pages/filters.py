"""The shared filter bar and the URL it lives in.

Every filter and every page-level choice is mirrored in the query string so a link
reproduces the exact view.  The URL is read when a session starts (or when it changes
under us, e.g. a link to another view), validated, and turned into widget state; after
each run the current state is written back.  Filter widgets live in the entrypoint
(``app.py``), so their values survive moving between pages; page-level choices keep a
shadow copy in the session for the same reason.

Parsing is a pure function (:func:`parse_filter_params`): anything that does not
validate becomes a warning and falls back to the default, never an exception.  Values
only ever reach SQL through :class:`db.filters.EventFilter` as bound parameters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlencode

import streamlit as st

from db.filters import DEFAULT_PAIR, EventFilter, parse_pair
from db.models import EVENT_KINDS
from pages import data

FILTER_PARAMS = ("pair", "from", "to", "actor", "org", "kind", "q")
MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)
MAX_QUERY_CHARS = 200
MAX_LIST_VALUES = 50

KEY = {"pair": "f_pair", "from": "f_from", "to": "f_to", "actor": "f_actor", "org": "f_org",
       "kind": "f_kind", "q": "f_q"}
URL_FILTERS = "_dyad_url_filters"  # the filter part of the URL as last written
URL_PAGE = "_dyad_url_page"  # page-level params as last written
PAGE_PARAMS = "_dyad_page_params"  # page-level params registered in this run
WARNINGS = "_dyad_warnings"

T = TypeVar("T")


@dataclass(frozen=True)
class FilterValues:
    """The filter bar's values in URL terms (pair as ``AAA-BBB``)."""

    pair: str = f"{DEFAULT_PAIR[0]}-{DEFAULT_PAIR[1]}"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    actors: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    q: str = ""

    def to_event_filter(self) -> EventFilter:
        return EventFilter(
            pair=parse_pair(self.pair), date_from=self.date_from, date_to=self.date_to,
            actors=self.actors, orgs=self.orgs, kinds=self.kinds, q=self.q or None,
        )

    def to_params(self) -> dict[str, list[str]]:
        """Query parameters for this view; empty filters are left out to keep links short."""
        params: dict[str, list[str]] = {"pair": [self.pair]}
        if self.date_from:
            params["from"] = [self.date_from.isoformat()]
        if self.date_to:
            params["to"] = [self.date_to.isoformat()]
        if self.actors:
            params["actor"] = list(self.actors)
        if self.orgs:
            params["org"] = list(self.orgs)
        if self.kinds:
            params["kind"] = list(self.kinds)
        if self.q:
            params["q"] = [self.q]
        return params


@dataclass
class ParseContext:
    """What the URL is validated against (taken from the database)."""

    pairs: list[str]
    default_pair: str
    organizations: list[str]
    resolve_actors: Callable[[tuple[str, ...]], dict[str, str | None]]
    warnings: list[str] = field(default_factory=list)


def _clean(text: str) -> str:
    """Control characters (NUL included, which PostgreSQL refuses) never leave the URL."""
    return "".join(c for c in text if c.isprintable())


def _split_values(values: list[str]) -> list[str]:
    """Repeated parameters and comma lists both work: ``actor=A&actor=B`` or ``actor=A,B``."""
    out: list[str] = []
    for value in values:
        out.extend(v.strip() for v in _clean(value).split(",") if v.strip())
    return list(dict.fromkeys(out))[:MAX_LIST_VALUES]


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"


def _parse_date(name: str, values: list[str], ctx: ParseContext) -> dt.date | None:
    if not values or not values[0].strip():
        return None
    text = _clean(values[0]).strip()
    try:
        value = dt.date.fromisoformat(text)
    except ValueError:
        ctx.warnings.append(f"Ignored `{name}={_short(text)}`: dates are written YYYY-MM-DD.")
        return None
    if not MIN_DATE <= value <= MAX_DATE:
        ctx.warnings.append(f"Ignored `{name}={text}`: outside {MIN_DATE.year}–{MAX_DATE.year}.")
        return None
    return value


def _parse_pair(values: list[str], ctx: ParseContext) -> str:
    if not values:
        return ctx.default_pair
    text = _clean(values[0])
    try:
        a, b = parse_pair(text)
    except ValueError:
        ctx.warnings.append(
            f"Ignored `pair={_short(text)}`: expected two country codes like BLR-POL; "
            f"showing {ctx.default_pair}."
        )
        return ctx.default_pair
    code = f"{a}-{b}"
    if code not in ctx.pairs:
        ctx.warnings.append(f"No events for the pair {code} in the database; showing {ctx.default_pair}.")
        return ctx.default_pair
    return code


def parse_filter_params(raw: Mapping[str, list[str]], ctx: ParseContext) -> FilterValues:
    """Validate query parameters into filter values; problems go to ``ctx.warnings``."""
    pair = _parse_pair(raw.get("pair", []), ctx)
    date_from = _parse_date("from", raw.get("from", []), ctx)
    date_to = _parse_date("to", raw.get("to", []), ctx)
    if date_from and date_to and date_from > date_to:
        ctx.warnings.append(
            f"Ignored the dates: `from={date_from}` is after `to={date_to}`; showing all dates."
        )
        date_from = date_to = None
    actors: list[str] = []
    requested = tuple(_split_values(raw.get("actor", [])))
    if requested:
        resolved = ctx.resolve_actors(requested)
        unknown = [name for name in requested if not resolved.get(name)]
        if unknown:
            ctx.warnings.append("Unknown actor ignored: " + ", ".join(_short(n) for n in unknown))
        actors = list(dict.fromkeys(v for v in resolved.values() if v))
    orgs: list[str] = []
    by_lower = {o.lower(): o for o in ctx.organizations}
    for name in _split_values(raw.get("org", [])):
        if name.lower() in by_lower:
            orgs.append(by_lower[name.lower()])
        else:
            ctx.warnings.append(f"Unknown organization ignored: {_short(name)}")
    kinds: list[str] = []
    for kind in _split_values(raw.get("kind", [])):
        if kind.lower() in EVENT_KINDS:
            kinds.append(kind.lower())
        else:
            ctx.warnings.append(
                f"Unknown event kind ignored: {_short(kind)} (kinds: {', '.join(EVENT_KINDS)})"
            )
    q_values = raw.get("q", [])
    q = " ".join(_clean(q_values[0]).split())[:MAX_QUERY_CHARS] if q_values else ""
    return FilterValues(pair, date_from, date_to, tuple(actors), tuple(dict.fromkeys(orgs)),
                        tuple(dict.fromkeys(kinds)), q)


def _read_url(names: tuple[str, ...]) -> dict[str, list[str]]:
    return {n: st.query_params.get_all(n) for n in names if st.query_params.get_all(n)}


def _default_pair(pairs: list[str]) -> str:
    wanted = f"{DEFAULT_PAIR[0]}-{DEFAULT_PAIR[1]}"
    return wanted if wanted in pairs or not pairs else pairs[0]


def _set_widgets(values: FilterValues) -> None:
    ss = st.session_state
    ss[KEY["pair"]] = values.pair
    ss[KEY["from"]] = values.date_from
    ss[KEY["to"]] = values.date_to
    ss[KEY["actor"]] = list(values.actors)
    ss[KEY["org"]] = list(values.orgs)
    ss[KEY["kind"]] = list(values.kinds)
    ss[KEY["q"]] = values.q


def _sync_from_url(pairs: list[str], actors: list[str], orgs: list[str]) -> None:
    """Load the URL into the widgets when the session starts or the URL was changed."""
    ss = st.session_state
    raw = _read_url(FILTER_PARAMS)
    if URL_FILTERS in ss and (not raw or raw == ss[URL_FILTERS]):
        # Same URL as we wrote, or a page switch that dropped the query string.
        _repair_stale_state(pairs, actors, orgs)
        return
    ctx = ParseContext(pairs, _default_pair(pairs), orgs, data.resolve_actor_names)
    values = parse_filter_params(raw, ctx)
    _set_widgets(values)
    ss[WARNINGS] = (ctx.warnings, values.to_params())


def _repair_stale_state(pairs: list[str], actors: list[str], orgs: list[str]) -> None:
    """After an ingest the options change; drop selections that no longer exist."""
    ss = st.session_state
    if ss.get(KEY["pair"]) not in pairs:
        ss[KEY["pair"]] = _default_pair(pairs)
    known_actors = set(actors)
    ss[KEY["actor"]] = [a for a in ss.get(KEY["actor"], []) if a in known_actors]
    known_orgs = set(orgs)
    ss[KEY["org"]] = [o for o in ss.get(KEY["org"], []) if o in known_orgs]


def _pair_format(code: str) -> str:
    a, b = code.split("-")
    return f"{code} · {data.country_name(a)} – {data.country_name(b)}"


def filter_bar() -> FilterValues:
    """Draw the filter bar (call inside ``st.sidebar``) and return its current values."""
    ss = st.session_state
    pairs = data.pair_options()
    actors = data.actor_names()
    orgs = data.organization_names()
    _sync_from_url(pairs, actors, orgs)
    st.selectbox("Country pair", pairs, key=KEY["pair"], format_func=_pair_format,
                 help="Events between these two countries (any pair present in the data).")
    left, right = st.columns(2)
    left.date_input("From", key=KEY["from"], min_value=MIN_DATE, max_value=MAX_DATE,
                    format="YYYY-MM-DD")
    right.date_input("To", key=KEY["to"], min_value=MIN_DATE, max_value=MAX_DATE,
                     format="YYYY-MM-DD")
    st.multiselect("Actors", actors, key=KEY["actor"], placeholder="Any actor")
    st.multiselect("Organizations / ministries", orgs, key=KEY["org"],
                   placeholder="Any organization")
    st.multiselect("Event kinds", list(EVENT_KINDS), key=KEY["kind"], placeholder="All kinds")
    st.text_input("Search summaries and quotes", key=KEY["q"], max_chars=MAX_QUERY_CHARS,
                  placeholder="e.g. border")
    values = FilterValues(
        pair=ss[KEY["pair"]], date_from=ss[KEY["from"]], date_to=ss[KEY["to"]],
        actors=tuple(ss[KEY["actor"]]), orgs=tuple(ss[KEY["org"]]),
        kinds=tuple(ss[KEY["kind"]]), q=" ".join(str(ss[KEY["q"]] or "").split()),
    )
    if values.date_from and values.date_to and values.date_from > values.date_to:
        st.warning("The start date is after the end date; showing all dates.")
        values = FilterValues(values.pair, None, None, values.actors, values.orgs,
                              values.kinds, values.q)
    ss[URL_FILTERS] = values.to_params()
    ss[PAGE_PARAMS] = {}
    return values


def show_url_warnings() -> None:
    """Warnings from the last URL parse, shown until the analyst changes the view."""
    stored = st.session_state.get(WARNINGS)
    if not stored:
        return
    warnings, params_then = stored
    if params_then != st.session_state.get(URL_FILTERS):
        st.session_state[WARNINGS] = None
        return
    for text in warnings:
        st.warning(text, icon=":material/link_off:")


def page_param(name: str, parse: Callable[[str], T], default: T) -> str:
    """Prepare the session key of a page-level choice from the URL; returns that key.

    The page creates its widget with this key, then calls :func:`keep_page_param`.
    A value that does not parse gives a warning and the default.
    """
    ss = st.session_state
    key = f"p_{name}"
    raw = st.query_params.get(name)
    raw = None if raw is None else _clean(raw)
    written = ss.get(URL_PAGE, {}).get(name)
    if raw is not None and raw != written:
        try:
            ss[key] = parse(raw)
        except (ValueError, KeyError):
            st.warning(f"Ignored `{name}={_short(raw)}` in the link; showing the default.",
                       icon=":material/link_off:")
            ss[key] = default
    elif key not in ss:
        ss[key] = ss.get(f"_keep_{key}", default)
    # Registered now so the choice stays in the URL even if the page stops early.
    value = ss[key]
    keep_page_param(name, value, None if value is None or value == default else str(value))
    return key


def keep_page_param(name: str, value: Any, text: str | None) -> None:
    """Record a page-level choice for the URL (``text=None`` leaves it out)."""
    ss = st.session_state
    ss[f"_keep_p_{name}"] = value
    ss.setdefault(PAGE_PARAMS, {})[name] = text


def current_params() -> dict[str, list[str]]:
    """The full query string of the current view: filters plus this page's choices."""
    ss = st.session_state
    params = dict(ss.get(URL_FILTERS) or {})
    for name, text in (ss.get(PAGE_PARAMS) or {}).items():
        if text is not None:
            params[name] = [text]
    return params


def write_url() -> None:
    """Put the current view into the address bar (only when it changed)."""
    ss = st.session_state
    params = current_params()
    ss[URL_PAGE] = {k: v[0] for k, v in params.items() if k not in FILTER_PARAMS}
    now = {k: st.query_params.get_all(k) for k in st.query_params}
    if now != params:
        st.query_params.from_dict(params)


def share_link(url_path: str) -> str:
    """The full link to this view, ready to paste."""
    base = (st.context.url or "http://localhost:8501/").rstrip("/")
    page = f"/{url_path}" if url_path else ""
    return f"{base}{page}?{urlencode(current_params(), doseq=True)}"
