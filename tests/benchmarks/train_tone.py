"""Fit the tone classifier the extractor ships (``make tone-model``).

WHY a script beside the benchmarks: the model is learned from the development gold files
(``tests/gold`` and the seed), which are test data, so fitting it is a step of the
project's own workflow, not of the product.  Rerun it whenever gold files are added (the
suite checks the model names exactly the development articles) or the rule tone changes.

It extracts every development article with the rule tone only, labels each statement the
scorer matches with its gold sign, and fits scikit-learn's L2 logistic regression
(``C`` 0.3, balanced class weights; the settings ``make learned`` compared for three rounds)
once on all articles and once per fold without that fold's articles (five folds by
article, dealt as ``make learned`` deals them).  The weights go, rounded to six decimals,
to ``pipeline/data/tone_model.json.gz``, read by :mod:`pipeline.extraction.tone_model`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from learned_check import SHARED, collect, fit_rows, fold_of  # noqa: E402

from pipeline.extraction.tone_model import CLASSES, MODEL_PATH  # noqa: E402

C = 0.3
FOLDS = 5
DIGITS = 6


def export(model: Any) -> dict[str, Any]:
    """The intercept and per-feature weights of a fitted pipeline."""
    vectorizer, regression = model.steps[0][1], model.steps[-1][1]
    if tuple(regression.classes_) != CLASSES:
        raise ValueError(f"the gold signs are {list(regression.classes_)}, not {list(CLASSES)}")
    names = list(vectorizer.get_feature_names_out())
    weights = [[round(float(w), DIGITS) for w in column] for column in regression.coef_.T]
    return {"intercept": [round(float(b), DIGITS) for b in regression.intercept_],
            "weights": dict(zip(names, weights, strict=True))}


def fit_models(articles: Sequence[dict[str, Any]], c: float = C,
               folds: int = FOLDS) -> dict[str, Any]:
    """The model file's content for labelled articles as ``learned_check.collect`` gives them."""
    fold = fold_of(articles, folds)
    fitted = [({a["key"] for i, a in enumerate(articles) if fold[i] == k},
               [r for i, a in enumerate(articles) if fold[i] != k for r in a["tone"]])
              for k in range(folds)]
    full = export(fit_rows([r for a in articles for r in a["tone"]], c, balanced=True))
    parts = [(sorted(held), export(fit_rows(rows, c, balanced=True))) for held, rows in fitted]
    features = sorted(set(full["weights"]).union(*(p["weights"] for _h, p in parts)))
    index = {name: i for i, name in enumerate(features)}

    def packed(model: dict[str, Any]) -> dict[str, Any]:
        names = sorted(model["weights"], key=index.__getitem__)
        return {"intercept": model["intercept"], "index": [index[n] for n in names],
                "weights": [model["weights"][n] for n in names]}

    return {"classes": list(CLASSES), "c": c, "class_weight": "balanced",
            "articles": len(articles), "statements": sum(len(a["tone"]) for a in articles),
            "features": features, "full": packed(full),
            "folds": [{"held": held, **packed(model)} for held, model in parts]}


def write(content: dict[str, Any], path: Path) -> None:
    # mtime 0: the same models give the same bytes
    path.write_bytes(gzip.compress(json.dumps(content, separators=(",", ":")).encode(),
                                   mtime=0))


def development_paths() -> list[Path]:
    return [*sorted((ROOT / "tests" / "gold").glob("*.gold.json")),
            SHARED / "eval" / "seed.gold.json"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    articles = collect(development_paths())
    content = fit_models(articles)
    write(content, args.output)
    print(f"{content['statements']} statements of {content['articles']} articles, "
          f"{len(content['features'])} features: written to {args.output}")


if __name__ == "__main__":
    main()
