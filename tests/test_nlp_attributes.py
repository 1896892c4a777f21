"""The indexed attribute-ruler matcher annotates exactly like spaCy's stock matcher.

It replaces the matcher of the model's ``attribute_ruler`` for speed (issue 2), so any
difference would silently change parts of speech and lemmas the extractor relies on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from pipeline.extraction import attribute_index
from pipeline.extraction.nlp import MODEL_NAME, load_nlp

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "gold").glob("*.md"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seed").glob("*.txt"))]
    texts += [
        "Y'all gonna see: it ain't over, there is nothin' left. Let's go, c'mon!",
        "I told you it was him; does he have it? They did. But I didn't.",
        "   \n\n  Spaces\t\tand\n lines   ",
    ]
    return texts


@pytest.fixture(scope="module")
def pipelines() -> tuple[Language, Language]:
    stock = spacy.load(MODEL_NAME)
    indexed = spacy.load(MODEL_NAME)
    assert attribute_index.install(indexed)
    return stock, indexed


def test_matches_and_annotations_are_identical(pipelines: tuple[Language, Language]) -> None:
    stock, indexed = pipelines
    texts = _texts()
    assert len(texts) > 20
    stock_ruler = stock.get_pipe("attribute_ruler")
    assert isinstance(stock_ruler, AttributeRuler)
    indexed_ruler = indexed.get_pipe("attribute_ruler")
    assert isinstance(indexed_ruler, AttributeRuler)
    before_ruler = [name for name in stock.pipe_names if name != "attribute_ruler"]
    for text in texts:
        # the matches themselves, on a doc annotated up to the ruler
        parsed = stock(text, disable=["attribute_ruler", "lemmatizer", "ner"])
        assert before_ruler  # the tagger and parser ran
        assert stock_ruler.match(parsed) == indexed_ruler.match(parsed)
        a, b = stock(text), indexed(text)
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in a] == [
            (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in b
        ]


def test_index_checks_every_kind_of_rule(pipelines: tuple[Language, Language]) -> None:
    """Rules with sets, exclusions, regular expressions and two tokens are all matched."""
    stock, indexed = pipelines
    doc = stock("Y'all gonna see it ain't nothin' and there is a way.",
                disable=["attribute_ruler", "lemmatizer", "ner"])
    ruler = indexed.get_pipe("attribute_ruler")
    stock_ruler = stock.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler) and isinstance(stock_ruler, AttributeRuler)
    matches = ruler.match(doc)
    assert any(end - start == 2 for _, _, start, end in matches)  # "Y'all", "gonna"
    assert matches == stock_ruler.match(doc)


def test_unsupported_rules_keep_the_stock_matcher() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})
    assert attribute_index.install(nlp) is False
    assert attribute_index.build_index(ruler) is None


def test_the_shared_pipeline_uses_the_index() -> None:
    ruler = load_nlp().get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    assert getattr(ruler.match, "__self__", None).__class__ is attribute_index.RuleIndex


def test_hoped_is_a_form_of_hope() -> None:
    # the small model lemmatises "hoped" as "hop": the trigger and stance lexicons list "hope"
    doc = load_nlp()("She hoped to meet him, and he hopes so too, hoping for talks.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("hop")] == ["hope"] * 3
