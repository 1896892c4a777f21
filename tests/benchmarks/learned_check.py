"""Can a model learned from the gold files improve the extractor?  (``make learned``)

WHY: rule fixes written on the development articles stopped moving fresh text, so the
next step proposed was a learned component trained on the gold files.  Before building
one into the pipeline, this benchmark measures the two simplest such components on the
extractor's own output, honestly:

* **filter** -- a classifier scores every Belarus-Poland meeting and statement the
  extractor finds and drops those under a threshold (the gold says which were right);
* **completion** -- a classifier picks, among one-sided statements by a side of the
  article's story pair, those that are about the pair and gives them the other side
  (a rule doing that for all of them was rejected: +56 TP, +178 FP on development);
* **tone** -- a three-way classifier (positive / negative / neutral) reads the sign of
  each matched statement from the rule tone's sign and strength, the CAMEO code and the
  evidence's lemmas and lemma pairs; scored as ``make eval`` scores the rule tone, once
  as fitted and once with balanced class weights (without the set's share of hostile
  statements as a prior), with the spread of signs each predicts.  The balanced one
  (``--tone-c`` 0.3) beat the rules on held-out text three rounds running and now ships
  (:mod:`pipeline.extraction.tone_model`, fitted by ``make tone-model``); so every article
  here is extracted with the rule tone only, which is what the classifier reads, and the
  "rules" line is the rule tone the pipeline no longer ships.

Features are sparse and generic (kind, CAMEO code, how far the date lies from
publication and at what precision, speaker and actor types, tone band, countries named
in the evidence, position in the article, the evidence's content lemmas); the model is
scikit-learn's L2 logistic regression.  Development figures are five-fold
cross-validated *by article* (no article scores a model that saw it); held-out figures
come from a model fitted on all development articles, and print totals only (the
held-out texts are not for reading).  Meetings and statements are counted as
``make eval`` counts them, micro-averaged.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc  # noqa: E402

from db.export import format_date  # noqa: E402
from pipeline.evaluate import load_gold, score_article, tone_sign  # noqa: E402
from pipeline.extraction.tone_model import text_key, tone_features  # noqa: E402
from pipeline.types import ExtractedEvent  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
OUTPUT = ROOT / ".bench" / "learned.json"
SCORED = ("meeting", "statement")
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN", "ADV"})
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


def _bucket(value: int, limits: Sequence[int]) -> str:
    return next((str(limit) for limit in limits if value <= limit), f">{limits[-1]}")


def _days(event: ExtractedEvent, published: dt.date | None) -> str:
    if published is None:
        return "unknown"
    days = (published - event.date).days
    return "after" if days < 0 else _bucket(days, (0, 1, 3, 7, 31, 365))


def features(event: ExtractedEvent, doc: Doc, published: dt.date | None,
             events: Sequence[ExtractedEvent], named: Sequence[tuple[int, str, str]]) -> list[str]:
    """The sparse features of one event among its article's events; ``named`` lists the
    article's country-bearing mentions as (token, mention kind, country)."""
    kind = event.kind
    out = [f"kind={kind}"]

    def add(name: str) -> None:
        out.append(f"{kind}|{name}")

    code = event.cameo_code or "--"
    add(f"cameo={code}")
    add(f"root={code[:2]}")
    add(f"precision={event.date_precision}")
    add(f"days={_days(event, published)}|{event.date_precision}")
    add(f"days={_days(event, published)}")
    add(f"speaker={event.speaker.type if event.speaker else '-'}")
    add(f"quote={event.quote is not None}")
    tone = event.tone
    add("tone=" + ("-" if tone is None else "neg" if tone <= -0.2 else
                   "pos" if tone >= 0.2 else "neutral"))
    add(f"actors={_bucket(len(event.actors), (0, 1, 2, 3))}")
    for name in sorted({f"actor={a.type}/{a.role}" for a in event.actors}):
        add(name)
    add(f"countries={len(set(event.countries))}")
    add(f"location={event.location is not None}")
    add(f"same_evidence={_bucket(sum(e.char_start == event.char_start for e in events), (1, 2, 3))}")
    add(f"same_pair={_bucket(sum(e.kind == kind and e.pair == event.pair for e in events), (1, 2, 4, 8))}")
    if event.char_start is None or event.char_end is None:
        return out
    span = doc.char_span(event.char_start, event.char_end, alignment_mode="expand")
    if span is None:
        return out
    add(f"position={min(4, int(5 * event.char_start / max(1, len(doc.text))))}")
    paragraph_end = doc.text.find("\n\n")
    add(f"lede={paragraph_end < 0 or event.char_start < paragraph_end}")
    add(f"length={_bucket(len(span), (10, 20, 35, 60))}")
    ents = Counter(ent.label_ for ent in span.ents)
    for label in ("PERSON", "ORG", "GPE", "NORP", "DATE"):
        add(f"ents_{label}={_bucket(ents[label], (0, 1, 2))}")
    inside = {(k, c) for start, k, c in named if span.start <= start < span.end}
    countries = {c for _k, c in inside}
    add(f"named_countries={_bucket(len(countries), (0, 1, 2))}")
    add(f"names_third={bool(countries - set(event.countries))}")
    for c in sorted(set(event.countries)):
        add(f"names_side={c in countries}")
    for lemma in sorted({t.lemma_.lower() for t in span if t.pos_ in CONTENT_POS and t.is_alpha}):
        add(f"lemma={lemma}")
    for token in span:
        if token.dep_ == "ROOT":
            add(f"root_lemma={token.lemma_.lower()}")
            add(f"root_tag={token.tag_}")
    return out


def _records(events: Sequence[ExtractedEvent]) -> list[dict[str, Any]]:
    """The events as the scorer reads exported ones, with their list index as id: the
    database is skipped so that every labelled row points back at its event."""
    return [{"id": str(i), "kind": e.kind, "date": format_date(e.date, e.date_precision),
             "date_precision": e.date_precision, "countries": sorted(set(e.countries)),
             "speaker": e.speaker.name if e.speaker else None, "location": e.location,
             "tone": e.tone, "evidence": e.evidence} for i, e in enumerate(events)]


def article_rows(path: str) -> dict[str, Any]:
    """One gold article: the labelled rows of both experiments and its scored counts."""
    from pipeline.extraction import load_nlp
    from pipeline.extraction.aboutness import retarget
    from pipeline.extraction.article import extract_doc
    from pipeline.extraction.entities import find_mentions
    from pipeline.readers import read_path

    gold = load_gold(Path(path))
    article = read_path(gold.article_path, published=gold.published)[0]
    doc = load_nlp()(article.text)
    events = extract_doc(doc, article.published, learned_tone=False)  # the rule tone
    named = [(m.start, m.kind, m.country) for m in find_mentions(doc, article.published).mentions
             if m.country]
    result = score_article(gold, _records(events))
    matched = {m["predicted"] for m in result.matches}
    counts = {k: [c.tp, c.fp, c.fn] for k, c in result.counts.items()}
    filter_rows = [{"label": int(str(i) in matched), "features": features(e, doc, article.published,
                                                                           events, named)}
                   for i, e in enumerate(events)
                   if e.kind in SCORED and set(gold.pair) <= set(e.countries)]
    tally = Counter(e.countries for e in events if len(e.countries) == 2)
    story = tally.most_common(1)[0][0] if tally else ()
    candidates = [i for i, e in enumerate(events)
                  if set(story) == set(gold.pair) and e.kind == "statement"
                  and len(set(e.countries)) == 1 and e.source_country in story
                  and not any(o.kind == "statement" and o.char_start == e.char_start
                              and o.countries == story for o in events)]
    completion_rows = []
    if candidates:
        completed = copy.deepcopy(events)
        for i in candidates:
            side = completed[i].source_country or ""
            retarget(completed[i], side, story[1] if story[0] == side else story[0])
        now = {m["predicted"] for m in score_article(gold, _records(completed)).matches}
        completion_rows = [{"label": int(str(i) in now),
                            "features": features(events[i], doc, article.published, events,
                                                 named)} for i in candidates]
    golds = {g.id: g for g in gold.events}
    tone_rows = []
    for match in result.matches:
        said, event = golds[match["gold"]], events[int(match["predicted"])]
        if said.kind == "statement" and said.tone is not None:
            tone_rows.append({"label": said.tone, "rule": tone_sign(event.tone),
                              "features": tone_features(event, doc)})
    return {"article": Path(path).name, "key": text_key(article.text), "counts": counts,
            "filter": filter_rows, "completion": completion_rows, "tone": tone_rows}


def collect(paths: Sequence[Path], processes: int = 2) -> list[dict[str, Any]]:
    with Pool(processes) as pool:
        return list(pool.imap(article_rows, [str(p) for p in paths], chunksize=4))


def totals(articles: Sequence[dict[str, Any]]) -> tuple[int, int, int]:
    tp = sum(a["counts"][k][0] for a in articles for k in SCORED)
    fp = sum(a["counts"][k][1] for a in articles for k in SCORED)
    fn = sum(a["counts"][k][2] for a in articles for k in SCORED)
    return tp, fp, fn


def fit_rows(rows: Sequence[dict[str, Any]], c: float, balanced: bool = False) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(DictVectorizer(), LogisticRegression(
        C=c, max_iter=5000, class_weight="balanced" if balanced else None))
    return model.fit(row_inputs(rows), [r["label"] for r in rows])


def row_inputs(rows: Sequence[dict[str, Any]]) -> list[dict[str, int]]:
    """The rows as the vectoriser reads them: each feature present once."""
    return [dict.fromkeys(r["features"], 1) for r in rows]


def _predict(model: Any, rows: Sequence[dict[str, Any]]) -> list[float]:
    if not rows:
        return []
    return [float(p) for p in model.predict_proba(row_inputs(rows))[:, 1]]


def fold_of(articles: Sequence[dict[str, Any]], folds: int) -> list[int]:
    """The fold of each article: dealt by a fixed shuffle of their names."""
    order = sorted(range(len(articles)), key=lambda i: articles[i]["article"])
    random.Random(0).shuffle(order)
    fold = [0] * len(articles)
    for n, index in enumerate(order):
        fold[index] = n % folds
    return fold


def fold_splits(articles: Sequence[dict[str, Any]], task: str, folds: int
                ) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """(training rows, test rows) of ``task`` for each fold: no article is in both."""
    fold = fold_of(articles, folds)
    for k in range(folds):
        yield ([r for i, a in enumerate(articles) if fold[i] != k for r in a[task]],
               [r for i, a in enumerate(articles) if fold[i] == k for r in a[task]])


def tone_signs(dev: Sequence[dict[str, Any]], held: Sequence[dict[str, Any]], c: float,
               balanced: bool, folds: int = 5) -> dict[str, Any]:
    """Tone sign right and the signs predicted: development rows each by a model fitted on
    the other folds' articles, held-out rows by a model fitted on all development rows."""
    dev_pairs: list[tuple[str, str]] = []
    for train, test in fold_splits(dev, "tone", folds):
        if test:
            labels = fit_rows(train, c, balanced).predict(row_inputs(test))
            dev_pairs += [(r["label"], str(p)) for r, p in zip(test, labels, strict=True)]
    rows = [r for a in held for r in a["tone"]]
    labels = fit_rows([r for a in dev for r in a["tone"]], c, balanced).predict(
        row_inputs(rows)) if rows else []
    held_pairs = [(r["label"], str(p)) for r, p in zip(rows, labels, strict=True)]
    return {"development": _signs(dev_pairs), "held_out": _signs(held_pairs)}


def _signs(pairs: Sequence[tuple[str, str | None]]) -> dict[str, Any]:
    return {"right": sum(gold == predicted for gold, predicted in pairs), "total": len(pairs),
            "predicted": dict(sorted(Counter(str(p) for _g, p in pairs).items())),
            "gold": dict(sorted(Counter(g for g, _p in pairs).items()))}


def cross_validated(articles: Sequence[dict[str, Any]], task: str, c: float,
                    folds: int = 5) -> list[tuple[int, float]]:
    """(label, score) of every row of ``task``, each scored by a model fitted on the
    other folds' articles."""
    scored: list[tuple[int, float]] = []
    for train, test in fold_splits(articles, task, folds):
        scores = _predict(fit_rows(train, c), test)
        scored += [(r["label"], s) for r, s in zip(test, scores, strict=True)]
    return scored


def auc(scored: Sequence[tuple[int, float]]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score([y for y, _ in scored], [s for _, s in scored]))


def sweep(base: tuple[int, int, int], scored: Sequence[tuple[int, float]],
          task: str) -> list[dict[str, Any]]:
    """Meetings + statements at each threshold: the filter drops rows under it (a dropped
    right event becomes a miss), the completion turns rows over it into pair events (a
    right one is a miss found, a wrong one a new spurious event)."""
    tp0, fp0, fn0 = base
    table = []
    for t in THRESHOLDS:
        right = sum(y for y, s in scored if (s < t) == (task == "filter"))
        wrong = sum(1 - y for y, s in scored if (s < t) == (task == "filter"))
        if task == "filter":
            tp, fp, fn = tp0 - right, fp0 - wrong, fn0 + right
        else:
            tp, fp, fn = tp0 + right, fp0 + wrong, fn0 - right
        table.append({"threshold": t, "tp": tp, "fp": fp, "fn": fn,
                      "precision": round(tp / max(1, tp + fp), 3),
                      "recall": round(tp / max(1, tp + fn), 3),
                      "f1": round(2 * tp / max(1, 2 * tp + fp + fn), 4)})
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=0.05, help="inverse L2 strength")
    parser.add_argument("--tone-c", type=float, default=0.3,
                        help="inverse L2 strength of the tone classifier")
    args = parser.parse_args()
    dev_paths = sorted((ROOT / "tests" / "gold").glob("*.gold.json"))
    dev_paths.append(SHARED / "eval" / "seed.gold.json")
    held_paths = sorted((ROOT / "tests" / "gold_holdout").glob("*.gold.json"))
    dev, held = collect(dev_paths), collect(held_paths)
    report: dict[str, Any] = {"measured": dt.date.today().isoformat(), "c": args.c,
                              "development": {"base": totals(dev)},
                              "held_out": {"base": totals(held)}}
    for task in ("filter", "completion"):
        scored = cross_validated(dev, task, args.c)
        model = fit_rows([r for a in dev for r in a[task]], args.c)
        rows = [r for a in held for r in a[task]]
        held_scored = list(zip([r["label"] for r in rows], _predict(model, rows), strict=True))
        report["development"][task] = {"rows": len(scored), "right": sum(y for y, _ in scored),
                                       "auc": round(auc(scored), 3),
                                       "sweep": sweep(totals(dev), scored, task)}
        report["held_out"][task] = {"rows": len(held_scored),
                                    "right": sum(y for y, _ in held_scored),
                                    "auc": round(auc(held_scored), 3),
                                    "sweep": sweep(totals(held), held_scored, task)}
    for name in ("development", "held_out"):
        tp, fp, fn = report[name]["base"]
        print(f"\n{name}: extractor alone TP {tp} FP {fp} FN {fn}, "
              f"F1 {2 * tp / (2 * tp + fp + fn):.4f}")
        for task in ("filter", "completion"):
            part = report[name][task]
            print(f"  {task}: {part['rows']} rows, {part['right']} right, AUC {part['auc']}")
            for row in part["sweep"]:
                print(f"    t={row['threshold']:.2f}  TP {row['tp']:5d} FP {row['fp']:4d} "
                      f"FN {row['fn']:4d}  P {row['precision']:.3f} R {row['recall']:.3f} "
                      f"F1 {row['f1']:.4f}")
    report["tone"] = tone = {
        "rules": {"development": _signs([(r["label"], r["rule"]) for a in dev for r in a["tone"]]),
                  "held_out": _signs([(r["label"], r["rule"]) for a in held for r in a["tone"]])},
        "learned": tone_signs(dev, held, args.tone_c, balanced=False),
        "learned_balanced": tone_signs(dev, held, args.tone_c, balanced=True)}
    print(f"\ntone sign right on matched statements (classifier C={args.tone_c}; "
          "development cross-validated):")
    for name, part in tone.items():
        for where in ("development", "held_out"):
            row = part[where]
            print(f"  {name:17s} {where:12s} {row['right']:4d} / {row['total']:4d}  "
                  f"{row['right'] / max(1, row['total']):.3f}  predicted {row['predicted']}")
    print(f"  gold signs: development {tone['rules']['development']['gold']}, "
          f"held-out {tone['rules']['held_out']['gold']}")
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"\nwritten to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
