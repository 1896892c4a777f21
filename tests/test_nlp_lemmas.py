"""The lemmatiser's memory changes no lemma.

``load_nlp`` gives spaCy's rule lemmatiser a memory for speed (issue 2); the trigger,
stance and tone lexicons list lemmas, so any difference would silently change events.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.pipeline import Lemmatizer

from pipeline.extraction.nlp import MODEL_NAME, MemoLemmas, load_nlp, memoize_lemmas

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    # every eighth article: some seventy, from all batches and outlet styles
    texts = [p.read_text(encoding="utf-8")
             for p in sorted((ROOT / "tests" / "gold").glob("*.md"))[::8]]
    return texts + [
        "The ministers were meeting; she met them. Better days, worse ones, the best of all.",
        "Poles and Belarusians hoped, hoping, hopes. Running ran runs RUNS Ran.",
    ]


def test_lemmas_are_identical_with_and_without_the_memory() -> None:
    stock = spacy.load(MODEL_NAME)
    remembering = spacy.load(MODEL_NAME)
    assert memoize_lemmas(remembering)
    texts = _texts()
    assert len(texts) > 60
    # every text twice: the second pass answers from the memory
    for text in texts + texts[:10]:
        assert [t.lemma_ for t in stock(text)] == [t.lemma_ for t in remembering(text)]
    lemmatizer = remembering.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer) and isinstance(lemmatizer.lemmatize, MemoLemmas)
    assert len(lemmatizer.lemmatize.known) > 1_000


def test_the_extractors_pipeline_remembers_once() -> None:
    nlp = load_nlp()
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer) and isinstance(lemmatizer.lemmatize, MemoLemmas)
    assert not memoize_lemmas(nlp)  # no memory of a memory
