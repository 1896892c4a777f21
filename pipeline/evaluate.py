"""Extraction quality against hand-made gold files (``dyad evaluate``).

Analysts only trust the timeline if its events are right, so the extractor is scored
end to end: each gold file's article goes through the real reader, the real ingest and
the real export into a throwaway SQLite database, and the exported events are compared
with the gold events.  The rules, in one place so that anyone can check a figure:

* **Scope.** Only events involving *both* countries of the gold's pair are scored.  The
  pair is the gold's optional ``"pair"`` field (``"BLR-POL"``), else the most common
  two-country pair among its events (ties: alphabetical), else Belarus-Poland.  A
  predicted event is in scope when its countries include both; a gold event likewise.
* **Match.** A predicted event can match a gold event when (1) the kinds are equal,
  (2) the dates agree, (3) every gold country is among the predicted countries and
  (4) for statements with a gold speaker, the speakers agree (see below).
* **Dates.** Every date is an inclusive day interval by its precision: ``2019-03-05``
  is one day, ``2019-03`` the whole of March, ``2019`` the whole year.  The gold
  interval is widened by ``tolerance_days`` on both sides; the dates agree when the
  predicted interval overlaps it.  So a month gold accepts any day of that month, and
  a predicted month accepts a day gold only when that day (give or take the tolerance)
  falls in the month.  How often the precision itself was right is reported apart.
* **Speakers.** Names are compared case- and accent-folded (:func:`pipeline.types.fold`).
  The gold speaker's forms are the speaker itself, its aliases in
  ``entities.aliases`` and, when the speaker is a shortened entity name ("Ministry of
  National Defence" of "Ministry of National Defence of Poland"), that entity and its
  aliases.  The predicted name stands for itself and, when it is a person of the
  gazetteer, for every spelling the gazetteer lists for that person ("Alyaksandr
  Lukashenka" for a gold "Lukashenko" whose file lists no other spelling).
  A form agrees with a predicted name when the two are equal, when both end
  in the same surname (forms written as a name: every word capitalised), or when a
  multi-word form occurs word for word inside the predicted name.  A body the gold names
  with its country's adjective in front ("Polish Border Guard") is also read with "of
  <country>" behind ("Border Guard of Poland").
* **One to one.** Among all allowed pairs a maximum-cardinality matching is taken (the
  blossom algorithm of networkx), so no ordering of the events can cost a match; among
  matchings of that size the one with the most similar evidence text and closest dates
  wins.  Unmatched gold events are *misses*, unmatched predicted events *spurious*.
* **Figures.** Precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN), per
  kind and overall, summed over all articles (micro-average).  Tone sign is checked on
  matched statements whose gold has a tone: predicted |tone| < ``NEUTRAL_TONE_BAND`` is
  neutral -- the extractor's own band (:data:`pipeline.extraction.tone.NEUTRAL_BAND`,
  0.2) -- and a missing predicted tone is wrong.
  Speaker accuracy is measured on statements matched *without* the speaker condition
  (with it, it would be 100 % by construction).  Location accuracy is checked on
  matched meetings whose gold names a place: right when one folded name contains the
  other word for word ("Warsaw" / "Warsaw, Poland").  The "meeting+statement" row is
  the one the issue's targets are set on.
* **Diagnosis.** Each miss names the extracted event (any pair) whose evidence overlaps
  its own most (word Jaccard >= ``NEAR_EVIDENCE``) and the conditions it failed; each
  spurious event names its nearest gold event likewise, or says it duplicates one.
* **Agreement.** :func:`evaluate_agreement` reads a second annotator's gold file as if it
  were extracted (tone labels as +1, -1, 0) and scores it against the first annotator's
  file of the same article: the figures two people reach are the ceiling to read the
  extractor's against.
* **Gold files.** ``*.gold.json`` in the format of ``shared/data/eval/seed.gold.json``;
  ``"article"`` is looked up beside the gold file, then one folder up (the seed's
  layout); ``"published"`` is passed to the reader as the article's date.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.evaluate_petr import PetrReport, evaluate_petr, parse_petr
from pipeline.evaluate_report import ArticleResult, Counts, GoldReport, Rate
from pipeline.evaluate_rules import (
    KINDS,
    NEUTRAL_TONE_BAND,
    GoldEvent,
    Names,
    Predicted,
    can_match,
    date_span,
    dates_agree,
    evidence_overlap,
    failed_conditions,
    location_agrees,
    match_events,
    speaker_agrees,
    tone_sign,
)
from pipeline.types import InputError

DEFAULT_SCOPE_PAIR = ("BLR", "POL")
GOLD_TONES = ("positive", "negative", "neutral")
NEAR_EVIDENCE = 0.3  # word overlap above which two evidence texts are "the same passage"

__all__ = [
    "NEUTRAL_TONE_BAND",
    "ArticleResult",
    "Counts",
    "GoldEvent",
    "GoldFile",
    "GoldReport",
    "Names",
    "PetrReport",
    "Predicted",
    "Rate",
    "can_match",
    "clear_errors",
    "dates_agree",
    "evaluate_agreement",
    "evaluate_gold",
    "evaluate_petr",
    "find_gold_files",
    "first_annotation",
    "load_gold",
    "match_events",
    "parse_petr",
    "score_article",
    "speaker_agrees",
    "tone_sign",
]


# --------------------------------------------------------------------------- gold files


@dataclass
class GoldFile:
    """A gold file: its article, publication date, events and entity aliases."""

    path: Path
    article_path: Path
    published: dt.date | None
    events: list[GoldEvent]
    aliases: dict[str, list[str]] = field(default_factory=dict)
    entities: dict[str, str] = field(default_factory=dict)  # name -> ISO3
    organizations: frozenset[str] = frozenset()
    pair_override: tuple[str, str] | None = None

    @property
    def names(self) -> Names:
        return Names(aliases=self.aliases, organizations=self.organizations)

    @property
    def pair(self) -> tuple[str, str]:
        """The pair scored for this article (see the module docstring)."""
        if self.pair_override is not None:
            return self.pair_override
        counts: Counter[tuple[str, str]] = Counter()
        for event in self.events:
            cs = sorted(set(event.countries))
            for i, a in enumerate(cs):
                for b in cs[i + 1 :]:
                    counts[(a, b)] += 1
        if not counts:
            return DEFAULT_SCOPE_PAIR
        best = max(counts.values())
        return min(p for p, n in counts.items() if n == best)


def _resolve_article(gold_path: Path, name: str) -> Path:
    """The article file named by a gold file.

    Our gold files name it relative to their own folder; the seed gold names it
    relative to the data folder above its own, so those two folders are tried in turn
    (no further up: a typo must not pick some unrelated file).
    """
    candidate = Path(name)
    folders = (
        [Path("/")] if candidate.is_absolute() else [gold_path.parent, gold_path.parent.parent]
    )
    for folder in folders:
        if (folder / candidate).is_file():
            return folder / candidate
    raise InputError(f"{gold_path}: article {name!r} not found next to the gold file")


def _check_date_text(text: str, *, where: str) -> str:
    try:
        date_span(text)
    except ValueError:
        raise InputError(f"{where}: date {text!r} is not YYYY-MM-DD, YYYY-MM or YYYY") from None
    return text


def load_gold(path: Path) -> GoldFile:
    """Read and check one ``*.gold.json``; errors name the file and the field."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a readable JSON gold file ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise InputError(f"{path}: expected an object with an 'events' list")
    if not isinstance(data.get("article"), str):
        raise InputError(f"{path}: 'article' must name the article file")
    published = None
    if data.get("published"):
        try:
            published = dt.date.fromisoformat(str(data["published"]))
        except ValueError:
            raise InputError(f"{path}: published {data['published']!r} is not YYYY-MM-DD") from None
    events = []
    for n, raw in enumerate(data["events"]):
        where = f"{path}: event {raw.get('id', n) if isinstance(raw, dict) else n}"
        if not isinstance(raw, dict):
            raise InputError(f"{where}: not an object")
        kind = raw.get("kind")
        if kind not in KINDS:
            raise InputError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        countries = raw.get("countries")
        if not isinstance(countries, list) or not countries:
            raise InputError(f"{where}: 'countries' must be a non-empty list of ISO3 codes")
        tone = raw.get("tone")
        if tone is not None and tone not in GOLD_TONES:
            raise InputError(f"{where}: tone {tone!r} is not one of {', '.join(GOLD_TONES)}")
        events.append(
            GoldEvent(
                id=str(raw.get("id", n)),
                kind=kind,
                date=_check_date_text(str(raw.get("date", "")), where=where),
                countries=tuple(str(c).upper() for c in countries),
                tolerance_days=int(raw.get("tolerance_days", 0)),
                speaker=raw.get("speaker") or None,
                location=raw.get("location") or None,
                tone=tone,
                evidence=raw.get("evidence"),
            )
        )
    ents = data.get("entities") or {}
    entities: dict[str, str] = {}
    for group in ("people", "organizations"):
        entities.update({str(k): str(v) for k, v in (ents.get(group) or {}).items()})
    aliases = {str(k): [str(a) for a in v] for k, v in (ents.get("aliases") or {}).items()}
    pair_override = None
    if data.get("pair"):
        from db.filters import parse_pair

        try:
            pair_override = parse_pair(str(data["pair"]))
        except ValueError as exc:
            raise InputError(f"{path}: {exc}") from None
    return GoldFile(
        path=path,
        article_path=_resolve_article(path, data["article"]),
        published=published,
        events=events,
        aliases=aliases,
        entities=entities,
        organizations=frozenset(str(k) for k in (ents.get("organizations") or {})),
        pair_override=pair_override,
    )


def find_gold_files(paths: Iterable[Path]) -> list[Path]:
    """Gold files given directly, plus every ``*.gold.json`` under given directories."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.rglob("*.gold.json")))
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{path}: no such gold file or directory")
    return found


# --------------------------------------------------------------------------- scoring


def _in_scope(countries: Iterable[str], pair: tuple[str, str]) -> bool:
    return set(pair) <= set(countries)


def _gold_row(event: GoldEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "kind": event.kind,
        "date": event.date,
        "countries": list(event.countries),
        "speaker": event.speaker,
        "evidence": event.evidence,
    }


def _pred_row(event: Predicted) -> dict[str, Any]:
    return {
        "id": event.id,
        "kind": event.kind,
        "date": event.date,
        "countries": list(event.countries),
        "speaker": event.speaker,
        "tone": event.tone,
        "evidence": event.evidence,
    }


def _nearest(
    evidence: str | None, candidates: Sequence[Any], threshold: float = NEAR_EVIDENCE
) -> Any | None:
    best, best_score = None, threshold
    for candidate in candidates:
        score = evidence_overlap(evidence, candidate.evidence)
        if score >= best_score:
            best, best_score = candidate, score
    return best


def _explain_miss(gold: GoldEvent, preds: Sequence[Predicted], names: Names) -> str:
    near = _nearest(gold.evidence, preds)
    if near is None:
        return "no event extracted from this evidence"
    failed = failed_conditions(gold, near, names)
    return "nearest event: " + ("; ".join(failed) or "matchable, taken by another gold event")


def _explain_spurious(
    pred: Predicted,
    golds: Sequence[GoldEvent],
    matched: Mapping[str, str],
    names: Names,
) -> str:
    near = _nearest(pred.evidence, golds)
    if near is None:
        return "no gold event has this evidence"
    if near.id in matched and not failed_conditions(near, pred, names):
        return f"duplicate of {near.id} (matched by event {matched[near.id]})"
    failed = failed_conditions(near, pred, names)
    return f"nearest gold {near.id}: " + ("; ".join(failed) or "matchable, but already matched")


def score_article(
    gold: GoldFile, records: Sequence[Mapping[str, Any] | Predicted]
) -> ArticleResult:
    """Compare one article's exported events with its gold events."""
    pair = gold.pair
    preds_all = [r if isinstance(r, Predicted) else Predicted.from_record(r) for r in records]
    golds = [g for g in gold.events if _in_scope(g.countries, pair)]
    preds = [p for p in preds_all if _in_scope(p.countries, pair)]
    result = ArticleResult(
        gold_path=str(gold.path),
        article_path=str(gold.article_path),
        pair=pair,
        gold_events=len(golds),
        predicted_events=len(preds),
        gold_out_of_scope=len(gold.events) - len(golds),
        predicted_out_of_scope=len(preds_all) - len(preds),
    )
    result.counts = {kind: Counts() for kind in KINDS}
    pairs = match_events(golds, preds, gold.names)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    for i, j in pairs:
        g, p = golds[i], preds[j]
        result.counts[g.kind].tp += 1
        result.matches.append({"gold": g.id, "predicted": p.id, "kind": g.kind})
        result.date_precision.add(len(g.date.split("-")) == len(p.date.split("-")))
        if g.kind == "statement" and g.tone is not None:
            sign = tone_sign(p.tone)
            result.tone.add(sign == g.tone)
            result.tone_pairs.append({"gold": g.id, "gold_tone": g.tone, "predicted_tone": p.tone})
        if g.kind == "meeting" and g.location:
            result.location.add(location_agrees(g.location, p.location))
    matched_ids = {golds[i].id: preds[j].id for i, j in pairs}
    for i, g in enumerate(golds):
        if i not in matched_gold:
            result.counts[g.kind].fn += 1
            why = _explain_miss(g, preds_all, gold.names)
            result.misses.append({**_gold_row(g), "why": why})
    for j, p in enumerate(preds):
        if j not in matched_pred:
            result.counts.setdefault(p.kind, Counts()).fp += 1
            why = _explain_spurious(p, gold.events, matched_ids, gold.names)
            result.spurious.append({**_pred_row(p), "why": why})
    # Speaker accuracy: statements matched with the speaker condition dropped.
    gold_st = [g for g in golds if g.kind == "statement" and g.speaker]
    pred_st = [p for p in preds if p.kind == "statement"]
    for i, j in match_events(gold_st, pred_st, gold.names, check_speaker=False):
        g, p = gold_st[i], pred_st[j]
        right = speaker_agrees(g.speaker or "", p.speaker, gold.names)
        result.speaker.add(right)
        if not right:
            result.speaker_errors.append(
                {"gold": g.id, "gold_speaker": g.speaker, "predicted_speaker": p.speaker}
            )
    return result


def extract_records(gold: GoldFile, workdir: Path,
                    failures: list[str] | None = None) -> list[dict[str, Any]]:
    """Read, ingest and export the gold's article in a fresh SQLite database.  An article
    whose extraction raised is stored with no events (ingest names it); its message, with
    the gold file's name, goes to ``failures``."""
    from db.export import export_records
    from db.filters import EventFilter
    from db.session import make_engine, session_scope
    from pipeline.ingest import ingest_articles
    from pipeline.readers import read_path

    articles = read_path(gold.article_path, published=gold.published)
    engine = make_engine(f"sqlite:///{workdir / 'eval.db'}")
    try:
        summary = ingest_articles(engine, articles)
        if failures is not None:
            failures += [f"{gold.path}: {message}" for _name, message in summary.failed]
        with session_scope(engine) as session:
            return [dict(r) for r in export_records(session, EventFilter(pair=None))]
    finally:
        engine.dispose()


def first_annotation(second: GoldFile) -> Path:
    """The first annotator's gold file of the article a second annotation is of: the
    ``*.gold.json`` beside that article, with the article's name."""
    article = second.article_path.resolve()
    return article.with_name(article.name.removesuffix(".md") + ".gold.json")


def evaluate_agreement(paths: Sequence[Path]) -> GoldReport:
    """How far two annotators agree: each second annotator's gold file, its events read as
    if extracted, scored against the first annotator's gold file of the same article by
    the very rules the extractor is scored by.  So the extractor's figures can be read
    against what two careful people reach on the same articles."""
    files = find_gold_files(paths)
    if not files:
        raise InputError("no *.gold.json files found in " + ", ".join(str(p) for p in paths))
    results = []
    for path in files:
        second = load_gold(path)
        reference = first_annotation(second)
        if not reference.is_file():
            raise InputError(f"{path}: no first gold file {reference.name} beside its article")
        first = load_gold(reference)
        results.append(score_article(first, [Predicted.from_gold(e) for e in second.events]))
    return GoldReport(articles=results, tone_band=NEUTRAL_TONE_BAND, failures=[])


def clear_errors(annotators: GoldReport, first: GoldReport,
                 second: GoldReport) -> dict[str, int]:
    """Whether the extractor errs where two annotators differ or where they agree, on
    meetings and statements: a first-gold event it misses that the second annotator also
    lists is a clear miss, a spurious event the second annotator does not list either a
    clear false alarm.  ``annotators`` is :func:`evaluate_agreement`'s report, ``first``
    and ``second`` the extractor's against either annotator's files of the same articles."""
    def article(result: ArticleResult) -> Path:
        return Path(result.article_path).resolve()

    def key(row: Mapping[str, Any]) -> tuple[Any, ...]:
        return row["kind"], row["date"], tuple(row["countries"]), row["evidence"]

    agreed = {article(a): {m["gold"] for m in a.matches} for a in annotators.articles}
    spurious_second = {article(a): {key(r) for r in a.spurious} for a in second.articles}
    counts = dict.fromkeys(("misses_both_list", "misses_only_first_lists",
                            "spurious_neither_lists", "spurious_second_lists"), 0)
    for result in first.articles:
        here = article(result)
        for miss in (m for m in result.misses if m["kind"] in ("meeting", "statement")):
            both = miss["id"] in agreed.get(here, set())
            counts["misses_both_list" if both else "misses_only_first_lists"] += 1
        for extra in (r for r in result.spurious if r["kind"] in ("meeting", "statement")):
            neither = key(extra) in spurious_second.get(here, set())
            counts["spurious_neither_lists" if neither else "spurious_second_lists"] += 1
    return counts


def evaluate_gold(paths: Sequence[Path]) -> GoldReport:
    """Score the extractor on gold files and directories of ``*.gold.json``."""
    files = find_gold_files(paths)
    if not files:
        raise InputError("no *.gold.json files found in " + ", ".join(str(p) for p in paths))
    golds = [load_gold(path) for path in files]  # every file checked before the slow part
    results = []
    failures: list[str] = []
    for gold in golds:
        with tempfile.TemporaryDirectory(prefix="dyad-eval-") as tmp:
            records = extract_records(gold, Path(tmp), failures)
        results.append(score_article(gold, records))
    return GoldReport(articles=results, tone_band=NEUTRAL_TONE_BAND, failures=failures)
