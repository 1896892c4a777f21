"""Benchmark: server-side run time of every dashboard page over 100,000 events in SQLite.

Plain script (not collected by pytest)::

    .venv/bin/python tests/benchmarks/bench_pages.py [--events 100000] [--fresh]

It generates a realistic database once (many pairs, thousands of actors and articles,
20 years; SQLAlchemy core bulk inserts) into ``.bench/`` and then, per page, measures
with Streamlit's AppTest:

* cold: caches cleared, first run of the page;
* new filter: a filter value never seen before (queries run, engine warm);
* cached: back to an already seen filter (every query answered by ``st.cache_data``).

Targets: cold < 1.5 s, cached filter change < 0.3 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, insert, text  # noqa: E402

from db.models import (  # noqa: E402
    Actor,
    ActorAlias,
    Event,
    EventActor,
    EventSource,
    Organization,
    Source,
)
from db.session import make_engine  # noqa: E402

COUNTRIES = ["BLR", "POL", "LTU", "LVA", "UKR", "RUS", "DEU", "FRA", "USA", "GBR", "CHN", "EST",
             "CZE", "SVK", "HUN", "ROU", "MDA", "GEO", "ARM", "AZE", "KAZ", "TUR", "ITA", "ESP",
             "SWE", "FIN", "NOR", "DNK", "NLD", "BEL"]
KINDS = ["meeting", "statement", "measure", "incident", "other"]
KIND_WEIGHTS = [0.3, 0.4, 0.15, 0.1, 0.05]
QUAD_OF_KIND = {"meeting": [1, 2], "statement": [1, 3], "measure": [2, 4], "incident": [4, 3],
                "other": [1, 2, 3, 4]}
PAGES = ["overview", "timeline", "tone", "actors", "pair", "sources"]
COLD_TARGET_S = 1.5
CACHED_TARGET_S = 0.3


def generate(engine: Engine, n_events: int, seed: int = 1) -> None:
    """Fill an empty database with ``n_events`` plausible events (bulk core inserts)."""
    rng = random.Random(seed)
    start = dt.date(2005, 1, 1)
    days = (dt.date(2024, 12, 31) - start).days
    pairs = [tuple(sorted((a, b))) for i, a in enumerate(COUNTRIES) for b in COUNTRIES[i + 1:]]
    pair_weights = [500.0 if p == ("BLR", "POL") else 20.0 if "BLR" in p or "POL" in p
                    else 1.0 for p in pairs]
    orgs = [{"id": i + 1, "name": f"Ministry {i} of {c}", "country": c, "sector": "ministry"}
            for i, c in enumerate(rng.choice(COUNTRIES) for _ in range(300))]
    actors: list[dict[str, Any]] = []
    for i in range(4000):
        country = COUNTRIES[i % len(COUNTRIES)]
        org = rng.choice([o for o in orgs if o["country"] == country] or [None])
        actors.append({"id": i + 1, "name": f"Actor {i:04d} {country}", "type": "person",
                       "country": country, "role": "official",
                       "organization_id": org["id"] if org else None})
    by_country: dict[str, list[int]] = {}
    for a in actors:
        by_country.setdefault(str(a["country"]), []).append(int(a["id"]))
    aliases = [{"actor_id": a["id"], "alias": str(a["name"]), "alias_key": str(a["name"]).lower()}
               for a in actors]
    n_sources = n_events // 5
    sources = [{"id": i + 1, "kind": "article", "title": f"Article {i}", "outlet": "Wire",
                "url": f"https://news.example.org/{i}", "published": start + dt.timedelta(
                    days=rng.randrange(days)), "content_hash": f"h{i}", "origin": "bench"}
               for i in range(n_sources)]
    events: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    ev_sources: list[dict[str, Any]] = []
    chosen_pairs = rng.choices(pairs, weights=pair_weights, k=n_events)
    for i, (c1, c2) in enumerate(chosen_pairs, start=1):
        kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
        side = rng.choice((c1, c2))
        speaker = rng.choice(by_country[side]) if kind == "statement" else None
        tone = round(rng.uniform(-1, 1), 3) if kind != "other" else None
        quad = rng.choice(QUAD_OF_KIND[kind])
        events.append({
            "id": i, "kind": kind, "date": start + dt.timedelta(days=rng.randrange(days)),
            "date_precision": "day", "country1": c1, "country2": c2, "source_country": side,
            "target_country": c2 if side == c1 else c1, "quad_class": quad,
            "goldstein": round(rng.uniform(0, 8) * (1 if quad <= 2 else -1), 1), "tone": tone,
            "summary": f"{kind} between {c1} and {c2} on border and trade #{i}",
            "quote": f"Quote number {i} about relations" if kind == "statement" else None,
            "speaker_id": speaker, "origin": "article", "origin_key": f"bench-{i}",
        })
        members = {speaker} if speaker else set()
        for _ in range(rng.randint(1, 3)):
            members.add(rng.choice(by_country[rng.choice((c1, c2))]))
        for actor_id in members:
            role = "speaker" if actor_id == speaker else "participant"
            links.append({"event_id": i, "actor_id": actor_id, "role": role})
        ev_sources.append({"event_id": i, "source_id": rng.randrange(1, n_sources + 1),
                           "evidence": f"Evidence sentence for event {i}.", "tone": tone})
    with engine.begin() as conn:
        conn.execute(insert(Organization), orgs)
        conn.execute(insert(Actor), actors)
        conn.execute(insert(ActorAlias), aliases)
        conn.execute(insert(Source), sources)
        for chunk in range(0, len(events), 20_000):
            conn.execute(insert(Event), events[chunk:chunk + 20_000])
        conn.execute(insert(EventActor), links)
        conn.execute(insert(EventSource), ev_sources)
        conn.execute(text(
            "INSERT INTO monthly_pair_stats (country1, country2, month, kind, quad_class, "
            "n_events, tone_sum, tone_n, goldstein_sum, goldstein_n) "
            "SELECT country1, country2, strftime('%Y-%m-01', date), kind, "
            "coalesce(quad_class, 0), count(*), coalesce(sum(tone), 0), count(tone), "
            "coalesce(sum(goldstein), 0), count(goldstein) FROM events "
            "GROUP BY 1, 2, 3, 4, 5"
        ))
        conn.execute(text("ANALYZE"))


def _sidebar(at: Any, label: str) -> Any:
    for widget in at.sidebar.multiselect:
        if widget.label == label:
            return widget
    raise LookupError(label)


def measure(db_url: str) -> list[tuple[str, float, float, float]]:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from pages.data import clear_caches

    os.environ["DYAD_DB_URL"] = db_url
    results = []
    for name in PAGES:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.run()
        st.cache_data.clear()
        clear_caches()  # query results and built figures
        at.switch_page(f"pages/{name}.py")
        t0 = time.perf_counter()
        at.run()
        cold = time.perf_counter() - t0
        if at.exception:
            raise RuntimeError(f"{name}: {at.exception[0].message}")
        t0 = time.perf_counter()
        _sidebar(at, "Event kinds").set_value(["meeting", "statement"]).run()
        new_filter = time.perf_counter() - t0
        _sidebar(at, "Event kinds").set_value([]).run()
        t0 = time.perf_counter()
        _sidebar(at, "Event kinds").set_value(["meeting", "statement"]).run()
        cached = time.perf_counter() - t0
        results.append((name, cold, new_filter, cached))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--fresh", action="store_true", help="regenerate the database")
    args = parser.parse_args()
    path = ROOT / ".bench" / f"bench_{args.events}.db"
    if args.fresh and path.exists():
        path.unlink()
    db_url = f"sqlite:///{path}"
    if not path.exists():
        t0 = time.perf_counter()
        engine = make_engine(db_url)
        generate(engine, args.events)
        engine.dispose()
        print(f"generated {args.events:,} events in {time.perf_counter() - t0:.1f} s -> {path}")
    rows = measure(db_url)
    print(f"\n{'page':<10} {'cold s':>8} {'new filter s':>13} {'cached s':>9}  verdict")
    for name, cold, new_filter, cached in rows:
        ok = cold < COLD_TARGET_S and cached < CACHED_TARGET_S
        print(f"{name:<10} {cold:>8.3f} {new_filter:>13.3f} {cached:>9.3f}  {'ok' if ok else 'SLOW'}")
    print(f"\ntargets: cold < {COLD_TARGET_S} s, cached filter change < {CACHED_TARGET_S} s")


if __name__ == "__main__":
    main()
