"""The learned-component benchmark (``make learned``) labels rows as the scorer does and
counts a threshold's effect right; otherwise its figures would say nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))

import learned_check

from pipeline.evaluate import evaluate_gold
from pipeline.extraction.tone_model import CLASSES, load_tone_models

GOLD = Path(__file__).resolve().parent / "gold"
SEED = Path(__file__).resolve().parents[2] / "shared" / "data" / "eval" / "seed.gold.json"


@pytest.mark.parametrize("path", [SEED, *sorted(GOLD.glob("0[1-4]-*.gold.json"))],
                         ids=lambda p: p.name)
def test_filter_rows_are_the_scored_events_labelled_by_the_match(path: Path) -> None:
    rows = learned_check.article_rows(str(path))
    tp, fp, _fn = learned_check.totals([rows])
    assert len(rows["filter"]) == tp + fp
    assert sum(r["label"] for r in rows["filter"]) == tp
    assert all(f.startswith(("kind=", "meeting|", "statement|"))
               for r in rows["filter"] for f in r["features"])


@pytest.mark.parametrize("path", [SEED, *sorted(GOLD.glob("0[1-4]-*.gold.json"))],
                         ids=lambda p: p.name)
def test_tone_rows_are_the_matched_statements_make_eval_scores(path: Path) -> None:
    """The rows carry the rule tone; make eval scores the shipped sign, which is the
    classifier's reading of those rows by the fold model that never saw the article."""
    article = learned_check.article_rows(str(path))
    rows = article["tone"]
    tone = evaluate_gold([path]).tone()  # (through the database, as make eval)
    model = next(m for keys, m in load_tone_models().folds if article["key"] in keys)
    assert len(rows) == tone.total
    assert sum(max(CLASSES, key=model.probabilities(r["features"]).get) == r["label"]
               for r in rows) == tone.right
    assert all(r["label"] in ("positive", "negative", "neutral") for r in rows)


def test_a_one_sided_statement_completed_to_the_pair_is_labelled_by_the_gold() -> None:
    """Article 228 has two one-sided Polish statements: the announcement of the finished
    barrier, read with no speaker (the gold's is Żaryn, so completing it matches
    nothing), and Kamiński's words on the barrier, which the gold has as a
    Belarus-Poland statement."""
    rows = learned_check.article_rows(str(next(GOLD.glob("228-*.gold.json"))))
    assert [r["label"] for r in rows["completion"]] == [0, 1]


def test_a_sweep_drops_under_the_threshold_and_completes_over_it() -> None:
    scored = [(1, 0.9), (0, 0.1), (1, 0.22), (0, 0.33)]
    filtered = {r["threshold"]: r for r in learned_check.sweep((10, 5, 5), scored, "filter")}
    assert (filtered[0.2]["tp"], filtered[0.2]["fp"], filtered[0.2]["fn"]) == (10, 4, 5)
    assert (filtered[0.3]["tp"], filtered[0.3]["fp"], filtered[0.3]["fn"]) == (9, 4, 6)
    assert (filtered[0.35]["tp"], filtered[0.35]["fp"]) == (9, 3)
    completed = {r["threshold"]: r for r in learned_check.sweep((10, 5, 5), scored,
                                                                 "completion")}
    assert (completed[0.2]["tp"], completed[0.2]["fp"], completed[0.2]["fn"]) == (12, 6, 3)
    assert (completed[0.5]["tp"], completed[0.5]["fp"], completed[0.5]["fn"]) == (11, 5, 4)


def test_cross_validation_scores_every_row_once_with_a_model_that_never_saw_it() -> None:
    """Every article has a right and a wrong event, told apart by one cue feature: each
    row is scored once, by a model fitted on the other folds, and the cue is learned."""
    articles = []
    for n in range(10):
        label = n % 2
        articles.append({"article": f"{n:02d}", "filter": [
            {"label": label, "features": ["kind=meeting", f"meeting|cue={label}"]},
            {"label": 1 - label, "features": ["kind=meeting", f"meeting|cue={1 - label}"]}]})
    scored = learned_check.cross_validated(articles, "filter", c=1.0)
    assert len(scored) == 20
    assert sorted(y for y, _ in scored) == [0] * 10 + [1] * 10
    assert learned_check.auc(scored) > 0.9


def test_tone_signs_are_scored_on_rows_the_model_never_saw() -> None:
    """A cue word marks each article's sign: learned from the other folds, every
    development row is read right, and so is every held-out row."""
    def article(n: int) -> dict[str, object]:
        sign = ("positive", "negative")[n % 2]
        return {"article": f"{n:02d}", "tone": [
            {"label": sign, "rule": "neutral", "features": ["rule=neutral", f"w=cue{sign}"]}]}

    found = learned_check.tone_signs([article(n) for n in range(10)],
                                     [article(n) for n in range(10, 14)], c=10.0,
                                     balanced=True)
    assert found["development"]["right"] == found["development"]["total"] == 10
    assert found["held_out"]["right"] == found["held_out"]["total"] == 4
    assert found["held_out"]["predicted"] == {"negative": 2, "positive": 2}
