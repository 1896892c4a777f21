"""The sign of a statement's tone as a classifier learned from our gold files reads it.

WHY: the rule tone (:mod:`pipeline.extraction.tone`) was tuned for many rounds on the
development articles and stopped improving on fresh text near 73 %.  A three-way logistic
regression (positive / negative / neutral) that reads the rule tone's sign and strength,
the CAMEO code and the evidence's words and word pairs beat it on the held-out articles
for three rounds running (72.5 % -> 77.0 % of matched statements on 224 held-out
articles, McNemar exact p = 0.016; development, five-fold by article, 73.8 % -> 77.3 %).
So the rules compute the tone and the classifier has the last word on its *sign*:

* when it agrees with the rule's sign, the rule's value is kept (its strength is what
  charts average);
* when it reads the statement as neutral, the tone becomes 0;
* when it reads the other sign, the tone takes that sign with the classifier's margin
  (P(positive) - P(negative)) as strength, never weaker than the neutral band's edge.

Meetings, measures and incidents keep the rule tone: the gold files label the tone of
statements only.  One rule comes after the classifier: what an exiled opposition figure
says to a state that shelters them is friendly (:func:`pipeline.extraction.tone.exiles_to_hosts`).

The model (``data/tone_model.json.gz``) is written by ``make tone-model``
(``tests/benchmarks/train_tone.py``) from the development gold files: one model fitted on
all of them and five fitted each without one fifth of the articles.  An article whose text
is one of those fifths is read by the model that did not see it, so ``dyad evaluate`` on a
development file scores the classifier as cross-validation would, never in-sample; any other
text is read by the model fitted on all.  Prediction is plain Python over the stored
weights (no scikit-learn at run time).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from pipeline.extraction.tone import NEUTRAL_BAND, tone_label
from pipeline.types import ExtractedEvent

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "tone_model.json.gz"
CLASSES = ("negative", "neutral", "positive")


def text_key(text: str) -> str:
    """How the model file names an article: the start of its text's SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def tone_features(event: ExtractedEvent, doc: Doc) -> list[str]:
    """What the classifier reads: the rule tone's sign and strength (in quarters), whether
    the statement is a quotation, the CAMEO code and root, and the lemmas and lemma pairs
    of the evidence."""
    value = event.tone
    code = event.cameo_code or "--"
    out = [f"rule={None if value is None else tone_label(value)}",
           f"quote={event.quote is not None}", f"cameo={code}", f"root={code[:2]}"]
    if value is not None:
        out.append(f"rule_band={max(-4, min(4, round(value * 4)))}")
    span = None
    if event.char_start is not None and event.char_end is not None:
        span = doc.char_span(event.char_start, event.char_end, alignment_mode="expand")
    lemmas = [t.lemma_.lower() for t in span if t.is_alpha] if span is not None else []
    pairs = {f"b={a}_{b}" for a, b in zip(lemmas, lemmas[1:], strict=False)}
    return out + sorted({f"w={w}" for w in lemmas} | pairs)


@dataclass(frozen=True)
class SignModel:
    """One fitted multinomial logistic regression: a score per class is the intercept plus
    the weights of the features present (each counted once), turned into probabilities
    by the softmax."""

    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        scores = list(self.intercept)
        for name in set(features):
            for k, w in enumerate(self.weights.get(name, ())):
                scores[k] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(CLASSES, exps, strict=True)}


class ToneModels:
    """The model fitted on all development articles and the fold models, each with the
    keys of the articles it was fitted without.  A fold model's weights are read on first
    use: only our own gold articles need one."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._features: list[str] = data["features"]
        self._folds: list[dict[str, Any]] = data["folds"]
        self._held = [frozenset(fold["held"]) for fold in self._folds]
        self._built: dict[int, SignModel] = {}
        self.full = _sign_model(data["full"], self._features)

    def _fold(self, k: int) -> SignModel:
        if k not in self._built:
            self._built[k] = _sign_model(self._folds[k], self._features)
        return self._built[k]

    @property
    def folds(self) -> list[tuple[frozenset[str], SignModel]]:
        return [(held, self._fold(k)) for k, held in enumerate(self._held)]

    def for_text(self, text: str) -> SignModel:
        key = text_key(text)
        return next((self._fold(k) for k, held in enumerate(self._held) if key in held),
                    self.full)


def _sign_model(data: dict[str, Any], features: Sequence[str]) -> SignModel:
    return SignModel(tuple(data["intercept"]),
                     {features[i]: tuple(w) for i, w in zip(data["index"], data["weights"],
                                                            strict=True)})


def read_models(path: Path) -> ToneModels:
    """The models of a model file as ``train_tone.py`` writes it; a missing or damaged
    file is an error naming it and how to rebuild it (extraction cannot run without it)."""
    try:
        data = json.loads(gzip.decompress(path.read_bytes()))
        if tuple(data["classes"]) != CLASSES:
            raise ValueError(f"classes {data['classes']}, expected {list(CLASSES)}")
        return ToneModels(data)
    except (OSError, EOFError, ValueError, KeyError, TypeError, IndexError) as error:
        raise ToneModelError(f"tone model {path} cannot be read ({error!r}); reinstall "
                             "Dyad or rebuild it with `make tone-model`") from error


class ToneModelError(RuntimeError):
    """The shipped tone model file is missing or damaged."""


@lru_cache(maxsize=1)
def load_tone_models() -> ToneModels:
    """The shipped models, read once per process."""
    return read_models(MODEL_PATH)


def learned_tone(rule: float, probabilities: dict[str, float]) -> float:
    """The tone with the classifier's sign: the rule's value when the signs agree, 0 for
    neutral, else the classifier's margin with its sign (at least the band's edge)."""
    sign = max(CLASSES, key=lambda c: probabilities[c])
    if sign == tone_label(rule):
        return rule
    if sign == "neutral":
        return 0.0
    margin = abs(probabilities["positive"] - probabilities["negative"])
    strength = min(1.0, max(NEUTRAL_BAND, round(margin, 3)))
    return strength if sign == "positive" else -strength


def apply_learned_tone(events: Sequence[ExtractedEvent], doc: Doc) -> None:
    """Give every statement of one article the classifier's sign (see the module doc)."""
    said = [e for e in events if e.kind == "statement" and e.tone is not None]
    if not said:
        return
    model = load_tone_models().for_text(doc.text)
    for event in said:
        event.tone = learned_tone(event.tone or 0.0,
                                  model.probabilities(tone_features(event, doc)))
