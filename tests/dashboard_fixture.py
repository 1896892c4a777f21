"""A small, fully known database for the dashboard tests, built through the ORM.

Belarus–Poland events 2019–2021 (12 events: 3 meetings, 5 statements, 2 measures,
1 incident, 1 imported GDELT row), a few Belarus–Lithuania and Poland–Ukraine events and
one Belarus-only event.  One quote carries an HTML payload to prove it is shown as text.
Monthly pair statistics are rebuilt with the loaders' own ``db.stats.rebuild_all``.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from streamlit.testing.v1 import AppTest

from db.models import (
    Actor,
    ActorAlias,
    Event,
    EventActor,
    EventSource,
    Organization,
    Source,
)
from db.session import make_engine, session_scope
from db.stats import rebuild_all
from pipeline.types import fold

XSS_QUOTE = "Minsk calls it <img src=x onerror=alert(1)> a provocation"

ORGS = {
    "MFA-BLR": ("Ministry of Foreign Affairs of Belarus", "BLR", "ministry"),
    "MFA-POL": ("Ministry of Foreign Affairs of Poland", "POL", "ministry"),
    "MOD-BLR": ("Ministry of Defence of Belarus", "BLR", "military"),
    "MOD-POL": ("Ministry of National Defence of Poland", "POL", "military"),
    "PRES-LTU": ("Office of the President of Lithuania", "LTU", "government"),
}

# name: (country, title, org key, aliases)
ACTORS: dict[str, tuple[str, str, str | None, list[str]]] = {
    "Alexander Lukashenko": ("BLR", "President of Belarus", None, ["Lukashenka", "Łukaszenka"]),
    "Vladimir Makei": ("BLR", "Foreign Minister", "MFA-BLR", ["Makey"]),
    "Anatoly Glaz": ("BLR", "MFA spokesman", "MFA-BLR", []),
    "Oleg Voinov": ("BLR", "Head of International Cooperation", "MOD-BLR", []),
    "Jacek Czaputowicz": ("POL", "Foreign Minister", "MFA-POL", []),
    "Mariusz Błaszczak": ("POL", "Defence Minister", "MOD-POL", ["Blaszczak"]),
    "Andrzej Duda": ("POL", "President of Poland", None, []),
    "Gitanas Nausėda": ("LTU", "President of Lithuania", "PRES-LTU", ["Nauseda"]),
    "Volodymyr Zelensky": ("UKR", "President of Ukraine", None, []),
}

# (title, outlet, url, published)
SOURCES = {
    "belsat": ("Belarus and Poland hold military consultations", "Belsat",
               "https://belsat.eu/en/news/military-consultations", dt.date(2019, 3, 5)),
    "tvp": ("Border crisis deepens", "TVP World", "https://tvpworld.com/border-crisis",
            dt.date(2021, 11, 10)),
    "lrt": ("Vilnius and Minsk trade accusations", "LRT", "https://lrt.lt/en/news/1", dt.date(2021, 7, 1)),
}

# kind, date, pair, source_country, quad, goldstein, tone, summary, speaker, quote,
# actors [(name, role)], source key
EVENTS: list[dict[str, Any]] = [
    dict(kind="meeting", date=dt.date(2019, 3, 5), pair=("BLR", "POL"), src="BLR", quad=1,
         gold=4.0, tone=0.3, summary="Belarusian and Polish defence ministries hold consultations",
         actors=[("Oleg Voinov", "participant")], source="belsat"),
    dict(kind="statement", date=dt.date(2019, 3, 5), pair=("BLR", "POL"), src="BLR", quad=1,
         gold=1.0, tone=0.4, summary="Voinov praises military dialogue", speaker="Oleg Voinov",
         quote="Our dialogue with Poland is open and predictable.",
         actors=[("Oleg Voinov", "speaker")], source="belsat"),
    dict(kind="meeting", date=dt.date(2019, 6, 12), pair=("BLR", "POL"), src="POL", quad=1,
         gold=4.0, tone=0.2, summary="Makei meets Czaputowicz in Warsaw",
         actors=[("Vladimir Makei", "participant"), ("Jacek Czaputowicz", "participant")]),
    dict(kind="statement", date=dt.date(2020, 8, 20), pair=("BLR", "POL"), src="BLR", quad=3,
         gold=-2.0, tone=-0.6, summary="Lukashenko accuses Poland of interference",
         speaker="Alexander Lukashenko", quote="They want to tear away Grodno.",
         actors=[("Alexander Lukashenko", "speaker")]),
    dict(kind="statement", date=dt.date(2020, 8, 25), pair=("BLR", "POL"), src="POL", quad=3,
         gold=-2.0, tone=-0.3, summary="Czaputowicz rejects accusations",
         speaker="Jacek Czaputowicz", quote="These claims are absurd.",
         actors=[("Jacek Czaputowicz", "speaker")]),
    dict(kind="measure", date=dt.date(2020, 10, 2), pair=("BLR", "POL"), src="BLR", quad=4,
         gold=-5.0, tone=-0.5, summary="Belarus recalls its ambassador from Warsaw",
         actors=[("Vladimir Makei", "leader")]),
    dict(kind="measure", date=dt.date(2021, 5, 26), pair=("BLR", "POL"), src="POL", quad=4,
         gold=-5.0, tone=-0.4, summary="Poland backs new sanctions on Belarus",
         actors=[("Andrzej Duda", "leader")]),
    dict(kind="incident", date=dt.date(2021, 11, 8), pair=("BLR", "POL"), src="BLR", quad=4,
         gold=-7.0, tone=-0.8, summary="Migrants push at the Kuźnica crossing",
         actors=[("Mariusz Błaszczak", "subject")], source="tvp"),
    dict(kind="statement", date=dt.date(2021, 11, 10), pair=("BLR", "POL"), src="BLR", quad=3,
         gold=-2.0, tone=-0.4, summary="Glaz blames Warsaw for the border crisis",
         speaker="Anatoly Glaz", quote=XSS_QUOTE, actors=[("Anatoly Glaz", "speaker")],
         source="tvp"),
    dict(kind="meeting", date=dt.date(2021, 2, 10), pair=("BLR", "POL"), src="POL", quad=1,
         gold=3.0, tone=0.1, summary="Deputy ministers meet on the border regime",
         actors=[("Vladimir Makei", "participant"), ("Jacek Czaputowicz", "participant"),
                 ("Oleg Voinov", "participant")]),
    dict(kind="statement", date=dt.date(2021, 11, 12), pair=("BLR", "POL"), src="POL", quad=3,
         gold=-2.0, tone=-0.5, summary="Błaszczak warns of a hybrid attack",
         speaker="Mariusz Błaszczak", quote="This is a hybrid attack by the Lukashenko regime.",
         actors=[("Mariusz Błaszczak", "speaker")], source="tvp"),
    dict(kind="other", date=dt.date(2019, 10, 24), pair=("BLR", "POL"), src="POL", quad=2,
         gold=3.0, tone=None, summary="GDELT: provide aid", actors=[], origin="gdelt"),
    dict(kind="meeting", date=dt.date(2019, 4, 18), pair=("BLR", "LTU"), src="LTU", quad=1,
         gold=4.0, tone=0.2, summary="Makei visits Vilnius", actors=[("Vladimir Makei", "participant")]),
    dict(kind="statement", date=dt.date(2021, 7, 1), pair=("BLR", "LTU"), src="LTU", quad=3,
         gold=-2.0, tone=-0.6, summary="Nausėda condemns migrant flows", speaker="Gitanas Nausėda",
         quote="This is a hybrid aggression.", actors=[("Gitanas Nausėda", "speaker")], source="lrt"),
    dict(kind="measure", date=dt.date(2021, 8, 3), pair=("BLR", "LTU"), src="LTU", quad=4,
         gold=-4.0, tone=-0.3, summary="Lithuania starts a border fence", actors=[]),
    dict(kind="meeting", date=dt.date(2020, 10, 12), pair=("POL", "UKR"), src="POL", quad=1,
         gold=4.0, tone=0.5, summary="Duda meets Zelensky",
         actors=[("Andrzej Duda", "participant"), ("Volodymyr Zelensky", "participant")]),
    dict(kind="meeting", date=dt.date(2021, 8, 23), pair=("POL", "UKR"), src="UKR", quad=1,
         gold=4.0, tone=0.4, summary="Crimea Platform summit",
         actors=[("Andrzej Duda", "participant"), ("Volodymyr Zelensky", "participant")]),
    dict(kind="statement", date=dt.date(2020, 9, 1), pair=("BLR", "BLR"), src="BLR", quad=3,
         gold=-1.0, tone=-0.2, summary="Domestic speech", speaker="Alexander Lukashenko",
         quote="We will not give up the country.", actors=[("Alexander Lukashenko", "speaker")]),
]


def build_dashboard_db(url: str) -> Engine:
    """Create the fixture database at ``url`` (a fresh SQLite file) and return its engine."""
    engine = make_engine(url)
    with session_scope(engine) as session:
        orgs = {key: Organization(name=n, country=c, sector=s) for key, (n, c, s) in ORGS.items()}
        session.add_all(orgs.values())
        actors: dict[str, Actor] = {}
        for name, (country, title, org_key, aliases) in ACTORS.items():
            actor = Actor(name=name, type="person", country=country, role=title,
                          organization=orgs[org_key] if org_key else None)
            actor.aliases = [ActorAlias(alias=a, alias_key=fold(a)) for a in [name, *aliases]]
            actors[name] = actor
        session.add_all(actors.values())
        sources = {
            key: Source(kind="article", title=t, outlet=o, url=u, published=p, language="en",
                        content_hash=f"hash-{key}", origin=u, text=f"{t}. Body text.")
            for key, (t, o, u, p) in SOURCES.items()
        }
        session.add_all(sources.values())
        session.flush()
        for i, spec in enumerate(EVENTS):
            origin = spec.get("origin", "article")
            c1, c2 = spec["pair"]
            target = c2 if spec["src"] == c1 else c1
            event = Event(
                kind=spec["kind"], date=spec["date"], country1=c1, country2=c2,
                source_country=spec["src"], target_country=target, quad_class=spec["quad"],
                goldstein=spec["gold"], tone=spec["tone"], summary=spec["summary"],
                quote=spec.get("quote"),
                speaker=actors[spec["speaker"]] if spec.get("speaker") else None,
                origin=origin, origin_key=f"fixture-{i}",
                origin_file="20191024143000.export.CSV" if origin == "gdelt" else None,
                source_url="https://example.org/gdelt-row" if origin == "gdelt" else None,
            )
            event.actor_links = [EventActor(actor=actors[n], role=r) for n, r in spec["actors"]]
            if spec.get("source"):
                evidence = spec.get("quote") or spec["summary"]
                event.source_links = [EventSource(source=sources[spec["source"]],
                                                  evidence=evidence, tone=spec["tone"])]
            session.add(event)
    with session_scope(engine) as session:
        rebuild_all(session)  # as the loaders keep it
    return engine


APP = Path(__file__).resolve().parents[1] / "app.py"


def open_page(db_url: str, page: str, params: dict[str, str | list[str]] | None = None,
              timeout: float = 60) -> AppTest:
    """Run the dashboard on ``page`` as if a shared link with ``params`` was opened.

    The first run loads the app (as a browser does on ``/``); the link's query string is
    then put in place and the page run, which is how Streamlit receives a link that
    names a page.
    """
    os.environ["DYAD_DB_URL"] = db_url
    at = AppTest.from_file(str(APP), default_timeout=timeout)
    at.run()
    at.query_params.clear()
    at.query_params.update(params or {})
    at.switch_page(f"pages/{page}.py")
    return at.run()


def widget(at: AppTest, kind: str, label: str) -> Any:
    """The widget of type ``kind`` (e.g. "multiselect") with this label, anywhere."""
    for found in getattr(at, kind):
        if found.label == label:
            return found
    raise LookupError(f"no {kind} labelled {label!r}")


def texts(at: AppTest) -> str:
    """All text elements of the page (markdown, captions, titles, alerts) joined."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning",
                 "error", "success"):
        parts.extend(str(e.value) for e in getattr(at, kind))
    return "\n".join(parts)
