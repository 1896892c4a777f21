"""What counts as a match between a gold event and an extracted one.

The rules are described in full in :mod:`pipeline.evaluate`; they live here, apart from
the code that reads gold files and runs the pipeline, so that each rule can be tested
on hand-built events and read in one sitting.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from pipeline.extraction.gazetteer import load_gazetteer
from pipeline.extraction.tone import NEUTRAL_BAND
from pipeline.types import fold

KINDS = ("meeting", "statement", "measure", "incident", "other")
NEUTRAL_TONE_BAND = NEUTRAL_BAND  # the extractor's own band, so "neutral" means one thing
GOLD_TONE_VALUES = {"positive": 1.0, "negative": -1.0, "neutral": 0.0}


@dataclass(frozen=True)
class GoldEvent:
    """One hand-made expected event."""

    id: str
    kind: str
    date: str  # YYYY-MM-DD | YYYY-MM | YYYY
    countries: tuple[str, ...]
    tolerance_days: int = 0
    speaker: str | None = None
    location: str | None = None
    tone: str | None = None  # positive | negative | neutral
    evidence: str | None = None


@dataclass(frozen=True)
class Predicted:
    """The fields of one exported event that the scorer looks at."""

    id: str
    kind: str
    date: str
    countries: tuple[str, ...]
    date_precision: str = "day"
    speaker: str | None = None
    location: str | None = None
    tone: float | None = None
    evidence: str | None = None

    @classmethod
    def from_gold(cls, event: GoldEvent) -> Predicted:
        """A second annotator's event read as if extracted: its tone label becomes +1, -1
        or 0 (so it falls clearly on its side of the neutral band), its own tolerance is
        not used (the first annotator's is)."""
        return cls(
            id=event.id,
            kind=event.kind,
            date=event.date,
            countries=event.countries,
            date_precision=("year", "month", "day")[event.date.count("-")],
            speaker=event.speaker,
            location=event.location,
            tone=None if event.tone is None else GOLD_TONE_VALUES[event.tone],
            evidence=event.evidence,
        )

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Predicted:
        """From a ``dyad export --format jsonl`` object."""
        speaker = record.get("speaker")
        if isinstance(speaker, Mapping):
            speaker = speaker.get("name")
        tone = record.get("tone")
        return cls(
            id=str(record.get("id")),
            kind=str(record.get("kind")),
            date=str(record.get("date")),
            countries=tuple(record.get("countries") or ()),
            date_precision=str(record.get("date_precision") or "day"),
            speaker=str(speaker) if speaker else None,
            location=record.get("location") or None,
            tone=float(tone) if tone is not None else None,
            evidence=record.get("evidence") or record.get("quote") or record.get("summary"),
        )


def date_span(text: str, precision: str | None = None) -> tuple[dt.date, dt.date]:
    """The inclusive day interval a date stands for (raises ValueError if malformed)."""
    parts = text.strip().split("-")
    if precision == "month":
        parts = parts[:2]
    elif precision == "year":
        parts = parts[:1]
    if len(parts) == 3:
        day = dt.date.fromisoformat(text.strip()[:10])
        return day, day
    year = int(parts[0])
    if len(parts[0]) != 4:
        raise ValueError(text)
    if len(parts) == 2:
        month = int(parts[1])
        start = dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    if len(parts) == 1:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    raise ValueError(text)


def dates_agree(gold: GoldEvent, pred: Predicted) -> bool:
    """The predicted interval overlaps the gold interval widened by the tolerance."""
    g_start, g_end = date_span(gold.date)
    try:
        p_start, p_end = date_span(pred.date, pred.date_precision)
    except ValueError:
        return False
    tol = dt.timedelta(days=gold.tolerance_days)
    return p_start <= g_end + tol and p_end >= g_start - tol


_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _looks_like_name(form: str) -> bool:
    words = form.split()
    return bool(words) and all(w[:1].isupper() for w in words)


def _contains_words(outer: list[str], inner: list[str]) -> bool:
    n = len(inner)
    return n > 0 and any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


@dataclass(frozen=True)
class Names:
    """What a gold file says about names: aliases, and which entities are organisations."""

    aliases: Mapping[str, Sequence[str]] = field(default_factory=dict)
    organizations: frozenset[str] = frozenset()


NamesLike = Names | Mapping[str, Sequence[str]] | None


def as_names(names: NamesLike) -> Names:
    """A plain alias mapping is accepted wherever :class:`Names` is."""
    return names if isinstance(names, Names) else Names(aliases=dict(names or {}))


def speaker_forms(speaker: str, names: NamesLike) -> list[str]:
    """The gold speaker and every name the gold file gives it."""
    aliases = as_names(names).aliases
    forms = [speaker, *aliases.get(speaker, ())]
    key = _words(speaker)
    for entity, entity_aliases in aliases.items():
        if entity != speaker and _contains_words(_words(entity), key):
            forms.extend([entity, *entity_aliases])
    return forms


def is_organization(speaker: str, names: NamesLike) -> bool:
    """Listed as an organisation, or a shortened name of one ("Ministry of ...")."""
    key = _words(speaker)
    return any(_contains_words(_words(org), key) for org in as_names(names).organizations)


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Country adjective -> country name, from the gazetteer's countries table."""
    table: dict[str, str] = {}
    path = Path(__file__).resolve().parent / "data" / "gazetteer" / "countries.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 3 or not cells[1]:
            continue
        for adjective in cells[2].split(";"):
            if adjective.strip():
                table[fold(adjective.strip())] = cells[1].split(";")[0]
    return table


def _country_last(form: str) -> str | None:
    """"Polish Border Guard" -> "Border Guard of Poland": a body named with its country's
    adjective in front is the same body named with "of <country>" behind."""
    form = form.strip()
    if form.lower().startswith("the "):  # an alias "the Polish embassy"
        form = form[4:]
    first, _, rest = form.partition(" ")
    country = _demonyms().get(fold(first))
    return f"{rest} of {country}" if country and rest else None


EMBASSY_AT = re.compile(r"^(?P<body>(?:the )?embassy of .+) in (?P<host>[^,]+)$", re.IGNORECASE)


def host_country_form(form: str) -> str | None:
    """"Embassy of Poland in Minsk" -> "Embassy of Poland in Belarus": an embassy named by
    its host's capital is the one named by its host country (the gold files use both)."""
    found = EMBASSY_AT.match(form.strip())
    if found is None:
        return None
    country = _capitals().get(fold(found["host"]))
    return f"{found['body']} in {country}" if country else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital (folded) -> its country's name, from the gazetteer (as :func:`_demonyms`)."""
    gaz = load_gazetteer()
    return {fold(capital): gaz.country_names.get(country, country)
            for country, capital in gaz.capitals.items()}


def speaker_agrees(gold_speaker: str, predicted: str | None, names: NamesLike) -> bool:
    """Surname, alias or organisation-name agreement (see :mod:`pipeline.evaluate`).

    Surnames are compared for people only: two bodies sharing a last word ("Border
    Guard", "Coast Guard") are not the same speaker.
    """
    if not predicted:
        return False
    # the product's name for a person stands for every spelling its gazetteer lists
    # ("Alyaksandr Lukashenka" is the gold file's "Lukashenko")
    gaz, label = load_gazetteer(), f"person:{predicted}"
    spellings = [*gaz.case_insensitive_forms.get(label, ()),
                 *gaz.case_sensitive_forms.get(label, ())]
    return any(_agrees(gold_speaker, form, names) for form in [predicted, *spellings])


def _agrees(gold_speaker: str, predicted: str, names: NamesLike) -> bool:
    pred_words = _words(predicted)
    if not pred_words:
        return False
    person = not is_organization(gold_speaker, names)
    forms = speaker_forms(gold_speaker, names)
    if not person:  # "Polish Border Guard" is the "Border Guard of Poland"
        forms += [f for f in map(_country_last, forms) if f]
        forms += [f for f in map(host_country_form, forms) if f]
        seated = host_country_form(predicted)  # ("... in Minsk" is "... in Belarus")
        if seated is not None:
            pred_words = _words(seated)
    for form in forms:
        form_words = _words(form)
        if not form_words:
            continue
        if form_words == pred_words:
            return True
        if not person and len(form_words) > 1 and _singular(form_words) == _singular(pred_words):
            return True  # "Belarusian Railway" is "Belarusian Railways" (both in the gold)
        if person and _looks_like_name(form) and form_words[-1] == pred_words[-1]:
            return True
        if len(form_words) > 1 and _contains_words(pred_words, form_words):
            return True
    return False


def _singular(words: Sequence[str]) -> list[str]:
    """A body's name with its last word's plural "s" dropped."""
    return [*words[:-1], words[-1].removesuffix("s")] if words else []


def tone_sign(tone: float | None, band: float = NEUTRAL_TONE_BAND) -> str | None:
    """positive / negative / neutral for a predicted tone in [-1, 1]."""
    if tone is None:
        return None
    if abs(tone) < band:
        return "neutral"
    return "positive" if tone > 0 else "negative"


def location_agrees(gold: str, predicted: str | None) -> bool:
    if not predicted:
        return False
    g, p = _words(gold), _words(predicted)
    return _contains_words(p, g) or _contains_words(g, p)


def can_match(
    gold: GoldEvent,
    pred: Predicted,
    names: NamesLike,
    *,
    check_speaker: bool = True,
) -> bool:
    """The four match conditions of the module docstring."""
    if gold.kind != pred.kind or not set(gold.countries) <= set(pred.countries):
        return False
    if not dates_agree(gold, pred):
        return False
    if check_speaker and gold.kind == "statement" and gold.speaker:
        return speaker_agrees(gold.speaker, pred.speaker, names)
    return True


def _similarity(gold: GoldEvent, pred: Predicted, names: NamesLike) -> float:
    """Tie-breaker among allowed pairs: evidence overlap, date closeness, speaker."""
    overlap = evidence_overlap(gold.evidence, pred.evidence)
    g_start, _ = date_span(gold.date)
    try:
        p_start, _ = date_span(pred.date, pred.date_precision)
        closeness = 1.0 / (1.0 + abs((p_start - g_start).days))
    except ValueError:
        closeness = 0.0
    speaker = 0.0
    if gold.speaker and speaker_agrees(gold.speaker, pred.speaker, names):
        speaker = 1.0
    return overlap + 0.25 * closeness + 0.5 * speaker


def match_events(
    gold: Sequence[GoldEvent],
    predicted: Sequence[Predicted],
    names: NamesLike = None,
    *,
    check_speaker: bool = True,
) -> list[tuple[int, int]]:
    """One-to-one matching as (gold index, predicted index), sorted by gold index."""
    names = as_names(names)
    graph = nx.Graph()
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if can_match(g, p, names, check_speaker=check_speaker):
                graph.add_edge(("g", i), ("p", j), weight=1.0 + _similarity(g, p, names))
    pairs = []
    for a, b in nx.max_weight_matching(graph, maxcardinality=True):
        g_node, p_node = (a, b) if a[0] == "g" else (b, a)
        pairs.append((int(g_node[1]), int(p_node[1])))
    return sorted(pairs)


def evidence_overlap(a: str | None, b: str | None) -> float:
    """Word-set Jaccard overlap of two evidence texts (0 when either is missing)."""
    wa, wb = set(_words(a or "")), set(_words(b or ""))
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def failed_conditions(gold: GoldEvent, pred: Predicted, names: NamesLike) -> list[str]:
    """Which match conditions a gold/predicted pair fails, in words (for diagnosis)."""
    failed = []
    if gold.kind != pred.kind:
        failed.append(f"kind {pred.kind} (gold {gold.kind})")
    if not dates_agree(gold, pred):
        failed.append(f"date {pred.date} (gold {gold.date} ±{gold.tolerance_days}d)")
    if not set(gold.countries) <= set(pred.countries):
        failed.append(f"countries {'-'.join(pred.countries)} (gold {'-'.join(gold.countries)})")
    if gold.kind == "statement" and gold.speaker:
        if not speaker_agrees(gold.speaker, pred.speaker, names):
            failed.append(f"speaker {pred.speaker or 'none'} (gold {gold.speaker})")
    return failed
