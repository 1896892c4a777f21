"""A lede parsed apart from its wire dateline, when the parse through the dateline broke it.

"MINSK, 20 December - The Belarusian Foreign Ministry regrets that Poland has chosen
confrontation, ministry spokesman Anatoly Glaz said today": the small parser reads the
town as the sentence's head and "regrets" as a noun in apposition to it, then closes the
sentence before the comma, so ", ministry spokesman Anatoly Glaz said today" becomes a
sentence of its own without the words it reports, and the statement splits in two (the
ministry's, with nothing said, and the spokesman's, about nothing).  Parsed without the
dateline, the lede is one sentence with "said" at its head.

Only a broken lede is parsed again (its next sentence opens with a comma, a semicolon or a
lower-case word): giving every lede a sentence start after its dateline changes parses
that were right, and measured worse.  The dateline and the lede are each run through the
pipeline's own tok2vec, tagger and parser as documents of their own, and the heads and
labels found are written back.
"""

from __future__ import annotations

from typing import cast

from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

from pipeline.extraction.dates import DATELINE, DATELINE_TOKENS

PARSING_PIPES = ("tok2vec", "tagger", "parser")
CONTINUATION_PUNCT = frozenset({",", ";", ":"})
UNSIGNED = 2 ** 64
SENTENCE_ENDS = (".", "!", "?", '"', "”", "’")


def _continues(previous: Span, sentence: Span) -> bool:
    """Whether ``sentence`` goes on with the words of ``previous`` (a cut mid-clause)."""
    first = sentence[0]
    opens_mid_clause = first.text in CONTINUATION_PUNCT or (first.is_alpha and first.is_lower)
    return opens_mid_clause and not previous.text.rstrip().endswith(SENTENCE_ENDS)


class DatelineLede:
    """Re-parse a wire lede the parse through its dateline cut in two (see the module)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def _parse_alone(self, words: Span) -> Doc:
        alone = Doc(self.nlp.vocab, words=[t.text for t in words],
                    spaces=[bool(t.whitespace_) for t in words])
        for name in PARSING_PIPES:
            alone = self.nlp.get_pipe(name)(alone)
        return alone

    def __call__(self, doc: Doc) -> Doc:
        opening = DATELINE.match(doc[:DATELINE_TOKENS].text)
        if opening is None:
            return doc
        lede_start = next((t.i for t in doc if t.idx >= opening.end() and not t.is_space), None)
        if lede_start is None or lede_start == 0:
            return doc
        sentences = iter(doc.sents)  # (only up to the lede's: not a list of the whole text)
        cut = next((s for s in sentences if s.end > lede_start), None)
        following = next(sentences, None)
        if cut is None or following is None or not _continues(cut, following):
            return doc
        lede_end = following.end
        parse = doc.to_array([HEAD, DEP])  # (heads: offsets, stored as unsigned)
        for start, end in ((0, lede_start), (lede_start, lede_end)):
            alone = self._parse_alone(doc[start:end])
            for token in alone:
                parse[start + token.i, 0] = (token.head.i - token.i) % UNSIGNED
                parse[start + token.i, 1] = token.dep
        doc.from_array([HEAD, DEP], cast(Ints2d, parse))
        return doc


@Language.factory("dyad_dateline_lede")
def dateline_lede(nlp: Language, name: str) -> DatelineLede:
    """The pipe of :class:`DatelineLede`."""
    return DatelineLede(nlp)
