"""The learned tone classifier: the shipped model is current and honest (every development
article is read by a model that never saw it), the plain-Python predictor reads the weights
as scikit-learn does, fitting is repeatable, and extraction applies the model's sign."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))

import learned_check
import train_tone

from pipeline.evaluate import load_gold
from pipeline.extraction import load_nlp
from pipeline.extraction.article import extract_doc
from pipeline.extraction.tone import tone_label
from pipeline.extraction.tone_model import (
    CLASSES,
    MODEL_PATH,
    ToneModelError,
    learned_tone,
    load_tone_models,
    read_models,
    text_key,
    tone_features,
)
from pipeline.readers import read_path

GOLD = Path(__file__).resolve().parent / "gold"
DEMO = Path(__file__).resolve().parents[1] / "data" / "demo" / "articles"


def _text(gold_path: Path) -> str:
    gold = load_gold(gold_path)
    return read_path(gold.article_path, published=gold.published)[0].text


@pytest.fixture(scope="module")
def labelled() -> list[dict[str, Any]]:
    """Labelled tone rows of 40 development articles, as ``make tone-model`` reads them."""
    paths = sorted(GOLD.glob("*.gold.json"))[:40]
    return [learned_check.article_rows(str(p)) for p in paths]


def test_the_shipped_model_was_fitted_on_exactly_the_development_articles() -> None:
    """Adding a gold file without ``make tone-model`` fails here: the new article would be
    read by the model fitted on all, not as a held-out fold."""
    models = load_tone_models()
    held = [keys for keys, _model in models.folds]
    assert len(held) == train_tone.FOLDS
    assert sum(len(k) for k in held) == len(frozenset().union(*held))  # disjoint folds
    expected = {text_key(_text(p)) for p in train_tone.development_paths()}
    assert frozenset().union(*held) == expected


def test_the_shipped_model_is_what_make_tone_model_fits_now() -> None:
    """The classifier reads each statement's rule tone, CAMEO code and evidence as the
    extractor gives them: a change to extraction that alters what a development statement
    looks like leaves the model fitted on stale inputs until ``make tone-model`` is run.
    The fit is deterministic (same articles, same weights), so a refit must equal the file."""
    shipped = json.loads(gzip.decompress(MODEL_PATH.read_bytes()))
    refit = train_tone.fit_models(learned_check.collect(train_tone.development_paths()))
    assert refit["statements"] == shipped["statements"]
    assert refit == shipped, "extraction changed what the tone model reads: run make tone-model"


def test_a_development_article_is_read_by_the_model_that_never_saw_it() -> None:
    models = load_tone_models()
    text = _text(next(GOLD.glob("01-*.gold.json")))
    fold = models.for_text(text)
    assert fold is not models.full
    assert [m for keys, m in models.folds if text_key(text) in keys] == [fold]
    assert models.for_text(text + "\n") is models.full  # any other text: fitted on all


def test_the_predictor_reads_the_weights_as_scikit_learn_does(
        labelled: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "model.json.gz"
    train_tone.write(train_tone.fit_models(labelled, folds=2), path)
    mine = read_models(path).full
    rows = [r for a in labelled for r in a["tone"]]
    fitted = learned_check.fit_rows(rows, train_tone.C, balanced=True)
    theirs = fitted.predict_proba(learned_check.row_inputs(rows))
    assert len(rows) > 30
    for row, probabilities in zip(rows, theirs, strict=True):
        ours = mine.probabilities(row["features"])
        assert [ours[c] for c in CLASSES] == pytest.approx(list(probabilities), abs=1e-4)


def test_fitting_is_repeatable_and_folds_leave_their_articles_out(
        labelled: list[dict[str, Any]]) -> None:
    first = train_tone.fit_models(labelled, folds=2)
    assert first == train_tone.fit_models(labelled, folds=2)
    keys = {a["key"] for a in labelled}
    assert sorted(k for fold in first["folds"] for k in fold["held"]) == sorted(keys)
    assert first["statements"] == sum(len(a["tone"]) for a in labelled)


@pytest.mark.parametrize(("rule", "probabilities", "expected"), [
    (-0.6, {"negative": 0.7, "neutral": 0.1, "positive": 0.2}, -0.6),  # agrees: kept
    (-0.6, {"negative": 0.3, "neutral": 0.5, "positive": 0.2}, 0.0),  # neutral
    (-0.6, {"negative": 0.1, "neutral": 0.2, "positive": 0.7}, 0.6),  # turned: the margin
    (0.05, {"negative": 0.4, "neutral": 0.3, "positive": 0.3}, -0.2),  # never under the band
])
def test_the_classifier_decides_the_sign_and_the_rule_keeps_the_strength(
        rule: float, probabilities: dict[str, float], expected: float) -> None:
    assert learned_tone(rule, probabilities) == pytest.approx(expected)


def test_extraction_gives_every_statement_the_models_sign() -> None:
    """On the demo articles (no gold file's), each statement's tone has the sign the model
    fitted on all reads from the rule tone; meetings keep the rule tone; and the model
    turns some of the rules' signs, or it would not be applied at all."""
    nlp, models = load_nlp(), load_tone_models()
    turned = said = 0
    for path in sorted(DEMO.glob("*.md"))[:40]:
        article = read_path(path)[0]
        doc = nlp(article.text)
        assert models.for_text(doc.text) is models.full
        rules = extract_doc(doc, article.published, learned_tone=False)
        learned = extract_doc(doc, article.published)
        assert len(rules) == len(learned)
        for rule, event in zip(rules, learned, strict=True):
            if event.kind != "statement":
                assert event.tone == rule.tone
                continue
            said += 1
            sign = max(CLASSES, key=models.full.probabilities(tone_features(rule, doc)).get)
            assert tone_label(event.tone) == sign
            if sign == tone_label(rule.tone):
                assert event.tone == rule.tone
            turned += event.tone != rule.tone
    assert said > 20
    assert 0 < turned < said


@pytest.mark.parametrize("content", [None, b"not gzip", b"\x1f\x8b\x08\x00"])
def test_a_missing_or_damaged_model_file_is_named_with_the_way_to_rebuild_it(
        tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "tone_model.json.gz"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ToneModelError, match="tone_model.json.gz.*make tone-model"):
        read_models(path)
